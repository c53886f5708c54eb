import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { CARD_DRAWER, CARD_SIZE, cardJson, type CardSpec, siteCard, strikeCard, strikeTollNote } from '../../src/cards/cards';
import { CARD_FONT, type CardElement, cardLayout, STRIKE_WORDS } from '../../src/cards/layout';
import { strikePage } from '../../src/domain/strikePages';
import { capitalise } from '../../src/format/words';
import { editionOf } from '../../src/i18n/words';
import { loadData } from '../charts/data';
import { standaloneSvg } from '../../src/charts/standalone';
import socialCards, { CARDS_FILE, CardPool, DRAWING_CODE, DRAWING_CODE_EXEMPT, drawCard, drawingVersion, drawPng, layOutCard, loadCardFonts } from '../../src/integrations/socialCards';
import { decodePng } from '../helpers/png';
import { ROOT } from '../helpers/site';
import { scratchDirs } from '../helpers/siteCopy';

const fonts = await loadCardFonts();
const mark = await readFile(join(ROOT, 'public/favicon.svg'), 'utf8');
const css = (await readFile(join(ROOT, 'src/styles/global.css'), 'utf8')) + (await readFile(join(ROOT, 'src/styles/charts.css'), 'utf8'));
const chartSvg = standaloneSvg(await readFile(join(ROOT, 'test/output/strikesOverTime-720.svg'), 'utf8'), css);
const chart = { svg: chartSvg, title: 'Cumulative people killed and strikes' };

/** A PNG's width and height, from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const specs: Record<string, CardSpec> = {
  explainer: { kind: 'explainer', title: 'US strikes on boats, and the Trump–Maduro call', updated: '2026-12-02', chart },
  source: { kind: 'source', outlet: 'Türkiye Today', title: 'Trump confirms call with Venezuela’s Maduro '.repeat(6), published: '2025-12-01', figures: 4 },
  strike: {
    kind: 'strike',
    title: 'Strike of 16 October 2025',
    date: '2025-10-16',
    region: 'the Caribbean',
    toll: '2 killed, 2 survivors',
    counted: true,
    position: 'Worked out from a report’s description: 16.25° N, 71.52° W',
    map: { svg: standaloneSvg(await readFile(join(ROOT, 'test/output/strikeMap-here-380.svg'), 'utf8'), css), title: 'Strike of 16 October 2025 on the map of the Caribbean' },
  },
  chart: { kind: 'chart', caption: 'Strikes and deaths added up', chart },
  site: siteCard(),
};

const scratch = scratchDirs('cards');

describe('drawCard(spec, mark, fonts)', () => {
  test.each(Object.entries(specs))('draws the %s card as a 1200 × 630 PNG, the same bytes every time', async (_, spec) => {
    const png = await drawCard(spec, mark, fonts);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect((await drawCard(spec, mark, fonts)).equals(png)).toBe(true);
  });

  test('draws a card’s chart with its words, in the shipped font and not the machine’s', async () => {
    // The same card with the chart's words taken out: if the renderer found no font, the two would be alike.
    const wordless = { ...chart, svg: chartSvg.replace(/<text\b[^>]*>[^<]*<\/text>/g, '') };
    const withWords = await drawCard({ ...specs.chart!, chart } as CardSpec, mark, fonts);
    const without = await drawCard({ ...specs.chart!, chart: wordless } as CardSpec, mark, fonts);
    expect(withWords.equals(without)).toBe(false);
  });
});

/** Every element of a card's layout, depth first. */
const nodes = (element: CardElement): CardElement[] => [
  element,
  ...[element.props.children ?? []].flat().flatMap((child) => (typeof child === 'string' ? [] : nodes(child))),
];

describe('a strike’s card', () => {
  test('never cuts its toll, nor the note under it, in either edition: each fits its lines, a long toll set smaller', async () => {
    const { strikes, settings } = await loadData();
    const cards = (['en', 'es'] as const).flatMap((locale) => {
      const edition = editionOf(locale);
      return strikes.map((strike) => strikeCard(strikePage(strike, strikes, settings.regions, [], edition), '', chart, edition));
    });
    const tolls = cards.map((spec) => (spec.kind === 'strike' ? spec.toll : ''));
    expect(tolls).toContain('14 personas muertas, 1 sobreviviente');
    const notes = cards.map((spec) => (spec.kind === 'strike' ? strikeTollNote(spec) : ''));
    expect(notes).toContain('según anunció EE. UU.; el sobreviviente desapareció en el mar y se le dio por muerto');
    const cut: string[] = [];
    for (const [i, spec] of cards.entries()) {
      // The toll and its note as the card lays them out: their style, in the width of the card's words.
      for (const [words, top] of [
        [capitalise(tolls[i]!), 28],
        [notes[i]!, 4],
      ] as const) {
        const node = nodes(cardLayout(spec, mark).element).find((n) => n.props.children === words)!;
        const { lineClamp, marginTop, ...style } = node.props.style!;
        expect([typeof lineClamp, marginTop]).toEqual(['number', top]);
        // Drawn with no limit on its lines, the drawing is as tall as they are.
        const element = { type: 'div', props: { style: { display: 'flex', width: STRIKE_WORDS }, children: { type: 'div', props: { style, children: words } } } };
        const svg = await satori(element as unknown as Parameters<typeof satori>[0], { width: STRIKE_WORDS, fonts: fonts.satori });
        const lines = Number(/^<svg[^>]* height="([\d.]+)"/.exec(svg)![1]) / (Number(style.lineHeight) * Number(style.fontSize));
        if (Math.round(lines) > Number(lineClamp)) cut.push(`${words}: ${Math.round(lines)} lines, ${lineClamp} shown`);
      }
    }
    expect(cut).toEqual([]);
  });
});

