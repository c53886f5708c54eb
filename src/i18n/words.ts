import { en } from './en/index';
import { es } from './es/index';
import type { Compass } from '../format/numbers';
import type { Locale } from '../site';
import type { Metric, Qualifier } from '../schemas/metrics';
import type { ReportedFigure } from '../schemas/reportedTotal';
import type { Source } from '../schemas/source';
import type { PositionPrecision } from '../schemas/strike';

/** A count of the four things every strike total adds up. */
export interface Counts {
  strikes: number;
  vessels: number;
  killed: number;
  presumedDead: number;
}

/** What the strikes-over-time summary says, worked out from the data (src/charts/describe.ts). */
export interface StrikesOverTimeFacts extends Counts {
  /** The day of the first strike, and of the last. */
  first: Date;
  last: Date;
  /** The day the summary gives the count on (content/data/charts.yml), and the count then. */
  checkpoint: Date;
  atCheckpoint: Counts;
  /** The longest time without a strike. */
  longestGap: { days: number; from: Date; to: Date };
  /** The days of the strikes after which people were lost at sea and are presumed dead. */
  lostAtSea: Date[];
}

/** What the each-strike summary says. */
export interface EachStrikeFacts {
  /** Events, their strikes and deaths in each region, with the region as a sentence names it ("the eastern Pacific"). */
  regions: { name: string; events: number; strikes: number; killed: number }[];
  /** The events that killed the most people (more than one where they tie), in date order, each with its strikes and vessels. */
  deadliest: { killed: number; events: { date: Date; region: string; strikes: number; vessels: number }[] };
  /** The events with survivors, in date order. */
  withSurvivors: { date: Date; survivors: number }[];
  /** The days of the claimed strikes no report confirms. */
  unconfirmed: Date[];
}

/** One strike event as its table row (and its mark's tooltip) words it. */
export interface StrikeFacts extends Counts {
  date: Date;
  /** The region as a label names it ("Eastern Pacific"). */
  region: string;
  unconfirmed: boolean;
  survivors: number;
  outlet: string;
  /** The data's notes, in the language the data is written in (English). */
  notes: string;
}

/** A toll one outlet reported, as the who-reported-what summary names it. */
export interface TollFacts {
  outlet: string;
  /** As printed: "at least 83". */
  printed: string;
  date: Date;
  /** The deaths announced by then. */
  sum: number;
  /** Its verdict, in this edition's words. */
  verdict: string;
}

/** What the who-reported-what summary says. */
export interface WhoReportedFacts {
  tolls: number;
  matches: number;
  /** Those that differ in a way the data explains, in all and by kind. */
  explained: number;
  presumedDead: number;
  qualifier: number;
  beforeAnnouncement: number;
  /** Those that count a strike that had happened by their day and was announced later. */
  reportedEarly: number;
  /** Those that differ without an explanation: the few named, and how many in all. */
  unexplained: { shown: TollFacts[]; total: number };
  /** Our sources' own tolls: the few named, and how many in all. */
  fromSources: { shown: TollFacts[]; total: number };
  /** Whether the table groups the tolls (so those not named are each on the chart's page, not in the table). */
  grouped: boolean;
}

/** How the who-reported-what chart grouped its tolls: how many tolls, into how many groups, each band how many deaths wide, over what period. */
export interface GroupFacts {
  tolls: number;
  groups: number;
  band: number;
  /** The tolls of one group were reported in one week (from Monday) or one calendar month. */
  period: 'week' | 'month';
}

/** What the map's summary says. */
export interface StrikeMapFacts {
  events: number;
  unconfirmed: number;
  /** The days of the strikes whose coordinates a report gives, and of those whose position is worked out from a report's description. */
  reported: Date[];
  described: Date[];
  /** How many strikes only the region is known for, in each region (as a sentence names it); not the unconfirmed claims. */
  regionOnly: { name: string; count: number }[];
  /** The unconfirmed claims that name no place, each shown in its region's box: their days, and their regions as a sentence names them. */
  unplaced: { date: Date; region: string }[];
}

/** How a reported figure compares with the sum announced by its day (src/domain/strikeSeries.ts). */
export type Verdict =
  | 'matches'
  | 'matches counting presumed dead'
  | 'matches leaving out survivors lost at sea'
  | 'counts vessels as strikes, or strikes as vessels'
  | 'consistent with its qualifier'
  | 'written before an announcement that day'
  | 'counts a strike announced later'
  | 'higher'
  | 'lower';

