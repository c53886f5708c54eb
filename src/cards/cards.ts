/**
 * Social cards: the 1200 × 630 picture a link preview shows for each page (OpenGraph's og:image, a large
 * Twitter card). A page says what its card shows, as one of these plain objects; the build writes every
 * card's to `/cards.json` (src/pages/cards.json.ts) and src/integrations/socialCards.ts draws each into
 * `/cards/<name>.png` (src/cards/layout.ts), drawing again only a card whose object changed.
 */
import { inParentheses } from '../format/brackets';
import { isoDay, parseDay } from '../format/dates';
import { lowerFirst, sentences } from '../format/words';
import type { PageImage } from '../domain/articleMeta';
import { outletName, type SourceEntry } from '../domain/sources';
import { announcedToll, presumedLater, type StrikePage } from '../domain/strikePages';
import { type CardWords, type Edition, ENGLISH, type SiteWords, wordsFor } from '../i18n/words';
import { defaultLocale, type Locale } from '../site';

/** A card's size in pixels: what OpenGraph's consumers crop least. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * What one card shows, and in which edition's words (absent: English). Dates are ISO days (YYYY-MM-DD), so
 * that the object is plain JSON.
 */
export type CardSpec = { locale?: Locale } & (
  /** The explainer: its headline, the day it was last updated and the strikes-over-time chart. */
  | { kind: 'explainer'; title: string; updated: string; chart: CardChart }
  /** A source: its outlet, headline and day, and how many of its figures the ledger tracks. */
  | { kind: 'source'; outlet: string; title: string; published: string; figures: number }
  /** A strike's page: its title (the strike and its day), region, toll and position, and its region's map with the strike picked out. */
  | { kind: 'strike'; title: string; date: string; region: string; toll: string; counted: boolean; later?: string; position: string; map: CardChart }
  /** A chart's page and its embed: the chart itself, under its caption. */
  | { kind: 'chart'; caption: string; chart: CardChart }
  /** Any other page: the site's card, with the page's own title. */
  | { kind: 'site'; title: string }
);

/** A chart on a card: its standalone drawing (src/charts/standalone.ts) and its title, which the card's words name. */
export interface CardChart {
  svg: string;
  title: string;
}

/** A card as a page's metadata names it: its address, its words for someone who cannot see it, and its size. */
export type SocialCard = PageImage;

/**
 * The card's name, from the English page's path and the edition: `/sources/x/` is `sources/x`, the home
 * page `index`; a Spanish page's card is under `es/` (`es/index`).
 */
export const cardName = (pathname: string, locale: Locale = defaultLocale) =>
  `${locale === defaultLocale ? '' : `${locale}/`}${pathname.replace(/^\/|\/$/g, '') || 'index'}`;

/** The words a card is written in: its edition's, the site's name and description among them. */
export const cardWords = (spec: CardSpec): { card: CardWords; site: SiteWords } => {
  const words = wordsFor(spec.locale ?? defaultLocale);
  return { card: words.cards, site: words.site };
};

/** Where a page's card is served. */
export const cardHref = (name: string) => `/cards/${name}.png`;

/** Under a strike card's toll: "as announced", then who was presumed dead later, which no announcement counted. */
export function strikeTollNote(spec: Extract<CardSpec, { kind: 'strike' }>): string {
  const note = cardWords(spec).card.tollNote(spec.counted);
  return spec.later ? `${note}; ${spec.later}` : note;
}