describe('drawPng(svg, fonts, zoom)', () => {
  test('draws a card whose words satori made paths (no chart) without reading the fonts, to the same pixels as resvg’s own PNG with them', async () => {
    const { element } = cardLayout(specs.source!, mark);
    const svg = await satori(element as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: fonts.satori });
    expect(svg).not.toMatch(/<text[\s>]/);
    const withFonts = new Resvg(svg, { font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: CARD_FONT } })
      .render()
      .asPng();
    // Encoded by src/integrations/png.ts, not by resvg: the same pixels in other bytes.
    expect(decodePng(drawPng(svg, fonts)).rgba.equals(decodePng(withFonts).rgba)).toBe(true);
    expect((await layOutCard(specs.source!, mark, fonts)).equals(drawPng(svg, fonts))).toBe(true);
  });

  test('draws a chart’s SVG download at twice its size, its text in the shipped font', () => {
    const png = drawPng(chartSvg, fonts, 2);
    expect(pngSize(png)).toEqual({ width: 1440, height: 2 * Number(/height="([\d.]+)"/.exec(chartSvg)![1]) });
    // resvg with no font at all draws no text: the words make the difference.
    const fontless = new Resvg(chartSvg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: false } }).render().asPng();
    expect(decodePng(png).rgba.equals(decodePng(fontless).rgba)).toBe(false);
  });

  test('draws a drawing’s words in the shipped font, from its files, and in none of the machine’s: Latin Extended’s letters too, in the same text', () => {
    const words = (text: string, attributes = '') =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 420 60" width="420" height="60"><rect width="100%" height="100%" fill="#fff"/><text x="4" y="44" font-size="32" ${attributes}>${text}</text></svg>`;
    const pixels = (svg: string, font: ResvgRenderOptions['font']) => Buffer.from(new Resvg(svg, { font }).render().pixels);
    const svg = words('Dziennik Łódzki, ¿qué?', 'font-weight="600"');
    const ours = decodePng(drawPng(svg, fonts)).rgba;
    expect(ours.equals(pixels(svg, { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: CARD_FONT }))).toBe(true);
    // The machine's fonts: what resvg drew when it was handed the WOFF files, which it does not read.
    expect(ours.equals(pixels(svg, { loadSystemFonts: true }))).toBe(false);
    expect(ours.equals(pixels(svg, { fontBuffers: fonts.satori.map((f) => f.data), loadSystemFonts: false, defaultFontFamily: CARD_FONT } as ResvgRenderOptions['font']))).toBe(false);
    // A character none of the files has is drawn as none, as another is: a font of the machine's would draw each.
    expect(decodePng(drawPng(words('ж'), fonts)).rgba.equals(decodePng(drawPng(words('ф'), fonts)).rgba)).toBe(true);
    // A sea's name is in italic, which the files have.
    const sea = words('Caribbean Sea', 'font-style="italic"');
    expect(decodePng(drawPng(sea, fonts)).rgba.equals(decodePng(drawPng(words('Caribbean Sea'), fonts)).rgba)).toBe(false);
  });
});

