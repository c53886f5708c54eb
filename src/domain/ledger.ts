import type { Claim } from '../schemas/source';
import type { Strike } from '../schemas/strike';
import { daysBetween, formatDate, formatDay } from '../format/dates';
import { formatList } from '../format/numbers';
import { type Metric, metrics } from '../schemas/metrics';
import { formatFigure } from './figures';
import { explainGap, UNITS } from './gapText';
import { claimAsOf, outletName, type SourceEntry } from './sources';
import { chronological, confirmed, gaps, totalsAsOf } from './strikeSeries';

/** One figure one source reports, beside what the strike data gives for the same day. */
export interface LedgerRow {
  sourceId: string;
  outlet: string;
  claim: Claim;
  asOf: Date;
  /** The figure as the source words it ("at least 83"). */
  figure: string;
  /** What the strike data gives, where it has the figure. */
  data?: { value: number; label: string };
  /** One line on how the two compare, or why there is nothing to compare. */
  explanation: string;
}

export interface LedgerGroup {
  metric: Metric;
  label: string;
  rows: LedgerRow[];
}

/** What the strike data says for a claim's metric and day, with a one-line comparison. */
function compareWithData(claim: Claim, asOf: Date, strikes: readonly Strike[]): Pick<LedgerRow, 'data' | 'explanation'> | undefined {
  if (claim.event) {
    const events = confirmed(strikes).filter((s) => s.date.getTime() === claim.event!.getTime());
    if (events.length === 0) return { explanation: `No strike in the data on ${formatDate(claim.event)}.` };
    const killed = events.reduce((n, s) => n + s.killed, 0);
    const value = claim.metric === 'killed' ? killed : undefined;
    if (value === undefined) return undefined;
    return {
      data: { value, label: `killed in the strike of ${formatDay(claim.event)}` },
      explanation:
        value === claim.value
          ? `Matches the strike of ${formatDay(claim.event)} in the data.`
          : `The data gives ${value} killed in that strike${events[0].notes ? `: ${events[0].notes.split('. ')[0]}.` : '.'}`,
    };
  }
  if (claim.metric === 'killed' || claim.metric === 'strikes' || claim.metric === 'vessels') {
    const metric = claim.metric;
    const report = {
      asOf,
      outlet: '',
      strikes: undefined,
      vessels: undefined,
      killed: undefined,
      survivors: undefined,
      source: { title: '', url: undefined, sourceId: undefined, p: undefined },
      notes: '',
      [metric]: { value: claim.value, qualifier: claim.qualifier },
    };
    const gap = gaps([report], strikes)[0][metric]!;
    return { data: { value: gap.sum, label: `${UNITS[metric]} announced by ${formatDay(asOf)}` }, explanation: explainGap(gap, metric, asOf) };
  }
  if (claim.metric === 'survivors') {
    const { totals } = totalsAsOf(strikes, asOf, 'announced');
    return {
      data: { value: totals.survivors, label: `survivors announced by ${formatDay(asOf)}` },
      explanation: claim.value === totals.survivors ? 'Matches the data.' : `The data has ${totals.survivors}. ${claim.note ?? ''}`.trim(),
    };
  }
  if (claim.metric === 'days_without_strike') {
    const last = chronological(confirmed(strikes)).filter((s) => s.date.getTime() < asOf.getTime()).at(-1);
    if (!last) return undefined;
    const days = daysBetween(last.date, asOf);
    return {
      data: { value: days, label: `days since the strike of ${formatDay(last.date)}` },
      explanation: days === claim.value ? `Matches: the last strike before ${formatDay(asOf)} was on ${formatDay(last.date)}.` : `The data gives ${days} days.`,
    };
  }
  return undefined;
}

/** "A, B and C", or "A, B, C and 7 others": a row names a few sources, however many there are. */
const names = (list: readonly string[], shown = 3) =>
  formatList(list.length <= shown ? list : [...list.slice(0, shown), `${list.length - shown} others`]);

/** Where the data has nothing to say, how the sources compare with each other. */
function compareWithSources(row: Omit<LedgerRow, 'explanation'>, sameMetric: readonly Omit<LedgerRow, 'explanation'>[]): string {
  const others = sameMetric.filter((o) => o.sourceId !== row.sourceId);
  if (others.length === 0) return 'Only this source reports it; our strike data does not cover it.';
  const same = others.filter((o) => o.figure === row.figure).map((o) => o.outlet);
  const different = others.filter((o) => o.figure !== row.figure).map((o) => `${o.outlet} (${o.figure})`);
  return [same.length ? `Same as ${names(same)}.` : '', different.length ? `Differs from ${names(different)}.` : '']
    .filter(Boolean)
    .join(' ');
}

/**
 * The figure ledger: every claim of every source, grouped by metric, each beside what the strike data
 * gives for its day (or the other sources, where the data has no such figure), with a line on the difference.
 */
export function ledger(sources: readonly SourceEntry[], strikes: readonly Strike[]): LedgerGroup[] {
  const rows = sources.flatMap(({ id, data }) =>
    data.claims.map((claim) => ({ sourceId: id, outlet: outletName(data), claim, asOf: claimAsOf(claim, data), figure: formatFigure(claim, claim.metric) })),
  );
  const byMetric = Map.groupBy(rows, (row) => row.claim.metric);
  const explained: LedgerRow[] = rows.map((row) => {
    const compared = compareWithData(row.claim, row.asOf, strikes);
    const note = row.claim.note && !compared?.explanation.includes(row.claim.note) ? ` ${row.claim.note}` : '';
    return compared
      ? { ...row, ...compared, explanation: compared.explanation + (compared.data ? '' : note) }
      : { ...row, explanation: compareWithSources(row, byMetric.get(row.claim.metric)!) };
  });
  return (Object.keys(metrics) as Metric[])
    .map((metric) => ({
      metric,
      label: metrics[metric].label,
      rows: explained
        .filter((r) => r.claim.metric === metric)
        .sort((a, b) => a.asOf.getTime() - b.asOf.getTime() || a.outlet.localeCompare(b.outlet)),
    }))
    .filter((group) => group.rows.length > 0);
}
