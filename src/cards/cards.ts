/**
 * Social cards: the 1200 × 630 picture a link preview shows for each page (OpenGraph's og:image, a large
 * Twitter card). A page says what its card shows, as one of these plain objects; the build writes it to
 * `/cards/<name>.json` (src/pages/cards/) and src/integrations/socialCards.ts draws it into
 * `/cards/<name>.png` (src/cards/layout.ts), drawing again only a card whose object changed.
 */
import { formatDate, isoDay, parseDay } from '../format/dates';
import { plural } from '../format/numbers';
import type { PageImage } from '../domain/articleMeta';
import { outletName, type SourceEntry } from '../domain/sources';
import { tollText, type StrikePage } from '../domain/strikePages';
import { SITE_DESCRIPTION, SITE_NAME } from '../site';

/** A card's size in pixels: what OpenGraph's consumers crop least. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What one card shows. Dates are ISO days (YYYY-MM-DD), so that the object is plain JSON. */
export type CardSpec =
  /** The explainer: its headline, the day it was last updated and the strikes-over-time chart. */
  | { kind: 'explainer'; title: string; updated: string; chart: CardChart }
  /** A source: its outlet, headline and day, and how many of its figures the ledger tracks. */
  | { kind: 'source'; outlet: string; title: string; published: string; figures: number }
  /** A strike's page: its title (the strike and its day), region, toll and position, and its region's map with the strike picked out. */
  | { kind: 'strike'; title: string; date: string; region: string; toll: string; counted: boolean; position: string; map: CardChart }
  /** A chart's page and its embed: the chart itself, under its caption. */
  | { kind: 'chart'; caption: string; chart: CardChart }
  /** Any other page: the site's card, with the page's own title. */
  | { kind: 'site'; title: string };

/** A chart on a card: its standalone drawing (src/charts/standalone.ts) and its title, which the card's words name. */
export interface CardChart {
  svg: string;
  title: string;
}

/** A card as a page's metadata names it: its address, its words for someone who cannot see it, and its size. */
export type SocialCard = PageImage;

/** The card's name, from the page's path: `/sources/x/` is `sources/x`, the home page `index`. */
export const cardName = (pathname: string) => pathname.replace(/^\/|\/$/g, '') || 'index';

/** Where a page's card is served. */
export const cardHref = (name: string) => `/cards/${name}.png`;

/** What a card shows, in words: its og:image:alt. */
export function cardAlt(spec: CardSpec): string {
  switch (spec.kind) {
    case 'explainer':
      return `${spec.title}. Updated ${formatDate(parseDay(spec.updated))}. Chart: ${spec.chart.title}. ${SITE_NAME}.`;
    case 'source':
      return `${spec.outlet}: ${spec.title}. Published ${formatDate(parseDay(spec.published))}. ${figuresLine(spec.figures)}. ${SITE_NAME}.`;
    case 'strike':
      return `${spec.title}, in ${spec.region}: ${spec.toll}, ${tollNote(spec.counted)}. ${spec.position}. Map: ${spec.map.title}. ${SITE_NAME}.`;
    case 'chart':
      return `Chart: ${spec.caption}. ${SITE_NAME}.`;
    case 'site':
      return `${spec.title === SITE_NAME ? SITE_NAME : `${spec.title}. ${SITE_NAME}`}: ${SITE_DESCRIPTION}`;
  }
}

/** "4 figures tracked in the ledger", "No figures tracked in the ledger". */
export const figuresLine = (figures: number) =>
  figures === 0 ? 'No figures tracked in the ledger' : `${plural(figures, 'figure')} tracked in the ledger`;

/** What a strike's toll rests on: the announcements, or nothing (an unconfirmed claim, which the totals leave out). */
export const tollNote = (counted: boolean) => (counted ? 'as announced' : 'not counted');

/** A page's card, as its metadata names it. */
export const socialCard = (name: string, spec: CardSpec): SocialCard => ({ src: cardHref(name), alt: cardAlt(spec), ...CARD_SIZE });

/** Any page without a card of its own. */
export const SITE_CARD: CardSpec = { kind: 'site', title: SITE_NAME };

/** The explainer's card. */
export const explainerCard = (explainer: { title: string; updated: Date }, chart: CardChart): CardSpec => ({
  kind: 'explainer',
  title: explainer.title,
  updated: isoDay(explainer.updated),
  chart,
});

/** A source's card: its outlet (or "Outlet not identified"), headline, day, and the figures the ledger takes from it (its claims). */
export const sourceCard = ({ data }: SourceEntry): CardSpec => ({
  kind: 'source',
  outlet: outletName(data),
  title: data.title,
  published: isoDay(data.published.date),
  figures: data.claims.length,
});

/** A chart's card. */
export const chartCard = (caption: string, chart: CardChart): CardSpec => ({ kind: 'chart', caption, chart });

/**
 * A strike's card, from its page: the page's title, its day, its region as a sentence names it ("the
 * eastern Pacific"), its toll as announced (or that it is a claim never confirmed), its position in words, and its map.
 */
export const strikeCard = (page: Pick<StrikePage, 'strike' | 'title' | 'position'>, region: string, map: CardChart): CardSpec => ({
  kind: 'strike',
  title: page.title,
  date: isoDay(page.strike.date),
  region,
  ...(page.strike.status === 'unconfirmed' ? { toll: 'claimed, never confirmed', counted: false } : { toll: tollText(page.strike), counted: true }),
  position: page.position.text,
  map,
});
