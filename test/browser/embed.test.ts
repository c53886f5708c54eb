import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHART_IDS } from '../../src/charts/figures';
import { siteUrl } from '../../src/site';
import { withPage } from '../helpers/browser';
import { siteInChromium } from '../helpers/siteInChromium';

const site = siteInChromium();
const CHARTS = CHART_IDS;

/** Another site, on another loopback port: it sends whatever page a test gives it. */
let other: Server;
let otherUrl = '';
let otherPage = '';
beforeAll(async () => {
  other = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(otherPage));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => other?.close(() => resolve())));

/** A chart page's embed code, with the address the site was built for replaced by the one it is served at here. */
async function embedCode(page: Page, id: string): Promise<string> {
  await page.goto(`${site.server.url}charts/${id}/`);
  const code = await page.locator('textarea.embed-code').inputValue();
  return code.replaceAll(new URL(siteUrl()).origin, new URL(site.server.url).origin);
}

/** Another site's article with a chart embedded in it, as its editor would paste the code. */
const article = (code: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Elsewhere</title></head>` +
  `<body><h1>Another site</h1><p>Some words before the chart.</p>${code}<p id="after">Some words after it.</p></body></html>`;

describe('a chart embedded in another site’s page', () => {
  test.each(CHARTS.flatMap((id) => [390, 1280].map((width) => [id, width] as const)))('%s at %i px: the chart draws in the frame, whose height fits it', async (id, width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    otherPage = article(await embedCode(page, id));
    await page.goto(otherUrl);
    const frame = page.frameLocator('iframe');
    // The drawing that fits the frame: the narrow one on a phone, the wide one on a desktop.
    const drawing = frame.locator(width < 600 ? `#${id} .chart-narrow svg` : `#${id} .chart-wide svg`);
    await drawing.waitFor({ state: 'visible' });
    // The frame takes the height the chart sends (more than once: fonts, the drawing that fits); wait until
    // it holds the whole chart, then check nothing is cut off and nothing scrolls.
    const frameHeight = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
    const contentHeight = () => frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    await expect.poll(async () => (await frameHeight()) - (await contentHeight()), { timeout: 60_000 }).toBe(0);
    expect(await page.locator('iframe').evaluate((f) => f.style.height)).toMatch(/^\d+px$/);
    expect(await drawing.evaluate((svg) => svg.getBoundingClientRect().bottom)).toBeLessThan(await frameHeight());
    expect(await frame.locator('html').evaluate((html) => html.scrollHeight > html.clientHeight)).toBe(false);
    // The page's own words after the frame follow the chart without a gap or an overlap.
    const iframeBottom = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().bottom);
    const after = await page.locator('#after').evaluate((p) => p.getBoundingClientRect().top);
    expect(after - iframeBottom).toBeGreaterThanOrEqual(0);
    expect(after - iframeBottom).toBeLessThan(40);
    await page.close();
  });

  test('follows the reader’s colour scheme, links back to the chart’s page in a new tab, and opens its source line’s links in new tabs', async () => {
    await withPage(site.browser, { colorScheme: 'dark', viewport: { width: 800, height: 900 } }, async (page, context) => {
      otherPage = article(await embedCode(page, 'each-strike'));
      await page.goto(otherUrl);
      const frame = page.frameLocator('iframe');
      await frame.locator('#each-strike .chart-wide svg').waitFor({ state: 'visible' });
      expect(await frame.locator('html').getAttribute('data-embed')).toBe('framed');
      expect(await frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(22, 21, 19)');
      const back = frame.locator('.chart-back a').first();
      expect(await back.getAttribute('href')).toBe(new URL('/charts/each-strike/', siteUrl()).href);
      expect(await back.getAttribute('target')).toBe('_blank');
      // The source line is there, and its link to the data opens a tab of its own: the data page refuses the frame.
      const data = frame.locator('.chart-source a');
      expect(await data.textContent()).toBe('our table of strike events');
      const [opened] = await Promise.all([context.waitForEvent('page'), data.click()]);
      await opened.waitForLoadState();
      expect(opened.url()).toBe(new URL('/data/#strikes', site.server.url).href);
      expect(page.frames()[1]!.url()).toBe(`${site.server.url}charts/each-strike/embed/`);
    });
  });

  test('opens a link of the chart (a mark of the map) in a tab of its own, not in the frame, which the page it leads to refuses', async () => {
    await withPage(site.browser, { viewport: { width: 1280, height: 900 } }, async (page, context) => {
      otherPage = article(await embedCode(page, 'strike-map'));
      await page.goto(otherUrl);
      const mark = page.frameLocator('iframe').locator('#strike-map .chart-wide svg a.mark').first();
      await mark.waitFor({ state: 'visible' });
      const href = await mark.getAttribute('href');
      expect(href).toMatch(/^\/strikes\/\w+\/$/);
      const [opened] = await Promise.all([context.waitForEvent('page'), mark.click()]);
      await opened.waitForLoadState();
      expect(opened.url()).toBe(new URL(href!, site.server.url).href);
      expect(await opened.locator('h1').textContent()).toMatch(/strike/i);
      expect(page.frames()[1]!.url()).toBe(`${site.server.url}charts/strike-map/embed/`);
    });
  });

  test('is the only page another site may frame: a chart’s own page is refused', async () => {
    const page = await site.browser.newPage();
    otherPage = article(`<iframe src="${site.server.url}charts/each-strike/" title="not embeddable"></iframe>`);
    const refused = new Promise<string>((resolve) => page.on('console', (m) => m.text().includes('frame-ancestors') && resolve(m.text())));
    await page.goto(otherUrl);
    expect(await refused).toMatch(/violates the following Content Security Policy directive: "frame-ancestors 'none'"/);
    await page.close();
  });
});

