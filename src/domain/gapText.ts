import { formatDay } from '../format/dates';
import { formatList } from '../format/numbers';
import type { Counted, FigureGap, Gap } from './strikeSeries';

/** What each compared figure counts, in a sentence. */
export const UNITS: Record<Counted, string> = { strikes: 'strikes', vessels: 'vessels', killed: 'deaths', survivors: 'survivors' };

const LABELS: Record<Counted, string> = { strikes: 'Strikes', vessels: 'Vessels', killed: 'Killed', survivors: 'Survivors' };

/** The strikes that left people lost at sea, by day: "27 Oct and 30 Dec". */
const days = (dates: readonly Date[] = []) => formatList(dates.map((date) => formatDay(date)));

/** One line on how a reported figure compares with what had been announced by its day. */
export function explainGap(gap: FigureGap, metric: Counted, asOf: Date): string {
  const unit = UNITS[metric];
  const by = `announced by ${formatDay(asOf)}`;
  switch (gap.verdict) {
    case 'matches':
      return `Matches the ${gap.sum} ${unit} ${by}.`;
    case 'matches counting presumed dead':
      return `${gap.sum} deaths ${by}, plus ${gap.difference} lost at sea and presumed dead (${days(gap.lostAtSea)}).`;
    case 'matches leaving out survivors lost at sea':
      return `${gap.sum} survivors ${by}, less ${-gap.difference} later lost at sea and presumed dead (${days(gap.lostAtSea)}).`;
    case 'counts vessels as strikes, or strikes as vessels':
      return `${gap.reported} is the number of ${metric === 'strikes' ? 'vessels' : 'strikes'} ${by}; ${gap.sum} ${unit}.`;
    case 'consistent with its qualifier':
      return `True as worded: ${gap.sum} ${unit} had been ${by}.`;
    case 'written before an announcement that day':
      return `The count before the last strike announced that day; ${gap.sum} ${unit} by its end.`;
    default:
      return `${Math.abs(gap.difference)} ${gap.difference > 0 ? 'more' : 'fewer'} than the ${gap.sum} ${unit} ${by}; the data does not explain the difference.`;
  }
}

/** Every figure of one reported total against the strike data, a line each: "Killed: Matches the 21 deaths announced by 9 Oct." */
export const explainReport = (g: Gap): string[] =>
  (Object.keys(LABELS) as Counted[]).flatMap((metric) => {
    const gap = g[metric];
    return gap ? [`${LABELS[metric]}: ${explainGap(gap, metric, g.report.asOf)}`] : [];
  });
