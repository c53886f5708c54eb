import { HtmlValidate } from 'html-validate';
import type { HTMLElement } from 'node-html-parser';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ALL_ROWS_PAGE } from '../../src/charts/figures';
import { GROUP_ABOVE } from '../../src/charts/reportGroups';
import { ARCHIVE_FILE, type ArchiveList } from '../../src/scripts/offline/offlineCopy';
import { launchBrowser, wcagViolations, withPage } from '../helpers/browser';
import { drawingsOf, readPage } from '../helpers/html';
import { type StaticServer, serve } from '../helpers/server';
import { buildSite, ROOT } from '../helpers/site';
import { exercise } from '../helpers/visit';
import { siteCopy } from '../helpers/siteCopy';

/**
 * More outlets' tolls than the chart draws one by one, and than one page of every toll holds: a row each,
 * added to the copy's reported-totals.csv, as an editor would.
 */
const ADDED = 2 * ALL_ROWS_PAGE + 2 * GROUP_ABOVE;
const day = (i: number) => new Date(Date.UTC(2025, 9, 1) + (i % 60) * 86_400_000).toISOString().slice(0, 10);
const rows = Array.from({ length: ADDED }, (_, i) => `${day(i)},Test Outlet ${i + 1},,,at least ${20 + (i % 60)},,A report for the test,https://example.org/${i + 1},\n`);

const copy = siteCopy('who-reported-dist');
let dist: string;
let server: StaticServer;
let browser: Browser;
let tolls: number;

/**
 * Every toll's row, as a reader finds them: the chart's page's table of every row, then each further page
 * its pager's "later rows" link leads to; with how many rows each page holds.
 */
async function everyRow(chartPage: string): Promise<{ rows: string[]; perPage: number[]; pages: string[] }> {
  const rows: string[] = [];
  const perPage: number[] = [];
  const pages: string[] = [];
  let at: HTMLElement = (await readPage(dist, chartPage)).querySelector('details#who-reported-all')!;
  for (;;) {
    const shown = at.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => td.text).join(' | '));
    rows.push(...shown);
    perPage.push(shown.length);
    const next: string | undefined = at.querySelector('nav.pager a[rel="next"]')?.getAttribute('href');
    if (!next) break;
    pages.push(next);
    at = (await readPage(dist, next)).querySelector('main')!;
  }
  return { rows, perPage, pages };
}
beforeAll(async () => {
  const csv = join(copy.site, 'content/data/reported-totals.csv');
  if (!(await readFile(csv, 'utf8')).endsWith('\n')) await appendFile(csv, '\n');
  await appendFile(csv, rows.join(''));
  dist = copy.out;
  const build = await buildSite(dist, copy.site);
  if (!build.ok) throw new Error(`The copy did not build:\n${build.output}`);
  [server, browser] = await Promise.all([serve(dist), launchBrowser()]);
  // Every toll, as the chart's page and its further pages list them one by one.
  tolls = (await everyRow('/charts/who-reported/')).rows.length;
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a first visit saves the chart’s page for offline reading; the further pages of every toll are the archive’s', async () => {
  const archive = JSON.parse(await readFile(join(dist, ARCHIVE_FILE), 'utf8')) as ArchiveList;
  const paths = archive.files.map(([path]) => path);
  expect(paths).toEqual(expect.arrayContaining(['charts/who-reported/all/2/index.html', 'charts/who-reported/all/3/index.html', 'es/charts/who-reported/all/2/index.html']));
  expect(paths).not.toContain('charts/who-reported/index.html');
  expect(await readFile(join(dist, 'sw.js'), 'utf8')).toContain('"charts/who-reported/index.html"');
});

