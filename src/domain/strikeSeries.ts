import { addDays } from '../format/dates';
import { presumedSplit } from '../schemas/presumedDead';
import type { ReportedFigure, ReportedTotal } from '../schemas/reportedTotal';
import { type Region, regions, type Strike } from '../schemas/strike';
import type { Counted, Verdict } from '../i18n/words';

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
export const confirmed = <T extends Pick<Strike, 'status'>>(rows: readonly T[]) => rows.filter((r) => r.status === 'cited');
export const unconfirmed = (rows: readonly Strike[]) => rows.filter((r) => r.status === 'unconfirmed');

/**
 * An unconfirmed claim placed only in a region: it named no place, and the map only shows it in its region's
 * box. It is no strike whose region alone is known.
 */
export const namesNoPlace = (s: Strike) => s.status === 'unconfirmed' && s.position.precision === 'region';

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

/** The id of the strikes-over-time table's row of the running totals after a strike event, which a citation of them links to. */
export const runningTotalId = (eventId: string) => `through-${eventId}`;

/** Totals through a day (inclusive), by strike date or by the day strikes became known. */
export function totalsAsOf(rows: readonly Strike[], day: Date, by: 'date' | 'announced' = 'date') {
  const dateOf = by === 'date' ? (s: Strike) => s.date : knownOn;
  const through = rows.filter((s) => dateOf(s).getTime() <= day.getTime());
  const events = confirmed(through);
  return { totals: total(events), events, unconfirmed: unconfirmed(through) };
}

/** Totals for each region, confirmed events only. */
export const byRegion = (rows: readonly Strike[]): Record<Region, Totals> =>
  Object.fromEntries(regions.map((region) => [region, total(confirmed(rows).filter((s) => s.region === region))])) as Record<
    Region,
    Totals
  >;

/** How a reported figure compares with the per-event sum known on its day, most exact explanation first; each edition words them (src/i18n/). */
export type { Verdict } from '../i18n/words';

export interface FigureGap {
  reported: number;
  /** The sum of events announced by the day of the report. */
  sum: number;
  /** reported − sum (announced deaths only). */
  difference: number;
  verdict: Verdict;
  /** The days of the strikes whose people lost at sea the verdict adds to the deaths, or takes from the survivors. */
  lostAtSea?: Date[];
  /** The days of the strikes, announced after the report's day, that the verdict counts. */
  announcedLater?: Date[];
}

