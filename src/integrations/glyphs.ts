/**
 * Type for the fast path of source cards (src/integrations/sourceCard.ts): the cards' font files shaped by
 * HarfBuzz, as satori shapes them (its own copy of harfbuzzjs, over the same files), and each glyph drawn
 * once by resvg, at a size and a tenth-of-a-pixel offset, as the coverage its pixels get.
 */
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import type { HarfBuzz, HbFont } from 'harfbuzzjs';

// Required, not imported: the package's export is a promise, which an import's interop would wrap.
const harfbuzz = createRequire(import.meta.url)('harfbuzzjs') as Promise<HarfBuzz>;

/** Why the fast path cannot draw a card; the card is then laid out by satori. */
export class NotFast extends Error {}

/** A WOFF 1.0 file (what @fontsource ships) as the TrueType font it holds: its tables inflated. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF file');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + 20 * i;
    const [offset, compressed, length] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const raw = woff.subarray(offset, offset + compressed);
    return { tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? inflateSync(raw) : raw };
  });
  // The flavour: TrueType or CFF.
  return sfntOf(woff.readUInt32BE(4), tables);
}

/** A font table: its tag (4 bytes), its checksum and its bytes. */
export interface FontTable {
  tag: Buffer;
  checksum: number;
  data: Buffer;
}

