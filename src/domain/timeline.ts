import { isoMonth } from '../format/dates';
import { ENGLISH, type Edition } from '../i18n/words';
import type { KeyEventRow } from '../schemas/keyEvent';
import type { Source } from '../schemas/source';
import type { Region, Strike } from '../schemas/strike';
import { outletName, sourceHref } from './sources';
import { strikeDataHref, strikeHref, tollText } from './strikePages';

/** Where an entry of the timeline comes from: a paragraph of a source, a row of our data, or a report. */
export interface TimelineCite {
  label: string;
  href: string;
  /** A report on another site, not a page of ours. */
  external: boolean;
}

/** One dated entry of the timeline. */
export interface TimelineEntry {
  /** Unique on the page: the entry's anchor. */
  id: string;
  kind: 'event' | 'strike' | 'source';
  date: Date;
  /** The last day of a span. */
  end?: Date;
  /** What happened, in a few words. */
  title: string;
  /** A source's title after them, as it was published (in English). */
  quote?: string;
  /** The page the entry leads to. */
  href: string;
  cite: TimelineCite;
  /** How the day was worked out, where it is inferred or needs a word: our words, and the data's note (in English). */
  dated?: { label?: string; note?: string; announced?: string };
  /** A claim that no report confirms, kept out of every count. */
  unconfirmed: boolean;
}

/** The entries of one month. */
export interface TimelineMonth {
  /** "2025-10" */
  month: string;
  /** "October 2025" */
  label: string;
  entries: TimelineEntry[];
}

/** What the timeline needs of a source. */
export interface TimelineSource {
  id: string;
  data: Pick<Source, 'title' | 'outlet' | 'published'>;
}

const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

function eventEntry(e: KeyEventRow, i: number, sources: readonly TimelineSource[], { words, translate }: Edition): TimelineEntry {
  const source = e.cite && sources.find((s) => s.id === e.cite!.source);
  const cite: TimelineCite =
    e.cite && source
      ? { label: words.timeline.paragraph(outletName(source.data), e.cite.p), href: sourceHref(source.id, e.cite.p), external: false }
      : { label: host(e.url!), href: e.url!, external: true };
  const label = translate(e.label);
  return {
    id: `event-${i + 1}`,
    kind: 'event',
    date: e.date,
    end: e.end,
    title: e.end ? words.timeline.span(label, e.end) : label,
    href: cite.href,
    cite,
    dated: e.note ? { note: e.note } : undefined,
    unconfirmed: false,
  };
}

function strikeEntry(s: Strike, where: string, edition: Edition): TimelineEntry {
  const { timeline: words } = edition.words;
  const announced = s.announcedDate && s.announcedDate.getTime() !== s.date.getTime() ? words.announced(s.announcedDate) : undefined;
  const unconfirmed = s.status === 'unconfirmed';
  return {
    id: `strike-${s.id}`,
    kind: 'strike',
    date: s.date,
    title: unconfirmed ? words.claimedStrike(where) : words.strike(where, tollText(s, edition)),
    href: strikeHref(s.id, edition.locale),
    cite: { label: words.strikeRow(s.id, s.source.outlet), href: strikeDataHref(s, edition.locale), external: false },
    dated: s.dateNote || announced ? { ...(s.dateNote && { label: words.dated, note: `${s.dateNote}.` }), announced } : undefined,
    unconfirmed,
  };
}

function sourceEntry(source: TimelineSource, { words }: Edition): TimelineEntry {
  const outlet = outletName(source.data);
  const { inferred } = source.data.published;
  return {
    id: `source-${source.id}`,
    kind: 'source',
    date: source.data.published.date,
    title: words.timeline.publishes(outlet),
    quote: source.data.title,
    href: sourceHref(source.id),
    cite: { label: words.timeline.asPublished(outlet), href: `${sourceHref(source.id)}#text`, external: false },
    dated: inferred ? { label: words.timeline.inferred, note: inferred } : undefined,
    unconfirmed: false,
  };
}

const KIND_ORDER: TimelineEntry['kind'][] = ['event', 'strike', 'source'];

/**
 * The key events, every strike and the publication of each source, in date order and grouped by month,
 * each with what it rests on and how it was dated, in an edition's words (the data's notes and the sources'
 * titles stay as they are written, in English).
 */
export function timeline(
  events: readonly KeyEventRow[],
  strikes: readonly Strike[],
  sources: readonly TimelineSource[],
  regionNames: Record<Region, string>,
  edition: Edition = ENGLISH,
): TimelineMonth[] {
  const where = (s: Strike) => edition.translate(regionNames[s.region]);
  const entries = [
    ...events.map((e, i) => eventEntry(e, i, sources, edition)),
    ...strikes.map((s) => strikeEntry(s, where(s), edition)),
    ...sources.map((s) => sourceEntry(s, edition)),
  ].sort(
    (a, b) =>
      a.date.getTime() - b.date.getTime() ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
  const months = new Map<string, TimelineEntry[]>();
  for (const entry of entries) months.set(isoMonth(entry.date), [...(months.get(isoMonth(entry.date)) ?? []), entry]);
  return [...months].map(([month, list]) => ({ month, label: edition.words.strikes.month(month), entries: list }));
}