/** The figures a reported total is compared on. */
export type Counted = 'killed' | 'strikes' | 'vessels' | 'survivors';

/** One reported figure beside the data, as a line on the data page and the ledger says it. */
export interface GapFacts {
  metric: Counted;
  verdict: Verdict;
  reported: number;
  sum: number;
  difference: number;
  /** The day the figure describes. */
  asOf: Date;
  /** The strikes whose people lost at sea the verdict counts. */
  lostAtSea: Date[];
  /** The strikes, announced after the report's day, that the verdict counts. */
  announcedLater: Date[];
}

/** The words a chart's figure shows: its caption and title, its drawing's labels, its table's headings, its download. */
interface ChartFigureWords {
  caption: string;
  title: string;
  columns: string[];
  csv: string;
}

/** Every word of the charts, and every sentence they make from the data, in one language. */
export interface ChartWords {
  /** A figure's data table: "The data: 31 rows", and its scrolling region's name. */
  dataRows(rows: number): string;
  dataLabel(caption: string): string;
  /** A month on a time axis, and the first month or a January, with its year. */
  month(date: Date): string;
  monthYear(date: Date): string;
  strikesOverTime: ChartFigureWords & {
    deathsPanel: string;
    strikesPanel: string;
    /** "82 killed + 1 presumed dead", at the end of the deaths line. */
    deathsEnd(killed: number, presumedDead: number): string;
    /** "21 strikes", at the end of the strikes line. */
    strikesEnd(strikes: number): string;
    summary(facts: StrikesOverTimeFacts): string;
    /** "the claimed strike of 4 October 2025, never confirmed, is left out", or '' where there is none. */
    unconfirmedLeftOut(days: Date[]): string;
  };
  eachStrike: ChartFigureWords & {
    legendKilled(n: number): string;
    legendSurvivor: string;
    legendPresumedDead: string;
    legendUnconfirmed: string;
    status: Record<'cited' | 'unconfirmed', string>;
    summary(facts: EachStrikeFacts): string;
    strike(facts: StrikeFacts): string;
  };
  whoReported: ChartFigureWords & {
    legendAnnounced: string;
    legendPresumed: string;
    /** An outlet's total, by its mark's colour: equal to the sum, a difference the data explains, one it does not. */
    legendKinds: Record<'matches' | 'explained' | 'unexplained', string>;
    legendSource: string;
    /** The legend's entry for a mark that stands for several tolls, where tolls are grouped. */
    legendGroup: string;
    summary(facts: WhoReportedFacts): string;
    /** Said after the summary where tolls are grouped: how, into how many, and where each toll is on its own. */
    grouped(facts: GroupFacts): string;
    /** The table's columns where tolls are grouped: the days, how many, the outlets, the values, the sums, the explanation. */
    groupColumns: string[];
    /** A group's outlets: the first few by name, then how many others. */
    outlets(names: string[], others: number): string;
    /** The link from a grouped table to the chart's page, which has every toll on its own row. */
    everyTollLink(tolls: number): string;
    /** The chart's page's table of every toll, opened from this. */
    everyTollRows(tolls: number): string;
  };
  strikeMap: ChartFigureWords & {
    summary(facts: StrikeMapFacts): string;
    /** A map's legend: each kind of position, with how many strikes it holds. */
    legendReported(n: number): string;
    legendDescribed(n: number): string;
    legendRegion(n: number): string;
    /**
     * The label of a region's box of strikes whose position is not known: `n` strikes, and `claims` unconfirmed
     * claims drawn in it too, which the legend's count of strikes known only by their region leaves out.
     */
    notKnown(n: number, claims: number): string;
    /**
     * A mark's name, as a link: "Strike of 19 September 2025", "Strikes of 27 October 2025" for an event of
     * several strikes (`strikes`, 1 where not given), "Claimed strike of 4 October 2025".
     */
    markName(unconfirmed: boolean, date: Date, strikes?: number): string;
    /** The letters of the compass points, as degrees on the map's edges and in a position name them. */
    compass: Compass;
    /** How well a position is known, before the point or the region. */
    precision: Record<PositionPrecision, string>;
    /** What a region-only position rests on, in the table, where the data has no words for it: no report says more. */
    regionOnly: string;
    /** Where a claim never confirmed is, when it named no place: only where the map shows it ("No place known; shown in the Caribbean"). */
    unplacedClaim(region: string): string;
  };
  /** The label of the line that picks out one strike event on a chart of every strike: "This strike", "These strikes" for an event of several. */
  here(strikes: number): string;
  /** A short day, beside a mark: "19 Sept", "19 sept.". */
  day(date: Date): string;
  /** Each verdict as a table cell and a summary name it. */
  verdicts: Record<Verdict, string>;
  /** After "written before an announcement that day", where the count also takes the people lost at sea as dead. */
  withPresumedDead: string;
  /**
   * The verdict "matches counting presumed dead", naming the strikes whose presumed dead make the match (a
   * toll may count those of 27 October and not yet those of 30 December): "matches counting the presumed dead
   * of 27 October 2025".
   */
  countingPresumedDead(strikeDays: Date[]): string;
}

