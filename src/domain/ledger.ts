import type { Claim } from '../schemas/source';
import type { Strike } from '../schemas/strike';
import { daysBetween } from '../format/dates';
import { ENGLISH, type Edition } from '../i18n/words';
import { type Metric, metrics } from '../schemas/metrics';
import { formatFigure } from './figures';
import { explainGap } from './gapText';
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
function compareWithData(claim: Claim, asOf: Date, strikes: readonly Strike[], edition: Edition): Pick<LedgerRow, 'data' | 'explanation'> | undefined {
  const words = edition.words.comparison;
  if (claim.event) {
    const events = confirmed(strikes).filter((s) => s.date.getTime() === claim.event!.getTime());
    if (events.length === 0) return { explanation: words.noStrikeOn(claim.event) };
    const killed = events.reduce((n, s) => n + s.killed, 0);
    const value = claim.metric === 'killed' ? killed : undefined;
    if (value === undefined) return undefined;
    return {
      data: { value, label: words.killedInStrike(claim.event) },
      explanation: value === claim.value ? words.matchesStrike(claim.event) : words.dataGivesInStrike(value, events[0].notes.split('. ')[0] || undefined),
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
    return { data: { value: gap.sum, label: words.announcedBy(metric, asOf) }, explanation: explainGap(gap, metric, asOf, edition) };
  }
  if (claim.metric === 'survivors') {
    const { totals } = totalsAsOf(strikes, asOf, 'announced');
    return {
      data: { value: totals.survivors, label: words.announcedBy('survivors', asOf) },
      explanation: claim.value === totals.survivors ? words.matchesData : `${words.dataHas(totals.survivors)} ${noteOf(claim, edition) ?? ''}`.trim(),
    };
  }
  if (claim.metric === 'days_without_strike') {
    const last = chronological(confirmed(strikes)).filter((s) => s.date.getTime() < asOf.getTime()).at(-1);
    if (!last) return undefined;
    const days = daysBetween(last.date, asOf);
    return {
      data: { value: days, label: words.daysSince(last.date) },
      explanation: days === claim.value ? words.matchesLastStrike(asOf, last.date) : words.dataGivesDays(days),
    };
  }
  return undefined;
}

/** Our note on a claim, in the edition's language where it has one (`es: { note }`), else as written. */
const noteOf = (claim: Claim, { locale }: Edition) => (locale === 'es' ? (claim.es?.note ?? claim.note) : claim.note);

/** A row names a few sources, however many there are: the first three, and how many more. */
const names = (list: readonly string[], shown = 3) => [list.slice(0, shown), list.length > shown ? list.length - shown : 0] as const;

/** Where the data has nothing to say, how the sources compare with each other. */
function compareWithSources(row: Omit<LedgerRow, 'explanation'>, sameMetric: readonly Omit<LedgerRow, 'explanation'>[], { words }: Edition): string {
  const others = sameMetric.filter((o) => o.sourceId !== row.sourceId);
  if (others.length === 0) return words.comparison.onlyThisSource;
  const same = others.filter((o) => o.figure === row.figure).map((o) => o.outlet);
  const different = others.filter((o) => o.figure !== row.figure).map((o) => `${o.outlet} (${o.figure})`);
  return [same.length ? words.comparison.sameAs(...names(same)) : '', different.length ? words.comparison.differsFrom(...names(different)) : '']
    .filter(Boolean)
    .join(' ');
}

/**
 * The figure ledger: every claim of every source, grouped by metric, each beside what the strike data
 * gives for its day (or the other sources, where the data has no such figure), with a line on the difference.
 */
export function ledger(sources: readonly SourceEntry[], strikes: readonly Strike[], edition: Edition = ENGLISH): LedgerGroup[] {
  const rows = sources.flatMap(({ id, data }) =>
    data.claims.map((claim) => ({ sourceId: id, outlet: outletName(data, edition), claim, asOf: claimAsOf(claim, data), figure: formatFigure(claim, claim.metric, edition) })),
  );
  const byMetric = Map.groupBy(rows, (row) => row.claim.metric);
  const explained: LedgerRow[] = rows.map((row) => {
    const compared = compareWithData(row.claim, row.asOf, strikes, edition);
    const claimNote = noteOf(row.claim, edition);
    const note = claimNote && !compared?.explanation.includes(claimNote) ? ` ${claimNote}` : '';
    return compared
      ? { ...row, ...compared, explanation: compared.explanation + (compared.data ? '' : note) }
      : { ...row, explanation: compareWithSources(row, byMetric.get(row.claim.metric)!, edition) };
  });
  return (Object.keys(metrics) as Metric[])
    .map((metric) => ({
      metric,
      label: edition.words.metrics[metric].label,
      rows: explained
        .filter((r) => r.claim.metric === metric)
        .sort((a, b) => a.asOf.getTime() - b.asOf.getTime() || a.outlet.localeCompare(b.outlet)),
    }))
    .filter((group) => group.rows.length > 0);
}
