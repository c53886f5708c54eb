import { getCollection } from 'astro:content';
import { type CardSpec, cardName, chartCard, explainerCard, SITE_CARD, type SocialCard, socialCard, sourceCard } from '../cards/cards';
import { loadChartFigure, loadChartFigures, standaloneDrawing } from './charts';
import { loadSources } from './load';

/** The names of every card the site has: the explainer's, each source's, each chart's and the site's. */
export async function cardNames(): Promise<string[]> {
  const [sources, charts] = await Promise.all([loadSources(), loadChartFigures()]);
  return ['index', ...sources.map((s) => `sources/${s.id}`), ...charts.map((c) => `charts/${c.id}`), 'site'];
}

/** What the card of that name shows. */
export async function cardSpec(name: string): Promise<CardSpec | undefined> {
  if (name === 'site') return SITE_CARD;
  if (name === 'index') {
    const [explainer] = await getCollection('explainer', (e) => e.id === 'index');
    const chart = await loadChartFigure('strikes-over-time');
    return explainer && chart && explainerCard(explainer.data, { svg: standaloneDrawing(chart), title: chart.title });
  }
  const [kind, id] = name.split('/');
  if (kind === 'sources') {
    const source = (await loadSources()).find((s) => s.id === id);
    return source && sourceCard(source);
  }
  if (kind === 'charts') {
    const chart = await loadChartFigure(id!);
    return chart && chartCard(chart.caption, { svg: standaloneDrawing(chart), title: chart.title });
  }
  return undefined;
}

/**
 * The card a page shows in link previews: its own where it has one (the explainer, a source, a chart and
 * its embed), the site's on any other page.
 */
export async function pageCard(pathname: string): Promise<SocialCard> {
  const name = cardName(pathname.replace(/\/embed\/$/, '/'));
  const spec = await cardSpec(name);
  return spec ? socialCard(name, spec) : socialCard('site', SITE_CARD);
}