/** A strike as a list, a page or the timeline says it, in one language. */
export interface StrikeCountWords {
  /** "3 strikes on 4 vessels", "1 strike". */
  strikesAndVessels(strikes: number, vessels: number): string;
  /** What a strike cost: "14 killed, 1 survivor later lost at sea and presumed dead" (its announcement's counts alone, with no one presumed dead: "14 killed, 1 survivor"). */
  toll(killed: number, survivors: number, presumedDead: number): string;
  /** The toll of a claim no report confirms: "no toll reported; not counted". */
  noToll: string;
  /** A day as a sentence prints it: "30 November 2025", "30 de noviembre de 2025". */
  date(date: Date): string;
  /** A month, as a heading or a filter names it: "October 2025", "Octubre de 2025". */
  month(yearMonth: string): string;
}

/** The list of strikes, a strike's page and the small charts on it. */
export interface StrikeWords extends StrikeCountWords {
  everyStrike: string;
  /** A view's title: "Strikes in the Caribbean, October 2025"; the region as a sentence names it. */
  listTitle(region?: string, month?: string): string;
  listDescription(title: string): string;
  /** "21 strike events, 1 of them unconfirmed, newest first. …" */
  listStandfirst(events: number, unconfirmed: number): string;
  filters: { label: string; region: string; month: string; allRegions: string; allMonths: string };
  /** A filter link's count, the unconfirmed claims apart, as the map's box counts them ("11 + 1 unconfirmed"), so that it agrees with the counts elsewhere, which leave them out. */
  filterCount(counted: number, unconfirmed: number): string;
  /** A strike's line in the list: "unconfirmed, not counted", "Position: …", "Source: …". */
  listUnconfirmed: string;
  listPosition(precision: string): string;
  listSource: string;
  /** A strike page's one-sentence summary: its day, its region as a sentence names it, and what it cost. */
  summary(date: Date, where: string, what: string): string;
  /** What an unconfirmed claim is, in the summary; what a strike cost, as announced, then who was presumed dead later (presumedLater), which no announcement gave. */
  claimWhat: string;
  /** A counted event's summary after its day and region, saying whose strikes and whose announcement: "3 US strikes on 4 vessels, 14 killed, 1 survivor, as the US announced". */
  countedWhat(strikes: number, vessels: number, announced: string, later: string): string;
  /** The people a strike's announcement did not count who were presumed dead later: its survivors lost at sea, then any more; "" for none. */
  presumedLater(survivors: number, presumedDead: number): string;
  /** The names of a strike's facts. */
  facts: Record<'date' | 'announced' | 'dated' | 'region' | 'strikes' | 'vessels' | 'killed' | 'survivors' | 'presumedDead' | 'aboard' | 'announcedBy', string>;
  /** The page's parts. */
  event(id: string): string;
  unconfirmedNotice: { strong: string; text: string };
  where: string;
  who: string;
  /** Who was aboard, where the row says it was not reported. */
  notReported: string;
  /** Who was aboard, where the row's cell is empty: our data has nothing on it, which is not to say nothing was reported. */
  notRecorded: string;
  whatReportsSay: string;
  reportsAgree: string;
  reports: string;
  /** Before the outlet the row's report was taken from, its title then following: "Taken from Fox News: …". */
  readFrom: string;
  /**
   * What the report's link gives where its row has no headline (src/domain/reportTitles.ts): `described` before
   * the words, `fromAddress` after; and after a headline read on another site than the report's, whose and where.
   */
  titleKind: { described: string; fromAddress: string; carried(by: string, site: string): string };
  alsoReportedBy: string;
  dataRow: { before: string; link(id: string): string; middle: string; download: string; after: string };
  /** Under a strike's facts: where its figures come from, the link to its reports ("#reports") in `link`. */
  factsFrom: { before: string; link: string };
  /** After it, where the row counts anyone presumed dead: what the term means. */
  presumedDeadMeans: string;
  inOurSources: string;
  /** Where no source speaks of the event; `strikes`, how many strikes it is. */
  noMentions(strikes: number): string;
  /** A paragraph's source under its quotation: its outlet, its day (inferred or not) and its number. */
  mention(outlet: string, published: Date, p: number, inferred: boolean): string;
  onTheCharts: string;
  prevNext: string;
  /** Said once on a page where the reports' and the data's own words stay in English. */
  dataInEnglish?: string;
  /** The strike picked out on each small chart: caption, title, description, and the link to the whole chart. */
  here: {
    wholeChart: string;
    /** Before the links to every strike the map draws, by day: the same links as its marks, in a line of text. */
    mapLinks: string;
    mapCaption(where: string): string;
    mapTitle(name: string): string;
    /** `strikes`: how many strikes the name names, with which Spanish agrees ("destacados"). */
    mapDesc(name: string, where: string, position: string, strikes: number): string;
    eachCaption: string;
    eachTitle(name: string): string;
    /** The drawing's description: `toll` is the strike's toll in words, or undefined for an unconfirmed claim, which is not counted. */
    eachDesc(name: string, toll: string | undefined, strikes: number): string;
    overTimeCaption: string;
    overTimeTitle(name: string): string;
    overTimeDesc(day: Date, counted: string, strikes: number): string;
    whoCaption: string;
    whoTitle(name: string): string;
    /**
     * The drawing's description: the day picked out (the strike's announcement, where `announced`, else the
     * strike's own day), of an event of `strikes` strikes, and how its tolls are grouped where they are.
     */
    whoDesc(day: Date, announced: boolean, strikes: number, grouped?: GroupFacts): string;
    /** After a strike's name on a chart: ": 14 killed, …", or that it is unconfirmed. */
    counted(toll: string): string;
    uncounted: string;
  };
}

