import { rollups } from 'd3';
import { announcedSeries, chronological, cumulative, type Gap, knownOn, runningTotalId } from '../domain/strikeSeries';
import { countPages, type Page, pageOf } from '../domain/pages';
import { isoDay } from '../format/dates';
import { ENGLISH, type Edition } from '../i18n/words';
import { CHARTS } from '../schemas/chartProps';
import type { ChartSettings } from '../schemas/chartSettings';
import type { KeyEventRow } from '../schemas/keyEvent';
import { shortOutlet } from '../schemas/reportedTotal';
import type { Strike } from '../schemas/strike';
import { type Locale, pathIn } from '../site';
import { positionText, strikeHref, strikeName, tollText } from '../domain/strikePages';
import { describeEachStrike, describeStrikeMap, describeStrikesOverTime, describeWhoReported } from './describe';
import { describeStrike, eachStrike } from './eachStrike';
import { groupFacts, reportGroups, span } from './reportGroups';
import { type StrikeMapOptions, strikeMap } from './strikeMap';
import { strikesOverTime } from './strikesOverTime';
import type { Description } from './svg';
import { killedVerdict, printedKilled, whoReported } from './whoReported';
import { notesProse } from '../domain/notesProse';

/** How many outlets a row of grouped tolls names before "and N others". */
const OUTLETS_NAMED = 3;

/** Everything a chart's figure shows, worked out from the data: what src/components/ChartFigure.astro renders. */
export interface ChartSpec {
  /** The MDX component that shows it, named in errors about its props. */
  component: string;
  /** The figure's id where the editor gives none. */
  id: string;
  /** The caption where the editor gives none. */
  caption: string;
  /** What the drawing shows, in a few words: its name for assistive technology, and the heading of its own page. */
  title: string;
  /** Draws the chart, titled for assistive technology, at a width; `desc`, where given, describes it; its links (if any) open in `target`. */
  draw(options: { id: string; desc?: Description; width: number; target?: string }): string;
  /** The numbers a reader needs, in one paragraph. */
  summary: string;
  /** The data as a table: column headings and rows. A mark with data-row="i" shows row i's `tip` columns (all by default). */
  table: {
    columns: string[];
    rows: (string | number)[][];
    tip?: number[];
    all?: AllRows;
    /** In an edition in another language, the words each row's cell in `column` quotes in English (the data's own notes), for the page to mark as English. */
    englishQuotes?: EnglishQuotes;
    /** The columns whose cells are in English in every edition (an outlet's name), by their index. */
    english?: number[];
    /**
     * Where each row's first cell links, a strike's page, and the link's name ("Event 4a: its page"), which
     * tells it apart out of its row; that cell then heads its row. A mark of the drawing that links there is
     * a small target on a phone; its row's link is the same link at full size (WCAG 2.5.8).
     */
    links?: { href: string; label: string }[];
    /** Each row's id, where a citation links to a row ("through-18", the running totals after event 18). */
    ids?: string[];
  };
  /** The downloadable CSV of the data. */
  csv: { href: string; label: string };
  /** The day of the newest row the chart draws: the "data as of" of a citation of the chart. */
  asOf: Date;
}

/** The words in English that one column of a table quotes, row by row, in an edition in another language. */
export interface EnglishQuotes {
  column: number;
  /** Each row's quoted English, in the table's order, or undefined where it quotes none. */
  rows: (string | undefined)[];
}

/**
 * Every row, where the figure's table groups them (a large archive's tolls): shown on the chart's own page,
 * and linked to from the figure elsewhere.
 */
export interface AllRows {
  columns: string[];
  rows: (string | number)[][];
  /** The link's words, from a figure elsewhere. */
  link: string;
  /** What opens the table, on the chart's page. */
  label: string;
  /** The columns whose cells are in English in every edition (an outlet's name), by their index. */
  english?: number[];
}

/** A figure whose table groups its rows, so that it has a table of every row. */
export type ChartWithAllRows = ChartSpec & { table: { all: AllRows } };

/**
 * How many of a figure's every-row table's rows one page shows. The first page is on the chart's own page,
 * each further one a page of its own (`/charts/<id>/all/2/`): no page grows with the archive, where a table of
 * every toll of 10,000 sources made the chart's page 1.4 MB.
 */
export const ALL_ROWS_PAGE = 200;

/** A chart's own page, in an edition: /charts/<id>/, /es/charts/<id>/. */
export const chartHref = (locale: Locale, chartId: string) => pathIn(locale, `/charts/${chartId}/`);