describe('CardPool: cards and charts drawn on worker threads', () => {
  test('are the same bytes as drawn in this thread, whichever thread draws them; a drawing that cannot be made fails with its reason', async () => {
    const pool = new CardPool(ROOT, mark, 2);
    try {
      const [drawn, charts] = await Promise.all([
        Promise.all([specs.source!, specs.site!, specs.source!].map((spec) => pool.draw(spec))),
        Promise.all([pool.drawSvg(chartSvg, 2), pool.drawSvg(chartSvg, 1)]),
      ]);
      const here = await drawCard(specs.source!, mark, fonts);
      expect(drawn[0]!.equals(here)).toBe(true);
      expect(drawn[2]!.equals(here)).toBe(true);
      expect(pngSize(drawn[1]!)).toEqual({ width: 1200, height: 630 });
      // A chart at the zoom asked, its words in the shipped font as this thread draws them.
      expect(charts[0]!.equals(drawPng(chartSvg, fonts, 2))).toBe(true);
      expect(charts[1]!.equals(drawPng(chartSvg, fonts, 1))).toBe(true);
      // The thread's own reason, not its crash.
      await expect(pool.draw({ kind: 'nothing' } as unknown as CardSpec)).rejects.toThrow(/^social cards: (?!a drawing thread failed)/);
      await expect(pool.drawSvg('not an svg', 2)).rejects.toThrow(/^social cards: (?!a drawing thread failed)/);
      // Closed, it draws nothing more: what was asked of it fails, and so does what is asked after.
      const waiting = expect(pool.drawSvg(chartSvg, 2)).rejects.toThrow('social cards: the drawing threads were stopped');
      await pool.close();
      await waiting;
      await expect(pool.draw(specs.source!)).rejects.toThrow('social cards: the drawing threads were stopped');
    } finally {
      await pool.close();
    }
  });
});

