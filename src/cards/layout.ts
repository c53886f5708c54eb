/**
 * How a card is laid out: an element tree for satori (plain objects in the shape React elements have, so
 * no JSX or React is needed), in the site's light colours and its sans-serif, Noto Sans, which the build
 * ships as a package (@fontsource/noto-sans) so that a card is the same on every machine.
 */
import { parseDay } from '../format/dates';
import { capitalise } from '../format/words';
import { drawingSize } from '../charts/standalone';
import { CARD_SIZE, type CardChart, type CardSpec, cardWords, strikeTollNote } from './cards';

/** The family the cards' text is set in, as the renderer is given it. */
export const CARD_FONT = 'Noto Sans';

/** The site's light colours (src/styles/global.css). */
const COLOURS = { bg: '#fdfcfa', fg: '#1c1b19', muted: '#5a5750', rule: '#d9d5cc', link: '#1a4f9c', accent: '#a8430f' };

/** An element as satori reads it. */
export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardNode | CardNode[]; src?: string; width?: number; height?: number };
}
type CardNode = CardElement | string;

const h = (type: string, style: Record<string, string | number>, ...children: CardNode[]): CardElement => ({
  type,
  props: { style, children: children.length === 1 ? children[0] : children },
});

/** An SVG drawing as an image satori places. */
const image = (svg: string, width: number, height: number): CardElement => ({
  type: 'img',
  props: { src: `data:image/svg+xml;base64,${btoa(String.fromCodePoint(...new TextEncoder().encode(svg)))}`, width, height, style: { objectFit: 'contain' } },
});

const PAD = 64;

/** The width a card's words have: the card's, less its padding. */
export const TEXT_WIDTH = CARD_SIZE.width - 2 * PAD;

/**
 * How a source's card sets its words (src/integrations/sourceCard.ts draws them the same way): the outlet,
 * the headline (at most `lines` lines, `lineHeight` times its size apart) and the foot (its day and figures).
 */
export const SOURCE_WORDS = {
  outlet: { size: 34, weight: 600, colour: COLOURS.link },
  headline: { size: 56, weight: 700, colour: COLOURS.fg, lines: 4, lineHeight: 1.15 },
  foot: { size: 28, weight: 400, colour: COLOURS.muted },
} as const;

const BORDER = 12;

/**
 * A line across its box, `height` pixels high: a box of its colour, not a CSS border, which satori draws
 * through three clipping paths that resvg fills a layer of the card's size for, each (a fifth of its time).
 */
const rule = (height: number, colour: string) => h('div', { height, flexShrink: 0, background: colour }, '');

/** The band at the top of every card: the site's mark and name, and what kind of page this is. */
const masthead = (mark: string, siteName: string, kind: string) =>
  h(
    'div',
    { display: 'flex', alignItems: 'center', fontSize: 28, color: COLOURS.muted },
    image(mark, 48, 48),
    h('div', { marginLeft: 18, fontWeight: 700, color: COLOURS.fg }, siteName),
    h('div', { marginLeft: 'auto', textTransform: 'uppercase', letterSpacing: 2, fontSize: 22, color: COLOURS.accent, fontWeight: 600 }, kind),
  );

/** The width of a strike card's words, beside its map. */
export const STRIKE_WORDS = 560;

/**
 * How a strike card sets its toll: large where it is short ("6 killed, 2 survivors"), smaller past 40
 * characters, so that the figures are never cut and the position below keeps its room. The note under it
 * says "as announced", and who was presumed dead later (strikeTollNote).
 */
const tollType = (toll: string) => ({ fontSize: toll.length > 40 ? 32 : 40, lines: 3 });

/** The toll's type as a style. */
const tollStyle = ({ fontSize }: { fontSize: number }) => ({ fontSize, fontWeight: 700, lineHeight: 1.2 });

/** A headline, cut at `lines` lines with an ellipsis. */
const headline = (text: string, size: number, lines: number, color: string = COLOURS.fg) =>
  h('div', { display: 'block', fontSize: size, fontWeight: 700, lineHeight: 1.15, color, lineClamp: lines, marginTop: 28 }, text);

