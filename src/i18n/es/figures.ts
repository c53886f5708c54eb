import { formatNumber } from '../../format/numbers';
import type { Qualifier } from '../../schemas/metrics';
import type { countWords } from '../../schemas/reportedTotal';
import type { FigureWords } from '../words';

/** The words a source puts before a figure, in Spanish. */
const QUALIFIERS: Record<Qualifier, string> = {
  exact: '',
  'at least': 'al menos',
  'more than': 'más de',
  'less than': 'menos de',
  about: 'unos',
  approximately: 'aproximadamente',
  nearly: 'casi',
};

/** The words an outlet prints after a figure, in Spanish. */
const COUNT_WORDS: Record<(typeof countWords)[number], string> = { rescued: 'rescatados' };

const number = (n: number) => formatNumber(n, 'es');
const join = (...words: string[]) => words.filter(Boolean).join(' ');

/** Figures in Spanish: "al menos 83", "5–8 %", "50.000.000 US$", "más de 15.000". */
export const figures: FigureWords = {
  figure: ({ value, max, qualifier, unit }) => {
    const range = max === undefined ? number(value) : `${number(value)}–${number(max)}`;
    return join(QUALIFIERS[qualifier], unit === 'dollars' ? `${range}\u00a0US$` : unit === 'percent' ? `${range}\u00a0%` : range);
  },
  printed: (f) => join(QUALIFIERS[f.qualifier], number(f.value), f.counts ? COUNT_WORDS[f.counts] : ''),
};
