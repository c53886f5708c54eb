import { ENGLISH, type Edition, type FigureFacts } from '../i18n/words';
import { labelWithUnit, type Metric, metrics, type Qualifier } from '../schemas/metrics';

/** A metric as a heading, in an edition's words: "US reward for Maduro (US dollars)", but "People killed" (labelWithUnit). */
export const metricHeading = (metric: Metric, { words }: Edition = ENGLISH): string => labelWithUnit(words.metrics[metric]);

/** A figure as its source words it: a number, the high end of a range, and the words before it. */
export interface Figure {
  value: number;
  max?: number;
  qualifier: Qualifier;
}

/**
 * "at least 83", "5–8%", "$50,000,000", "more than 15,000": a figure as a reader says it, with its metric's
 * unit where the unit is a sign ($, %), in the edition's words ("al menos 83", "5–8 %", "50 millones de dólares").
 */
export function formatFigure(figure: Figure, metric?: Metric, { words }: Edition = ENGLISH): string {
  return words.figures.figure(figureFacts(figure, metric));
}

/** What an edition needs to write a figure: its number, range, qualifier, and its unit where that is a sign. */
export function figureFacts(figure: Figure, metric?: Metric): FigureFacts {
  const unit = metric === 'bounty_usd' ? 'dollars' : metric && metrics[metric].unit === '%' ? 'percent' : undefined;
  return { value: figure.value, max: figure.max, qualifier: figure.qualifier, unit };
}
