// What one social card costs to draw, in this thread, step by step: satori's layout, resvg's drawing (as
// drawPng() does it: no fonts for a card without a chart, src/integrations/socialCards.ts), then its PNG,
// encoded by resvg (`asPng()`, as the build did before) and by ours (src/integrations/png.ts), with their bytes;
// then the same cards composed over their template, as the build draws them now (src/integrations/sourceCard.ts),
// after a first card that draws the template (each thread draws it once).
// Run: npx node --import ./src/cli/loadTs.mjs test/bench/cardDraw.ts [draws, 30 by default]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_SIZE, type CardSpec } from '../../src/cards/cards.ts';
import { cardLayout } from '../../src/cards/layout.ts';
import { encodePng } from '../../src/integrations/png.ts';
import { loadCardFonts } from '../../src/integrations/socialCards.ts';
import { drawSourceCard } from '../../src/integrations/sourceCard.ts';
import { ROOT } from '../helpers/site.ts';

const draws = Number(process.argv[2] ?? 30);
const fonts = await loadCardFonts();
const mark = await readFile(join(ROOT, 'public/favicon.svg'), 'utf8');
/** A source's card, as the benchmark's synthetic sources have: a new one each time, as on a cold build. */
const spec = (i: number): Extract<CardSpec, { kind: 'source' }> => ({ kind: 'source', outlet: 'Synthetic Outlet', title: `Synthetic article ${i} on the strikes at sea`, published: '2025-12-01', figures: i % 5 });
const layout = (i: number) => satori(cardLayout(spec(i), mark).element as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: fonts.satori });

await layout(-1); // satori reads the fonts on its first card
const ms = { satori: 0, 'resvg’s drawing': 0, 'resvg’s PNG (asPng)': 0, 'our PNG (encodePng)': 0 };
const bytes = { 'resvg’s PNG (asPng)': 0, 'our PNG (encodePng)': 0 };
for (let i = 0; i < draws; i++) {
  let start = performance.now();
  const svg = await layout(i);
  ms.satori += performance.now() - start;
  start = performance.now();
  const image = new Resvg(svg, { font: { fontBuffers: [], loadSystemFonts: false } as never }).render();
  ms['resvg’s drawing'] += performance.now() - start;
  // Alternately first, so that neither always runs on a warmer cache.
  const steps: [keyof typeof bytes, () => Buffer][] = [
    ['resvg’s PNG (asPng)', () => image.asPng()],
    ['our PNG (encodePng)', () => encodePng(image.pixels, image.width, image.height)],
  ];
  for (const [name, step] of i % 2 ? steps.reverse() : steps) {
    start = performance.now();
    bytes[name] += step().length;
    ms[name] += performance.now() - start;
  }
}
for (const [name, total] of Object.entries(ms))
  console.log(`${name}: ${(total / draws).toFixed(1)} ms a card${name in bytes ? `, ${Math.round(bytes[name as keyof typeof bytes] / draws).toLocaleString('en')} bytes` : ''}`);

await drawSourceCard(spec(-1), mark, fonts);
let [composed, composedBytes] = [0, 0];
for (let i = 0; i < draws; i++) {
  const start = performance.now();
  const drawn = await drawSourceCard(spec(i), mark, fonts);
  composed += performance.now() - start;
  if (!('png' in drawn)) throw new Error(`card ${i} was left to satori: ${drawn.slow}`);
  composedBytes += drawn.png.length;
}
console.log(`composed (drawSourceCard): ${(composed / draws).toFixed(1)} ms a card, ${Math.round(composedBytes / draws).toLocaleString('en')} bytes`);