/** Where a chart's every-row table is on its page: the `<details>` that opens it. */
export const allRowsId = (chartId: string) => `${chartId}-all`;

/** How many pages a figure's every-row table takes. */
export const allRowsPages = (all: AllRows, size = ALL_ROWS_PAGE) => countPages(all.rows.length, size);

/** Page `page` (from 1) of a figure's every-row table, in the table's order. */
export const allRowsPage = (all: AllRows, page: number, size = ALL_ROWS_PAGE): Page<AllRows['rows'][number]> =>
  pageOf(all.rows, page, size, `the every-row table's rows`);

/** Where page `page` of a chart's every-row table is: page 1 on the chart's page, the others at /charts/<id>/all/<page>/. */
export const allRowsHref = (locale: Locale, chartId: string, page: number) =>
  page === 1 ? `${chartHref(locale, chartId)}#${allRowsId(chartId)}` : `${chartHref(locale, chartId)}all/${page}/`;

/** Every chart's id, in the order the charts' index lists them. */
export const CHART_IDS = Object.values(CHARTS).map((chart) => chart.id);

/** The newest of some days. */
const newest = (days: readonly Date[]) => new Date(Math.max(...days.map((d) => d.getTime())));

/** The key events the chart of strikes over time marks: a few, so that its labels stay apart (events.csv, chart). */
export const chartEvents = (events: readonly KeyEventRow[]) => events.filter((e) => e.onChart);

/** Cumulative deaths and strikes over time, with the key events marked; in the edition's words. */
export function strikesOverTimeFigure(strikes: readonly Strike[], events: readonly KeyEventRow[], settings: ChartSettings, edition: Edition = ENGLISH): ChartSpec {
  const words = edition.words.charts.strikesOverTime;
  const series = cumulative(strikes);
  const marked = chartEvents(events).map((e) => ({ ...e, label: edition.translate(e.label) }));
  return {
    ...CHARTS.strikesOverTime,
    caption: words.caption,
    title: words.title,
    draw: (options) => strikesOverTime(series, { ...options, title: words.title, events: marked, edition }),
    summary: describeStrikesOverTime(strikes, settings.checkpoint, edition),
    table: {
      columns: words.columns,
      rows: series.map((p) => [
        isoDay(p.date),
        edition.translate(p.event.region),
        p.event.strikes,
        p.event.vessels,
        p.event.killed,
        p.event.presumedDead,
        p.strikes,
        p.vessels,
        p.killed,
        p.event.source.outlet,
      ]),
      english: [9],
      ids: series.map((p) => runningTotalId(p.event.id)),
    },
    csv: { href: '/data/strikes.csv', label: words.csv },
    asOf: newest(strikes.map((s) => s.date)),
  };
}

/** One mark per strike event, by region, sized by deaths; in the edition's words. */
export function eachStrikeFigure(strikes: readonly Strike[], settings: ChartSettings, edition: Edition = ENGLISH): ChartSpec {
  const words = edition.words.charts.eachStrike;
  const events = chronological(strikes);
  const DESCRIBED = 4;
  return {
    ...CHARTS.eachStrike,
    caption: words.caption,
    title: words.title,
    draw: (options) => eachStrike(strikes, { ...options, title: words.title, edition }),
    summary: describeEachStrike(strikes, settings.regions, edition),
    table: {
      columns: words.columns,
      rows: events.map((s) => [s.id, isoDay(s.date), edition.translate(s.region), words.status[s.status], describeStrike(s, edition), s.source.outlet]),
      tip: [DESCRIBED],
      english: [5],
      links: events.map((s) => ({ href: strikeHref(s.id, edition.locale), label: edition.words.data.strikePageLink(s.id) })),
      // An unconfirmed strike is described by the data's note, quoted in English.
      englishQuotes: edition.locale === 'en' ? undefined : { column: DESCRIBED, rows: events.map((s) => (s.status === 'unconfirmed' ? notesProse(s.notes) : undefined)) },
    },
    csv: { href: '/data/strikes.csv', label: words.csv },
    asOf: newest(strikes.map((s) => s.date)),
  };
}