/** The timeline's page and entries. */
export interface TimelineWords {
  title: string;
  description: string;
  standfirst(entries: number): string;
  /** Said where some days' sources are folded: at most this many shown a day, the rest a link to the list, which has all the sources. */
  folded(perDay: number, sources: number): string;
  kinds: Record<'event' | 'strike' | 'source' | 'more', string>;
  /** The words before and between the days of an entry that spans several: "Del 15 de noviembre al 4 de diciembre"; `from` may be empty. */
  from: string;
  to: string;
  /** A span's first day, its year left to the last day's where they share it: "15 November", "15 de noviembre". */
  spanStart(from: Date, to: Date): string;
  source: string;
  /** An event of a span: "Airspace closed, to 30 November 2025". */
  span(label: string, end: Date): string;
  /** A strike event, of one strike or several on one day: "3 strikes in the eastern Pacific: 8 killed". */
  strike(strikes: number, where: string, toll: string): string;
  claimedStrike(where: string): string;
  /** "Orinoco Tribune publishes", before the article's title (in its own language). */
  publishes(outlet: string): string;
  /** "Indian Witness publishes an article; our copy has no headline, so we call it:", before the title we gave it. */
  publishesUntitled(outlet: string): string;
  /** A day's sources past those shown: "82 more sources published that day", a link to the list at that day. */
  moreSources(count: number): string;
  strikeRow(id: string, outlet: string): string;
  asPublished(outlet: string): string;
  /** Before a row's note on its day, and before how a source's day was inferred. */
  dated: string;
  inferred: string;
  /** When a strike event was announced, where not on its day; `strikes`, how many it is, with which Spanish agrees. */
  announced(date: Date, strikes: number): string;
  /** Said once where the data's notes and the sources' titles stay in English. */
  dataInEnglish?: string;
}

