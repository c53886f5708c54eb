import { formatDate, formatMonth, isoMonth } from '../format/dates';
import { formatPoint, plural } from '../format/numbers';
import { slug } from '../format/slug';
import { ENGLISH, type Edition } from '../i18n/words';
import { type Region, regions, type Strike } from '../schemas/strike';
import { notesProse } from './notesProse';
import type { Mention } from './strikeMentions';
import { chronological } from './strikeSeries';

/** The address of a strike's page. */
export const strikeHref = (id: string) => `/strikes/${id}/`;

/** "Strike of 19 September 2025", or "Claimed strike of 4 October 2025" for an unconfirmed claim. */
export const strikeName = (s: Strike, { words }: Edition = ENGLISH) => words.charts.strikeMap.markName(s.status === 'unconfirmed', s.date);

/** "3 strikes on 4 vessels", "1 strike". */
export const strikesAndVessels = (s: Strike) =>
  s.strikes === s.vessels ? plural(s.strikes, 'strike') : `${plural(s.strikes, 'strike')} on ${plural(s.vessels, 'vessel')}`;

/** What the strike cost, as announced: "14 killed, 1 survivor, 1 presumed dead"; an unconfirmed claim has no toll. */
export const tollText = (s: Strike) =>
  s.status === 'unconfirmed'
    ? 'no toll reported; not counted'
    : [`${s.killed} killed`, s.survivors ? plural(s.survivors, 'survivor') : '', s.presumedDead ? `${s.presumedDead} presumed dead` : '']
        .filter(Boolean)
        .join(', ');

/** How well the position is known, in words for a reader. */
export const precisionWords = ENGLISH.words.charts.strikeMap.precision;

/** Where the strike was, in one line, in the edition's words: "Worked out from a report’s description: 16.25° N, 71.52° W", or its region as a sentence names it. */
export function positionText(s: Strike, regionName: string, { locale, words }: Edition = ENGLISH): string {
  const { position } = s;
  const { precision, compass } = words.charts.strikeMap;
  return position.precision === 'region'
    ? `${precision.region}: ${regionName}`
    : `${precision[position.precision]}: ${formatPoint([position.lon, position.lat], locale, compass)}`;
}

/** One line of a strike's facts: a term and what the row says. */
export interface Fact {
  term: string;
  value: string;
}

/** The facts of a strike's row, in the order a reader asks them: when, where, what it cost, who said so. */
export function strikeFacts(s: Strike): Fact[] {
  const counted = s.status === 'cited';
  const facts: (Fact | false)[] = [
    { term: 'Date', value: formatDate(s.date) },
    s.announcedDate !== undefined && s.announcedDate.getTime() !== s.date.getTime() && { term: 'Announced', value: formatDate(s.announcedDate) },
    !!s.dateNote && { term: 'How it was dated', value: s.dateNote },
    { term: 'Region', value: s.region },
    counted && { term: 'Strikes', value: String(s.strikes) },
    counted && { term: 'Vessels', value: String(s.vessels) },
    counted && { term: 'Killed', value: String(s.killed) },
    counted && { term: 'Survivors', value: String(s.survivors) },
    counted && { term: 'Presumed dead', value: String(s.presumedDead) },
    s.aboard !== undefined && { term: 'People aboard', value: String(s.aboard) },
    !!s.announcedBy && { term: 'Announced by', value: s.announcedBy },
  ];
  return facts.filter((f): f is Fact => f !== false);
}