/** What a card shows, in words: its og:image:alt. */
export function cardAlt(spec: CardSpec): string {
  const { card, site } = cardWords(spec);
  switch (spec.kind) {
    case 'explainer':
      return sentences(spec.title, card.updated(parseDay(spec.updated)), `${card.chart}: ${spec.chart.title}`, site.name);
    case 'source':
      return sentences(`${spec.outlet}: ${spec.title}`, card.published(parseDay(spec.published)), card.figures(spec.figures), site.name);
    case 'strike':
      return sentences(`${spec.title}, ${card.region(spec.region)}: ${spec.toll}, ${strikeTollNote(spec)}`, spec.position, `${card.map}: ${spec.map.title}`, site.name);
    case 'chart':
      return sentences(`${card.chart}: ${spec.caption}`, site.name);
    case 'site':
      // After a colon a phrase goes on in lower case, in both languages: "Ataques en el mar: una explicación…".
      return `${spec.title === site.name ? site.name : `${sentences(spec.title)} ${site.name}`}: ${lowerFirst(site.description)}`;
  }
}

/** An edition's mark on a card: none for English, so that English cards stay as they were drawn. */
const inEdition = (locale: Locale) => (locale === defaultLocale ? {} : { locale });

/** A page's card, as its metadata names it. */
export const socialCard = (name: string, spec: CardSpec): SocialCard => ({ src: cardHref(name), alt: cardAlt(spec), ...CARD_SIZE });

/** Any page of an edition without a card of its own. */
export const siteCard = (locale: Locale = defaultLocale): CardSpec => ({ kind: 'site', title: wordsFor(locale).site.name, ...inEdition(locale) });

/** The explainer's card, in its edition's words. */
export const explainerCard = (explainer: { title: string; updated: Date }, chart: CardChart, locale: Locale = defaultLocale): CardSpec => ({
  kind: 'explainer',
  title: explainer.title,
  updated: isoDay(explainer.updated),
  chart,
  ...inEdition(locale),
});

/** A source's card: its outlet (or "Outlet not identified"), headline, day, and the figures the ledger takes from it (its claims). */
export const sourceCard = ({ data }: SourceEntry): CardSpec => ({
  kind: 'source',
  // A title of ours says so, on the outlet's line (a long title is cut short at its fourth): shared, the card stands alone.
  outlet: `${outletName(data)}${data.titleFrom === 'editors' ? ` ${inParentheses(ENGLISH.words.sources.titleOurs)}` : ''}`,
  title: data.title,
  published: isoDay(data.published.date),
  figures: data.claims.length,
});

/** A chart's card, in its edition's words. */
export const chartCard = (caption: string, chart: CardChart, locale: Locale = defaultLocale): CardSpec => ({ kind: 'chart', caption, chart, ...inEdition(locale) });

/** A strike card's `later`, where anyone was presumed dead later. */
const laterOf = (later: string) => (later ? { later } : {});

/**
 * A strike's card, from its page: the page's title, its day, its region as a sentence names it ("the
 * eastern Pacific"), its toll as announced (or that it is a claim never confirmed) and who was presumed dead later, its position in words, and its map.
 */
export const strikeCard = (page: Pick<StrikePage, 'strike' | 'title' | 'position'>, region: string, map: CardChart, edition: Edition = ENGLISH): CardSpec => ({
  kind: 'strike',
  title: page.title,
  date: isoDay(page.strike.date),
  region,
  ...(page.strike.status === 'unconfirmed' ? { toll: edition.words.cards.unconfirmed, counted: false } : { toll: announcedToll(page.strike, edition), counted: true, ...laterOf(presumedLater(page.strike, edition)) }),
  position: page.position.text,
  map,
  ...inEdition(edition.locale),
});

/**
 * Where a build takes each card's JSON as its pages are rendered (src/integrations/socialCards.ts registers
 * it at the build's start, on this key, so that drawing overlaps rendering); absent in the dev server.
 */
export const CARD_DRAWER = Symbol.for('strikes:social-cards');

/** What a build's card drawing takes: a card's JSON, as `/cards.json` holds it. */
export interface CardDrawer {
  offer(json: string): void;
}

/** A card's JSON, as `/cards.json` holds it, handed to the build's drawing when there is one. */
export function cardJson(spec: CardSpec): string {
  const json = JSON.stringify(spec);
  (globalThis as { [CARD_DRAWER]?: CardDrawer })[CARD_DRAWER]?.offer(json);
  return json;
}