/** Each reported death toll against the sum of the deaths announced by its day; in the edition's words. */
export function whoReportedFigure(strikes: readonly Strike[], reports: readonly Gap[], edition: Edition = ENGLISH): ChartSpec {
  const words = edition.words.charts.whoReported;
  const tolls = reports.filter((g) => g.killed);
  const known = announcedSeries(strikes);
  // The table names every outlet of a report and the site it was read on, as its row does ("MercoPress; ABC
  // News (via okbroadcast.com)"); the drawing's labels, which have less room, the first (shortOutlet).
  const rows = tolls.map((g) => [
    isoDay(g.report.asOf),
    g.report.outlet,
    printedKilled(g, edition),
    g.killed!.sum,
    g.killed!.difference,
    killedVerdict(g, edition),
  ]);
  // Past GROUP_ABOVE tolls, a row (and a mark) per group of tolls that coincide; every toll on the chart's page.
  const grouping = reportGroups(reports);
  const grouped = groupFacts(grouping);
  return {
    ...CHARTS.whoReported,
    caption: words.caption,
    title: words.title,
    draw: (options) => whoReported(known, reports, { ...options, title: words.title, edition }),
    summary: describeWhoReported(reports, edition) + (grouped ? ` ${words.grouped(grouped)}` : ''),
    table: grouped
      ? {
          columns: words.groupColumns,
          rows: grouping.groups.map(({ reports }) => {
            const outlets = [...new Set(reports.map((g) => shortOutlet(g.report.outlet)))];
            // A group's tolls share a kind of verdict; where they differ in the verdict as a cell words it (its
            // "with the presumed dead", or the strikes whose presumed dead a match counts), how many have each.
            const each = rollups(reports, (list) => list.length, (g) => killedVerdict(g, edition));
            return [
              span(reports.map((g) => g.report.asOf.getTime()), (t) => isoDay(new Date(t))),
              reports.length,
              words.outlets(outlets.slice(0, OUTLETS_NAMED), Math.max(0, outlets.length - OUTLETS_NAMED)),
              span(reports.map((g) => g.killed!.reported)),
              span(reports.map((g) => g.killed!.sum)),
              each.length === 1 ? each[0]![0] : each.map(([verdict, n]) => `${verdict} (${n})`).join('; '),
            ];
          }),
          all: { columns: words.columns, rows, link: words.everyTollLink(tolls.length), label: words.everyTollRows(tolls.length), english: [1] },
        }
      : { columns: words.columns, rows, english: [1] },
    csv: { href: '/data/reported-totals.csv', label: words.csv },
    asOf: newest([...strikes.map((s) => s.date), ...tolls.map((g) => g.report.asOf)]),
  };
}

/** The map's geography: the coastlines, the regions' edges and the names it prints. */
export type MapLayers = Pick<StrikeMapOptions, 'geography' | 'regions' | 'places'>;

/**
 * Each strike on a map, at its position where a report gives or describes one, else gathered in its region;
 * one map on a wide drawing, one per region on a narrow one. Each mark links to its strike's page (`href`).
 */
export function strikeMapFigure(
  strikes: readonly Strike[],
  layers: MapLayers,
  settings: ChartSettings,
  edition: Edition = ENGLISH,
  href: (id: string) => string = (id) => strikeHref(id, edition.locale),
): ChartSpec {
  const words = edition.words.charts.strikeMap;
  const BASED_ON = 5;
  const events = chronological(strikes);
  const regionName = (s: Strike) => edition.translate(settings.regions[s.region]);
  return {
    ...CHARTS.strikeMap,
    caption: words.caption,
    title: words.title,
    draw: (options) =>
      strikeMap(strikes, { ...options, title: words.title, ...layers, panels: options.width >= 600 ? 'all' : 'each', href: (s) => href(s.id), edition }),
    summary: describeStrikeMap(strikes, settings.regions, edition),
    table: {
      columns: words.columns,
      rows: events.map((s) => [
        s.id,
        isoDay(s.date),
        edition.translate(s.region),
        s.status === 'cited' ? s.killed : edition.words.charts.eachStrike.status.unconfirmed,
        positionText(s, regionName(s), edition),
        s.position.source || words.regionOnly,
      ]),
      tip: [1, 2, 3, 4],
      links: events.map((s) => ({ href: href(s.id), label: edition.words.data.strikePageLink(s.id) })),
      // What each position rests on is the data's own words, English.
      englishQuotes: edition.locale === 'en' ? undefined : { column: BASED_ON, rows: events.map((s) => s.position.source) },
    },
    csv: { href: '/data/strikes.csv', label: words.csv },
    asOf: newest(strikes.map((s) => s.date)),
  };
}

/** A strike's place on a chart, drawn small for its page ("you are here"). */
export interface HereFigure {
  /** Unique on the page. */
  id: string;
  caption: string;
  svg: string;
  /** Where the whole chart is, with its summary and data. */
  href: string;
  /**
   * The links its marks are, as a line of text under it, by day, after its words: on a phone a mark is a
   * small target, and the words are the same link at the size of text (WCAG 2.5.8). `current` is the page's
   * own strike.
   */
  links?: { words: string; items: { href: string; label: string; current: boolean }[] };
}