/** The charts' own pages (`/charts/`, `/charts/<id>/`), their sharing tools and their embeds. */
export interface ChartPageWords {
  listTitle: string;
  listDescription: string;
  /** The list's standfirst, around its link to the data page. */
  listIntro: Linked;
  dataAsOf(date: Date): string;
  /** A chart page's standfirst: from the explainer (a link), drawn from our data (a link) as of a day, then a link to every chart, and a full stop. */
  intro: { before: string; explainer: string; middle: string; data: string; asOf(date: Date): string; all: string };
  /** The link under a chart elsewhere to its own page. */
  share: string;
  embedHeading: string;
  embedText: string;
  embedCode: string;
  seeEmbed: string;
  downloadHeading: string;
  svg: string;
  png: string;
  citeHeading: string;
  /** The line to cite a chart by: its caption, the site, its address and the day of its newest data. */
  citation(caption: string, site: string, url: string, asOf: Date): string;
  /** An embed's link back to the chart's page, after the site's name. */
  embedBack: string;
  /** What an embed's every link is described by, for a screen reader: it opens a tab of its own, not the frame. */
  embedNewTab: string;
  /** On the chart's page, under how to cite it: who may reuse it, around the licence's name (a link). */
  licenceText: { before: string; after: string };
  /** A further page of a chart's table of every row: its title, from the chart's title and the page ("2", "51"). */
  allPageTitle(title: string, page: string, pages: string): string;
  /** Such a page's standfirst, around its link to the chart's page, which has the table's first rows. */
  allIntro: Linked;
  /** Which of the table's rows a page shows: "Rows 201 to 400 of 10,003." */
  allShown(from: string, to: string, total: string): string;
  /** The table's pager, for assistive technology, from the chart's title. */
  allPages(title: string): string;
}

/** A figure as a source words it: a number, the high end of a range, and the words before it. */
export interface FigureFacts {
  value: number;
  max?: number;
  qualifier: Qualifier;
  /** Its unit where the unit is a sign: dollars, per cent. */
  unit?: 'dollars' | 'percent';
}

/** How an edition writes figures. */
export interface FigureWords {
  /** "at least 83", "5–8%", "$50,000,000", "more than 15,000" */
  figure(f: FigureFacts): string;
  /** A total as an outlet printed it, in the edition's words: "at least 46", "2 rescued". */
  printed(f: ReportedFigure): string;
}

/** How the data's figures compare with what our sources and outlets report: the data page and the ledger. */
export interface ComparisonWords {
  /** What each compared figure counts, in a sentence ("deaths"), and as a label ("Killed"). */
  units: Record<Counted, string>;
  labels: Record<Counted, string>;
  /** One line on how a reported figure compares with what had been announced by its day. */
  gap(f: GapFacts): string;
  /** "deaths announced by 28 November": what the ledger's data column holds. */
  announcedBy(metric: Counted, day: Date): string;
  /** The ledger, for a figure about one strike: what the data says of the strike of that day. */
  noStrikeOn(day: Date): string;
  killedInStrike(day: Date): string;
  matchesStrike(day: Date): string;
  /** "The data gives 14 killed in that strike", with the data's own note (in English) where it has one. */
  dataGivesInStrike(killed: number, note?: string): string;
  /** A figure for some of one strike's dead (a claim's `part`), fewer than the data's toll for it. */
  partOfStrike(killed: number, day: Date): string;
  /** The ledger's survivors and days without a strike, against the data. */
  matchesData: string;
  /** The data's survivors, with those of them later lost at sea and presumed dead, and their strikes' days. */
  dataHas(value: number, lostAtSea: { count: number; days: Date[] }): string;
  daysSince(day: Date): string;
  matchesLastStrike(asOf: Date, last: Date): string;
  dataGivesDays(days: number): string;
  /** Where the data has nothing to say, how the sources compare with each other. */
  onlyThisSource: string;
  sameAs(names: string[], others: number): string;
  differsFrom(names: string[], others: number): string;
}

/** The kinds of page furniture a source can drop. */
type RemovedKind = Source['removed'][number]['kind'];

/** The words every page has: its shell, header, footer and navigation. */
export interface SiteWords {
  /** The site's name in this edition. */
  name: string;
  /** One sentence on the site as a whole, for search engines. */
  description: string;
  /** The navigation's labels, by the English page's path ("/ledger/"). */
  nav: Record<string, string>;
  navLabel: string;
  /** Beside a link of the navigation to a page only the English edition has: "en inglés". */
  englishOnly: string;
  /** After a name that links to a page only the English edition has, where "in English" would read as said of the name (the byline's team): "página en inglés". */
  pageInEnglish: string;
  skipLink: string;
  /** The language switch: its label, and the words for a page that is the same in every edition. */
  languages: string;
  /** The footer's paragraph (the same on every page, whatever the number of sources, so that a new source changes no other page), and its link to the sources. */
  footer: string;
  allSources: string;
  /** The footer's link to the about page (/about/, in English): who we are and how we correct. */
  about: string;
  /** The feed, as a page's <head> names it. */
  feedTitle: string;
  searchEverySource: string;
  /** The installed app (src/webapp/manifest.ts): the name under its icon (home screens cut a label past about twelve characters), and the shortcuts a long press on it offers. */
  app: { shortName: string; shortcuts: Record<'search' | 'data', { name: string; shortName: string; description: string }> };
}

