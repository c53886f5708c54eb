import { isoMonth } from '../format/dates';
import { formatPoint } from '../format/numbers';
import { slug } from '../format/slug';
import { ENGLISH, type Edition } from '../i18n/words';
import { type Region, regions, type Strike } from '../schemas/strike';
import { defaultLocale, englishIn, type Locale, pathIn } from '../site';
import { notesProse } from './notesProse';
import { splitOutsideBrackets } from '../format/brackets';
import type { Mention } from './strikeMentions';
import { chronological, namesNoPlace, unconfirmed } from './strikeSeries';

/** The address of a strike's page, in an edition: "/strikes/4/", "/es/strikes/4/". */
export const strikeHref = (id: string, locale: Locale = defaultLocale) => pathIn(locale, `/strikes/${id}/`);

/** "Strike of 19 September 2025", "Strikes of 27 October 2025" (three that day), or "Claimed strike of 4 October 2025" for an unconfirmed claim. */
export const strikeName = (s: Strike, { words }: Edition = ENGLISH) => words.charts.strikeMap.markName(s.status === 'unconfirmed', s.date, s.strikes);

/** "3 strikes on 4 vessels", "1 strike"; "3 ataques contra 4 embarcaciones". */
export const strikesAndVessels = (s: Strike, { words }: Edition = ENGLISH) => words.strikes.strikesAndVessels(s.strikes, s.vessels);

/** What the strike cost, the people presumed dead later among it: "14 killed, 1 survivor later lost at sea and presumed dead"; an unconfirmed claim has no toll. */
export const tollText = (s: Strike, { words }: Edition = ENGLISH) =>
  s.status === 'unconfirmed' ? words.strikes.noToll : words.strikes.toll(s.killed, s.survivors, s.presumedDead);

/** What a counted strike's announcement said it cost, the people presumed dead later left out: "14 killed, 1 survivor". */
export const announcedToll = (s: Strike, { words }: Edition = ENGLISH) => words.strikes.toll(s.killed, s.survivors, 0);

/** Who was presumed dead after the announcement: "the survivor was later lost at sea and presumed dead"; "" for none. */
export const presumedLater = (s: Strike, { words }: Edition = ENGLISH) => words.strikes.presumedLater(s.survivors, s.presumedDead);

/**
 * Where the strike was, in one line, in the edition's words: "Worked out from a report’s description: 16.25° N, 71.52° W",
 * or its region as a sentence names it; for a claim never confirmed and placed by no one, where the map shows it.
 */
export function positionText(s: Strike, regionName: string, { locale, words }: Edition = ENGLISH): string {
  const { position } = s;
  const { precision, compass, unplacedClaim } = words.charts.strikeMap;
  if (namesNoPlace(s)) return unplacedClaim(regionName);
  return position.precision === 'region'
    ? `${precision.region}: ${regionName}`
    : `${precision[position.precision]}: ${formatPoint([position.lon, position.lat], locale, compass)}`;
}

/**
 * How a strike's date was worked out: in the edition's words where its glossary translates the note (a note of
 * a few words many rows share), else the data's English, marked so (`lang`) on another edition's page.
 */
export function dateNoteOf(
  s: Pick<Strike, 'dateNote'>,
  { locale, known }: Edition = ENGLISH,
): { text: string; lang?: string; translated?: true } | undefined {
  if (!s.dateNote) return undefined;
  const translated = locale === defaultLocale ? undefined : known(s.dateNote);
  return translated !== undefined ? { text: translated, translated: true } : { text: notesProse(s.dateNote), ...(locale !== defaultLocale && { lang: defaultLocale }) };
}

/** One line of a strike's facts: a term and what the row says. */
export interface Fact {
  term: string;
  value: string;
  /** The row's own words, written in English, where they are in another edition's page. */
  lang?: string;
}

/** The facts of a strike's row, in the order a reader asks them: when, where, what it cost, who said so; in the edition's words. */
export function strikeFacts(s: Strike, edition: Edition = ENGLISH): Fact[] {
  const { locale, words, translate } = edition;
  const dated = dateNoteOf(s, edition);
  const { facts: terms, date } = words.strikes;
  const counted = s.status === 'cited';
  // The row's notes are the data's words, in English: another edition quotes them so.
  const quoted = (term: string, value: string): Fact => ({ term, value, ...(locale !== defaultLocale && { lang: defaultLocale }) });
  const number = (term: string, value: number): Fact => ({ term, value: String(value) });
  const facts: (Fact | false)[] = [
    { term: terms.date, value: date(s.date) },
    s.announcedDate !== undefined && s.announcedDate.getTime() !== s.date.getTime() && { term: terms.announced, value: date(s.announcedDate) },
    !!dated && { term: terms.dated, value: dated.text, ...(dated.lang && { lang: dated.lang }) },
    { term: terms.region, value: translate(s.region) },
    counted && number(terms.strikes, s.strikes),
    counted && number(terms.vessels, s.vessels),
    counted && number(terms.killed, s.killed),
    counted && number(terms.survivors, s.survivors),
    counted && number(terms.presumedDead, s.presumedDead),
    s.aboard !== undefined && number(terms.aboard, s.aboard),
    !!s.announcedBy && quoted(terms.announcedBy, notesProse(s.announcedBy)),
  ];
  return facts.filter((f): f is Fact => f !== false);
}

