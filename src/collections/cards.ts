import { getCollection } from 'astro:content';
import { type CardSpec, cardName, chartCard, explainerCard, SITE_CARD, type SocialCard, socialCard, sourceCard, strikeCard } from '../cards/cards';
import { strikeOnMap } from '../charts/figures';
import { strikeName, strikePage } from '../domain/strikePages';
import { loadChartFigure, loadChartFigures, standalone, standaloneDrawing } from './charts';
import { loadChartSettings, loadGeography, loadPlaces, loadRegions, loadSources, loadStrikes } from './load';

/** The names of every card the site has: the explainer's, each source's, each chart's, each strike's and the site's. */
export async function cardNames(): Promise<string[]> {
  const [sources, charts, strikes] = await Promise.all([loadSources(), loadChartFigures(), loadStrikes()]);
  return ['index', ...sources.map((s) => `sources/${s.id}`), ...charts.map((c) => `charts/${c.id}`), ...strikes.map((s) => `strikes/${s.id}`), 'site'];
}

/** The width a strike's map is drawn at for its card: about the room the card gives it, so that its words keep their size. */
const CARD_MAP_WIDTH = 460;

/** A strike's card: its page's words, and its region's map with the strike picked out. */
async function strikeCardSpec(id: string): Promise<CardSpec | undefined> {
  const [strikes, settings, geography, regions, places] = await Promise.all([loadStrikes(), loadChartSettings(), loadGeography(), loadRegions(), loadPlaces()]);
  const strike = strikes.find((s) => s.id === id);
  if (!strike) return undefined;
  const where = settings.regions[strike.region];
  const title = `${strikeName(strike)} on the map of ${where}`;
  const map = strikeOnMap(strike, { strikes, layers: { geography, regions, places }, settings }, { id: 'card-map', width: CARD_MAP_WIDTH, title });
  return strikeCard(strikePage(strike, strikes, settings.regions, []), where, { svg: standalone(map), title });
}

/** What the card of that name shows. */
export async function cardSpec(name: string): Promise<CardSpec | undefined> {
  if (name === 'site') return SITE_CARD;
  if (name === 'index') {
    const [explainer] = await getCollection('explainer', (e) => e.id === 'index');
    const chart = await loadChartFigure('strikes-over-time');
    return explainer && chart && explainerCard(explainer.data, { svg: standaloneDrawing(chart), title: chart.title });
  }
  const [kind, id, ...rest] = name.split('/');
  if (rest.length) return undefined;
  if (kind === 'sources') {
    const source = (await loadSources()).find((s) => s.id === id);
    return source && sourceCard(source);
  }
  if (kind === 'strikes') return strikeCardSpec(id!);
  if (kind === 'charts') {
    const chart = await loadChartFigure(id!);
    return chart && chartCard(chart.caption, { svg: standaloneDrawing(chart), title: chart.title });
  }
  return undefined;
}

/**
 * The card a page shows in link previews: its own where it has one (the explainer, a source, a chart and
 * its embed, a strike), the site's on any other page (the list of strikes and its filters among them).
 */
export async function pageCard(pathname: string): Promise<SocialCard> {
  const name = cardName(pathname.replace(/\/embed\/$/, '/'));
  const spec = await cardSpec(name);
  return spec ? socialCard(name, spec) : socialCard('site', SITE_CARD);
}
