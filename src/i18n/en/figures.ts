import { formatNumber } from '../../format/numbers';
import { printedFigure } from '../../schemas/reportedTotal';
import type { FigureWords } from '../words';

/** Figures in English. */
export const figures: FigureWords = {
  figure: ({ value, max, qualifier, unit }) => {
    const number = (n: number) => (unit === 'dollars' ? `$${formatNumber(n)}` : formatNumber(n));
    const range = max === undefined ? number(value) : `${number(value)}–${number(max)}`;
    const written = unit === 'percent' ? `${range}%` : range;
    return qualifier === 'exact' ? written : `${qualifier} ${written}`;
  },
  printed: printedFigure,
};
