/**
 * The cards' font files as resvg reads them, for the words of a drawing's SVG (a chart, a strike's map). resvg-js
 * 2.6's Node build reads fonts from files alone, TrueType or OpenType: the WOFF buffers it was given before were
 * read at each drawing (12 ms of it) and not used, every word drawn in a font of the machine's (Liberation Sans
 * here). And where a font lacks a character of a text, resvg shapes the whole text again in another font and
 * takes its glyphs only where both give as many, which a character Latin's file decomposes breaks: so
 * Latin's and Latin Extended's files are merged into one font a weight, which lacks none of them.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sfntOf, woffToSfnt } from './glyphs';

/** A TrueType font's tables, by tag. */
function tablesOf(sfnt: Buffer): Map<string, Buffer> {
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < sfnt.readUInt16BE(4); i++) {
    const at = 12 + 16 * i;
    tables.set(sfnt.toString('latin1', at, at + 4), sfnt.subarray(sfnt.readUInt32BE(at + 8), sfnt.readUInt32BE(at + 8) + sfnt.readUInt32BE(at + 12)));
  }
  return tables;
}

/** A TrueType font of these tables (sorted by tag, as the format asks; sfntOf), its checksums left at 0: no reader here checks them. */
const trueTypeOf = (tables: Map<string, Buffer>): Buffer =>
  sfntOf(
    0x00010000,
    [...tables.keys()].sort().map((tag) => ({ tag: Buffer.from(tag, 'latin1'), checksum: 0, data: tables.get(tag)! })),
  );

/** A font's characters and their glyphs, from its cmap's Windows Unicode subtable (format 4, as @fontsource's files have it). */
function charactersOf(cmap: Buffer): Map<number, number> {
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + 8 * i),
    encoding: cmap.readUInt16BE(6 + 8 * i),
    at: cmap.readUInt32BE(8 + 8 * i),
  }));
  const windows = subtables.find((t) => t.platform === 3 && t.encoding === 1 && cmap.readUInt16BE(t.at) === 4);
  if (!windows) throw new Error('social cards: a card font has no Windows Unicode cmap of format 4');
  const t = cmap.subarray(windows.at);
  const segments = t.readUInt16BE(6) / 2;
  const [ends, starts, deltas, rangeOffsets] = [14, 16 + 2 * segments, 16 + 4 * segments, 16 + 6 * segments];
  const map = new Map<number, number>();
  for (let s = 0; s < segments; s++) {
    const [end, start, delta, rangeOffset] = [t.readUInt16BE(ends + 2 * s), t.readUInt16BE(starts + 2 * s), t.readInt16BE(deltas + 2 * s), t.readUInt16BE(rangeOffsets + 2 * s)];
    for (let code = start; code <= end && code !== 0xffff; code++) {
      const glyph = rangeOffset === 0 ? (code + delta) & 0xffff : t.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
      const mapped = rangeOffset === 0 || glyph === 0 ? glyph : (glyph + delta) & 0xffff;
      if (mapped !== 0) map.set(code, mapped);
    }
  }
  return map;
}

/** A cmap of one format-12 subtable (Windows, full Unicode) for these characters and glyphs. */
function cmapOf(characters: Map<number, number>): Buffer {
  const codes = [...characters.keys()].sort((a, b) => a - b);
  const groups: [start: number, end: number, glyph: number][] = [];
  for (const code of codes) {
    const last = groups.at(-1);
    if (last && code === last[1] + 1 && characters.get(code) === last[2] + (code - last[0])) last[1] = code;
    else groups.push([code, code, characters.get(code)!]);
  }
  const table = Buffer.alloc(12 + 16 + 12 * groups.length);
  table.writeUInt16BE(1, 2);
  table.writeUInt16BE(3, 4);
  table.writeUInt16BE(10, 6);
  table.writeUInt32BE(12, 8);
  const t = table.subarray(12);
  t.writeUInt16BE(12, 0);
  t.writeUInt32BE(t.length, 4);
  t.writeUInt32BE(groups.length, 12);
  groups.forEach(([start, end, glyph], i) => {
    t.writeUInt32BE(start, 16 + 12 * i);
    t.writeUInt32BE(end, 20 + 12 * i);
    t.writeUInt32BE(glyph, 24 + 12 * i);
  });
  return table;
}

/** Each glyph's bytes in a `glyf` table, from its `loca` (short or long, as `head` says). */
function glyphsOf(tables: Map<string, Buffer>): Buffer[] {
  const [glyf, loca, head, maxp] = ['glyf', 'loca', 'head', 'maxp'].map((tag) => tables.get(tag)!);
  const long = head.readInt16BE(50) === 1;
  const offset = (i: number) => (long ? loca.readUInt32BE(4 * i) : 2 * loca.readUInt16BE(2 * i));
  return Array.from({ length: maxp.readUInt16BE(4) }, (_, i) => glyf.subarray(offset(i), offset(i + 1)));
}

/** A composite glyph with each component's glyph id moved by `shift` (a copy); a simple glyph as it is. */
function shiftedComponents(glyph: Buffer, shift: number): Buffer {
  if (glyph.length === 0 || glyph.readInt16BE(0) >= 0) return glyph;
  const copy = Buffer.from(glyph);
  let at = 10;
  for (;;) {
    const flags = copy.readUInt16BE(at);
    copy.writeUInt16BE(copy.readUInt16BE(at + 2) + shift, at + 2);
    at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
    if (!(flags & 0x0020)) return copy;
  }
}

