import type { ReportedFigure, ReportedTotal } from '../schemas/reportedTotal';
import { type Region, regions, type Strike } from '../schemas/strike';

/** Sums over strike events. */
export interface Totals {
  events: number;
  strikes: number;
  vessels: number;
  killed: number;
  survivors: number;
  /** Lost at sea after a strike and presumed dead; not in `killed`. */
  presumedDead: number;
}

const ZERO: Totals = { events: 0, strikes: 0, vessels: 0, killed: 0, survivors: 0, presumedDead: 0 };

const add = (t: Totals, s: Strike): Totals => ({
  events: t.events + 1,
  strikes: t.strikes + s.strikes,
  vessels: t.vessels + s.vessels,
  killed: t.killed + s.killed,
  survivors: t.survivors + s.survivors,
  presumedDead: t.presumedDead + s.presumedDead,
});

/** Sums the given events. */
export const total = (rows: readonly Strike[]): Totals => rows.reduce(add, ZERO);

/** Only the events that count: cited ones. Unconfirmed claims are shown apart, never summed. */
export const confirmed = (rows: readonly Strike[]) => rows.filter((r) => r.status === 'cited');
export const unconfirmed = (rows: readonly Strike[]) => rows.filter((r) => r.status === 'unconfirmed');

/** Events in the order they happened (ties by id, so the order never depends on the file). */
export const chronological = (rows: readonly Strike[]) =>
  [...rows].sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id, 'en', { numeric: true }));

/** When a strike became known: its announcement, or its date where no announcement date is recorded. */
export const knownOn = (s: Strike) => s.announcedDate ?? s.date;

/** A cumulative total after one event. */
export interface SeriesPoint extends Totals {
  date: Date;
  event: Strike;
}

/** Cumulative strikes, vessels and deaths after each confirmed event, by strike date. */
export function cumulative(rows: readonly Strike[]): SeriesPoint[] {
  let running = ZERO;
  return chronological(confirmed(rows)).map((event) => {
    running = add(running, event);
    return { ...running, date: event.date, event };
  });
}

/** Totals through a day (inclusive), by strike date or by the day strikes became known. */
export function totalsAsOf(rows: readonly Strike[], day: Date, by: 'date' | 'announced' = 'date') {
  const dateOf = by === 'date' ? (s: Strike) => s.date : knownOn;
  const through = rows.filter((s) => dateOf(s).getTime() <= day.getTime());
  return { totals: total(confirmed(through)), unconfirmed: unconfirmed(through) };
}

/** Totals for each region, confirmed events only. */
export const byRegion = (rows: readonly Strike[]): Record<Region, Totals> =>
  Object.fromEntries(regions.map((region) => [region, total(confirmed(rows).filter((s) => s.region === region))])) as Record<
    Region,
    Totals
  >;

/** How a reported figure compares with the per-event sum known on its day, most exact explanation first. */
export type Verdict =
  | 'matches'
  | 'matches counting presumed dead'
  | 'consistent with its qualifier'
  | 'written before an announcement that day'
  | 'higher'
  | 'lower';

export interface FigureGap {
  reported: number;
  /** The sum of events announced by the day of the report. */
  sum: number;
  /** reported − sum (announced deaths only). */
  difference: number;
  verdict: Verdict;
}

export interface Gap {
  report: ReportedTotal;
  /** Totals of the events announced by the report's day. */
  known: Totals;
  killed?: FigureGap;
  strikes?: FigureGap;
  vessels?: FigureGap;
}

/** Whether the words before a figure ("at least", "nearly"…) make it true of `sum`. */
function qualifierHolds({ value, qualifier }: ReportedFigure, sum: number) {
  switch (qualifier) {
    case 'at least':
      return sum >= value;
    case 'more than':
      return sum > value;
    case 'less than':
      return sum < value;
    case 'nearly':
      return sum <= value && sum >= value * 0.9;
    case 'about':
    case 'approximately':
      return Math.abs(sum - value) <= Math.max(1, value * 0.05);
    default:
      return false;
  }
}

type Counted = 'killed' | 'strikes' | 'vessels';

/** What a count could be with the presumed dead added (deaths only). */
const withPresumed = (t: Totals, metric: Counted) => (metric === 'killed' ? [t[metric], t[metric] + t.presumedDead] : [t[metric]]);

/**
 * @param earlier - the totals as they stood before each announcement made on the report's day, in order,
 * for a report written before the day's last announcement.
 */
function compare(figure: ReportedFigure, known: Totals, earlier: Totals[], metric: Counted): FigureGap {
  const sum = known[metric];
  const presumed = metric === 'killed' ? known.presumedDead : 0;
  const reported = figure.value;
  const verdict: Verdict =
    reported === sum
      ? 'matches'
      : presumed > 0 && reported === sum + presumed
        ? 'matches counting presumed dead'
        : qualifierHolds(figure, sum)
          ? 'consistent with its qualifier'
          : earlier.some((t) => withPresumed(t, metric).includes(reported))
            ? 'written before an announcement that day'
            : reported > sum
              ? 'higher'
              : 'lower';
  return { reported, sum, difference: reported - sum, verdict };
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Each reported total beside the sum of the events that had been announced by the day it was reported,
 * with the simplest explanation of any difference: the presumed dead, the figure's own qualifier, or a
 * report written before that day's announcement.
 */
export function gaps(reports: readonly ReportedTotal[], rows: readonly Strike[]): Gap[] {
  return reports.map((report) => {
    const { totals: known } = totalsAsOf(rows, report.asOf, 'announced');
    const { totals: before } = totalsAsOf(rows, new Date(report.asOf.getTime() - DAY), 'announced');
    const thatDay = chronological(confirmed(rows)).filter((s) => knownOn(s).getTime() === report.asOf.getTime());
    // The totals before the day's first announcement, then after each but the last.
    const earlier = thatDay.slice(0, -1).reduce((steps, s) => [...steps, add(steps.at(-1)!, s)], [before]);
    const figure = (metric: Counted) => report[metric] && compare(report[metric], known, thatDay.length ? earlier : [], metric);
    return { report, known, killed: figure('killed'), strikes: figure('strikes'), vessels: figure('vessels') };
  });
}

/** Cumulative totals by the day strikes became known: what a reporter could have added up that day. */
export function announcedSeries(rows: readonly Strike[]): { date: Date; totals: Totals }[] {
  const days = [...new Set(confirmed(rows).map((s) => knownOn(s).getTime()))].sort((a, b) => a - b);
  return days.map((day) => ({ date: new Date(day), totals: totalsAsOf(rows, new Date(day), 'announced').totals }));
}

/** Verdicts that leave a difference unexplained. */
export const isUnexplained = (verdict: Verdict) => verdict === 'higher' || verdict === 'lower';
