import { formatNumber } from '../format/numbers';
import { type Metric, metrics, type Qualifier } from '../schemas/metrics';

/** A metric as a heading: "US reward for Maduro (US dollars)", but "People killed", whose label has its unit's words. */
export function metricHeading(metric: Metric): string {
  const { label, unit } = metrics[metric];
  const words = new Set(label.toLowerCase().split(/\W+/));
  return unit.toLowerCase().split(/\W+/).every((word) => words.has(word)) ? label : `${label} (${unit})`;
}

/** A figure as its source words it: a number, the high end of a range, and the words before it. */
export interface Figure {
  value: number;
  max?: number;
  qualifier: Qualifier;
}

/**
 * "at least 83", "5–8%", "$50,000,000", "more than 15,000": a figure as a reader says it, with its metric's
 * unit where the unit is a sign ($, %).
 */
export function formatFigure(figure: Figure, metric?: Metric, locale?: string): string {
  const number = (n: number) => (metric === 'bounty_usd' ? `$${formatNumber(n, locale)}` : formatNumber(n, locale));
  const range = figure.max === undefined ? number(figure.value) : `${number(figure.value)}–${number(figure.max)}`;
  const written = metric && metrics[metric].unit === '%' ? `${range}%` : range;
  return figure.qualifier === 'exact' ? written : `${figure.qualifier} ${written}`;
}