/** A TrueType or OpenType font (`flavour`) of these tables, in the order given, each padded to 4 bytes. */
export function sfntOf(flavour: number, tables: readonly FontTable[]): Buffer {
  const count = tables.length;
  const head = Buffer.alloc(12 + 16 * count);
  head.writeUInt32BE(flavour, 0);
  head.writeUInt16BE(count, 4);
  const power = 2 ** Math.floor(Math.log2(count));
  head.writeUInt16BE(power * 16, 6);
  head.writeUInt16BE(Math.log2(power), 8);
  head.writeUInt16BE(count * 16 - power * 16, 10);
  const parts: Buffer[] = [head];
  let offset = head.length;
  tables.forEach(({ tag, checksum, data }, i) => {
    const at = 12 + 16 * i;
    tag.copy(head, at);
    head.writeUInt32BE(checksum, at + 4);
    head.writeUInt32BE(offset, at + 8);
    head.writeUInt32BE(data.length, at + 12);
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** A shaped glyph: its font (an index into the face's files), its id, and its advance and offsets in font units. */
export interface Glyph {
  file: number;
  g: number;
  ax: number;
  dx: number;
  dy: number;
}

/** A path command in font units, y up: its letter and its points. */
type Command = [string, ...number[]];

/** One weight of the cards' type: its files in the order satori is given them (Latin, then Latin Extended). */
export class Face {
  readonly #files: { font: HbFont; upem: number; paths: Map<number, Command[]> }[];
  readonly #shaped = new Map<string, Glyph[]>();
  readonly #fileOf = new Map<string, number>();
  readonly #hb: HarfBuzz;

  private constructor(hb: HarfBuzz, files: Buffer[]) {
    this.#hb = hb;
    this.#files = files.map((file) => {
      const blob = hb.createBlob(new Uint8Array(woffToSfnt(file)));
      const face = hb.createFace(blob, 0);
      const font = hb.createFont(face);
      // Advances in font units, as satori asks for them.
      font.setScale(face.upem, face.upem);
      return { font, upem: face.upem, paths: new Map() };
    });
  }

  static async load(files: Buffer[]): Promise<Face> {
    return new Face(await harfbuzz, files);
  }

  /** Font units in a pixel at `size`. */
  scale(file: number, size: number) {
    return size / this.#files[file]!.upem;
  }

  #shapeIn(file: number, text: string): Glyph[] {
    const buffer = this.#hb.createBuffer();
    try {
      buffer.addText(text);
      buffer.guessSegmentProperties();
      this.#hb.shape(this.#files[file]!.font, buffer);
      return buffer.json().map(({ g, ax, dx, dy }) => ({ file, g, ax, dx, dy }));
    } finally {
      buffer.destroy();
    }
  }

  /** Which file draws a character: the first that has a glyph for all of it, as satori picks. */
  #file(grapheme: string): number {
    let file = this.#fileOf.get(grapheme);
    if (file === undefined) {
      file = this.#files.findIndex((_, i) => this.#shapeIn(i, grapheme).every((glyph) => glyph.g !== 0));
      if (file < 0) throw new NotFast(`no glyph for “${grapheme}”`);
      this.#fileOf.set(grapheme, file);
    }
    return file;
  }

  /** `text` shaped: split into runs by the file that draws each character, each run shaped on its own. */
  shape(text: string): Glyph[] {
    let glyphs = this.#shaped.get(text);
    if (!glyphs) {
      glyphs = [];
      let run = '';
      let runFile = -1;
      for (const { segment } of graphemes.segment(text)) {
        const file = this.#file(segment);
        if (file !== runFile && run) {
          glyphs.push(...this.#shapeIn(runFile, run));
          run = '';
        }
        runFile = file;
        run += segment;
      }
      if (run) glyphs.push(...this.#shapeIn(runFile, run));
      this.#shaped.set(text, glyphs);
    }
    return glyphs;
  }

  /** `text`'s width in pixels at `size`: its glyphs' advances. */
  measure(text: string, size: number): number {
    let width = 0;
    for (const glyph of this.shape(text)) width += glyph.ax * this.scale(glyph.file, size);
    return width;
  }

  /** A glyph's outline, in font units, y up. */
  outline(file: number, g: number): Command[] {
    const { font, paths } = this.#files[file]!;
    let commands = paths.get(g);
    if (!commands) {
      commands = [...font.glyphToPath(g).matchAll(/([MLQCZ])([^MLQCZ]*)/g)].map(([, letter, numbers]) => [letter!, ...numbers!.split(/[ ,]/).filter(Boolean).map(Number)]);
      paths.set(g, commands);
    }
    return commands;
  }
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A glyph's coverage: a byte a pixel, `width` × `height`, its top left at (`left`, `top`) from the pixel its origin is in. */
export interface Coverage {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

/** Rounded to a tenth of a pixel, half away from zero, as satori writes a glyph's points. */
const tenth = (value: number) => (value < 0 ? -Math.round(-value * 10) : Math.round(value * 10)) / 10;

/**
 * Each glyph drawn once per size and per offset from the pixel grid (in tenths of a pixel, as satori rounds
 * a glyph's points): by resvg, as a path filled as satori's path is, its alpha kept as the glyph's coverage.
 */
export class GlyphCache {
  readonly #drawn = new Map<string, Coverage>();
  readonly face: Face;
  constructor(face: Face) {
    this.face = face;
  }

  /** The coverage of `glyph` at `size` px, its origin `fx`, `fy` tenths of a pixel right of and below a pixel's corner. */
  get(glyph: Glyph, size: number, fx: number, fy: number): Coverage | undefined {
    const key = `${glyph.file} ${glyph.g} ${size} ${fx} ${fy}`;
    if (this.#drawn.has(key)) return this.#drawn.get(key);
    const commands = this.face.outline(glyph.file, glyph.g);
    const coverage = commands.length ? this.#draw(commands, this.face.scale(glyph.file, size), fx / 10, fy / 10) : undefined;
    this.#drawn.set(key, coverage!);
    return coverage;
  }

  #draw(commands: Command[], scale: number, ox: number, oy: number): Coverage {
    // The points as satori writes them: from the glyph's origin, rounded to a tenth of a pixel.
    const points = commands.map(([letter, ...xy]) => [letter, ...xy.map((v, i) => (i % 2 ? tenth(oy - v * scale) : tenth(ox + v * scale)))] as Command);
    const xs = points.flatMap(([, ...xy]) => xy.filter((_, i) => i % 2 === 0));
    const ys = points.flatMap(([, ...xy]) => xy.filter((_, i) => i % 2 === 1));
    const [left, top] = [Math.floor(Math.min(...xs)) - 1, Math.floor(Math.min(...ys)) - 1];
    const [width, height] = [Math.ceil(Math.max(...xs)) + 2 - left, Math.ceil(Math.max(...ys)) + 2 - top];
    const d = points.map(([letter, ...xy]) => `${letter}${xy.map((v, i) => tenth(v - (i % 2 ? top : left))).join(' ')}`).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><path fill="#000" d="${d}"/></svg>`;
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    const alpha = new Uint8Array(width * height);
    for (let i = 0; i < alpha.length; i++) alpha[i] = pixels[4 * i + 3]!;
    return { left, top, width, height, alpha };
  }
}
