import { formatDate } from '../format/dates';
import { ENGLISH, type Edition } from '../i18n/words';
import type { CitationTarget, Dataset } from '../schemas/cite';
import { type ReportedTotal, reportedTotalId, shortOutlet } from '../schemas/reportedTotal';
import type { Block, Source } from '../schemas/source';
import type { Strike } from '../schemas/strike';
import { chronological, cumulative, runningTotalId, type SeriesPoint, unconfirmed } from './strikeSeries';
import { editions, pathIn } from '../site';
import { CHARTS } from '../schemas/chartProps';
import { sourceHref } from './sources';
import { strikeHref } from './strikePages';

/** What citations resolve against: each source's outlet, date and numbered blocks, and each data row's label. */
export interface CitationIndex {
  /** Each source's outlet (undefined where it is not known), day (and whether we inferred it) and numbered blocks. */
  sources: Map<string, { outlet: string | undefined; published: Date; inferred: boolean; blocks: readonly Block[] }>;
  /** Each row's day, and for a reported total its outlet: what its label is made of, in each edition's words. */
  rows: Record<Dataset, Map<string, { date: Date; outlet?: string }>>;
  /**
   * The strike data's running totals after each announced event, in the order they happened (cumulative),
   * which a citation `through` one adds up to; and the unconfirmed claims, which no sum counts, in order too.
   */
  runningTotals: { points: readonly SeriesPoint[]; claims: readonly Strike[] };
  /**
   * Sources whose files are there but could not be read, and the rows of a data file that are there but have
   * a problem (`all` of them where the file could not be read): a citation of them is not checked
   * (CitationOfUnread), as the problem in the file comes first. `npm run check` only.
   */
  unread?: { sources: ReadonlySet<string>; rows: Partial<Record<Dataset, ReadonlySet<string> | 'all'>> };
}

/** A source as the index needs it: its id, its frontmatter and the numbered blocks its loader read. */
export interface CitableSource {
  id: string;
  data: Pick<Source, 'outlet' | 'published'> & { blocks: readonly Block[] };
}

/**
 * The one citation index, from sources and data already read and checked. The build feeds it the
 * collections (src/collections/citations.ts), `npm run check` the files on disk (src/cli/readContent.ts).
 */
export function citationIndex(sources: readonly CitableSource[], strikes: readonly Strike[], reports: readonly ReportedTotal[]): CitationIndex {
  return {
    sources: new Map(sources.map(({ id, data }) => [id, { outlet: data.outlet.name, published: data.published.date, inferred: data.published.inferred !== undefined, blocks: data.blocks }])),
    rows: {
      strikes: new Map(strikes.map((s) => [s.id, { date: s.date }])),
      'reported-totals': new Map(reports.map((r) => [reportedTotalId(r), { date: r.asOf, outlet: shortOutlet(r.outlet) }])),
    },
    runningTotals: { points: cumulative(strikes), claims: chronological(unconfirmed(strikes)) },
  };
}

/** What a resolved citation shows: where it links, its label and, for a source, the passage itself. */
export interface ResolvedCitation {
  href: string;
  /** For running totals: what the rows add up to, in the edition's words, which the note gives where a source's note quotes it. */
  sum?: string;
  outlet: string;
  date?: Date;
  /** True where the source prints no date and `date` is ours, worked out from its text. */
  dateInferred?: boolean;
  paragraph?: number;
  quote?: string;
  label: string;
  /**
   * A strike event's own page, for a citation of its row: the data page's table sums the row up, and the
   * strike's page prints the rest of it (who was aboard, what each report says), which a claim may rest on.
   * Its day names the link apart from another strike's.
   */
  page?: { href: string; day: Date };
}

/** A citation to a source, paragraph or row that does not exist; the message says what does. */
export class UnresolvedCitation extends Error {
  name = 'UnresolvedCitation';
}

/** A citation of a source or a data file that is there but could not be read: its file's own problem is named instead. */
export class CitationOfUnread extends UnresolvedCitation {
  name = 'CitationOfUnread';
}