/** The explainer's page. */
export interface ExplainerWords {
  /** The byline: "By the … editorial team", and the word before the first day it was published. */
  by: string;
  team: string;
  published: string;
  minutesRead(minutes: number): string;
  updated: string;
  log: string;
  /** "145 citations to the sources and the data", with its two links' words. */
  citations(count: number): { before: string; sources: string; and: string; data: string };
  contents: string;
  logHeading: string;
  noChanges: string;
  kinds: Record<'correction' | 'update', string>;
  firstPublished: string;
  notesHeading: string;
  notesAbout: string;
  /** A strike row's note's second link, to the strike's page, which prints the rest of the row. */
  strikePage: string;
  paragraph(n: number): string;
  /** A citation's name for assistive technology: its note's number. */
  note(n: number): string;
  /** The back-link of a note to its citation, or to its i-th of several ("a", "b"…). */
  backToCitation(note: number): string;
  backToCitationOf(note: number, letter: string): string;
  /** A translation's header: which English revision it translates, and whether the English has changed since. */
  translation?: {
    translates(revision: Date, updated: Date): string;
    englishHref: string;
    englishLink: string;
    behind(english: Date): string;
    quotes: string;
    /** When the English was first published, said under the translation's log. */
    originalPublished(date: Date): string;
  };
}

/** The sources' pages and list. */
export interface SourceWords {
  outletUnknown: string;
  listTitle: string;
  listDescription: string;
  /** The list's introduction: how many sources, and whether every one of them is in English. */
  listIntro(count: number, allEnglish: boolean): string;
  /** After it: the strike data cites further reports, each in its row of the data page (the link). */
  otherReports: Linked;
  /** A further page of the list, newest first: its title, from the page and how many ("2", "101"). */
  listPageTitle(page: string, pages: string): string;
  /** Which sources a page of the list shows: "Sources 101 to 200 of 10,005, newest first." */
  listShown(from: string, to: string, total: string): string;
  /** The list's pager, for assistive technology, and its steps. */
  listPages: string;
  newer: string;
  older: string;
  dateInferred: string;
  /** After a title our editors wrote, the source having none, in brackets: "(the title is ours)"; after the outlet in a title shared alone. */
  titleOurs: string;
  /** A source's page: the interface around the article, which stays as it was published. */
  published: string;
  inferred: string;
  outlet: string;
  notIdentified: string;
  describesItself: string;
  byline: string;
  original: string;
  originalUnknown: string;
  headline: string;
  headlineOurs: string;
  /** Where our title is the words of the article's web address. */
  headlineFromAddress: string;
  summary: string;
  nothingRemoved: string;
  removed(count: number): string;
  keptWordForWord(anyRemoved: boolean): string;
  removedKinds: Record<RemovedKind, string>;
  article: string;
  /** The article's language, said where the page around it is in another. */
  inLanguage: string;
  claimsNone: string;
  claimsCaption: string;
  claimsColumns: [string, string, string, string];
  inSingleStrike(day: string): string;
  /** A claim's figure for some of one strike's people (its `part`). */
  inPartOfStrike(day: string): string;
  paragraphLink(n: number): string;
  /** What a photo's caption in the article opens with, marking it as one. */
  captionLabel: string;
  /** A paragraph's link back to where the explainer cites it, as the page draws it after an arrow. */
  citedIn: string;
  /** That link's name, which names its paragraph: a list of the page's links shows each apart. */
  citedInParagraph(paragraph: number): string;
  /** The link back to the explainer's next citation of the paragraph (its place: 2, 3…), as a list of links names it. */
  alsoCited(place: number, paragraph: number): string;
}

/** The figure ledger's page and table. */
export interface LedgerWords {
  title: string;
  description: string;
  /** Its two paragraphs, each as text around its link. */
  intro: { before: string; link: string; after: string };
  /** Its note on the data, linking to the explainer's section on the tolls (`anchor`, its id there). */
  meta: Linked & { anchor: string };
  label: string;
  tableLabel(group: string): string;
  /** What "¶" stands for, said to a screen reader in its place ("paragraph"). */
  paragraphWord: string;
  columns: [string, string, string, string, string];
  /** A further page of one metric's rows: its title, from the metric's heading and the page ("2", "51"). */
  pageTitle(heading: string, page: string, pages: string): string;
  /** Which of a metric's rows a page shows: "Rows 101 to 200 of 10,003, oldest first". */
  rowsShown(from: string, to: string, total: string): string;
  /** A metric's pager, for assistive technology, from the metric's heading. */
  pagesLabel(heading: string): string;
  /** A further page's link to the ledger's own page, where every metric starts. */
  wholeLedger: string;
}

