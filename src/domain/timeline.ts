import { formatDate, formatMonth, isoMonth } from '../format/dates';
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
  /** The page the entry leads to. */
  href: string;
  cite: TimelineCite;
  /** How the day was worked out, where it is inferred or needs a word. */
  dated?: string;
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

function eventEntry(e: KeyEventRow, i: number, sources: readonly TimelineSource[]): TimelineEntry {
  const source = e.cite && sources.find((s) => s.id === e.cite!.source);
  const cite: TimelineCite =
    e.cite && source
      ? { label: `${outletName(source.data)}, paragraph ${e.cite.p}`, href: sourceHref(source.id, e.cite.p), external: false }
      : { label: host(e.url!), href: e.url!, external: true };
  return {
    id: `event-${i + 1}`,
    kind: 'event',
    date: e.date,
    end: e.end,
    title: e.end ? `${e.label}, to ${formatDate(e.end)}` : e.label,
    href: cite.href,
    cite,
    dated: e.note || undefined,
    unconfirmed: false,
  };
}

function strikeEntry(s: Strike, where: string): TimelineEntry {
  const announced = s.announcedDate && s.announcedDate.getTime() !== s.date.getTime() ? `Announced ${formatDate(s.announcedDate)}.` : '';
  const unconfirmed = s.status === 'unconfirmed';
  return {
    id: `strike-${s.id}`,
    kind: 'strike',
    date: s.date,
    title: unconfirmed ? `Claimed strike in ${where}, unconfirmed and not counted` : `Strike in ${where}: ${tollText(s)}`,
    href: strikeHref(s.id),
    cite: { label: `Strike data, event ${s.id}, from ${s.source.outlet}`, href: strikeDataHref(s), external: false },
    dated: [s.dateNote && `Dated: ${s.dateNote}.`, announced].filter(Boolean).join(' ') || undefined,
    unconfirmed,
  };
}

function sourceEntry(source: TimelineSource): TimelineEntry {
  const outlet = outletName(source.data);
  return {
    id: `source-${source.id}`,
    kind: 'source',
    date: source.data.published.date,
    title: `${outlet} publishes “${source.data.title}”`,
    href: sourceHref(source.id),
    cite: { label: `${outlet}, the article as published`, href: `${sourceHref(source.id)}#text`, external: false },
    dated: source.data.published.inferred ? `Date inferred: ${source.data.published.inferred}` : undefined,
    unconfirmed: false,
  };
}

const KIND_ORDER: TimelineEntry['kind'][] = ['event', 'strike', 'source'];

/**
 * The key events, every strike and the publication of each source, in date order and grouped by month,
 * each with what it rests on and how it was dated.
 */
export function timeline(
  events: readonly KeyEventRow[],
  strikes: readonly Strike[],
  sources: readonly TimelineSource[],
  regionNames: Record<Region, string>,
): TimelineMonth[] {
  const where = (s: Strike) => regionNames[s.region];
  const entries = [...events.map((e, i) => eventEntry(e, i, sources)), ...strikes.map((s) => strikeEntry(s, where(s))), ...sources.map(sourceEntry)].sort(
    (a, b) =>
      a.date.getTime() - b.date.getTime() ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.id.localeCompare(b.id, 'en', { numeric: true }),
  );
  const months = new Map<string, TimelineEntry[]>();
  for (const entry of entries) months.set(isoMonth(entry.date), [...(months.get(isoMonth(entry.date)) ?? []), entry]);
  return [...months].map(([month, list]) => ({ month, label: formatMonth(month), entries: list }));
}
