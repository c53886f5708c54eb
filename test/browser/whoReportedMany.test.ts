import { AxeBuilder } from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GROUP_ABOVE } from '../../src/charts/reportGroups';
import { launchBrowser } from '../helpers/browser';
import { drawingsOf, readPage } from '../helpers/html';
import { type StaticServer, serve } from '../helpers/server';
import { buildSite, ROOT } from '../helpers/site';
import { exercise } from '../helpers/visit';
import { siteCopy } from '../helpers/siteCopy';

/** More outlets' tolls than the chart draws one by one: a row each, added to the copy's reported-totals.csv, as an editor would. */
const ADDED = 2 * GROUP_ABOVE;
const day = (i: number) => new Date(Date.UTC(2025, 9, 1) + (i % 60) * 86_400_000).toISOString().slice(0, 10);
const rows = Array.from({ length: ADDED }, (_, i) => `${day(i)},Test Outlet ${i + 1},,,at least ${20 + (i % 60)},,A report for the test,https://example.org/${i + 1},\n`);

const copy = siteCopy('who-reported-dist');
let dist: string;
let server: StaticServer;
let browser: Browser;
let tolls: number;
beforeAll(async () => {
  const csv = join(copy.site, 'content/data/reported-totals.csv');
  if (!(await readFile(csv, 'utf8')).endsWith('\n')) await appendFile(csv, '\n');
  await appendFile(csv, rows.join(''));
  dist = copy.out;
  const build = await buildSite(dist, copy.site);
  if (!build.ok) throw new Error(`The copy did not build:\n${build.output}`);
  [server, browser] = await Promise.all([serve(dist), launchBrowser()]);
  // Every toll, as the chart's page lists them one by one.
  tolls = (await readPage(dist, '/charts/who-reported/')).querySelectorAll('#who-reported-all tbody tr').length;
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
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
    // The chart's page has the grouped figure and every toll on its own row.
    const page = await readPage(dist, chartPage);
    expect(page.querySelectorAll('#who-reported .chart-data tbody tr')).toHaveLength(table.length);
    const all = page.querySelector('details#who-reported-all')!;
    expect(all.querySelectorAll('th[scope="col"]')).toHaveLength(6);
    expect(all.text).toContain('Test Outlet 1');
    expect(all.text).toContain(`Test Outlet ${ADDED}`);
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

  test('the explainer, the chart’s page and the strike page pass WCAG 2.2 AA (axe, every <details> open) and html-validate', async () => {
    const validator = new HtmlValidate(JSON.parse(await readFile(join(ROOT, 'test/quality/htmlvalidate.json'), 'utf8')));
    for (const path of [explainer, chartPage, strikePage]) {
      // axe needs a page of a context of its own.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${server.url}${path.slice(1)}`);
      await exercise(page);
      const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations;
      await context.close();
      expect(violations.flatMap((v) => v.nodes.map((n) => `${path} ${v.id}: ${n.target.join(' ')}`))).toEqual([]);
      const file = join(dist, path, 'index.html');
      const report = await validator.validateString(await readFile(file, 'utf8'), file);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${path}:${m.line} ${m.ruleId}: ${m.message}`))).toEqual([]);
    }
  });
});