/** A paragraph with one link in it: the words before the link, the link's words, the words after. */
export interface Linked {
  before: string;
  link: string;
  after: string;
}

/** The data page: its prose, its tables' headings, and each data file's columns described. */
export interface DataWords {
  title: string;
  description: string;
  intro: string;
  onThisPage: string;
  datasets: { strikes: { title: string } } & Record<'regions' | 'places' | 'reported-totals' | 'events' | 'outlets', { title: string; about: string }>;
  /** The strike events' description, from their counts and first day. */
  strikesAbout(first: Date, cited: number, unconfirmed: number): string;
  columnsCount(n: number): string;
  download(file: string): string;
  /** Each column of each data file, described; English from the schemas' own descriptions. */
  columns: Record<'strikes' | 'regions' | 'places' | 'reported-totals' | 'events' | 'outlets', Record<string, string>>;
  allStrikes: string;
  /** The paragraph before the strikes' table, around a link to the list of strike pages. */
  allStrikesAbout: { before: string; link: string; after: string };
  /** The name of a row's link to its strike's page: "Event 4a: its page". */
  strikePageLink(id: string): string;
  /** A strike's position, as its row gives it: "region only", "reported: 16.25° N, 71.52° W". */
  position(precision: PositionPrecision, point?: string): string;
  allReports: string;
  allEvents: string;
  allEventsAbout: string;
  charts: string;
  licence: string;
  /** The licence paragraph, around the licence's name (a link). */
  licenceText: { before: string; after: string };
  strikesCaption(rows: number): string;
  reportsCaption(rows: number): string;
  eventsCaption(rows: number): string;
  strikeColumns: string[];
  reportColumns: string[];
  eventColumns: string[];
  /** Whether the chart of strikes over time marks an event, or the timeline alone lists it (events.csv, chart). */
  onChart(marked: boolean): string;
  unconfirmed: string;
  to: string;
  sourceParagraph(source: string, p: number): string;
  /** A key event's report on another site, by the outlet that published it. */
  report(outlet: string): string;
  /** Said once, where the data's own words (notes, outlets, titles) stay in English. */
  dataInEnglish?: string;
}

/** The search page and the search box, as the build writes them. */
export interface SearchWords {
  title: string;
  description: string;
  standfirst: string;
  label: string;
  button: string;
  boxLabel: string;
  boxPlaceholder: string;
  noscript: Linked;
  /** The same, where the sources are too many to list here: the list of sources has them, in pages. */
  noscriptMany: Linked;
  sort: string;
  sortOrders: Record<'relevance' | 'newest' | 'oldest', string>;
  more: string;
  /** The disclosure that holds the filters and the sort. */
  refine: string;
}

/** What the MDX charts say under each figure: where its data comes from. */
export interface ChartSourceWords {
  strikesOverTime: {
    source: string;
    strikeData: string;
    marked: string;
    reportLink(outlet: string): string;
    /** After a span's source, the strike event of our data that ends it (events.csv, end_strike): a link to its page, on the chart's note (wherever the chart is) and the timeline. */
    spanEnd(id: string): string;
    /** The same, on the data page's table of events: a link to its row in the table of strikes above, apart in name from the chart note's link to its page. */
    spanEndRow(id: string): string;
    /** A marked event's days: one day, or a span ("15 November to 4 December 2025"). */
    when(date: Date, end?: Date): string;
  };
  eachStrike: Linked & { after: string };
  /** The map's source line: our table (a link), then Natural Earth (a link) and what a circle's size says. */
  strikeMap: Linked & { coastlines: string; naturalEarth: string; after: string };
  whoReported: { before: string; totals: string; middle: string; strikes: string; after: string };
}

/** The pages every edition shares: the 404 page and the page the service worker shows offline. */
export interface SharedPageWords {
  notFoundTitle: string;
  notFoundDescription: string;
  notFoundHeading: string;
  notFoundText: string;
  offlineTitle: string;
  offlineDescription: string;
  offlineHeading: string;
  offlineText: string;
  offlineNow: string;
}

