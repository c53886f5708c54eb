// What one social card costs to draw, in this thread, step by step: satori's layout, then resvg's drawing and
// PNG, given the fonts and not (a card without a chart has its words as paths: src/integrations/socialCards.ts).
// Run: npx node --import ./src/cli/loadTs.mjs test/bench/cardDraw.ts [draws, 30 by default]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_SIZE, type CardSpec } from '../../src/cards/cards.ts';
import { CARD_FONT, cardLayout } from '../../src/cards/layout.ts';
import { drawPng, loadCardFonts } from '../../src/integrations/socialCards.ts';
import { ROOT } from '../helpers/site.ts';

const draws = Number(process.argv[2] ?? 30);
const fonts = await loadCardFonts();
const mark = await readFile(join(ROOT, 'public/favicon.svg'), 'utf8');
/** A source's card, as the benchmark's synthetic sources have: a new one each time, as on a cold build. */
const spec = (i: number): CardSpec => ({ kind: 'source', outlet: 'Synthetic Outlet', title: `Synthetic article ${i} on the strikes at sea`, published: '2025-12-01', figures: i % 5 });
const layout = (i: number) => satori(cardLayout(spec(i), mark).element as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: fonts.satori });
const withFonts = (svg: string) => {
  const font = { fontBuffers: fonts.buffers, loadSystemFonts: false, defaultFontFamily: CARD_FONT } as ResvgRenderOptions['font'];
  return new Resvg(svg, { font }).render().asPng();
};

await layout(-1); // satori reads the fonts on its first card
const ms = { satori: 0, 'resvg, fonts given': 0, 'resvg as drawPng() does it': 0 };
for (let i = 0; i < draws; i++) {
  let start = performance.now();
  const svg = await layout(i);
  ms.satori += performance.now() - start;
  // Alternately first, so that neither always runs on a warmer cache.
  const steps: [keyof typeof ms, () => unknown][] = [
    ['resvg, fonts given', () => withFonts(svg)],
    ['resvg as drawPng() does it', () => drawPng(svg, fonts)],
  ];
  for (const [name, step] of i % 2 ? steps.reverse() : steps) {
    start = performance.now();
    step();
    ms[name] += performance.now() - start;
  }
}
for (const [name, total] of Object.entries(ms)) console.log(`${name}: ${(total / draws).toFixed(1)} ms a card`);