/** Resolves what a citation points at, labelled in the edition's words, or throws UnresolvedCitation naming what is missing. */
export function resolveCitation(target: CitationTarget, index: CitationIndex, { words, locale }: Edition = ENGLISH): ResolvedCitation {
  if ('source' in target) {
    const source = index.sources.get(target.source);
    if (!source && index.unread?.sources.has(target.source)) throw new CitationOfUnread(`<Cite> source: ${target.source} could not be read`);
    if (!source)
      throw new UnresolvedCitation(`<Cite> source: no source "${target.source}"; expected one of ${[...index.sources.keys()].sort().join(', ')}`);
    const block = source.blocks[target.p - 1];
    if (!block)
      throw new UnresolvedCitation(
        `<Cite> p: paragraph ${target.p} does not exist in ${target.source}; it has ${source.blocks.length} (p-1 to p-${source.blocks.length})`,
      );
    const outlet = source.outlet ?? words.sources.outletUnknown;
    return { href: sourceHref(target.source, block.n), outlet, date: source.published, dateInferred: source.inferred, paragraph: target.p, quote: block.text, label: outlet };
  }
  if ('through' in target) return resolveRunningTotal(target.through, index, words, locale);
  const row = index.rows[target.data].get(target.row);
  const waiting = index.unread?.rows[target.data];
  if (!row && (waiting === 'all' || waiting?.has(target.row))) throw new CitationOfUnread(`<Cite> row: row ${target.row} of ${target.data}.csv has a problem`);
  if (!row) throw new UnresolvedCitation(`<Cite> row: no row "${target.row}" in ${target.data}.csv`);
  const anchor = target.data === 'strikes' ? `strike-${target.row}` : `report-${target.row}`;
  const outlet = row.outlet ?? words.strikeData;
  // A row of our data, not the outlet's report, dated in full: the page is read long after.
  const label = row.outlet ? words.reportedTotalsRow(row.outlet) : words.strikeData;
  return {
    href: `${pathIn(locale, '/data/')}#${anchor}`,
    outlet,
    label: `${label}, ${formatDate(row.date, editions[locale].intl)}`,
    ...(target.data === 'strikes' && { page: { href: strikeHref(target.row, locale), day: row.date } }),
  };
}

/**
 * Resolves a citation of the strike data's running totals through event `through`. It links to that event's
 * row of the strikes-over-time chart's table, which gives the totals so far after each event; its note gives the sum.
 */
function resolveRunningTotal(through: string, index: CitationIndex, words: Edition['words'], locale: Edition['locale']): ResolvedCitation {
  const row = index.rows.strikes.get(through);
  const waiting = index.unread?.rows.strikes;
  if (waiting === 'all' || (waiting?.size ?? 0) > 0) throw new CitationOfUnread('<Cite> through: rows of strikes.csv have a problem, so no sum of them is checked');
  if (!row) throw new UnresolvedCitation(`<Cite> through: no row "${through}" in strikes.csv`);
  const { points, claims } = index.runningTotals;
  const running = points.find((p) => p.event.id === through);
  if (!running) throw new UnresolvedCitation(`<Cite> through: event ${through} is an unconfirmed claim, which no sum counts; cite the running totals through an announced event`);
  // A note dated by day adds up whole days: the totals to a day include each of its events.
  const dayEnd = points.findLast((p) => p.date.getTime() === running.date.getTime())!;
  if (dayEnd !== running)
    throw new UnresolvedCitation(`<Cite> through: event ${through} is not the last announced event of its day; cite the running totals through event ${dayEnd.event.id}, which end that day`);
  const leftOut = claims.filter((c) => c.date.getTime() <= running.date.getTime()).map((c) => c.id);
  return {
    href: `${pathIn(locale, `/charts/${CHARTS.strikesOverTime.id}/`)}#${runningTotalId(through)}`,
    outlet: words.strikeData,
    label: words.strikeDataThrough(points[0]!.date, running.date),
    sum: words.runningTotal(running, through, leftOut),
  };
}

/** A citation on a page: its number (its id is cite-N) and its endnote's, with what it resolved to. */
export interface PageCitation extends ResolvedCitation {
  n: number;
  note: number;
}

/** An endnote: one cited passage or row, quoted once, with every citation of it in reading order. */
export interface Note extends ResolvedCitation {
  /** The note's number: what each of its citations prints as its footnote mark. */
  n: number;
  /** The numbers of the citations of this passage (their ids are cite-N), in reading order. */
  citations: number[];
}

/**
 * The ids of a note's parts on the page: the note itself (what its citations link to), the link to the
 * passage or row it cites, and the quoted passage (which describes each citation to assistive technology).
 */
export const noteIds = (note: number) => ({ note: `note-${note}`, source: `note-${note}-source`, passage: `note-${note}-passage` });

/** The endnotes of a document's citations, in order of their numbers. */
export function notesOf(citations: readonly PageCitation[]): Note[] {
  const notes = new Map<number, Note>();
  for (const { n, note, ...resolved } of citations) {
    if (notes.has(note)) notes.get(note)!.citations.push(n);
    else notes.set(note, { ...resolved, n: note, citations: [n] });
  }
  return [...notes.values()].sort((a, b) => a.n - b.n);
}