/** The feed: its subtitle, and the words of its entries' content. */
export interface FeedWords {
  subtitle: string;
  kinds: Record<'correction' | 'update', string>;
  /** A log entry's feed title: its kind, day and number in the log (the page's list shows it), which tell apart the changes of one day. */
  logTitle(kind: string, day: Date, title: string, n: number): string;
  /** The explainer's author, as the feed names it. */
  author: string;
  whatChanged(day: Date): string;
  firstPublished(day: Date): string;
  readExplainer: string;
  everyChange: string;
  everyChangeFirst: string;
  theExplainer: string;
  /** A source's link, then its outlet and day in brackets. */
  readArticle: string;
  /** The language of the source's link, where it is not the feed's: "en". */
  articleLang?: string;
  /** After a source's day, where we inferred it: "date inferred". */
  dateInferred: string;
}

/** A social card's words (src/cards/): the kind of page above its headline, its lines, and what its alt text calls its drawing. */
export interface CardWords {
  kinds: Record<'explainer' | 'source' | 'strike' | 'chart', string>;
  updated(day: Date): string;
  published(day: Date): string;
  /** How many of a source's figures the ledger tracks: "3 figures tracked in the ledger". */
  figures(count: number): string;
  /** Where a strike was, in a sentence: "in the eastern Pacific". */
  region(region: string): string;
  /** What a strike's toll rests on: the announcements, or nothing (a claim the totals leave out). */
  tollNote(counted: boolean): string;
  chart: string;
  map: string;
  /** A strike's toll where it was claimed and never confirmed. */
  unconfirmed: string;
  /** The title of a strike's map on its card: "Strikes of 27 October 2025 on the map of the eastern Pacific". */
  mapTitle(strike: string, region: string): string;
}

/** Every pager's words (src/components/Pager.astro): the ledger's, a chart's table of every row and the list of sources. */
export interface PagerWords {
  /** A link of the pager, for assistive technology: "Page 3" (it shows the number). */
  pageLink(page: string): string;
  /** The steps to the rows before and after, where a pager steps through a table's rows. */
  earlierRows: string;
  laterRows: string;
}

/** Every word of one edition that the code writes. */
export interface Words {
  data: DataWords;
  search: SearchWords;
  chartSources: ChartSourceWords;
  shared: SharedPageWords;
  feed: FeedWords;
  /** How a citation of a data row is labelled: "Strike data, 2 September 2025". */
  strikeData: string;
  /** A citation of a row of the reported totals: our data, not the outlet's report ("Reported totals in our data: BNO News"). */
  reportedTotalsRow(outlet: string): string;
  /** A citation of running totals (`<Cite data="strikes" through="18">`): the strike data over the days summed ("Strike data, 2 September to 15 November 2025"). */
  strikeDataThrough(first: Date, last: Date): string;
  /**
   * What such a citation's rows add up to, written out in its note: what they come to, how many events and
   * the last of them, and the unconfirmed claims to its day, which no sum counts.
   */
  runningTotal(sum: { events: number; strikes: number; vessels: number; killed: number }, last: string, leftOut: readonly string[]): string;
  site: SiteWords;
  explainer: ExplainerWords;
  sources: SourceWords;
  ledger: LedgerWords;
  pager: PagerWords;
  charts: ChartWords;
  cards: CardWords;
  figures: FigureWords;
  comparison: ComparisonWords;
  strikes: StrikeWords;
  timeline: TimelineWords;
  chartPages: ChartPageWords;
  /** What each metric counts: its label, and its unit as a heading adds it ("US reward for Maduro (US dollars)"). */
  metrics: Record<Metric, { label: string; unit: string }>;
}

/** The words of each edition. */
const WORDS: Record<Locale, Words> = { en, es };

export const wordsFor = (locale: Locale): Words => WORDS[locale];

/**
 * An edition as the code that writes for it needs it: its locale (for Intl), its words, and its names for
 * what the data writes in English (a region, an event's label), from its glossary in content/data/.
 */
export interface Edition {
  locale: Locale;
  words: Words;
  /** The edition's word for one the data writes in English; the English edition keeps it. */
  translate(english: string): string;
  /**
   * Another edition's words for a note the data writes in English, where its glossary has them; undefined
   * where it has not (and in English), and the page quotes the English (a strike's date note: "the date the
   * announcement gives", src/domain/strikePages.ts: dateNoteOf).
   */
  known(english: string): string | undefined;
}

export const editionOf = (
  locale: Locale,
  translate: (english: string) => string = (english) => english,
  known: (english: string) => string | undefined = () => undefined,
): Edition => ({
  locale,
  words: wordsFor(locale),
  translate,
  known,
});

/** The English edition: the data's words as they are. */
export const ENGLISH: Edition = editionOf('en');
