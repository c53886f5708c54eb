import type { Claim } from '../schemas/source';
import type { Strike } from '../schemas/strike';
import { firstSentence } from '../format/brackets';
import { daysBetween } from '../format/dates';
import { quotedWords } from '../format/segments';
import { ENGLISH, type Edition } from '../i18n/words';
import { type Metric, metrics } from '../schemas/metrics';
import { defaultLocale, type Locale, pathIn } from '../site';
import { formatFigure } from './figures';
import { countPages, type Page, pageOf } from './pages';
import { explainGap } from './gapText';
import { claimAsOf, outletName, type SourceEntry } from './sources';
import { chronological, confirmed, gaps, survivorsLostAtSea, totalsAsOf } from './strikeSeries';
import { notesProse } from './notesProse';
import { strikeHref } from './strikePages';

/** One figure one source reports, beside what the strike data gives for the same day. */
export interface LedgerRow {
  sourceId: string;
  outlet: string;
  claim: Claim;
  asOf: Date;
  /**
   * Whether `asOf` is its source's day of publication as we inferred it (an undated copy): the figure may be of
   * that day or earlier, and the comparison with the data's day is as sure as that inference.
   */
  dateInferred?: true;
  /** The figure as the source words it ("at least 83"). */
  figure: string;
  /** What the strike data gives, where it has the figure. */
  data?: { value: number; label: string; /** The strike's page, where the claim is of one strike event. */ href?: string };
  /** One line on how the two compare, or why there is nothing to compare. */
  explanation: string;
  /** In an edition in another language, the words of `explanation` that are English: a note of the data, or one of ours not yet translated. */
  english?: string[];
}

export interface LedgerGroup {
  metric: Metric;
  label: string;
  rows: LedgerRow[];
}