describe('drawingVersion(root, runtime): the cache’s key for what every card depends on', () => {
  test('is the same for the same code and runtime, and changes with Node or its zlib (which packs a PNG’s pixels into other bytes)', async () => {
    const here = { node: '22.23.3', zlib: '1.3.1-e00f703' };
    const version = await drawingVersion(ROOT, here);
    expect(await drawingVersion(ROOT, { ...here })).toBe(version);
    expect(await drawingVersion(ROOT, { ...here, zlib: '1.3.2' })).not.toBe(version);
    expect(await drawingVersion(ROOT, { ...here, node: '22.24.0' })).not.toBe(version);
    // By default, the Node that runs the build.
    expect(await drawingVersion(ROOT)).toBe(await drawingVersion(ROOT, process.versions));
  });

  test('covers every module the drawing files import, so that a change to how a card prints a date or a count draws every card again', async () => {
    const drawing = DRAWING_CODE.filter((file) => !DRAWING_CODE_EXEMPT.includes(file));
    expect(drawing).toEqual(expect.arrayContaining(['src/cards/layout.ts', 'src/i18n/es/cards.ts', 'src/format/dates.ts']));
    expect(DRAWING_CODE).toEqual(expect.arrayContaining(DRAWING_CODE_EXEMPT));
    for (const file of drawing) {
      const text = await readFile(join(ROOT, file), 'utf8');
      for (const [, from] of text.matchAll(/^import (?!type )[^'"]*from '(\.[^']+)';$/gm)) {
        const imported = `${join(file, '..', from!)}.ts`;
        expect(DRAWING_CODE, `${file} imports ${from}`).toContain(imported);
      }
    }
  });
});

describe('socialCards(), after a build', () => {
  test('draws each card and chart image from what the pages wrote (one JSON file of every card), removes the JSON, and draws nothing again next time', async () => {
    const site = await scratch();
    const cacheDir = join(await scratch(), 'astro-cache');
    await mkdir(join(site, 'charts'), { recursive: true });
    await writeFile(join(site, 'favicon.svg'), mark);
    const listed = JSON.stringify({ 'sources/x': specs.source, site: siteCard() });
    await writeFile(join(site, CARDS_FILE), listed);
    await writeFile(join(site, 'charts/toll.svg'), chartSvg);
    const build = async () => {
      const logged: string[] = [];
      const integration = socialCards();
      const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
      await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${ROOT}/`), publicDir: pathToFileURL(`${ROOT}/public/`), cacheDir: pathToFileURL(`${cacheDir}/`) } });
      await hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger: { info: (m: string) => logged.push(m) } });
      return logged.join('\n');
    };
    expect(await build()).toMatch(/^Social cards: 2 cards and 1 chart images, 3 drawn, 0 from the cache/);
    expect((await readdir(site, { recursive: true })).filter((f) => /\.(png|json)$/.test(f)).sort()).toEqual(['cards/site.png', 'cards/sources/x.png', 'charts/toll.png']);
    expect(pngSize(await readFile(join(site, 'cards/sources/x.png')))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(await readFile(join(site, 'charts/toll.png'))).width).toBe(1440);
    // Drawn on a thread, the chart is the PNG this thread draws.
    expect((await readFile(join(site, 'charts/toll.png'))).equals(drawPng(chartSvg, fonts, 2))).toBe(true);

    const first = await readFile(join(site, 'cards/sources/x.png'));
    await rm(join(site, 'cards/sources/x.png'));
    await writeFile(join(site, CARDS_FILE), listed);
    expect(await build()).toMatch(/^Social cards: 2 cards and 1 chart images, 0 drawn, 3 from the cache/);
    expect((await readFile(join(site, 'cards/sources/x.png'))).equals(first)).toBe(true);
  });

  test('from the build’s start, draws each card the pages offer as they are rendered, once, to the bytes it would draw after; a card that cannot be drawn fails the build', async () => {
    const site = await scratch();
    const cacheDir = join(await scratch(), 'astro-cache');
    await writeFile(join(site, 'favicon.svg'), mark);
    const build = async (offer: () => Promise<void>) => {
      const logged: string[] = [];
      const hooks = socialCards().hooks as Record<string, (options: unknown) => Promise<void> | void>;
      await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${ROOT}/`), publicDir: pathToFileURL(`${ROOT}/public/`), cacheDir: pathToFileURL(`${cacheDir}/`) } });
      await hooks['astro:build:start']!({});
      try {
        await offer();
        await hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger: { info: (m: string) => logged.push(m) } });
      } finally {
        // Nothing to offer to once the build is over, as in the dev server.
        expect(CARD_DRAWER in globalThis).toBe(false);
      }
      return logged.join('\n');
    };
    // A source's page offers its card, another page the site's; then the cards' endpoint writes both.
    const log = await build(async () => {
      cardJson(specs.source!);
      cardJson(siteCard());
      await writeFile(join(site, CARDS_FILE), `{"sources/x":${cardJson(specs.source!)},\n"site":${cardJson(siteCard())}}`);
    });
    expect(log).toMatch(/^Social cards: 2 cards and 0 chart images, 2 drawn, 0 from the cache \([\d.]+ s\); 2 offered as the pages were rendered, [0-2] drawn by their end$/);
    expect((await readFile(join(site, 'cards/sources/x.png'))).equals(await drawCard(specs.source!, mark, fonts))).toBe(true);

    // What every card shows is kept when one cannot be drawn.
    const broken = `{"site":${JSON.stringify(siteCard())},"broken":${JSON.stringify({ kind: 'nothing' })}}`;
    await expect(build(() => writeFile(join(site, CARDS_FILE), broken))).rejects.toThrow(/^social cards: the card broken: /);
    expect(await readFile(join(site, CARDS_FILE), 'utf8')).toBe(broken);
    // And the cards' pack is finished all the same, holding the site's card for the next build, with nothing left half-written.
    expect(await readdir(join(cacheDir, 'social-cards'))).toEqual(['cards.pack']);

    // So it is when a chart cannot be drawn, which is named.
    await mkdir(join(site, 'charts'), { recursive: true });
    await writeFile(join(site, 'charts/bad.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g></svg>');
    const cards = `{"site":${JSON.stringify(siteCard())}}`;
    await expect(build(() => writeFile(join(site, CARDS_FILE), cards))).rejects.toThrow(/^social cards: charts\/bad\.svg: (?!a drawing thread failed)/);
    expect(await readFile(join(site, CARDS_FILE), 'utf8')).toBe(cards);
    await rm(join(site, 'charts'), { recursive: true });

    // Pages that named cards, and no list of them: their og:image would name no file.
    await rm(join(site, CARDS_FILE));
    await expect(build(async () => void cardJson(siteCard()))).rejects.toThrow(/^social cards: cards\.json lists no card, though the pages named 1$/);
  });

  test('a chart that cannot be drawn stops the drawing: the cards left are not drawn for a build that fails', async () => {
    const site = await scratch();
    const cacheDir = join(await scratch(), 'astro-cache');
    await mkdir(join(site, 'charts'), { recursive: true });
    await writeFile(join(site, 'favicon.svg'), mark);
    await writeFile(join(site, 'charts/bad.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g></svg>');
    // Cards are asked of the pool a few per thread at a time (4 × threads), however many there are.
    const count = 40 * availableParallelism();
    const listed = Object.fromEntries(Array.from({ length: count }, (_, i) => [`sources/${i}`, { ...specs.source!, title: `Report number ${i}` }]));
    await writeFile(join(site, CARDS_FILE), JSON.stringify(listed));
    const hooks = socialCards().hooks as Record<string, (options: unknown) => Promise<void> | void>;
    await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${ROOT}/`), publicDir: pathToFileURL(`${ROOT}/public/`), cacheDir: pathToFileURL(`${cacheDir}/`) } });
    await expect(hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger: { info: () => {} } })).rejects.toThrow(/^social cards: charts\/bad\.svg: (?!the drawing threads were stopped)/);
    // At most the cards asked for before the chart, and those the other threads drew meanwhile.
    const drawn = (await readdir(join(site, 'cards'), { recursive: true }).catch(() => [])).filter((f) => f.endsWith('.png'));
    expect(drawn.length).toBeLessThan(count / 4);
    expect(await readFile(join(site, CARDS_FILE), 'utf8')).toBe(JSON.stringify(listed));
  });
});
