import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { CardSpec } from '../../src/cards/cards';
import { outletName } from '../../src/domain/sources';
import { drawCard, layOutCard, loadCardFonts } from '../../src/integrations/socialCards';
import { drawSourceCard } from '../../src/integrations/sourceCard';
import { decodePng } from '../helpers/png';
import { ROOT } from '../helpers/site';

const fonts = await loadCardFonts();
const mark = await readFile(join(ROOT, 'public/favicon.svg'), 'utf8');
type SourceSpec = Extract<CardSpec, { kind: 'source' }>;

/** The seeds' cards, from their frontmatter, as src/cards/cards.ts's sourceCard() makes them. */
const folder = join(ROOT, 'content/sources');
const seeds: [string, SourceSpec][] = await Promise.all(
  (await readdir(folder)).sort().map(async (file) => {
    const data = parse((await readFile(join(folder, file), 'utf8')).split(/^---$/m)[1]!);
    return [file, { kind: 'source', outlet: outletName(data), title: data.title, published: String(data.published.date), figures: data.claims.length }] as [string, SourceSpec];
  }),
);
const cases: [string, SourceSpec][] = [
  ...seeds,
  [
    'a long headline, cut after four lines with an ellipsis',
    {
      kind: 'source',
      outlet: 'Türkiye Today',
      title: 'Trump confirms call with Venezuela’s Maduro, says US-led strikes will go on in the Caribbean and the eastern Pacific as long as boats keep coming, and warns of more to come on land',
      published: '2025-12-01',
      figures: 12,
    },
  ],
  ['a Spanish card', { kind: 'source', locale: 'es', outlet: 'Orinoco Tribune', title: 'El presidente venezolano confirma una llamada «cordial» con Trump tras los ataques a lanchas en el Caribe', published: '2025-11-28', figures: 1 }],
];

/** The card's pixels. */
const pixelsOf = (png: Buffer) => decodePng(png);

/** How far a pixel's colour is from another's: the largest difference of red, green and blue. */
const distance = (a: Buffer, b: Buffer, i: number) => Math.max(...[0, 1, 2].map((c) => Math.abs(a[4 * i + c]! - b[4 * i + c]!)));

/**
 * The lines of dark ink (the words' colours are dark, the background light) between two rows: each line's
 * first and last row, and its leftmost and rightmost inked column.
 */
function inkLines(rgba: Buffer, width: number, from: number, to: number) {
  const dark = (x: number, y: number) => rgba[4 * (y * width + x)]! < 160;
  const lines: { top: number; bottom: number; left: number; right: number }[] = [];
  for (let y = from; y < to; y++) {
    let [left, right] = [-1, -1];
    for (let x = 0; x < width; x++) if (dark(x, y)) [left, right] = [left < 0 ? x : left, x];
    const line = lines.at(-1);
    if (left < 0) continue;
    if (line && line.bottom === y - 1) Object.assign(line, { bottom: y, left: Math.min(line.left, left), right: Math.max(line.right, right) });
    else lines.push({ top: y, bottom: y, left, right });
  }
  return lines;
}

/** Two drawings of a card compared: the share of pixels alike, and their lines of words. */
function compare(fast: Buffer, slow: Buffer) {
  const [a, b] = [pixelsOf(fast), pixelsOf(slow)];
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let near = 0;
  for (let i = 0; i < a.width * a.height; i++) if (distance(a.rgba, b.rgba, i) <= 16) near++;
  // Below the masthead and above the band: the outlet, the headline and the foot.
  return { near: near / (a.width * a.height), lines: [inkLines(a.rgba, a.width, 130, 610), inkLines(b.rgba, b.width, 130, 610)] };
}

describe('a source’s card, composed over its template (src/integrations/sourceCard.ts)', () => {
  test.each(cases)('looks as satori draws it: %s', async (_, spec) => {
    const fast = await drawSourceCard(spec, mark, fonts);
    if (!('png' in fast)) throw new Error(`drawn by satori: ${fast.slow}`);
    const { near, lines } = compare(fast.png, await layOutCard(spec, mark, fonts));
    // Anti-aliased edges differ where a glyph's tenth-of-a-pixel offset or its blending rounds otherwise.
    expect(near).toBeGreaterThanOrEqual(0.995);
    const [ours, theirs] = lines;
    expect(ours!.length).toBe(theirs!.length);
    for (const [i, line] of ours!.entries()) {
      const other = theirs![i]!;
      for (const edge of ['top', 'bottom', 'left', 'right'] as const) expect(Math.abs(line[edge] - other[edge]), `line ${i}: ${edge}`).toBeLessThanOrEqual(1);
    }
  });
});

describe('drawCard() for a source', () => {
  test('composes the card, to the same bytes every time and whatever was drawn before (a new set of fonts starts a new glyph cache)', async () => {
    const [, spec] = cases.at(-2)!;
    const first = await drawCard(spec, mark, fonts);
    const fast = await drawSourceCard(spec, mark, fonts);
    expect('png' in fast && fast.png.equals(first)).toBe(true);
    expect((await drawCard(spec, mark, fonts)).equals(first)).toBe(true);
    // Other cards first, on a cache of glyphs of their own: the glyphs come in another order.
    const others = await loadCardFonts();
    for (const [, other] of seeds) await drawCard(other, mark, others);
    expect((await drawCard(spec, mark, others)).equals(first)).toBe(true);
  });

  const [, seed] = seeds[0]!;
  test.each([
    ['a character the font lacks', { ...seed, title: 'Maduro 与特朗普通话' }, /no glyph/],
    ['right-to-left text', { ...seed, title: 'Maduro שלום Trump' }, /right-to-left/],
    ['a line break in the headline', { ...seed, title: 'Maduro\nTrump' }, /line breaks/],
    ['an outlet that would wrap', { ...seed, outlet: 'The Outlet With A Very Long Name '.repeat(3).trim() }, /outlet that would wrap/],
    ['a word wider than the line', { ...seed, title: `Maduro ${'Trump'.repeat(20)}` }, /wider than its line/],
  ])('leaves %s to satori: its bytes are satori’s', async (_, spec, reason) => {
    const fast = await drawSourceCard(spec as SourceSpec, mark, fonts);
    expect('slow' in fast && fast.slow).toMatch(reason);
    expect((await drawCard(spec as SourceSpec, mark, fonts)).equals(await layOutCard(spec as SourceSpec, mark, fonts))).toBe(true);
  });
});