/** Where a chart goes on a card, in the card's pixels. */
export interface ChartPlace {
  svg: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A chart fitted into a box of the card (by default, the card's width), centred in it. The chart is not part of satori's tree:
 * satori would make it an image, inside which the renderer finds no fonts; it is drawn over the laid-out
 * card as SVG (`placeChart`).
 */
function fitChart(chart: CardChart, box: { top: number; height: number; left?: number; width?: number }): ChartPlace {
  const { width: w, height: h0 } = drawingSize(chart.svg);
  const { left = PAD, width: room = CARD_SIZE.width - 2 * PAD } = box;
  const scale = Math.min(room / w, box.height / h0);
  const [width, height] = [Math.round(w * scale), Math.round(h0 * scale)];
  return { svg: chart.svg, x: left + Math.round((room - width) / 2), y: box.top + Math.round((box.height - height) / 2), width, height };
}

/** A laid-out card's SVG (satori's) with its chart drawn in its place. */
export function placeChart(cardSvg: string, place?: ChartPlace): string {
  if (!place) return cardSvg;
  const { x, y, width, height } = place;
  // The drawing's own root, its styles kept (src/charts/standalone.ts), moved and sized to its place.
  const chart = place.svg.replace(/^<svg\b[^>]*>/, (root) =>
    root.replace(/ (x|y|width|height)="[^"]*"/g, '').replace(/^<svg/, `<svg x="${x}" y="${y}" width="${width}" height="${height}" overflow="visible"`),
  );
  return cardSvg.replace(/<\/svg>\s*$/, `${chart}</svg>`);
}

/**
 * The card's element tree, and where its chart goes. `mark` is the site's mark (public/favicon.svg) as SVG
 * text. A source's card `wordless` has its outlet, headline and foot laid out but not drawn (transparent): the
 * template its words are drawn over (src/integrations/sourceCard.ts).
 */
export function cardLayout(spec: CardSpec, mark: string, { wordless = false } = {}): { element: CardElement; chart?: ChartPlace } {
  const { card, site } = cardWords(spec);
  const frame = (kind: string, ...children: CardNode[]) =>
    h(
      'div',
      { width: CARD_SIZE.width, height: CARD_SIZE.height, display: 'flex', flexDirection: 'column', background: COLOURS.bg, color: COLOURS.fg, fontFamily: CARD_FONT },
      h(
        'div',
        {
          // satori sizes the content box, as CSS's content-box does: the card is this, its padding and the band below.
          width: CARD_SIZE.width - 2 * PAD,
          height: CARD_SIZE.height - 2 * PAD - BORDER,
          display: 'flex',
          flexDirection: 'column',
          padding: PAD,
        },
        masthead(mark, site.name, kind),
        ...children,
      ),
      rule(BORDER, COLOURS.link),
    );
  switch (spec.kind) {
    case 'explainer':
      return {
        element: frame(
          card.kinds.explainer,
          headline(spec.title, 44, 2),
          h('div', { fontSize: 24, color: COLOURS.muted, marginTop: 12 }, card.updated(parseDay(spec.updated))),
        ),
        chart: fitChart(spec.chart, { top: 300, height: 300 }),
      };
    case 'source': {
      const { outlet, headline: title, foot } = SOURCE_WORDS;
      const ink = (colour: string) => (wordless ? 'transparent' : colour);
      return {
        element: frame(
          card.kinds.source,
          h('div', { fontSize: outlet.size, fontWeight: outlet.weight, color: ink(outlet.colour), marginTop: 48 }, spec.outlet),
          headline(spec.title, title.size, title.lines, ink(title.colour)),
          h(
            'div',
            { display: 'flex', flexDirection: 'column', marginTop: 'auto' },
            rule(2, COLOURS.rule),
            h(
              'div',
              { display: 'flex', fontSize: foot.size, color: ink(foot.colour), paddingTop: 20 },
              h('div', {}, card.published(parseDay(spec.published))),
              h('div', { marginLeft: 'auto' }, card.figures(spec.figures)),
            ),
          ),
        ),
      };
    }
    case 'strike': {
      // The words on the left, the map on the right.
      const words = STRIKE_WORDS;
      const toll = tollType(spec.toll);
      return {
        element: frame(
          card.kinds.strike,
          h(
            'div',
            { display: 'flex', flexDirection: 'column', width: words, flexGrow: 1 },
            headline(spec.title, 46, 2),
            h('div', { fontSize: 30, color: COLOURS.muted, marginTop: 12 }, capitalise(card.region(spec.region))),
            h('div', { display: 'block', ...tollStyle(toll), color: COLOURS.accent, marginTop: 28, lineClamp: toll.lines }, capitalise(spec.toll)),
            h('div', { display: 'block', fontSize: 26, lineHeight: 1.25, color: COLOURS.muted, marginTop: 4, lineClamp: 2 }, strikeTollNote(spec)),
            h('div', { display: 'block', fontSize: 22, lineHeight: 1.35, color: COLOURS.muted, marginTop: 'auto', lineClamp: 2 }, spec.position),
          ),
        ),
        chart: fitChart(spec.map, { left: PAD + words + 32, width: CARD_SIZE.width - 2 * PAD - words - 32, top: 140, height: CARD_SIZE.height - 140 - PAD - BORDER }),
      };
    }
    case 'chart':
      return { element: frame(card.kinds.chart, headline(spec.caption, 36, 2)), chart: fitChart(spec.chart, { top: 250, height: 350 }) };
    case 'site':
      return {
        element: frame(
        '',
        headline(spec.title, 64, 2),
        h('div', { display: 'block', fontSize: 30, lineHeight: 1.4, color: COLOURS.muted, marginTop: 'auto', lineClamp: 4 }, site.description),
      ),
      };
    default:
      throw new Error(`a card of kind "${(spec as { kind: unknown }).kind}": expected explainer, source, strike, chart or site`);
  }
}