/** The shipped font's faces, as @font-face rules. */
const fontDir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans')), 'files');
const NOTO_FACES = (
  await Promise.all(
    [400, 600, 700].map(
      async (weight) =>
        `@font-face{font-family:'Noto Sans';font-weight:${weight};src:url(data:font/woff;base64,${(await readFile(join(fontDir, `noto-sans-latin-${weight}-normal.woff`))).toString('base64')}) format('woff')}`,
    ),
  )
).join('');

/** The share of pixels that differ by more than a little between two images drawn at the same size, worked out in Chromium. */
async function differingShare(page: Page, a: Buffer, b: Buffer, width: number, height: number): Promise<number> {
  await page.goto('about:blank');
  return page.evaluate(
    async ({ a, b, width, height }) => {
      const pixels = async (data: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0, width, height);
        return context.getImageData(0, 0, width, height).data;
      };
      const [pa, pb] = [await pixels(a), await pixels(b)];
      let differ = 0;
      for (let i = 0; i < pa.length; i += 4) if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > 96) differ++;
      return differ / (width * height);
    },
    { a: a.toString('base64'), b: b.toString('base64'), width, height },
  );
}

describe('the downloads', () => {
  test.each(CHARTS)('%s: the SVG opens on its own and looks as the chart does on the page; the PNG is that SVG at twice the size', async (id) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    // The chart on its page: its wide drawing at the download's width, at a whole pixel (half a pixel down
    // it would be anti-aliased otherwise), over the page's background, still styled by the page's stylesheets.
    await page.goto(`${site.server.url}charts/${id}/`);
    const onPage = page.locator(`#${id} .chart-wide svg`);
    await onPage.waitFor({ state: 'visible' });
    const { width, height } = await onPage.evaluate((svg) => {
      const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      Object.assign(svg.style, { position: 'fixed', left: '0', top: '0', zIndex: '100', width: `${w}px`, maxWidth: 'none', background: getComputedStyle(document.body).backgroundColor });
      return { width: w!, height: Math.ceil(h!) };
    });
    const pageShot = await page.screenshot({ clip: { x: 0, y: 0, width, height } });

    // The download, opened by itself: it needs nothing else of the site.
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${site.server.url}charts/${id}.svg`);
    expect(requests).toEqual([`${site.server.url}charts/${id}.svg`]);
    // The drawing sits below the download's title, and above its credit (src/charts/standalone.ts, credited()).
    const svg = await (await fetch(`${site.server.url}charts/${id}.svg`)).text();
    const top = Number(/<g transform="translate\(0 (\d+)\)">/.exec(svg)![1]);
    const whole = Math.ceil(Number(/^<svg [^>]* height="([\d.]+)"/.exec(svg)![1]));
    const svgShot = await page.screenshot({ clip: { x: 0, y: top, width, height } });
    expect(await differingShare(page, svgShot, pageShot, width, height), 'the SVG against the page').toBeLessThan(0.01);

    const png = Buffer.from(await (await fetch(`${site.server.url}charts/${id}.png`)).arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2 * width, 2 * whole]);
    // resvg draws the PNG's words in the shipped Noto Sans: Chromium draws the SVG in it too, at twice the
    // size (two pixels to the pixel), to compare; and the same drawing with its styles taken off (all but the
    // background's), which the PNG must be much further from. Two rasterisers never agree to the pixel.
    const [head, drawing] = svg.split(/(?<=<rect width="100%" height="100%" fill="#\w+"\/>)/);
    const unstyledSvg = head! + drawing!.replace(/ (fill|fill-opacity|stroke|stroke-width|color|font-size|font-family|font-weight)="[^"]*"/g, '');
    const sharp = await site.browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 2 });
    const inNoto = async (markup: string) => {
      await sharp.setContent(`<!doctype html><style>${NOTO_FACES}svg,svg *{font-family:'Noto Sans'!important}body{margin:0}</style>${markup}`);
      await sharp.evaluate(() => document.fonts.ready);
      return sharp.screenshot({ clip: { x: 0, y: 0, width, height: whole } });
    };
    const [styled, unstyled] = [await inNoto(svg), await inNoto(unstyledSvg)];
    await sharp.close();
    const pngDiff = await differingShare(page, png, styled, 2 * width, 2 * whole);
    const unlike = await differingShare(page, png, unstyled, 2 * width, 2 * whole);
    expect(pngDiff, 'the PNG against the SVG').toBeLessThan(0.05);
    expect(unlike, 'the PNG against the SVG without its styles').toBeGreaterThan(2 * pngDiff);
    await page.close();
  });
});
