import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, test } from 'vitest';
import { mergedFont, resvgFontFiles, type WoffFont } from '../../src/integrations/cardFonts';
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
  await import('node:fs/promises').then(({ writeFile }) => writeFile(file, font));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 60" width="400" height="60"><rect width="100%" height="100%" fill="#fff"/><text x="4" y="44" font-size="40" ${attributes}>${words}</text></svg>`;
  return Buffer.from(new Resvg(svg, { font: { fontFiles: [file], loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } }).render().pixels);
}

describe('mergedFont(latin, extended)', () => {
  const merged = mergedFont(latin, extended);

  test('draws each character as the subset that has it does, a composite of Latin Extended’s ("ő", "Ş") included, and kerns Latin’s as Latin’s file does', async () => {
    for (const words of ['Bahía ¿qué?', 'AVATAR To Wa', '“fi” – 5 €']) expect((await drawn(words, merged)).equals(await drawn(words, latin)), words).toBe(true);
    for (const words of ['Ł', 'ő', 'Ş', 'ź', 'Ǻ']) expect((await drawn(words, merged)).equals(await drawn(words, extended)), words).toBe(true);
  });

  test('lacks none of a mixed text, which either file alone draws in part: resvg would fall back for one character of it at most', async () => {
    const words = 'Łódź, Ştefan ő';
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
  test('writes one TrueType file a weight and style, once: a second call finds them and writes nothing', async () => {
    const fonts: WoffFont[] = [
      { subset: 'latin', weight: 400, style: 'normal', data: await woff('latin', 400) },
      { subset: 'latin-ext', weight: 400, style: 'normal', data: await woff('latin-ext', 400) },
      { subset: 'latin', weight: 400, style: 'italic', data: await woff('latin', 400, 'italic') },
      { subset: 'latin-ext', weight: 400, style: 'italic', data: await woff('latin-ext', 400, 'italic') },
    ];
    const dir = join(scratch, 'files');
    const files = await resvgFontFiles(fonts, 'hash', dir);
    expect(files.map((file) => file.slice(dir.length + 1))).toEqual(['noto-sans-400-normal.ttf', 'noto-sans-400-italic.ttf']);
    expect((await readFile(files[0]!)).equals(mergedFont(latin, extended))).toBe(true);
    const times = await Promise.all(files.map(async (file) => (await stat(file)).mtimeMs));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await resvgFontFiles(fonts, 'hash', dir)).toEqual(files);
    expect(await Promise.all(files.map(async (file) => (await stat(file)).mtimeMs))).toEqual(times);
    await expect(resvgFontFiles(fonts.slice(0, 1), 'other', join(scratch, 'other'))).rejects.toThrow('no latin-ext font file of weight 400, normal');
  });
});
