import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { CARD_SIZE, type CardSpec, siteCard } from '../../src/cards/cards';
import { CARD_FONT, cardLayout, placeChart } from '../../src/cards/layout';
import { standaloneSvg } from '../../src/charts/standalone';
import { loadCardFonts } from '../../src/integrations/socialCards';
import { encodePng } from '../../src/integrations/png';
import { decodePng } from '../helpers/png';
import { ROOT } from '../helpers/site';

const fonts = await loadCardFonts();
const mark = await readFile(join(ROOT, 'public/favicon.svg'), 'utf8');
const css = (await readFile(join(ROOT, 'src/styles/global.css'), 'utf8')) + (await readFile(join(ROOT, 'src/styles/charts.css'), 'utf8'));
const chartSvg = standaloneSvg(await readFile(join(ROOT, 'test/output/strikesOverTime-720.svg'), 'utf8'), css);
const fontOptions: ResvgRenderOptions['font'] = { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: CARD_FONT };

/** A card drawn by resvg: its pixels (premultiplied RGBA), size and resvg's own PNG of them. */
async function rendered(spec: CardSpec) {
  const { element, chart } = cardLayout(spec, mark);
  const svg = placeChart(await satori(element as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: fonts.satori }), chart);
  const image = new Resvg(svg, { font: fontOptions }).render();
  return { pixels: image.pixels, width: image.width, height: image.height, theirs: image.asPng() };
}

/** The PNG's IHDR colour type: 3 with a palette, 6 RGBA. */
const colourType = (png: Buffer) => png[25];

describe('encodePng(pixels, width, height)', () => {
  test.each([
    ['a source’s card, in at most 256 colours: with a palette', { kind: 'source', outlet: 'Türkiye Today', title: 'Trump confirms call with Venezuela’s Maduro', published: '2025-12-01', figures: 4 } as CardSpec, 3],
    ['the site’s card: with a palette', siteCard(), 3],
    ['a chart’s card, in more colours: RGBA', { kind: 'chart', caption: 'Strikes and deaths added up', chart: { svg: chartSvg, title: 'Toll' } } as CardSpec, 6],
  ])('%s, a valid PNG of the same pixels as resvg’s own, the same bytes every time', async (_, spec, type) => {
    const { pixels, width, height, theirs } = await rendered(spec);
    const png = encodePng(pixels, width, height);
    expect(colourType(png)).toBe(type);
    const ours = decodePng(png);
    expect(ours).toMatchObject({ width: 1200, height: 630 });
    expect(ours.rgba.equals(decodePng(theirs).rgba)).toBe(true);
    expect(encodePng(pixels, width, height).equals(png)).toBe(true);
  });

  test('undoes resvg’s premultiplied alpha as resvg does: colours partly transparent, on a transparent background', () => {
    // A translucent disc (in more than 256 colours, with its antialiased edge and a gradient) and one of few colours.
    const svgs = [
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120"><defs><linearGradient id="g"><stop offset="0" stop-color="#c84a1e"/><stop offset="1" stop-color="#1a4f9c" stop-opacity="0.2"/></linearGradient></defs><rect width="300" height="60" fill="url(#g)"/><circle cx="60" cy="80" r="35" fill="#c84a1e" fill-opacity="0.6"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="25" fill="#c84a1e" fill-opacity="0.6"/></svg>',
    ];
    for (const [svg, type] of svgs.map((svg, i) => [svg, [6, 3][i]] as const)) {
      const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
      const pixels = image.pixels;
      const png = encodePng(pixels, image.width, image.height);
      expect(colourType(png)).toBe(type);
      const theirs = decodePng(image.asPng());
      // Premultiplied: resvg's pixels are darker than its PNG's where they are partly transparent.
      expect(pixels.equals(theirs.rgba)).toBe(false);
      expect(decodePng(png).rgba.equals(theirs.rgba)).toBe(true);
    }
  });

  test('a palette of exactly 256 colours, some of them transparent, and 257 colours in RGBA', () => {
    const pixels = (colours: number) => Uint8Array.from({ length: 64 * 8 * 4 }, (_, i) => {
      const pixel = Math.floor(i / 4) % colours;
      return [pixel % 256, Math.floor(pixel / 256), 0, pixel % 2 ? 255 : 0][i % 4]!;
    });
    for (const [colours, type] of [[256, 3], [257, 6]] as const) {
      const png = encodePng(pixels(colours), 64, 8);
      expect(colourType(png)).toBe(type);
      // Fully transparent pixels keep no colour (premultiplied, their colour was 0 already).
      const expected = Buffer.from(pixels(colours).map((v, i) => (i % 4 < 3 && (Math.floor(i / 4) % colours) % 2 === 0 ? 0 : v)));
      expect(decodePng(png).rgba.equals(expected)).toBe(true);
    }
  });

  test('pixels held at an offset that is not a multiple of 4 (a Buffer within a larger one) give the same PNG', () => {
    const pixels = Uint8Array.from({ length: 16 * 4 * 4 }, (_, i) => (i % 4 === 3 ? 255 : (i * 7) % 256));
    const unaligned = Buffer.alloc(pixels.length + 1).subarray(1);
    unaligned.set(pixels);
    expect(unaligned.byteOffset % 4).not.toBe(0);
    expect(encodePng(unaligned, 16, 4).equals(encodePng(pixels, 16, 4))).toBe(true);
  });

  test('refuses pixels that are not width × height RGBA', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow('encodePng: 10 bytes are not 2 × 2 RGBA pixels');
  });
});
