import { announcedSeries, chronological, cumulative, type Gap, knownOn } from '../domain/strikeSeries';
import { formatDate, isoDay } from '../format/dates';
import type { ChartSettings } from '../schemas/chartSettings';
import type { KeyEventRow } from '../schemas/keyEvent';
import { shortOutlet } from '../schemas/reportedTotal';
import type { Strike } from '../schemas/strike';
import { positionText, strikeHref, strikeName, tollText } from '../domain/strikePages';
import { describeEachStrike, describeStrikeMap, describeStrikesOverTime, describeWhoReported } from './describe';
import { describeStrike, eachStrike } from './eachStrike';
import { type StrikeMapOptions, strikeMap } from './strikeMap';
import { strikesOverTime } from './strikesOverTime';
import type { Description } from './svg';
import { printedKilled, whoReported } from './whoReported';

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
  table: { columns: string[]; rows: (string | number)[][]; tip?: number[] };
  /** The downloadable CSV of the data. */
  csv: { href: string; label: string };
  /** The day of the newest row the chart draws: the "data as of" of a citation of the chart. */
  asOf: Date;
}

/** Each chart's own words: the component that shows it, and its figure's default id, caption and title. */
const CHARTS = {
  strikesOverTime: {
    component: 'StrikesOverTime',
    id: 'strikes-over-time',
    caption: 'Strikes and deaths added up, by the date of each strike',
    title: 'Cumulative people killed and strikes, from September 2025',
  },
  eachStrike: {
    component: 'EachStrike',
    id: 'each-strike',
    caption: 'Each strike: where, when and how many people it killed',
    title: 'Each strike event, by region, sized by deaths',
  },
  strikeMap: {
    component: 'StrikeMap',
    id: 'strike-map',
    caption: 'Where the strikes were, as far as the reports say',
    title: 'The strikes on a map, each where the reports place it',
  },
  whoReported: {
    component: 'WhoReported',
    id: 'who-reported',
    caption: 'Who reported what: each outlet’s death toll beside the deaths announced by that day',
    title: 'Death tolls as outlets reported them, against the sum of announced deaths',
  },
};

/** Every chart's id, in the order the charts' index lists them. */
export const CHART_IDS = Object.values(CHARTS).map((chart) => chart.id);

/** The newest of some days. */
const newest = (days: readonly Date[]) => new Date(Math.max(...days.map((d) => d.getTime())));

const STRIKES_CSV = { href: '/data/strikes.csv', label: 'Download strikes.csv (every event, with its sources)' };

/** Cumulative deaths and strikes over time, with the key events marked. */
export function strikesOverTimeFigure(strikes: readonly Strike[], events: readonly KeyEventRow[], settings: ChartSettings): ChartSpec {
  const { title, ...words } = CHARTS.strikesOverTime;
  const series = cumulative(strikes);
  return {
    ...words,
    title,
    draw: (options) => strikesOverTime(series, { ...options, title, events }),
    summary: describeStrikesOverTime(strikes, settings.checkpoint),
    table: {
      columns: ['Date', 'Region', 'Strikes', 'Vessels', 'Killed', 'Presumed dead', 'Strikes so far', 'Killed so far', 'Source'],
      rows: series.map((p) => [
        isoDay(p.date),
        p.event.region,
        p.event.strikes,
        p.event.vessels,
        p.event.killed,
        p.event.presumedDead,
        p.strikes,
        p.killed,
        p.event.source.outlet,
      ]),
    },
    csv: STRIKES_CSV,
    asOf: newest(strikes.map((s) => s.date)),
  };
}

/** One mark per strike event, by region, sized by deaths. */
export function eachStrikeFigure(strikes: readonly Strike[], settings: ChartSettings): ChartSpec {
  const { title, ...words } = CHARTS.eachStrike;
  return {
    ...words,
    title,
    draw: (options) => eachStrike(strikes, { ...options, title }),
    summary: describeEachStrike(strikes, settings.regions),
    table: {
      columns: ['Event', 'Date', 'Region', 'Status', 'What was reported', 'Source'],
      rows: chronological(strikes).map((s) => [s.id, isoDay(s.date), s.region, s.status, describeStrike(s), s.source.outlet]),
      tip: [4],
    },
    csv: STRIKES_CSV,
    asOf: newest(strikes.map((s) => s.date)),
  };
}

