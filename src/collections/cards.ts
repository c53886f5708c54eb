import { type CardSpec, cardJson, cardName, chartCard, explainerCard, siteCard, type SocialCard, socialCard, sourceCard, strikeCard } from '../cards/cards';
import { strikeOnMap } from '../charts/figures';
import { strikeName, strikePage } from '../domain/strikePages';
import type { Edition } from '../i18n/words';
import { basePath, defaultLocale, isLocale, type Locale, localeOfPath, locales } from '../site';
import { loadChartFigure, loadChartFigures, standalone, standaloneDrawing } from './charts';
import { loadEdition } from './edition';
import { loadChartSettings, loadExplainerHomes, loadGeography, loadPlaces, loadRegions, loadSources, loadStrikes } from './load';
import { once, oncePerKey } from './once';

/**
 * The names of every card the site has: the explainer's, each source's, each chart's, each strike's and
 * the site's; and in every other edition the same but the sources' (a source has its page in English only).
 */
export async function cardNames(): Promise<string[]> {
  const [sources, charts, strikes] = await Promise.all([loadSources(), loadChartFigures(), loadStrikes()]);
  const inEdition = (locale: Locale) =>
    ['index', ...charts.map((c) => `charts/${c.id}`), ...strikes.map((s) => `strikes/${s.id}`), 'site'].map((name) => cardName(`/${name}/`, locale));
  return [
    'index',
    ...sources.map((s) => `sources/${s.id}`),
    ...charts.map((c) => `charts/${c.id}`),
    ...strikes.map((s) => `strikes/${s.id}`),
    'site',
    ...locales.filter((locale) => locale !== defaultLocale).flatMap(inEdition),
  ];
}

/** The width a strike's map is drawn at for its card: about the room the card gives it, so that its words keep their size. */
const CARD_MAP_WIDTH = 460;

/** A strike's card: its page's words, and its region's map with the strike picked out. */
async function strikeCardSpec(id: string, edition: Edition): Promise<CardSpec | undefined> {
  const [strikes, settings, geography, regions, places] = await Promise.all([loadStrikes(), loadChartSettings(), loadGeography(), loadRegions(), loadPlaces()]);
  const strike = strikes.find((s) => s.id === id);
  if (!strike) return undefined;
  const where = edition.translate(settings.regions[strike.region]);
  const title = edition.words.cards.mapTitle(strikeName(strike, edition), where);
  const map = strikeOnMap(strike, { strikes, layers: { geography, regions, places }, settings }, { id: 'card-map', width: CARD_MAP_WIDTH, title }, edition);
  return strikeCard(strikePage(strike, strikes, settings.regions, [], edition), where, { svg: standalone(map), title }, edition);
}

/** Each source by its id, once per build: each source's card finds its own without a pass over the archive. */
const sourcesById = once(async () => new Map((await loadSources()).map((s) => [s.id, s])));

/**
 * What the card of that name shows: `es/…` is a card of the Spanish edition. Worked out once per build:
 * the page that shows the card and the card's JSON both ask (a strike's map is drawn once).
 */
export const cardSpec = oncePerKey(specOf);

async function specOf(name: string): Promise<CardSpec | undefined> {
  const [first, ...after] = name.split('/');
  const locale = isLocale(first) && first !== defaultLocale && after.length ? first : defaultLocale;
  const inEdition = locale === defaultLocale ? name : after.join('/');
  if (inEdition === 'site') return siteCard(locale);
  const edition = await loadEdition(locale);
  if (inEdition === 'index') {
    const explainer = (await loadExplainerHomes()).get(locale);
    const chart = await loadChartFigure('strikes-over-time', edition);
    return explainer && chart && explainerCard(explainer.data, { svg: standaloneDrawing(chart), title: chart.title }, locale);
  }
  const [kind, id, ...rest] = inEdition.split('/');
  if (rest.length) return undefined;
  if (kind === 'charts') {
    const chart = await loadChartFigure(id!, edition);
    return chart && chartCard(chart.caption, { svg: standaloneDrawing(chart), title: chart.title }, locale);
  }
  if (kind === 'strikes') return strikeCardSpec(id!, edition);
  if (kind === 'sources' && locale === defaultLocale) {
    const source = (await sourcesById()).get(id!);
    return source && sourceCard(source);
  }
  return undefined;
}

/**
 * The card a page shows in link previews, in its edition's words: its own where it has one (the
 * explainer, a source, a chart with its embed and the pages of its every row, a strike), the site's on any other page (the list of
 * strikes and its filters among them).
 */
export async function pageCard(pathname: string): Promise<SocialCard> {
  const locale = localeOfPath(pathname);
  // A chart's embed and the further pages of its every row show the chart's card.
  const name = cardName(basePath(pathname).replace(/\/(embed|all\/\d+)\/$/, '/'), locale);
  const own = await cardSpec(name);
  const [shown, spec]: [string, CardSpec] = own ? [name, own] : [cardName('/site/', locale), siteCard(locale)];
  // Offered to the build's drawing as the page is rendered, so that it is drawn meanwhile.
  cardJson(spec);
  return socialCard(shown, spec);
}
