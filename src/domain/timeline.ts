import { isoDay, isoMonth, parseDay } from '../format/dates';
import { ENGLISH, type Edition } from '../i18n/words';
import type { KeyEventRow } from '../schemas/keyEvent';
import type { Source } from '../schemas/source';
import type { Region, Strike } from '../schemas/strike';
import { pageNumberOf } from './pages';
import { inferredOf, newestFirst, outletName, paragraphLabel, SOURCES_PAGE, sourceHref, sourcesDayHref, titleOf } from './sources';
import { dateNoteOf, strikeDataHref, strikeHref, tollText } from './strikePages';

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
  kind: 'event' | 'strike' | 'source' | 'more';
  date: Date;
  /** The last day of a span. */
  end?: Date;
  /** What happened, in a few words. */
  title: string;
  /** A source's title after them, as it was published (in English), in quotation marks. */
  quote?: string;
  /** Or the title we gave a source that had none, in the edition's language where we translated it: not quoted, since no outlet wrote it. */
  ourTitle?: ReturnType<typeof titleOf>;
  /** The page the entry leads to. */
  href: string;
  /** What the entry rests on; none for a day's further sources, which are a link to the list that holds them. */
  cite?: TimelineCite;
  /** A span's end where our strike data gives it, not the source: the strike event that ends it (events.csv, end_strike). */
  endCite?: TimelineCite;
  /**
   * How the day was worked out, where it is inferred or needs a word: our words, and the data's note (in
   * English), or our note in the edition's language where a source's file gives it (`translated`).
   */
  dated?: { label?: string; note?: string; translated?: boolean; announced?: string };
  /** A claim that no report confirms, kept out of every count. */
  unconfirmed: boolean;
  /** A strike's entry: the key event that is this strike ("First strike", events.csv's `strike`), not listed again beside it. */
  marks?: string;
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
  data: Pick<Source, 'title' | 'outlet' | 'published'> & Partial<Pick<Source, 'titleFrom' | 'es'>>;
}

function eventEntry(e: KeyEventRow, i: number, sources: readonly TimelineSource[], edition: Edition): TimelineEntry {
  const { words, translate } = edition;
  const source = e.cite && sources.find((s) => s.id === e.cite!.source);
  const cite: TimelineCite =
    e.cite && source
      ? { label: paragraphLabel(sources, e.cite, edition), href: sourceHref(source.id, e.cite.p), external: false }
      : { label: e.report!.outlet, href: e.report!.url, external: true };
  const label = translate(e.label);
  return {
    id: `event-${i + 1}`,
    kind: 'event',
    date: e.date,
    end: e.end,
    title: e.end ? words.timeline.span(label, e.end) : label,
    href: cite.href,
    cite,
    ...(e.endStrike && { endCite: { label: words.chartSources.strikesOverTime.spanEnd(e.endStrike), href: strikeHref(e.endStrike, edition.locale), external: false } }),
    dated: e.note ? { note: e.note } : undefined,
    unconfirmed: false,
  };
}

function strikeEntry(s: Strike, where: string, edition: Edition): TimelineEntry {
  const { timeline: words } = edition.words;
  // In the edition's words where its glossary translates the note, else the data's English.
  const note = dateNoteOf(s, edition);
  const announced = s.announcedDate && s.announcedDate.getTime() !== s.date.getTime() ? words.announced(s.announcedDate, s.strikes) : undefined;
  const unconfirmed = s.status === 'unconfirmed';
  return {
    id: `strike-${s.id}`,
    kind: 'strike',
    date: s.date,
    title: unconfirmed ? words.claimedStrike(where) : words.strike(s.strikes, where, tollText(s, edition)),
    href: strikeHref(s.id, edition.locale),
    cite: { label: words.strikeRow(s.id, s.source.outlet), href: strikeDataHref(s, edition.locale), external: false },
    dated:
      note || announced
        ? { ...(note && { label: words.dated, note: `${note.text}.`, ...(note.translated && { translated: true }) }), announced }
        : undefined,
    unconfirmed,
  };
}