/**
 * The nationalities as reported, one claim each: the row's cell split at its semicolons, each part keeping
 * the words that say who reported it ("Venezuelan, according to Airwars", "Colombian President Gustavo Petro said on 8 October …").
 */
export const nationalityClaims = (s: Strike) => splitOutsideBrackets(s.nationalities).filter((part) => !/^not reported$/i.test(part));

/** The strikes before and after one, in date order. */
export function neighbours(rows: readonly Strike[], id: string): { previous?: Strike; next?: Strike } {
  const ordered = chronological(rows);
  const at = ordered.findIndex((s) => s.id === id);
  return { previous: ordered[at - 1], next: ordered[at + 1] };
}

/** Newest first, as the list of strikes shows them. */
export const newestStrikesFirst = (rows: readonly Strike[]) => chronological(rows).reverse();

/** A view of the list of strikes: all of them, or those of one region, one month or both. */
export interface StrikeList {
  region?: Region;
  /** "2025-10" */
  month?: string;
  /** The page's address. */
  href: string;
  /** "Strikes in the Caribbean, October 2025" */
  title: string;
  strikes: Strike[];
}

/** The address of a view: "/strikes/", "/strikes/caribbean/", "/strikes/2025-10/", "/strikes/caribbean/2025-10/"; "/es/strikes/…" in Spanish. */
export const strikeListHref = (region?: Region, month?: string, locale: Locale = defaultLocale) =>
  pathIn(locale, `/strikes/${[region && slug(region), month].filter(Boolean).map((part) => `${part}/`).join('')}`);

/**
 * Every view of the list that holds at least one strike: all, each region, each month and each region in
 * each month, each newest first. These are plain pages, so filtering works without JavaScript.
 */
export function strikeLists(rows: readonly Strike[], regionNames: Record<Region, string>, { locale, words, translate }: Edition = ENGLISH): StrikeList[] {
  const months = [...new Set(chronological(rows).map((s) => isoMonth(s.date)))];
  const views = [undefined, ...regions].flatMap((region) =>
    [undefined, ...months].map((month) => ({ region, month })),
  );
  return views.flatMap(({ region, month }) => {
    const strikes = newestStrikesFirst(rows.filter((s) => (!region || s.region === region) && (!month || isoMonth(s.date) === month)));
    if (!strikes.length) return [];
    const title = words.strikes.listTitle(region && translate(regionNames[region]), month);
    return [{ region, month, href: strikeListHref(region, month, locale), title, strikes }];
  });
}

/** A filter link: its words, how many strikes it leads to, where, and whether it is the view shown. */
export interface FilterLink {
  label: string;
  /** The strikes its list holds, the unconfirmed claims apart: "11 + 1 unconfirmed". */
  count: string;
  href: string;
  current: boolean;
}

/**
 * The filter links of a view: by region (keeping its month) and by month (keeping its region), each with
 * "All" first. A link whose view would be empty is left out.
 */
export function filterLinks(lists: readonly StrikeList[], view: Pick<StrikeList, 'region' | 'month'>, { words, translate }: Edition = ENGLISH) {
  const { filters, month: monthName } = words.strikes;
  const find = (region?: Region, month?: string) => lists.find((l) => l.region === region && l.month === month);
  const link = (label: string, region?: Region, month?: string): FilterLink[] => {
    const list = find(region, month);
    if (!list) return [];
    const claims = unconfirmed(list.strikes).length;
    return [{ label, count: words.strikes.filterCount(list.strikes.length - claims, claims), href: list.href, current: region === view.region && month === view.month }];
  };
  const regions = [...new Set(lists.flatMap((l) => (l.region ? [l.region] : [])))];
  const months = [...new Set(lists.flatMap((l) => (l.month ? [l.month] : [])))].sort();
  return {
    regions: [...link(filters.allRegions, undefined, view.month), ...regions.flatMap((r) => link(translate(r), r, view.month))],
    months: [...link(filters.allMonths, view.region, undefined), ...months.flatMap((m) => link(monthName(m), view.region, m))],
  };
}