/** What the charts of every strike need, to pick one out. */
export interface HereData {
  strikes: readonly Strike[];
  reports: readonly Gap[];
  layers: MapLayers;
  settings: ChartSettings;
}

/**
 * One strike picked out on the map of its region, described by where it is: on its page, and on its social
 * card (where its marks are no links).
 */
export function strikeOnMap(
  strike: Strike,
  { strikes, layers, settings }: Omit<HereData, 'reports'>,
  options: { id: string; width: number; title: string; href?: StrikeMapOptions['href'] },
  edition: Edition = ENGLISH,
): string {
  const where = edition.translate(settings.regions[strike.region]);
  return strikeMap(strikes, {
    ...options,
    desc: edition.words.strikes.here.mapDesc(strikeName(strike, edition), where, positionText(strike, where, edition), strike.strikes),
    ...layers,
    panels: strike.region,
    highlight: strike.id,
    edition,
  });
}

/** The strikes of a strike's region, by day, each a link to its page: "2 Sept, 15 Sept, 4 Oct (unconfirmed)…". */
function mapLinks(strikes: readonly Strike[], strike: Strike, edition: Edition): NonNullable<HereFigure['links']>['items'] {
  const { charts } = edition.words;
  const shown = chronological(strikes.filter((s) => s.region === strike.region));
  const day = (s: Strike) => charts.day(s.date);
  // Two strikes of one day are told apart by their event numbers.
  const shared = new Set(shown.map(day).filter((d, i, all) => all.indexOf(d) !== i));
  return shown.map((s) => ({
    href: strikeHref(s.id, edition.locale),
    label: `${day(s)}${shared.has(day(s)) ? ` (${s.id})` : ''}${s.status === 'unconfirmed' ? ` (${charts.eachStrike.status.unconfirmed})` : ''}`,
    current: s.id === strike.id,
  }));
}

/** One strike picked out on the map and on each chart of every strike, at a phone's width, in the edition's words. */
export function hereFigures(strike: Strike, { strikes, reports, layers, settings }: HereData, edition: Edition = ENGLISH): { map: HereFigure; charts: HereFigure[] } {
  const { locale } = edition;
  const words = edition.words.strikes.here;
  const name = strikeName(strike, edition);
  const toll = strike.status === 'cited' ? tollText(strike, edition) : undefined;
  const counted = toll ? words.counted(toll) : words.uncounted;
  const width = 380;
  const map: HereFigure = {
    id: 'here-map',
    caption: words.mapCaption(edition.translate(settings.regions[strike.region])),
    href: `${pathIn(locale, '/strikes/')}#strike-map`,
    svg: strikeOnMap(strike, { strikes, layers, settings }, { id: 'here-map', width, title: words.mapTitle(name), href: (s) => strikeHref(s.id, locale) }, edition),
    links: { words: words.mapLinks, items: mapLinks(strikes, strike, edition) },
  };
  const charts: HereFigure[] = [
    {
      id: 'here-each',
      caption: words.eachCaption,
      href: `${pathIn(locale, '/')}#each-strike`,
      svg: eachStrike(strikes, { id: 'here-each', title: words.eachTitle(name), desc: words.eachDesc(name, toll, strike.strikes), width, highlight: strike.id, edition }),
    },
    {
      id: 'here-over-time',
      caption: words.overTimeCaption,
      href: `${pathIn(locale, '/')}#strikes-over-time`,
      svg: strikesOverTime(cumulative(strikes), {
        id: 'here-over-time',
        title: words.overTimeTitle(name),
        desc: words.overTimeDesc(strike.date, counted, strike.strikes),
        width,
        here: { date: strike.date, strikes: strike.strikes },
        edition,
      }),
    },
    {
      id: 'here-who',
      caption: words.whoCaption,
      href: `${pathIn(locale, '/')}#who-reported`,
      svg: whoReported(announcedSeries(strikes), reports, {
        id: 'here-who',
        title: words.whoTitle(name),
        // The archive's reports, not its tolls: every strike's page groups the same list, once (reportGroups()).
        desc: words.whoDesc(knownOn(strike), strike.announcedDate !== undefined, strike.strikes, groupFacts(reportGroups(reports))),
        width,
        here: { date: knownOn(strike), strikes: strike.strikes },
        edition,
      }),
    },
  ];
  return { map, charts };
}
