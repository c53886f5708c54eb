/**
 * The fast path for a source's card, most of a build's cards: only its words change, so the card is
 * composed rather than laid out and drawn. Its fixed parts (background, masthead, rule, band) are drawn once
 * per edition by satori and resvg as a template, with the words laid out but transparent; the words are then
 * laid out here as satori lays them out (src/cards/layout.ts's sizes and colours, HarfBuzz's shaping of the
 * same font files, its line breaking and its ellipsis), and drawn from a cache of glyphs
 * (src/integrations/glyphs.ts) over the template. What this cannot lay out as satori would (a character the
 * font lacks, right-to-left text, a line break or unusual spaces in the text, an outlet or a foot that
 * would wrap, a word wider than a line) is left to satori: `drawSourceCard` says why.
 */
import { Resvg } from '@resvg/resvg-js';
import LineBreaker from 'linebreak';
import satori from 'satori';
import { CARD_SIZE, type CardSpec, cardWords } from '../cards/cards';
import { cardLayout, SOURCE_WORDS, TEXT_WIDTH } from '../cards/layout';
import { parseDay } from '../format/dates';
import type { Locale } from '../site';
import { Face, GlyphCache, NotFast } from './glyphs';
import { palettePng, paletteOf } from './png';
import type { CardFonts } from './socialCards';

type SourceSpec = Extract<CardSpec, { kind: 'source' }>;
type TextStyle = { size: number; weight: number; colour: string };

/** A run of text as satori draws it: shaped as one, from `left` (from its box's left), on line `line`. */
interface Run {
  text: string;
  left: number;
  line: number;
}

