import type { ReportedTotal } from '../schemas/reportedTotal';
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

/** How a reported figure compares with the per-event sum known on its day. */
export type Verdict = 'matches' | 'matches counting presumed dead' | 'higher' | 'lower';

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

function compare(reported: number, sum: number, presumedDead = 0): FigureGap {
  const difference = reported - sum;
  const verdict: Verdict =
    difference === 0
      ? 'matches'
      : presumedDead > 0 && difference === presumedDead
        ? 'matches counting presumed dead'
        : difference > 0
          ? 'higher'
          : 'lower';
  return { reported, sum, difference, verdict };
}

/** Each reported total beside the sum of the events that had been announced by the day it was reported. */
export function gaps(reports: readonly ReportedTotal[], rows: readonly Strike[]): Gap[] {
  return reports.map((report) => {
    const { totals: known } = totalsAsOf(rows, report.asOf, 'announced');
    return {
      report,
      known,
      killed: report.killed && compare(report.killed.value, known.killed, known.presumedDead),
      strikes: report.strikes && compare(report.strikes.value, known.strikes),
      vessels: report.vessels && compare(report.vessels.value, known.vessels),
    };
  });
}
