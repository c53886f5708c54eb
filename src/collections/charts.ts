import { chartHref, eachStrikeFigure, type ChartSpec, strikeMapFigure, strikesOverTimeFigure, whoReportedFigure } from '../charts/figures';
import { credited, inLanguage, standaloneSvg } from '../charts/standalone';
import { ENGLISH, type Edition, wordsFor } from '../i18n/words';
import chartsCss from '../styles/charts.css?raw';
import globalCss from '../styles/global.css?raw';
import { DATA_LICENCE, editionParams, editions, type Locale, siteUrl } from '../site';
import { loadEdition } from './edition';
import { loadChartSettings, loadGeography, loadKeyEvents, loadPlaces, loadRegions, loadReportGaps, loadStrikes } from './load';
import { oncePerKey } from './once';

/**
 * Every chart's figure, from the data, in an edition's words: each has a page of its own (`/charts/<id>/`,
 * `/es/charts/<id>/`), an embed and a social card in each edition, and downloads (drawn in English). A new chart joins them by its
 * figure here and its component in src/components/mdx/charts.ts.
 */
export function loadChartFigures(edition: Edition = ENGLISH): Promise<ChartSpec[]> {
  return chartFiguresIn(edition.locale);
}

/**
 * The figures in each edition, by its locale, worked out once per build and shared by every page that asks
 * (the charts' components, wherever they are shown: the explainer, the data page, the chart pages and their
 * embeds; the cards and the list of charts): each asking worked out all four again,
 * at 1,000 sources the who-reported-what chart's thousand tolls each time. The edition is its locale's as
 * loadEdition() gives it.
 */
const chartFiguresIn = oncePerKey(async (locale: string): Promise<ChartSpec[]> => {
  const [edition, strikes, events, settings, gaps, geography, regions, places] = await Promise.all([
    loadEdition(locale as Locale),
    loadStrikes(),
    loadKeyEvents(),
    loadChartSettings(),
    loadReportGaps(),
    loadGeography(),
    loadRegions(),
    loadPlaces(),
  ]);
  return [
    strikesOverTimeFigure(strikes, events, settings, edition),
    eachStrikeFigure(strikes, settings, edition),
    strikeMapFigure(strikes, { geography, regions, places }, settings, edition),
    whoReportedFigure(strikes, gaps, edition),
  ];
});

/** The params and props of a chart's page or embed in every edition: its id, and its figure in the edition's words. */
export async function chartPaths() {
  const paths = await Promise.all(
    editionParams().map(async ({ params, props: { locale } }) =>
      (await chartFiguresIn(locale)).map((chart) => ({ params: { ...params, id: chart.id }, props: { locale, chart } })),
    ),
  );
  return paths.flat();
}

/** One chart's figure, by its default id, in the edition's words. */
export async function loadChartFigure(id: string, edition: Edition = ENGLISH): Promise<ChartSpec | undefined> {
  return (await loadChartFigures(edition)).find((chart) => chart.id === id);
}

/** The figure a chart's component shows, by its default id (CHARTS in src/schemas/chartProps.ts): one it lacks stops the build. */
export async function componentFigure(id: string, edition: Edition): Promise<ChartSpec> {
  const figure = await loadChartFigure(id, edition);
  if (!figure) throw new Error(`charts: no figure has the id ${id}`);
  return figure;
}

/** The width the standalone drawing (the SVG download, the PNG and the cards) is drawn at: the page's wide drawing. */
export const STANDALONE_WIDTH = 720;

/**
 * A drawing made to stand alone, in the site's light colours (src/charts/standalone.ts). Its links (the
 * map's marks, to each strike's page) point at the site, wherever the file goes.
 */
export const standalone = (svg: string) => standaloneSvg(svg, globalCss + chartsCss).replace(/ href="\/(?!\/)/g, ` href="${new URL('/', siteUrl()).href}`);

/** A chart's wide drawing made to stand alone, described by the chart's summary: what its social card shows. */
export const standaloneDrawing = (chart: ChartSpec) => standalone(chart.draw({ id: chart.id, desc: chart.summary, width: STANDALONE_WIDTH }));

/**
 * A chart's SVG download (and the PNG drawn from it), in an edition's words: the standalone drawing with its
 * title above and, below, how to cite it, as its page does (the caption, the site, the page's address and the
 * date of its data) and its licence: a picture shown on a slide or in a post says where it comes from, and
 * on what terms.
 */
export const downloadDrawing = (chart: ChartSpec, locale: Locale) =>
  inLanguage(
    credited(standaloneDrawing(chart), { title: chart.title, credit: `${chartCitation(chart, locale)} ${DATA_LICENCE.name}.` }, globalCss + chartsCss),
    editions[locale].lang,
  );

/** How to cite a chart, in an edition's words: its caption, the site, its page's address on `site` and the date of its data. */
export function chartCitation(chart: ChartSpec, locale: Locale, site: URL | string = siteUrl()): string {
  const words = wordsFor(locale);
  return words.chartPages.citation(chart.caption, words.site.name, new URL(chartHref(locale, chart.id), site).href, chart.asOf);
}