/** Text satori would lay out otherwise than as plain words with single spaces between them, or right to left. */
const UNUSUAL = /^\s|\s$|\s\s|[^\S ]|[\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2066-\u2069]|[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|\p{Extended_Pictographic}/u;
const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ELLIPSIS = '…';

/**
 * `text` set in a box `width` wide, at most `limit` lines, as satori sets a block of text (src/text/index.ts
 * in satori 0.63): broken where Unicode's line breaking allows, greedily, a line's last spaces left out of
 * its width; each word's pieces shaped together up to a space; the last line allowed, if more follow, ending
 * in an ellipsis after as much of the piece that does not fit as fits. Lines start on whole pixels when there
 * are more than one.
 */
export function setText(face: Face, text: string, size: number, width: number, limit = Infinity): { runs: Run[]; lines: number; widths: number[] } {
  if (!text || UNUSUAL.test(text)) throw new NotFast('text with line breaks, unusual spaces or right-to-left characters');
  const measure = (s: string) => face.measure(s, size);
  const breaker = new LineBreaker(text);
  const parts: string[] = [];
  for (let last = 0, next = breaker.nextBreak(); next; last = next.position, next = breaker.nextBreak()) {
    if (next.required && next.position < text.length) throw new NotFast('a required line break');
    parts.push(text.slice(last, next.position));
  }
  // The flow: each piece of each word, where it goes.
  const pieces: { text: string; x: number; width: number; line: number }[] = [];
  const widths: number[] = [];
  let [lines, current, lastEnding] = [0, 0, 0];
  for (let i = 0; i < parts.length && lines < limit; i++) {
    const word = parts[i]!;
    const w = measure(word);
    const ending = word.trimEnd() === word ? 0 : w - measure(word.trimEnd());
    const wraps = i > 0 && current + w > width + ending;
    if (w > width && (!current || wraps)) throw new NotFast(`a word wider than its line: “${word}”`);
    if (wraps) {
      widths.push(current - lastEnding);
      lines++;
      current = w;
    } else current += w;
    let x = current - w;
    for (const { segment } of words.segment(word)) {
      const pieceWidth = measure(segment);
      pieces.push({ text: segment, x, width: pieceWidth, line: lines });
      x += pieceWidth;
    }
    lastEnding = ending;
  }
  if (current) {
    lines++;
    widths.push(current);
  }
  const several = widths.length > 1;
  const ellipsisWidth = measure(ELLIPSIS);
  const runs: Run[] = [];
  let skipped = -1;
  let buffer: { text: string; left: number } | undefined;
  for (const [i, piece] of pieces.entries()) {
    const next = pieces[i + 1];
    // The lines after the last allowed are not drawn.
    if (piece.line === skipped || piece.line >= limit) continue;
    const left = several ? Math.round(piece.x) : piece.x;
    let pieceText = piece.text;
    let ends = false;
    if (limit !== Infinity && piece.line + 1 === limit && (piece.line < widths.length - 1 || widths[piece.line]! > width)) {
      if (left + piece.width + ellipsisWidth > width || (next && next.line !== piece.line)) {
        // As much of the piece as fits before the ellipsis (at least a character at a line's start).
        let kept = '';
        for (const { segment } of graphemes.segment(pieceText.replace(/\s+$/, ''))) {
          if ((kept || piece.x > 0) && left + measure(kept + segment) + ellipsisWidth > width) break;
          kept += segment;
        }
        pieceText = kept + ELLIPSIS;
        skipped = piece.line;
        ends = true;
      }
    }
    // Pieces on a line are shaped together up to a space, and drawn from the first one's place.
    if (pieceText !== ' ' && next && next.line === piece.line && !ends) {
      buffer = buffer ? { ...buffer, text: buffer.text + pieceText } : { text: pieceText, left };
      continue;
    }
    runs.push(buffer ? { text: buffer.text + pieceText, left: buffer.left, line: piece.line } : { text: pieceText, left, line: piece.line });
    buffer = undefined;
  }
  return { runs, lines: widths.length, widths };
}

/** Where a text goes on the card: its box's left and its first line's baseline, in pixels. */
interface Place {
  left: number;
  baseline: number;
}

/**
 * A template: the card's fixed parts as resvg's pixels (each as one number, as a Uint32Array reads its four
 * bytes), as a palette and rows of places in it (src/integrations/png.ts), and where each of the words goes.
 */
interface Template {
  pixels: Uint32Array;
  colours: number[];
  index: Map<number, number>;
  rows: Buffer;
  outlet: Place;
  headline: Place;
  published: Place;
  /** The right edge of the figures' box: the figures are at its right. */
  figuresRight: number;
  figuresBaseline: number;
}

/** The bounding box of the points of satori's path for each text in `fill`, in the SVG's order: [left, bottom]. */
function inkBoxes(svg: string, fill: string): [number, number][] {
  return [...svg.matchAll(/<path fill="([^"]+)" d="([^"]+)"/g)]
    .filter((m) => m[1] === fill)
    .map((m) => {
      const numbers = m[2]!.match(/-?[\d.]+/g)!.map(Number);
      return [Math.min(...numbers.filter((_, i) => i % 2 === 0)), Math.max(...numbers.filter((_, i) => i % 2 === 1))];
    });
}

/**
 * The source cards of one site mark and set of fonts: a template per edition, drawn once, and the glyphs
 * drawn so far. Deterministic: a glyph is drawn the same whenever it is first needed.
 */
export class SourceCards {
  readonly #faces: Map<number, GlyphCache>;
  readonly #templates = new Map<string, Promise<Template>>();
  readonly #mark: string;
  readonly #fonts: CardFonts;
  /** Each colour's coverage, reused from card to card. */
  readonly #planes = new Map<string, Uint8Array>();

  private constructor(mark: string, fonts: CardFonts, faces: Map<number, GlyphCache>) {
    this.#mark = mark;
    this.#fonts = fonts;
    this.#faces = faces;
  }

  static async start(mark: string, fonts: CardFonts): Promise<SourceCards> {
    const faces = new Map<number, GlyphCache>();
    for (const weight of new Set(fonts.satori.map((f) => f.weight)))
      faces.set(weight, new GlyphCache(await Face.load(fonts.satori.filter((f) => f.weight === weight).map((f) => f.data))));
    return new SourceCards(mark, fonts, faces);
  }

  #glyphs(style: TextStyle): GlyphCache {
    const glyphs = this.#faces.get(style.weight);
    if (!glyphs) throw new NotFast(`no font of weight ${style.weight}`);
    return glyphs;
  }

  async #svg(spec: SourceSpec, wordless: boolean) {
    const { element } = cardLayout(spec, this.#mark, { wordless });
    return satori(element as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: this.#fonts.satori });
  }

  /**
   * An edition's template: the card without its words, and where satori puts them, read from its drawing
   * of a card with known words (the leftmost and lowest of each text's points, against the same glyphs' outlines).
   */
  #template(locale: Locale | undefined): Promise<Template> {
    const key = locale ?? '';
    let template = this.#templates.get(key);
    if (!template) {
      template = (async () => {
        const probe: SourceSpec = { kind: 'source', outlet: 'H', title: 'H', published: '2025-12-01', figures: 1, ...(locale ? { locale } : {}) };
        const svg = await this.#svg(probe, false);
        const { outlet, headline, foot } = SOURCE_WORDS;
        const [outletAt] = inkBoxes(svg, outlet.colour);
        const headlineAt = inkBoxes(svg, headline.colour).at(-1);
        const [publishedAt, figuresAt] = inkBoxes(svg, foot.colour);
        if (!outletAt || !headlineAt || !publishedAt || !figuresAt) throw new NotFast('the template’s words were not where expected');
        const { card } = cardWords(probe);
        /** The box's left and baseline that put `text`'s points where satori put them: its leftmost and lowest. */
        const place = (style: TextStyle, text: string, [x, y]: [number, number]): Place & { width: number } => {
          const face = this.#glyphs(style).face;
          const { runs, widths } = setText(face, text, style.size, TEXT_WIDTH);
          const [xs, ys] = [[] as number[], [] as number[]];
          for (const run of runs) {
            let cursor = run.left;
            for (const glyph of face.shape(run.text)) {
              const scale = face.scale(glyph.file, style.size);
              for (const [, ...points] of face.outline(glyph.file, glyph.g))
                points.forEach((v, i) => (i % 2 ? ys.push(-(glyph.dy + v) * scale) : xs.push(cursor + (glyph.dx + v) * scale)));
              cursor += glyph.ax * scale;
            }
          }
          return { left: Math.round(x - Math.min(...xs)), baseline: Math.round(y - Math.max(...ys)), width: widths[0]! };
        };
        const figures = place(foot, card.figures(1), figuresAt);
        const { width, height } = CARD_SIZE;
        const drawn = new Uint8Array(new Resvg(await this.#svg(probe, true), { font: { fontBuffers: [], loadSystemFonts: false } as never }).render().pixels);
        const indexes = paletteOf(drawn, width, height);
        if (!indexes) throw new NotFast('a template of more than 256 colours');
        return {
          pixels: new Uint32Array(drawn.buffer, 0, width * height),
          ...indexes,
          index: new Map(indexes.colours.map((colour, i) => [colour, i])),
          outlet: place(outlet, probe.outlet, outletAt),
          headline: place(headline, probe.title, headlineAt),
          published: place(foot, card.published(parseDay(probe.published)), publishedAt),
          figuresRight: figures.left + Math.ceil(figures.width),
          figuresBaseline: figures.baseline,
        };
      })();
      this.#templates.set(key, template);
    }
    return template;
  }

  #plane(colour: string) {
    let plane = this.#planes.get(colour);
    if (!plane) this.#planes.set(colour, (plane = new Uint8Array(CARD_SIZE.width * CARD_SIZE.height)));
    return plane;
  }

  /** Adds `runs`' glyphs' coverage to their colour's plane; returns the rows and columns they touched. */
  #ink(runs: Run[], style: TextStyle, place: Place, lineHeight: number, box: Box) {
    const glyphs = this.#glyphs(style);
    const plane = this.#plane(style.colour);
    const { width, height } = CARD_SIZE;
    for (const run of runs) {
      let cursor = place.left + run.left;
      const baseline = place.baseline + run.line * lineHeight;
      for (const glyph of glyphs.face.shape(run.text)) {
        const scale = glyphs.face.scale(glyph.file, style.size);
        const [gx, gy] = [cursor + glyph.dx * scale, baseline - glyph.dy * scale];
        let [ix, fx] = [Math.floor(gx), Math.round((gx - Math.floor(gx)) * 10)];
        if (fx === 10) [ix, fx] = [ix + 1, 0];
        let [iy, fy] = [Math.floor(gy), Math.round((gy - Math.floor(gy)) * 10)];
        if (fy === 10) [iy, fy] = [iy + 1, 0];
        const coverage = glyphs.get(glyph, style.size, fx, fy);
        cursor += glyph.ax * scale;
        if (!coverage) continue;
        const [x0, y0] = [ix + coverage.left, iy + coverage.top];
        if (x0 < 0 || y0 < 0 || x0 + coverage.width > width || y0 + coverage.height > height) throw new NotFast('a glyph outside the card');
        for (let y = 0; y < coverage.height; y++) {
          const row = (y0 + y) * width + x0;
          for (let x = 0, k = y * coverage.width; x < coverage.width; x++, k++) {
            const a = coverage.alpha[k]!;
            if (a) plane[row + x] = Math.min(255, plane[row + x]! + a);
          }
        }
        box.add(style.colour, x0, y0, x0 + coverage.width, y0 + coverage.height);
      }
    }
  }

  /** A source's card as a PNG, or why it must be laid out by satori. */
  async draw(spec: SourceSpec): Promise<Buffer> {
    const template = await this.#template(spec.locale);
    const { card } = cardWords(spec);
    const { outlet, headline, foot } = SOURCE_WORDS;
    const face = (style: TextStyle) => this.#glyphs(style).face;
    const outletText = setText(face(outlet), spec.outlet, outlet.size, TEXT_WIDTH);
    const headlineText = setText(face(headline), spec.title, headline.size, TEXT_WIDTH, headline.lines);
    const published = setText(face(foot), card.published(parseDay(spec.published)), foot.size, TEXT_WIDTH);
    const figures = setText(face(foot), card.figures(spec.figures), foot.size, TEXT_WIDTH);
    if (outletText.lines > 1) throw new NotFast('an outlet that would wrap');
    if (published.widths[0]! + figures.widths[0]! > TEXT_WIDTH || published.lines > 1 || figures.lines > 1) throw new NotFast('a foot that would wrap');
    const box = new Box();
    try {
      this.#ink(outletText.runs, outlet, template.outlet, 0, box);
      this.#ink(headlineText.runs, headline, template.headline, Math.round(headline.size * headline.lineHeight), box);
      this.#ink(published.runs, foot, template.published, 0, box);
      const figuresLeft = template.figuresRight - Math.ceil(figures.widths[0]!);
      this.#ink(figures.runs, foot, { left: figuresLeft, baseline: template.figuresBaseline }, 0, box);
      const image: Image = { rows: Buffer.from(template.rows), colours: [...template.colours], index: new Map(template.index) };
      for (const [colour, [x0, y0, x1, y1]] of box.boxes) blend(template, image, this.#plane(colour), colour, x0, y0, x1, y1);
      return palettePng(CARD_SIZE.width, CARD_SIZE.height, image.colours, image.rows);
    } finally {
      for (const [colour, [x0, y0, x1, y1]] of box.boxes) {
        const plane = this.#plane(colour);
        for (let y = y0; y < y1; y++) plane.fill(0, y * CARD_SIZE.width + x0, y * CARD_SIZE.width + x1);
      }
    }
  }
}

/** The rectangle each colour's ink covers: [left, top, right, bottom). */
class Box {
  readonly boxes = new Map<string, [number, number, number, number]>();
  add(colour: string, x0: number, y0: number, x1: number, y1: number) {
    const b = this.boxes.get(colour);
    if (!b) this.boxes.set(colour, [x0, y0, x1, y1]);
    else this.boxes.set(colour, [Math.min(b[0], x0), Math.min(b[1], y0), Math.max(b[2], x1), Math.max(b[3], y1)]);
  }
}

/** A card being composed: its rows of palette places (the template's, copied), its palette, and the colours' places. */
interface Image {
  rows: Buffer;
  colours: number[];
  index: Map<number, number>;
}

/**
 * `colour` over the template's (opaque) pixels in the rectangle, as much as the plane covers each, as resvg
 * fills a path; each pixel written as its place in the palette, a colour new to it added. A template colour
 * under a coverage makes the same colour wherever it is: each pair is worked out once.
 */
function blend(template: Template, image: Image, plane: Uint8Array, colour: string, x0: number, y0: number, x1: number, y1: number) {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
  const over = (c: number, under: number, a: number) => Math.round((c * a + under * (255 - a)) / 255);
  const places = new Int16Array(256 * 256).fill(-1);
  const { width } = CARD_SIZE;
  for (let y = y0; y < y1; y++)
    for (let x = x0, k = y * width + x0, at = y * (width + 1) + 1 + x0; x < x1; x++, k++, at++) {
      const a = plane[k]!;
      if (!a) continue;
      const pair = (template.rows[at]! << 8) | a;
      let i = places[pair]!;
      if (i < 0) {
        const under = template.pixels[k]!;
        const mixed = (over(r, under & 0xff, a) | (over(g, (under >>> 8) & 0xff, a) << 8) | (over(b, (under >>> 16) & 0xff, a) << 16) | (0xff << 24)) >>> 0;
        i = image.index.get(mixed) ?? -1;
        if (i < 0) {
          if (image.colours.length === 256) throw new NotFast('more than 256 colours');
          image.index.set(mixed, (i = image.colours.length));
          image.colours.push(mixed);
        }
        places[pair] = i;
      }
      image.rows[at] = i;
    }
}

const started = new WeakMap<CardFonts, Map<string, Promise<SourceCards>>>();

/** A source's card drawn by the fast path, or why it cannot be (`slow`: then satori lays it out). */
export async function drawSourceCard(spec: SourceSpec, mark: string, fonts: CardFonts): Promise<{ png: Buffer } | { slow: string }> {
  let byMark = started.get(fonts);
  if (!byMark) started.set(fonts, (byMark = new Map()));
  let cards = byMark.get(mark);
  if (!cards) byMark.set(mark, (cards = SourceCards.start(mark, fonts)));
  try {
    return { png: await (await cards).draw(spec) };
  } catch (error) {
    if (error instanceof NotFast) return { slow: error.message };
    throw error;
  }
}