export interface Gap {
  report: ReportedTotal;
  /** Totals of the events announced by the report's day. */
  known: Totals;
  killed?: FigureGap;
  strikes?: FigureGap;
  vessels?: FigureGap;
  survivors?: FigureGap;
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

/** The figures a report's row can be compared on. */
export type { Counted } from '../i18n/words';

/** A count the data allows for a figure, other than the plain sum, and the verdict that explains it. */
interface Reading {
  value: number;
  verdict: Verdict;
  lostAtSea: Date[];
}

/**
 * The other counts a figure may be, from the events known by its day. Deaths: the sum plus the people
 * presumed dead, strike by strike, earliest first (an outlet adds each as its search ends, so a total may
 * count the survivor lost on 27 October but not yet the crews lost on 30 December). Survivors: the sum
 * less those later lost at sea (an event's presumed dead are its survivors first, as on 27 October).
 */
function readings(known: Totals, lost: readonly Strike[], metric: Counted): Reading[] {
  if (metric === 'killed') {
    let value = known.killed;
    return lost.map((s, i) => ({ value: (value += s.presumedDead), verdict: 'matches counting presumed dead', lostAtSea: lost.slice(0, i + 1).map((e) => e.date) }));
  }
  if (metric === 'survivors') {
    const gone = survivorsLostAtSea(lost);
    return gone.count ? [{ value: known.survivors - gone.count, verdict: 'matches leaving out survivors lost at sea', lostAtSea: gone.days }] : [];
  }
  return [];
}

/**
 * How many of the events' survivors were later lost at sea and presumed dead, and the days of their
 * strikes: an event's presumed dead are its survivors first, as on 27 October (presumedSplit()).
 */
export function survivorsLostAtSea(events: readonly Strike[]): { count: number; days: Date[] } {
  const found = events.map((s) => ({ date: s.date, lost: presumedSplit(s.survivors, s.presumedDead).lost })).filter((s) => s.lost > 0);
  return { count: found.reduce((n, s) => n + s.lost, 0), days: found.map((s) => s.date) };
}

/** The state of the data at one moment: its totals and the events with people lost at sea, in date order. */
interface Known {
  totals: Totals;
  lost: Strike[];
}

/** The data with strikes announced after a report's day added to it, and the days of those strikes. */
interface Pending extends Known {
  days: Date[];
}

/** The data with one more strike: its totals, and its people lost at sea among the others, in date order. */
const withStrike = (k: Known, s: Strike): Known => ({
  totals: add(k.totals, s),
  lost: s.presumedDead > 0 ? chronological([...k.lost, s]) : k.lost,
});

/**
 * @param earlier - the data as it stood before each announcement made on the report's day, in order,
 * for a report written before the day's last announcement.
 * @param later - the data with each strike that had happened by the report's day but was announced after
 * it added, earliest first.
 */
function compare(figure: ReportedFigure, known: Known, earlier: Known[], metric: Counted, later: Pending[] = []): FigureGap {
  const sum = known.totals[metric];
  const reported = figure.value;
  const gap = (verdict: Verdict, lostAtSea?: Date[], announcedLater?: Date[]) => ({
    reported,
    sum,
    difference: reported - sum,
    verdict,
    ...(lostAtSea && { lostAtSea }),
    ...(announcedLater && { announcedLater }),
  });
  if (reported === sum) return gap('matches');
  const reading = readings(known.totals, known.lost, metric).find((r) => r.value === reported);
  if (reading) return gap(reading.verdict, reading.lostAtSea);
  // Before the day's last announcement, the count as it stood at some moment, or else that count with the
  // people lost at sea: the plain count first. An exact count as it stood when the report was written says
  // more than a qualifier that holds of the day's sum ("at least 66" of 69): it comes first.
  // A qualifier that rules the count out ("more than 80" of 80) rules the match out too.
  const fitsWording = figure.qualifier === 'exact' || qualifierHolds(figure, reported);
  if (fitsWording && earlier.some((k) => k.totals[metric] === reported)) return gap('written before an announcement that day');
  const then = fitsWording ? earlier.flatMap((k) => readings(k.totals, k.lost, metric)).find((r) => r.value === reported) : undefined;
  if (then) return gap('written before an announcement that day', then.lostAtSea);
  if (qualifierHolds(figure, sum)) return gap('consistent with its qualifier');
  // Since 27 October (three strikes on four boats) the counts differ, and an outlet may print one under the other's name.
  const other = metric === 'strikes' ? 'vessels' : metric === 'vessels' ? 'strikes' : undefined;
  if (other && known.totals[other] === reported) return gap('counts vessels as strikes, or strikes as vessels');
  const counts = (k: Known) => [k.totals[metric], ...readings(k.totals, k.lost, metric).map((r) => r.value)];
  // A strike that had happened by the report's day but was announced later (16 October, described by US
  // officials that day, announced on 18 October) may be in it, as may the next such strike, and so on. The
  // data cannot say whether it was public by then: only that the figure fits what had happened.
  const fits = later.find((k) => counts(k).includes(reported) || qualifierHolds(figure, k.totals[metric]));
  if (fits) return gap('counts a strike announced later', undefined, fits.days);
  return gap(reported > sum ? 'higher' : 'lower');
}

/**
 * Each reported total beside the sum of the events that had been announced by the day it was reported,
 * with the simplest explanation of any difference: the presumed dead, a report written before that day's
 * announcement, the figure's own qualifier, vessels counted as strikes, or a strike that had happened by
 * then and was announced later (content/data/README.md lists them in order).
 */
export function gaps(reports: readonly ReportedTotal[], rows: readonly Strike[]): Gap[] {
  const events = chronological(confirmed(rows));
  const knownBy = (day: Date): Known => {
    const through = events.filter((s) => knownOn(s).getTime() <= day.getTime());
    return { totals: total(through), lost: through.filter((s) => s.presumedDead > 0) };
  };
  return reports.map((report) => {
    const known = knownBy(report.asOf);
    const pending = events.filter((s) => s.date.getTime() <= report.asOf.getTime() && knownOn(s).getTime() > report.asOf.getTime());
    const later = pending.reduce<Pending[]>((steps, s) => {
      const last = steps.at(-1) ?? { ...known, days: [] };
      return [...steps, { ...withStrike(last, s), days: [...last.days, s.date] }];
    }, []);
    const before = knownBy(addDays(report.asOf, -1));
    const thatDay = events.filter((s) => knownOn(s).getTime() === report.asOf.getTime());
    // The data before the day's first announcement, then after each but the last.
    const earlier = thatDay.slice(0, -1).reduce(
      (steps, s) => [...steps, withStrike(steps.at(-1)!, s)],
      [before],
    );
    const figure = (metric: Counted) => report[metric] && compare(report[metric], known, thatDay.length ? earlier : [], metric, later);
    return { report, known: known.totals, killed: figure('killed'), strikes: figure('strikes'), vessels: figure('vessels'), survivors: figure('survivors') };
  });
}

/** Cumulative totals by the day strikes became known: what a reporter could have added up that day. */
export function announcedSeries(rows: readonly Strike[]): { date: Date; totals: Totals }[] {
  const days = [...new Set(confirmed(rows).map((s) => knownOn(s).getTime()))].sort((a, b) => a - b);
  return days.map((day) => ({ date: new Date(day), totals: totalsAsOf(rows, new Date(day), 'announced').totals }));
}

/** Verdicts that leave a difference unexplained. */
export const isUnexplained = (verdict: Verdict) => verdict === 'higher' || verdict === 'lower';