describe.each([
  ['/', '/charts/who-reported/', '/strikes/1/', 'Tolls', /^Every toll, one per row \([\d,]+\), on the chart’s page$/],
  ['/es/', '/es/charts/who-reported/', '/es/strikes/1/', 'Cifras', /^Cada cifra, una por fila \([\d.\s]+\), en la página del gráfico$/],
])('with %s’s tolls past what it draws one by one', (explainer, chartPage, strikePage, count, link) => {
  test('without JavaScript: the explainer’s figure groups them in its drawings and table, and links to every toll on the chart’s page', async () => {
    expect(tolls).toBeGreaterThan(ADDED);
    const figure = (await readPage(dist, explainer)).querySelector('#who-reported')!;
    const table = figure.querySelectorAll('.chart-data tbody tr');
    expect(table.length).toBeLessThan(tolls / 2);
    const column = [...figure.querySelectorAll('.chart-data thead th')].findIndex((th) => th.text === count);
    expect(table.reduce((sum, tr) => sum + Number(tr.querySelectorAll('td')[column]!.text), 0)).toBe(tolls);
    for (const svg of drawingsOf(figure)) expect(svg.querySelectorAll('.mark').length).toBe(table.length);
    const every = figure.querySelectorAll('.chart-share a').find((a) => link.test(a.text))!;
    expect(every.getAttribute('href')).toBe(`${chartPage}#who-reported-all`);
    expect(figure.querySelector('#who-reported-all')).toBeNull();
    // The chart's page has the grouped figure, and every toll on a row of its own: the first ALL_ROWS_PAGE
    // on the chart's page, the rest on further pages its pager leads to; each toll once.
    const page = await readPage(dist, chartPage);
    expect(page.querySelectorAll('#who-reported .chart-data tbody tr')).toHaveLength(table.length);
    const all = page.querySelector('details#who-reported-all')!;
    expect(all.querySelectorAll('th[scope="col"]')).toHaveLength(6);
    expect(all.querySelector('.rows-shown')!.text).toMatch(new RegExp(`^(Rows|Filas) 1 (to|a) ${ALL_ROWS_PAGE} (of|de) [\\d,.\\s]+\\.$`));
    const paged = await everyRow(chartPage);
    expect(paged.rows).toHaveLength(tolls);
    const pages = Math.ceil(tolls / ALL_ROWS_PAGE);
    expect(pages).toBeGreaterThan(1);
    expect(paged.perPage).toEqual(Array.from({ length: pages }, (_, i) => Math.min(ALL_ROWS_PAGE, tolls - i * ALL_ROWS_PAGE)));
    expect(paged.pages).toEqual(Array.from({ length: pages - 1 }, (_, i) => `${chartPage}all/${i + 2}/`));
    for (let i = 1; i <= ADDED; i++) expect(paged.rows.filter((row) => row.includes(`| Test Outlet ${i} |`)), `Test Outlet ${i}`).toHaveLength(1);
    // A further page: titled with its number, in its edition's language, linking back to the chart, its
    // pager's first page the chart's page's table; the chart's card; its other edition's page as its alternate.
    const second = await readPage(dist, `${chartPage}all/2/`);
    const spanish = chartPage.startsWith('/es/');
    expect(second.querySelector('h1')!.text).toMatch(new RegExp(`(page|página) 2 (of|de) ${pages}$`));
    expect(second.querySelector('title')!.text).toContain(second.querySelector('h1')!.text);
    expect(second.querySelector('html')!.getAttribute('lang')).toBe(spanish ? 'es' : 'en');
    expect(second.querySelectorAll('main a').some((a) => a.getAttribute('href') === chartPage)).toBe(true);
    expect(second.querySelector('nav.pager a[aria-current="page"]')!.getAttribute('href')).toBe(`${chartPage}all/2/`);
    expect(second.querySelector('nav.pager a[aria-label$=" 1"]')!.getAttribute('href')).toBe(`${chartPage}#who-reported-all`);
    expect(second.querySelector('nav.pager a[rel="prev"]')!.getAttribute('href')).toBe(`${chartPage}#who-reported-all`);
    expect(second.querySelector('nav.pager a[rel="next"]')!.getAttribute('href')).toBe(`${chartPage}all/3/`);
    const image = (html: HTMLElement) => html.querySelector('meta[property="og:image"]')!.getAttribute('content');
    expect(image(second)).toBe(image(page));
    const other = spanish ? chartPage.slice(3) : `/es${chartPage}`;
    expect(new URL(second.querySelector(`link[rel="alternate"][hreflang="${spanish ? 'en' : 'es'}"]`)!.getAttribute('href')!).pathname).toBe(`${other}all/2/`);
    // The outlets stay in English on the Spanish page, as the data page's do.
    const outlet = second.querySelector('tbody tr td:nth-child(2)')!;
    expect(outlet.getAttribute('lang') ?? undefined).toBe(spanish ? 'en' : undefined);
  });

  test('in Chromium, the explainer’s link opens every toll on the chart’s page, whose pager leads through the rest and back', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${server.url}${explainer.slice(1)}`);
      await page.locator(`#who-reported .chart-share a[href$="#who-reported-all"]`).click();
      await page.waitForURL(`**${chartPage}#who-reported-all`);
      const all = page.locator('details#who-reported-all');
      await expect.poll(() => all.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      expect(await all.locator('tbody tr').count()).toBe(ALL_ROWS_PAGE);
      const first = await all.locator('tbody tr').first().innerText();
      await all.locator('nav.pager a[rel="next"]').click();
      await page.waitForURL(`**${chartPage}all/2/`);
      expect(await page.locator('main tbody tr').first().innerText()).not.toBe(first);
      await page.locator('main nav.pager a[rel="prev"]').click();
      await page.waitForURL(`**${chartPage}#who-reported-all`);
      await expect.poll(() => page.locator('details#who-reported-all').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
      expect(await page.locator('details#who-reported-all tbody tr').first().innerText()).toBe(first);
    } finally {
      await page.close();
    }
  });

  test('a strike page’s drawing groups them too, and says so', async () => {
    const svg = (await readPage(dist, strikePage)).querySelector('svg#here-who')!;
    const marks = svg.querySelectorAll('.mark').length;
    expect(marks).toBeLessThan(tolls / 2);
    expect(svg.querySelector('desc')!.text).toMatch(new RegExp(`${marks}`));
  });

  test('in Chromium, a group’s tooltip is its row: how many tolls, and which outlets', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${server.url}${explainer.slice(1)}`);
    const mark = page.locator('#who-reported .chart-wide .mark:has(.mark-count)').first();
    const row = Number(await mark.getAttribute('data-row'));
    const cells = await page.locator('#who-reported .chart-data tbody tr').nth(row).locator('td').allTextContents();
    const headings = await page.locator('#who-reported .chart-data thead th').allTextContents();
    await mark.hover();
    const tip = page.locator('#who-reported .chart-tip').first();
    await tip.waitFor();
    expect((await tip.innerText()).split('\n')).toEqual(headings.map((h, c) => `${h}: ${cells[c]}`));
    expect(Number(await mark.locator('.mark-count').textContent())).toBe(Number(cells[headings.indexOf(count)]));
    await page.close();
  });

  test('the explainer, the chart’s page, a further page of every toll and the strike page pass WCAG 2.2 AA (axe, every <details> open) and html-validate', async () => {
    const validator = new HtmlValidate(JSON.parse(await readFile(join(ROOT, 'test/quality/htmlvalidate.json'), 'utf8')));
    for (const path of [explainer, chartPage, `${chartPage}all/2/`, strikePage]) {
      // axe needs a page of a context of its own.
      const violations = await withPage(browser, { viewport: { width: 390, height: 844 } }, async (page) => {
        await page.goto(`${server.url}${path.slice(1)}`);
        await exercise(page);
        return wcagViolations(page);
      });
      expect(violations.map((line) => `${path} ${line}`)).toEqual([]);
      const file = join(dist, path, 'index.html');
      const report = await validator.validateString(await readFile(file, 'utf8'), file);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line} ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });
});
