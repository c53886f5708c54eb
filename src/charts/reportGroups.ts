import { type CountableTimeInterval, max, tickStep, utcMonday, utcMonth } from 'd3';
import { type Gap, isUnexplained, type Verdict } from '../domain/strikeSeries';
import type { GroupFacts } from '../i18n/words';

/**
 * Up to this many death tolls, the who-reported-what chart draws one mark and its table has one row per
 * toll. Past it the marks overlap on a phone's drawing (a 10 px mark on a plot about 320 px wide for the
 * campaign's months) and the table outgrows a page, so reports that coincide are grouped: see reportGroups().
 */
export const GROUP_ABOVE = 60;

/**
 * The ways of grouping, finest first: by week or month, and in bands of a tenth, a fifth or half of the
 * highest toll. reportGroups() takes the finest that gives at most GROUP_ABOVE groups.
 */
const LEVELS = [
  { period: utcMonday, bands: 10 },
  { period: utcMonday, bands: 5 },
  { period: utcMonth, bands: 10 },
  { period: utcMonth, bands: 5 },
  { period: utcMonth, bands: 2 },
];

/** A verdict's kind, as a mark's colour shows it: equal to the sum, explained by the data, or not. */
export const MARK_KINDS = ['matches', 'explained', 'unexplained'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];
export const kindOf = (verdict: Verdict): MarkKind => (isUnexplained(verdict) ? 'unexplained' : verdict === 'matches' ? 'matches' : 'explained');

/** Reports drawn as one mark and given one row of the table: a single toll, or those that coincide. */
export interface ReportGroup {
  /** The tolls in it, in the table's order; every toll is in exactly one group. */
  reports: Gap[];
  kind: MarkKind;
  /** Whether the tolls are our sources' own figures (drawn as squares). */
  fromSource: boolean;
  /** Where the mark goes: the mean of its days, and of its reported values. */
  at: Date;
  value: number;
}

/** How the tolls were grouped: by `period` ("week" or "month"), in bands `band` deaths wide; or not at all (`band` undefined). */
export interface Grouping {
  groups: ReportGroup[];
  band?: number;
  period?: 'week' | 'month';
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const fromSource = (g: Gap) => g.report.source.sourceId !== undefined;

/** One report alone, as the chart has always drawn it. */
const alone = (g: Gap): ReportGroup => ({ reports: [g], kind: kindOf(g.killed!.verdict), fromSource: fromSource(g), at: g.report.asOf, value: g.killed!.reported });

/** The tolls in groups by a period and a band width: of one period, one kind of verdict, one kind of report and one band; in the order of their first toll. */
function groupBy(tolls: readonly Gap[], period: CountableTimeInterval, band: number): ReportGroup[] {
  const byKey = new Map<string, Gap[]>();
  for (const g of tolls) {
    const key = [period.floor(g.report.asOf).getTime(), Math.floor(g.killed!.reported / band), kindOf(g.killed!.verdict), fromSource(g)].join();
    const list = byKey.get(key);
    if (list) list.push(g);
    else byKey.set(key, [g]);
  }
  return [...byKey.values()].map((list) => ({
    ...alone(list[0]!),
    reports: list,
    at: new Date(Math.round(mean(list.map((g) => g.report.asOf.getTime())))),
    value: mean(list.map((g) => g.killed!.reported)),
  }));
}

/**
 * The marks and table rows of the who-reported-what chart. Up to GROUP_ABOVE tolls, one per toll, in the
 * order given. Past it, tolls that coincide are one group: of one week (from Monday), one kind of verdict
 * (equal, explained, unexplained), one kind of report (our sources' or not), and one band of deaths (a
 * tenth of the highest toll, rounded as an axis's step); where that still makes more than GROUP_ABOVE
 * groups, wider bands, then months. So the marks and rows stay at most GROUP_ABOVE however many reports
 * there are, unless the reports span more months than even the coarsest grouping fits in.
 */
export function reportGroups(reports: readonly Gap[]): Grouping {
  let grouping = groupings.get(reports);
  if (!grouping) groupings.set(reports, (grouping = groupTolls(reports.filter((g) => g.killed))));
  return grouping;
}

/**
 * The grouping of each list of reports a build has asked for, by the list: each strike's page groups the
 * archive's tolls twice (in its chart's description and in its drawing), in each edition, and at 1,000
 * sources that was a second of every build. Lists and groupings are never changed once made.
 */
const groupings = new WeakMap<readonly Gap[], Grouping>();

function groupTolls(tolls: Gap[]): Grouping {
  if (tolls.length <= GROUP_ABOVE) return { groups: tolls.map(alone) };
  const top = max(tolls, (g) => g.killed!.reported)!;
  let grouping: Grouping = { groups: [] };
  for (const { period, bands } of LEVELS) {
    const band = tickStep(0, top, bands);
    grouping = { groups: groupBy(tolls, period, band), band, period: period === utcMonth ? 'month' : 'week' };
    if (grouping.groups.length <= GROUP_ABOVE) break;
  }
  return grouping;
}

/** How the tolls were grouped, as a sentence says it; undefined where each toll is on its own. */
export const groupFacts = ({ groups, band, period }: Grouping): GroupFacts | undefined =>
  band === undefined ? undefined : { tolls: groups.reduce((sum, g) => sum + g.reports.length, 0), groups: groups.length, band, period: period! };

/** The lowest and highest of some numbers, as one cell: "24", "24–30"; days as "2025-10-13 – 2025-10-19" (`format`). */
export function span(values: number[], format: (n: number) => string = String): string {
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  if (lo === hi) return format(lo);
  return format === String ? `${lo}–${hi}` : `${format(lo)} – ${format(hi)}`;
}