/** Splits text at each semicolon outside brackets: "a (b; c); d" → ["a (b; c)", "d"]. */
function claimsOf(text: string): string[] {
  const parts = [''];
  let depth = 0;
  for (const char of text) {
    depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    if (char === ';' && depth === 0) parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts.map((part) => part.trim()).filter(Boolean);
}

/**
 * The nationalities as reported, one claim each: the row's cell split at its semicolons, each part keeping
 * the words that say who reported it ("Venezuelan per Airwars", "Petro (Oct 8) said …").
 */
export const nationalityClaims = (s: Strike) => claimsOf(s.nationalities).filter((part) => !/^not reported$/i.test(part));

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

/** The address of a view: "/strikes/", "/strikes/caribbean/", "/strikes/2025-10/", "/strikes/caribbean/2025-10/". */
export const strikeListHref = (region?: Region, month?: string) =>
  `/strikes/${[region && slug(region), month].filter(Boolean).map((part) => `${part}/`).join('')}`;

/**
 * Every view of the list that holds at least one strike: all, each region, each month and each region in
 * each month, each newest first. These are plain pages, so filtering works without JavaScript.
 */
export function strikeLists(rows: readonly Strike[], regionNames: Record<Region, string>): StrikeList[] {
  const months = [...new Set(chronological(rows).map((s) => isoMonth(s.date)))];
  const views = [undefined, ...regions].flatMap((region) =>
    [undefined, ...months].map((month) => ({ region, month })),
  );
  return views.flatMap(({ region, month }) => {
    const strikes = newestStrikesFirst(rows.filter((s) => (!region || s.region === region) && (!month || isoMonth(s.date) === month)));
    if (!strikes.length) return [];
    const where = region ? ` in ${regionNames[region]}` : '';
    const when = month ? `, ${formatMonth(month)}` : '';
    return [{ region, month, href: strikeListHref(region, month), title: `Strikes${where}${when}`, strikes }];
  });
}

/** A filter link: its words, how many strikes it leads to, where, and whether it is the view shown. */
export interface FilterLink {
  label: string;
  count: number;
  href: string;
  current: boolean;
}

/**
 * The filter links of a view: by region (keeping its month) and by month (keeping its region), each with
 * "All" first. A link whose view would be empty is left out.
 */
export function filterLinks(lists: readonly StrikeList[], view: Pick<StrikeList, 'region' | 'month'>) {
  const find = (region?: Region, month?: string) => lists.find((l) => l.region === region && l.month === month);
  const link = (label: string, region?: Region, month?: string): FilterLink[] => {
    const list = find(region, month);
    return list ? [{ label, count: list.strikes.length, href: list.href, current: region === view.region && month === view.month }] : [];
  };
  const regions = [...new Set(lists.flatMap((l) => (l.region ? [l.region] : [])))];
  const months = [...new Set(lists.flatMap((l) => (l.month ? [l.month] : [])))].sort();
  return {
    regions: [...link('All regions', undefined, view.month), ...regions.flatMap((r) => link(r, r, view.month))],
    months: [...link('All months', view.region, undefined), ...months.flatMap((m) => link(formatMonth(m), view.region, m))],
  };
}

/** A strike's row in the table on /data/. */
export const strikeDataHref = (s: Pick<Strike, 'id'>) => `/data/#strike-${s.id}`;

/** A further report on a strike: its address, the site it is on, and any note the row adds ("repost of The Hill"). */
export interface ReportLink {
  href: string;
  site: string;
  note?: string;
}

/** The row's other sources as links: each cell part is an address, optionally followed by a note in brackets. */
export const otherReports = (s: Strike): ReportLink[] =>
  s.otherSources.map((part) => {
    const [, href, note] = /^(\S+)\s*(?:\((.*)\))?$/.exec(part.trim()) ?? [, part, undefined];
    return { href: href!, site: new URL(href!).hostname.replace(/^www\./, ''), note: note || undefined };
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

const linkTo = (s: Strike | undefined): StrikeLink | undefined => s && { href: strikeHref(s.id), label: strikeName(s) };

/** The page of one strike, given every strike, how a sentence names each region and the paragraphs of our sources that speak of strikes. */
export function strikePage(strike: Strike, rows: readonly Strike[], regionNames: Record<Region, string>, mentions: readonly Mention[]): StrikePage {
  const where = regionNames[strike.region];
  const { previous, next } = neighbours(rows, strike.id);
  const what = strike.status === 'unconfirmed' ? 'a strike claimed but never confirmed, and not counted' : `${strikesAndVessels(strike)}, ${tollText(strike)}, as announced`;
  return {
    strike,
    href: strikeHref(strike.id),
    title: strikeName(strike),
    summary: `${formatDate(strike.date)}, in ${where}: ${what}.`,
    facts: strikeFacts(strike),
    position: { text: positionText(strike, where), words: strike.position.source },
    nationalities: nationalityClaims(strike),
    notes: notesProse(strike.notes),
    reports: otherReports(strike),
    mentions: mentions.filter((m) => m.strike === strike.id),
    previous: linkTo(previous),
    next: linkTo(next),
  };
}