/**
 * One font of two subsets of a family at one weight (Latin's and Latin Extended's, as @fontsource splits them):
 * `base`'s glyphs and tables, kerning and substitutions included, with `more`'s glyphs after them and each
 * character `base` lacks mapped to `more`'s glyph. resvg draws a text in one font and finds another for one
 * character of it at most; in one font, it needs none.
 */
export function mergedFont(base: Buffer, more: Buffer): Buffer {
  const [a, b] = [tablesOf(base), tablesOf(more)];
  const [glyphsA, glyphsB] = [glyphsOf(a), glyphsOf(b)];
  const shift = glyphsA.length;
  const glyphs = [...glyphsA, ...glyphsB.map((glyph) => shiftedComponents(glyph, shift))].map((glyph) => {
    const padded = Buffer.alloc((glyph.length + 3) & ~3);
    glyph.copy(padded);
    return padded;
  });
  const loca = Buffer.alloc(4 * (glyphs.length + 1));
  let offset = 0;
  glyphs.forEach((glyph, i) => {
    loca.writeUInt32BE(offset, 4 * i);
    offset += glyph.length;
  });
  loca.writeUInt32BE(offset, 4 * glyphs.length);
  const characters = charactersOf(a.get('cmap')!);
  for (const [code, glyph] of charactersOf(b.get('cmap')!)) if (!characters.has(code)) characters.set(code, glyph + shift);
  // Every glyph has its own advance in both files (numberOfHMetrics is the glyph count): the widths follow one another.
  for (const [tables, count] of [[a, glyphsA.length], [b, glyphsB.length]] as const) {
    if (tables.get('hhea')!.readUInt16BE(34) !== count) throw new Error('social cards: a card font shares its last advance width between glyphs, which mergedFont() does not read');
  }
  const head = Buffer.from(a.get('head')!);
  head.writeInt16BE(1, 50); // long offsets in loca
  const hhea = Buffer.from(a.get('hhea')!);
  hhea.writeUInt16BE(glyphs.length, 34);
  hhea.writeUInt16BE(Math.max(hhea.readUInt16BE(10), b.get('hhea')!.readUInt16BE(10)), 10);
  const maxp = Buffer.from(a.get('maxp')!);
  maxp.writeUInt16BE(glyphs.length, 4);
  // The largest of each limit (points, contours, component depth…): the merged font's glyphs are both files'.
  for (let at = 6; at + 2 <= maxp.length; at += 2) maxp.writeUInt16BE(Math.max(maxp.readUInt16BE(at), b.get('maxp')!.readUInt16BE(at)), at);
  const post = Buffer.from(a.get('post')!.subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0); // no glyph names
  const tables = new Map(a);
  tables.set('glyf', Buffer.concat(glyphs));
  tables.set('loca', loca);
  tables.set('hmtx', Buffer.concat([a.get('hmtx')!, b.get('hmtx')!]));
  tables.set('cmap', cmapOf(characters));
  tables.set('head', head);
  tables.set('hhea', hhea);
  tables.set('maxp', maxp);
  tables.set('post', post);
  return trueTypeOf(tables);
}

/** A font file of the cards: its subset, weight and style, and its WOFF bytes. */
export interface WoffFont {
  subset: 'latin' | 'latin-ext';
  weight: number;
  style: 'normal' | 'italic';
  data: Buffer;
}

/**
 * The fonts as TrueType files resvg reads, one a weight and style (Latin's and Latin Extended's merged: mergedFont),
 * in this user's folder of the machine's temporary folder, by the fonts' `hash`. A file already there is kept only
 * where it is byte for byte the font this code makes (another version's, or one left half-changed, is not);
 * each is written whole or not at all (beside, then renamed).
 */
export async function resvgFontFiles(fonts: readonly WoffFont[], hash: string, dir?: string): Promise<string[]> {
  dir ??= join(tmpdir(), `strikes-card-fonts-${process.getuid?.() ?? 'user'}`, hash.slice(0, 16));
  await mkdir(dir, { recursive: true });
  const faces = [...new Map(fonts.map(({ weight, style }) => [`${weight}-${style}`, { weight, style }])).values()];
  return Promise.all(
    faces.map(async ({ weight, style }) => {
      const file = join(dir, `noto-sans-${weight}-${style}.ttf`);
      const subset = (name: WoffFont['subset']) => {
        const font = fonts.find((f) => f.weight === weight && f.style === style && f.subset === name);
        if (!font) throw new Error(`social cards: no ${name} font file of weight ${weight}, ${style}`);
        return woffToSfnt(font.data);
      };
      const font = mergedFont(subset('latin'), subset('latin-ext'));
      const kept = await readFile(file).catch(() => undefined);
      if (!kept?.equals(font)) {
        const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        await writeFile(part, font);
        await rename(part, file);
      }
      return file;
    }),
  );
}

/**
 * Throws, naming the file, where a font file resvg is to read is gone (the temporary folder cleaned while a
 * build ran): resvg would draw the words in no font, without a word, and the build would keep that drawing.
 */
export function checkFontFiles(files: readonly string[]): void {
  for (const file of files) if (!existsSync(file)) throw new Error(`social cards: the font file ${file} is gone (was the temporary folder emptied during the build?); build again`);
}