function sourceEntry(source: TimelineSource, edition: Edition): TimelineEntry {
  const { words } = edition;
  const outlet = outletName(source.data, edition);
  const inferred = inferredOf(source.data, edition);
  const ours = source.data.titleFrom === 'editors';
  return {
    id: `source-${source.id}`,
    kind: 'source',
    date: source.data.published.date,
    ...(ours
      ? { title: words.timeline.publishesUntitled(outlet), ourTitle: titleOf({ ...source.data, titleFrom: 'editors' }, edition) }
      : { title: words.timeline.publishes(outlet), quote: source.data.title }),
    href: sourceHref(source.id),
    cite: { label: words.timeline.asPublished(outlet), href: `${sourceHref(source.id)}#text`, external: false },
    dated: inferred && { label: words.timeline.inferred, note: inferred.text, ...(inferred.lang !== 'en' && { translated: true }) },
    unconfirmed: false,
  };
}

/**
 * The sources of one day the timeline shows; the rest of that day are one entry, a link to the list of
 * sources at that day. A story's timeline stays a page a phone can read when the archive holds thousands
 * of reports, and grows with the days it covers rather than with the reports.
 */
export const TIMELINE_DAY_SOURCES = 3;

/** A day's sources past the ones shown: how many, and where the list of sources begins that day. */
function moreEntry(day: string, count: number, page: number, { words, locale }: Edition): TimelineEntry {
  return { id: `more-${day}`, kind: 'more', date: parseDay(day), title: words.timeline.moreSources(count), href: sourcesDayHref(locale, page, day), unconfirmed: false };
}

/**
 * The sources' entries, a day's past the first TIMELINE_DAY_SOURCES folded into one entry. The link goes to
 * the page of the list of sources (newest first, SOURCES_PAGE to a page) that holds the day's first source.
 */
function sourceEntries(sources: readonly TimelineSource[], edition: Edition): TimelineEntry[] {
  const byDay = Map.groupBy(sources, (s) => isoDay(s.data.published.date));
  const listed = newestFirst(sources);
  const pageOfDay = new Map<string, number>();
  listed.forEach((s, i) => {
    const day = isoDay(s.data.published.date);
    if (!pageOfDay.has(day)) pageOfDay.set(day, pageNumberOf(i, SOURCES_PAGE));
  });
  return [...byDay].flatMap(([day, list]) => {
    const shown = [...list].sort(byId).slice(0, TIMELINE_DAY_SOURCES).map((s) => sourceEntry(s, edition));
    const more = list.length - shown.length;
    return more > 0 ? [...shown, moreEntry(day, more, pageOfDay.get(day)!, edition)] : shown;
  });
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id, 'en', { numeric: true });

const KIND_ORDER: TimelineEntry['kind'][] = ['event', 'strike', 'source', 'more'];
/** Within a day, by kind; a span (the pause after the strike of 15 November) after that day's strikes, which it follows. */
const rank = (e: TimelineEntry) => (e.kind === 'event' && e.end ? KIND_ORDER.indexOf('strike') + 0.5 : KIND_ORDER.indexOf(e.kind));

/**
 * The key events, every strike and the publication of each source, in date order and grouped by month,
 * each with what it rests on and how it was dated, in an edition's words (the data's notes and the sources'
 * titles stay as they are written, in English). A day with more than TIMELINE_DAY_SOURCES sources shows
 * that many, and one entry for the rest.
 */
export function timeline(
  events: readonly KeyEventRow[],
  strikes: readonly Strike[],
  sources: readonly TimelineSource[],
  regionNames: Record<Region, string>,
  edition: Edition = ENGLISH,
): TimelineMonth[] {
  const where = (s: Strike) => edition.translate(regionNames[s.region]);
  // A key event that is a strike of our data is that strike's entry, marked with its label (events.csv's
  // `strike`; the checks make it a confirmed strike of its day, one event a strike).
  const ids = new Set(strikes.map((s) => s.id));
  const marks = new Map(events.flatMap((e) => (e.strike && ids.has(e.strike) ? [[e.strike, edition.translate(e.label)]] : [])));
  const entries = [
    ...events.flatMap((e, i) => (e.strike && marks.has(e.strike) ? [] : [eventEntry(e, i, sources, edition)])),
    ...strikes.map((s) => ({ ...strikeEntry(s, where(s), edition), ...(marks.has(s.id) && { marks: marks.get(s.id) }) })),
    ...sourceEntries(sources, edition),
  ].sort((a, b) => a.date.getTime() - b.date.getTime() || rank(a) - rank(b) || byId(a, b));
  const months = new Map<string, TimelineEntry[]>();
  for (const entry of entries) months.set(isoMonth(entry.date), [...(months.get(isoMonth(entry.date)) ?? []), entry]);
  return [...months].map(([month, list]) => ({ month, label: edition.words.strikes.month(month), entries: list }));
}