/** What the strike data says for a claim's metric and day, with a one-line comparison. */
function compareWithData(claim: Claim, asOf: Date, strikes: readonly Strike[], edition: Edition): Pick<LedgerRow, 'data' | 'explanation' | 'english'> | undefined {
  const words = edition.words.comparison;
  if (claim.event) {
    const events = confirmed(strikes).filter((s) => s.date.getTime() === claim.event!.getTime());
    if (events.length === 0) return { explanation: words.noStrikeOn(claim.event) };
    const killed = events.reduce((n, s) => n + s.killed, 0);
    const value = claim.metric === 'killed' ? killed : undefined;
    if (value === undefined) return undefined;
    // The strike's page, where the day holds one strike event.
    const data = { value, label: words.killedInStrike(claim.event), ...(events.length === 1 && { href: strikeHref(events[0]!.id, edition.locale) }) };
    if (value === claim.value) return { data, explanation: words.matchesStrike(claim.event) };
    if (claim.part && claim.value < value) {
      // With our note on the claim, where it has one: what the figure is part of, and why.
      return {
        data,
        explanation: `${words.partOfStrike(value, claim.event)} ${noteOf(claim, edition) ?? ''}`.trim(),
        english: untranslated(claim, edition),
      };
    }
    // The data's note is in its own words, English.
    const note = notesProse(firstSentence(events[0].notes)) || undefined;
    return {
      data,
      explanation: words.dataGivesInStrike(value, note),
      english: note && edition.locale !== defaultLocale ? [note] : undefined,
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
    const { totals, events } = totalsAsOf(strikes, asOf, 'announced');
    return {
      data: { value: totals.survivors, label: words.announcedBy('survivors', asOf) },
      explanation:
        claim.value === totals.survivors
          ? words.matchesData
          : `${words.dataHas(totals.survivors, survivorsLostAtSea(chronological(events)))} ${noteOf(claim, edition) ?? ''}`.trim(),
      english: claim.value === totals.survivors ? undefined : untranslated(claim, edition),
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
/**
 * The English of a claim's note on a page of another edition: the whole note where it has no translation,
 * else the article's words its translation quotes (“one September operation”), if any.
 */
const untranslated = (claim: Claim, { locale }: Edition) => {
  if (locale === defaultLocale || !claim.note) return undefined;
  const english = claim.es?.note ? quotedWords(claim.es.note) : [claim.note];
  return english.length ? english : undefined;
};

/** A row names a few sources, however many there are: the first three, and how many more. */
const SHOWN = 3;

type Row = Omit<LedgerRow, 'explanation'>;

/** The first `shown` rows that `keep` keeps, in order; the loop stops there. */
function firstOf(rows: readonly Row[], keep: (row: Row) => boolean, shown = SHOWN): Row[] {
  const found: Row[] = [];
  for (const row of rows) if (keep(row) && found.push(row) === shown) break;
  return found;
}

/**
 * Where the data has nothing to say, how a row's source compares with the other sources of its metric
 * (`sameMetric`, in order): those that give the same figure and those that give another, a few of each
 * named. Worked out for every row without a pass over all the others per row, which would grow with the
 * square of the archive: each figure's rows are counted once, and a few of each kept.
 */
function sourceComparison(sameMetric: readonly Row[], { words }: Edition): (row: Row) => string {
  const byFigure = Map.groupBy(sameMetric, (o) => o.figure);
  const bySource = Map.groupBy(sameMetric, (o) => o.sourceId);
  const most = [...bySource.values()].reduce((n, own) => Math.max(n, own.length), 0);
  // The first rows of each figure, in order: enough to name the first few of any other figure, past the rows of any one source.
  const counted = new Map<string, number>();
  const firstPerFigure = sameMetric.filter((o) => {
    const n = (counted.get(o.figure) ?? 0) + 1;
    counted.set(o.figure, n);
    return n <= SHOWN + most;
  });
  return (row) => {
    const own = bySource.get(row.sourceId)!;
    const others = sameMetric.length - own.length;
    if (others === 0) return words.comparison.onlyThisSource;
    const sameFigure = byFigure.get(row.figure)!;
    const sameCount = sameFigure.length - own.filter((o) => o.figure === row.figure).length;
    const same = firstOf(sameFigure, (o) => o.sourceId !== row.sourceId).map((o) => o.outlet);
    const different = firstOf(firstPerFigure, (o) => o.sourceId !== row.sourceId && o.figure !== row.figure).map((o) => `${o.outlet} (${o.figure})`);
    return [
      sameCount ? words.comparison.sameAs(same, sameCount - same.length) : '',
      others - sameCount ? words.comparison.differsFrom(different, others - sameCount - different.length) : '',
    ]
      .filter(Boolean)
      .join(' ');
  };
}

/**
 * The figure ledger: every claim of every source, grouped by metric, each beside what the strike data
 * gives for its day (or the other sources, where the data has no such figure), with a line on the difference.
 */
export function ledger(sources: readonly SourceEntry[], strikes: readonly Strike[], edition: Edition = ENGLISH): LedgerGroup[] {
  const rows = sources.flatMap(({ id, data }) =>
    data.claims.map((claim) => ({
      sourceId: id,
      outlet: outletName(data, edition),
      claim,
      asOf: claimAsOf(claim, data),
      ...(claim.asOf === undefined && data.published.inferred ? { dateInferred: true as const } : {}),
      figure: formatFigure(claim, claim.metric, edition),
    })),
  );
  const compareWithSources = new Map([...Map.groupBy(rows, (row) => row.claim.metric)].map(([metric, same]) => [metric, sourceComparison(same, edition)]));
  const explained: LedgerRow[] = rows.map((row) => {
    const compared = compareWithData(row.claim, row.asOf, strikes, edition);
    const claimNote = noteOf(row.claim, edition);
    const note = claimNote && !compared?.explanation.includes(claimNote) ? ` ${claimNote}` : '';
    if (!compared) return { ...row, explanation: compareWithSources.get(row.claim.metric)!(row) };
    // Our note follows where the data gives no figure; left untranslated, it is English.
    const appended = compared.data ? '' : note;
    return { ...row, ...compared, explanation: compared.explanation + appended, english: [...(compared.english ?? []), ...((appended && untranslated(row.claim, edition)) || [])] };
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

/**
 * How many rows of a metric one page of the ledger shows. The ledger's own page has each metric's first
 * rows, and each further hundred a page of its own: no page grows with the archive, and the ledger's page,
 * which a first visit saves for offline reading, stays the same size at a hundred sources or ten thousand.
 */
export const LEDGER_PAGE_ROWS = 100;

/** One page of a metric's rows: which page of how many (page 1 is on the ledger's own page), and where its rows stand among the metric's. */
export type LedgerPage = LedgerGroup & Omit<Page<LedgerRow>, 'items'>;

/** How many pages a metric's rows take. */
export const pagesOf = (group: LedgerGroup, size = LEDGER_PAGE_ROWS) => countPages(group.rows.length, size);

/** Page `page` (from 1) of a metric's rows, in the ledger's order. */
export function ledgerPage(group: LedgerGroup, page: number, size = LEDGER_PAGE_ROWS): LedgerPage {
  const { items, ...where } = pageOf(group.rows, page, size, `the ledger's ${group.metric} rows`);
  return { ...group, rows: items, ...where };
}

/** Where a page of a metric's rows is: page 1 at its table on the ledger's page, the others at /ledger/{metric}/{page}/. */
export const ledgerPageHref = (locale: Locale, metric: Metric, page: number) =>
  page === 1 ? `${pathIn(locale, '/ledger/')}#ledger-${metric}` : pathIn(locale, `/ledger/${metric}/${page}/`);
