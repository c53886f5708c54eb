import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, test } from 'vitest';
import { checkFontFiles, mergedFont, resvgFontFiles, type WoffFont } from '../../src/integrations/cardFonts';
import { woffToSfnt } from '../../src/integrations/glyphs';
import { ROOT } from '../helpers/site';

const woff = (subset: WoffFont['subset'], weight: number, style: WoffFont['style'] = 'normal') =>
  readFile(join(ROOT, `node_modules/@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-${style}.woff`));
const [latin, extended] = (await Promise.all([woff('latin', 400), woff('latin-ext', 400)])).map(woffToSfnt) as [Buffer, Buffer];
const scratch = await mkdtemp(join(tmpdir(), 'card-fonts-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** resvg's pixels for `words` at 40 px, in the font of the file `font` only (none of the machine's). */
let written = 0;
async function drawn(words: string, font: Buffer, attributes = ''): Promise<Buffer> {
  const file = join(scratch, `font-${written++}.ttf`);
  await writeFile(file, font);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 60" width="400" height="60"><rect width="100%" height="100%" fill="#fff"/><text x="4" y="44" font-size="40" ${attributes}>${words}</text></svg>`;
  return Buffer.from(new Resvg(svg, { font: { fontFiles: [file], loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } }).render().pixels);
}

describe('mergedFont(latin, extended)', () => {
  const merged = mergedFont(latin, extended);

  test('draws each character as the subset that has it does, a composite of Latin Extended’s ("ő", "Ş") included, and kerns Latin’s as Latin’s file does', async () => {
    for (const words of ['Bahía ¿qué?', 'AVATAR To Wa', '“fi” – 5 €']) expect((await drawn(words, merged)).equals(await drawn(words, latin)), words).toBe(true);
    // Each alone and three in a row (their advances): "Ș" is one of the characters the cmap maps through its glyph-id array.
    for (const words of ['Ł', 'ő', 'Ş', 'ź', 'Ǻ', 'Ș', 'ŁŁŁ', 'ȘȘȘ', 'ŞőŞ']) expect((await drawn(words, merged)).equals(await drawn(words, extended)), words).toBe(true);
  });

  test('lacks none of a mixed text, which either file alone draws in part: resvg would fall back for one character of it at most', async () => {
    const words = 'Łódź, Ştefan ő, Știri';
    const [both, alone] = [await drawn(words, merged), await drawn(words, latin)];
    expect(both.equals(alone)).toBe(false);
    expect(both.equals(await drawn(words, extended))).toBe(false);
    // Character by character, at the same place, what the merged font draws is the subset’s glyph.
    const each = await Promise.all(
      [...words].map(async (char, i) => {
        const padded = `${'\u00a0'.repeat(i)}${char}`;
        const own = /[\u0100-\u024f]/.test(char) ? extended : latin;
        return (await drawn(padded, merged)).equals(await drawn(padded, own));
      }),
    );
    expect(each.every(Boolean)).toBe(true);
  });
});

describe('resvgFontFiles(fonts, hash, dir)', () => {
  const faces = [
    [400, 'normal'],
    [600, 'normal'],
    [700, 'normal'],
    [400, 'italic'],
  ] as const;
  const fonts = async () =>
    (await Promise.all(faces.flatMap(([weight, style]) => (['latin', 'latin-ext'] as const).map(async (subset) => ({ subset, weight, style, data: await woff(subset, weight, style) })))));

  test('writes one TrueType file a weight and style, each its two subsets merged; a second call finds them and writes nothing; one changed is made again', async () => {
    const given: WoffFont[] = await fonts();
    const dir = join(scratch, 'files');
    const files = await resvgFontFiles(given, 'hash', dir);
    expect(files.map((file) => file.slice(dir.length + 1))).toEqual(faces.map(([weight, style]) => `noto-sans-${weight}-${style}.ttf`));
    for (const [i, [weight, style]] of faces.entries()) {
      const [a, b] = await Promise.all([woff('latin', weight, style), woff('latin-ext', weight, style)]);
      expect((await readFile(files[i]!)).equals(mergedFont(woffToSfnt(a), woffToSfnt(b))), `${weight} ${style}`).toBe(true);
    }
    // A rename makes a new file: the same inode is the same file, not written again.
    const inodes = async () => Promise.all(files.map(async (file) => (await stat(file)).ino));
    const before = await inodes();
    expect(await resvgFontFiles(given, 'hash', dir)).toEqual(files);
    expect(await inodes()).toEqual(before);
    await writeFile(files[1]!, 'not a font');
    await resvgFontFiles(given, 'hash', dir);
    expect((await readFile(files[1]!)).equals(mergedFont(woffToSfnt(await woff('latin', 600)), woffToSfnt(await woff('latin-ext', 600))))).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(files.map((file) => file.slice(dir.length + 1)).sort());
    await expect(resvgFontFiles(given.slice(0, 1), 'other', join(scratch, 'other'))).rejects.toThrow('no latin-ext font file of weight 400, normal');
  });

  test('a font file gone before a drawing stops it, naming the file: resvg would draw its words in no font, silently', async () => {
    const files = await resvgFontFiles(await fonts(), 'hash', join(scratch, 'gone'));
    expect(() => checkFontFiles(files)).not.toThrow();
    await rm(files[2]!);
    expect(() => checkFontFiles(files)).toThrow(`social cards: the font file ${files[2]} is gone`);
  });
});