/** A strike's row in the table on /data/ (or an edition's: /es/data/). */
export const strikeDataHref = (s: Pick<Strike, 'id'>, locale: Locale = defaultLocale) => `${pathIn(locale, '/data/')}#strike-${s.id}`;

/** Each outlet's name by the site its reports are on, without "www." (content/data/outlets.csv). */
export type OutletNames = ReadonlyMap<string, string>;

/**
 * A further report on a strike: its address, the site it is on, the outlet's name where outlets.csv gives
 * it, and any note the row adds ("repost of The Hill").
 */
export interface ReportLink {
  href: string;
  site: string;
  outlet?: string;
  note?: string;
}

/** The row's other sources as links: each cell part is an address, optionally followed by a note in brackets. */
export const otherReports = (s: Strike, outlets: OutletNames = new Map()): ReportLink[] =>
  s.otherSources.map((part) => {
    const [, href, note] = /^(\S+)\s*(?:\((.*)\))?$/.exec(part.trim()) ?? [, part, undefined];
    const site = new URL(href!).hostname.toLowerCase().replace(/^www\./, '');
    return { href: href!, site, outlet: outlets.get(site), note: note || undefined };
  });

/** A link to a neighbouring strike's page. */
export interface StrikeLink {
  href: string;
  label: string;
}

/** Everything a strike's page says, worked out from the data: for the page, and for anything else that shows a strike. */
export interface StrikePage {
  strike: Strike;
  href: string;
  title: string;
  /** The strike's sea area by its name in the edition: "Eastern Pacific", "Pacífico oriental". */
  region: string;
  /** One sentence: when, where, what it cost. */
  summary: string;
  facts: Fact[];
  /** How the position is known, and the words it rests on. */
  position: { text: string; words: string };
  nationalities: string[];
  /** The row's notes, where the reports differ, written out for a reader (notesProse). */
  notes: string;
  reports: ReportLink[];
  mentions: Mention[];
  previous?: StrikeLink;
  next?: StrikeLink;
}

/**
 * The ids of a strike page's passages that quote the data's words, in English in every edition: its notes, the
 * words its position rests on, and who was aboard (an id, and so a passage apart from its heading, only where
 * the list is in another language than the page: strikePassageLanguages).
 */
export const DATA_PASSAGES = { notes: 'notes', positionSource: 'position-source', aboard: 'aboard' } as const;

/**
 * A strike page's passages in another language than its edition's, for search (`SearchMeta.languages`): in
 * the Spanish edition, its notes, the words its position rests on and the list of who was aboard, where it
 * has them, are the data's English; undefined in the English edition.
 */
export function strikePassageLanguages(page: Pick<StrikePage, 'notes' | 'position' | 'nationalities'>, locale: Locale): Record<string, string> | undefined {
  const lang = englishIn(locale);
  if (!lang) return undefined;
  return {
    ...(page.notes && { [DATA_PASSAGES.notes]: lang }),
    ...(page.position.words && { [DATA_PASSAGES.positionSource]: lang }),
    ...(page.nationalities.length && { [DATA_PASSAGES.aboard]: lang }),
  };
}

/**
 * The page of one strike, in an edition, given every strike, how a sentence names each region, the
 * paragraphs of our sources that speak of strikes and the outlets' names by their sites.
 */
export function strikePage(
  strike: Strike,
  rows: readonly Strike[],
  regionNames: Record<Region, string>,
  mentions: readonly Mention[],
  edition: Edition = ENGLISH,
  outlets: OutletNames = new Map(),
): StrikePage {
  const { locale, words, translate } = edition;
  const where = translate(regionNames[strike.region]);
  const { previous, next } = neighbours(rows, strike.id);
  const linkTo = (s: Strike | undefined): StrikeLink | undefined => s && { href: strikeHref(s.id, locale), label: strikeName(s, edition) };
  // "As announced" is said of the counts an announcement gave; the presumed dead come after it, as a later count's.
  const what =
    strike.status === 'unconfirmed'
      ? words.strikes.claimWhat
      : words.strikes.countedWhat(strike.strikes, strike.vessels, announcedToll(strike, edition), presumedLater(strike, edition));
  return {
    strike,
    href: strikeHref(strike.id, locale),
    title: strikeName(strike, edition),
    region: translate(strike.region),
    summary: words.strikes.summary(strike.date, where, what),
    facts: strikeFacts(strike, edition),
    position: { text: positionText(strike, where, edition), words: strike.position.source },
    nationalities: nationalityClaims(strike),
    notes: notesProse(strike.notes),
    reports: otherReports(strike, outlets),
    mentions: mentions.filter((m) => m.strike === strike.id),
    previous: linkTo(previous),
    next: linkTo(next),
  };
}