/** Each reported death toll against the sum of the deaths announced by its day. */
export function whoReportedFigure(strikes: readonly Strike[], reports: readonly Gap[]): ChartSpec {
  const { title, ...words } = CHARTS.whoReported;
  const tolls = reports.filter((g) => g.killed);
  const known = announcedSeries(strikes);
  return {
    ...words,
    title,
    draw: (options) => whoReported(known, tolls, { ...options, title }),
    summary: describeWhoReported(tolls),
    table: {
      columns: ['Reported on', 'Outlet', 'Killed, as printed', 'Announced by then', 'Difference', 'Explanation'],
      rows: tolls.map((g) => [isoDay(g.report.asOf), shortOutlet(g.report.outlet), printedKilled(g), g.killed!.sum, g.killed!.difference, g.killed!.verdict]),
    },
    csv: { href: '/data/reported-totals.csv', label: 'Download reported-totals.csv (with our sources’ figures)' },
    asOf: newest([...strikes.map((s) => s.date), ...tolls.map((g) => g.report.asOf)]),
  };
}

/** The map's geography: the coastlines, the regions' edges and the names it prints. */
export type MapLayers = Pick<StrikeMapOptions, 'geography' | 'regions' | 'places'>;

/**
 * Each strike on a map, at its position where a report gives or describes one, else gathered in its region;
 * one map on a wide drawing, one per region on a narrow one. Each mark links to its strike's page.
 */
export function strikeMapFigure(strikes: readonly Strike[], layers: MapLayers, settings: ChartSettings): ChartSpec {
  const { title, ...words } = CHARTS.strikeMap;
  return {
    ...words,
    title,
    draw: (options) => strikeMap(strikes, { ...options, title, ...layers, panels: options.width >= 600 ? 'all' : 'each', href: (s) => strikeHref(s.id) }),
    summary: describeStrikeMap(strikes, settings.regions),
    table: {
      columns: ['Event', 'Date', 'Region', 'Killed', 'Position', 'What the position rests on'],
      rows: chronological(strikes).map((s) => [
        s.id,
        isoDay(s.date),
        s.region,
        s.status === 'cited' ? s.killed : 'unconfirmed',
        positionText(s, settings.regions[s.region]),
        s.position.source,
      ]),
      tip: [1, 2, 3, 4],
    },
    csv: STRIKES_CSV,
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
): string {
  const where = settings.regions[strike.region];
  return strikeMap(strikes, {
    ...options,
    desc: `${strikeName(strike)}, picked out among the strikes in ${where}. Position: ${positionText(strike, where)}.`,
    ...layers,
    panels: strike.region,
    highlight: strike.id,
  });
}

/** One strike picked out on the map and on each chart of every strike, at a phone's width. */
export function hereFigures(strike: Strike, { strikes, reports, layers, settings }: HereData): { map: HereFigure; charts: HereFigure[] } {
  const name = strikeName(strike);
  const counted = strike.status === 'cited' ? `: ${tollText(strike)}` : ', unconfirmed and not counted';
  const width = 380;
  const where = settings.regions[strike.region];
  const map: HereFigure = {
    id: 'here-map',
    caption: `On the map of ${where}`,
    href: '/strikes/#strike-map',
    svg: strikeOnMap(strike, { strikes, layers, settings }, { id: 'here-map', width, title: `${name} on the map`, href: (s) => strikeHref(s.id) }),
  };
  const charts: HereFigure[] = [
    {
      id: 'here-each',
      caption: 'Among every strike, by date and region',
      href: '/#each-strike',
      svg: eachStrike(strikes, {
        id: 'here-each',
        title: `${name} among every strike`,
        desc: `${name}, picked out among every strike event, each sized by its deaths${counted}.`,
        width,
        highlight: strike.id,
      }),
    },
    {
      id: 'here-over-time',
      caption: 'In the running totals',
      href: '/#strikes-over-time',
      svg: strikesOverTime(cumulative(strikes), {
        id: 'here-over-time',
        title: `${name} in the running totals of deaths and strikes`,
        desc: `The running totals of deaths and strikes, with a line at ${formatDate(strike.date)}, the day of this strike${counted}.`,
        width,
        here: strike.date,
      }),
    },
    {
      id: 'here-who',
      caption: 'Against the tolls outlets reported',
      href: '/#who-reported',
      svg: whoReported(announcedSeries(strikes), reports.filter((g) => g.killed), {
        id: 'here-who',
        title: `${name} against the death tolls outlets reported`,
        desc: `The death tolls outlets reported, against the deaths announced by each day, with a line at ${formatDate(knownOn(strike))}, the day this strike became known.`,
        width,
        here: knownOn(strike),
      }),
    },
  ];
  return { map, charts };
}
