import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LEDGER_PAGE_ROWS } from '../../src/domain/ledger';
import { SOURCES_PAGE } from '../../src/domain/sources';
import { TIMELINE_DAY_SOURCES } from '../../src/domain/timeline';
import { ARCHIVE_FILE, type ArchiveList } from '../../src/scripts/offline/offlineCopy';
import { corpusSentences, syntheticSource } from '../bench/synthetic';
import { launchBrowser, wcagViolations, withPage } from '../helpers/browser';
import { readPage, textOf } from '../helpers/html';
import { openSearch } from '../helpers/searchPage';
import { type StaticServer, serve } from '../helpers/server';
import { buildSite, copySite, removeDir, tempDir } from '../helpers/site';

/**
 * Added to the five real sources: every synthetic source reports strikes, deaths and troops, so each of
 * those has three pages of rows, and the list of sources three pages.
 */
const ADDED = 2 * Math.max(LEDGER_PAGE_ROWS, SOURCES_PAGE) + 10;
/** A synthetic source's day is its number's remainder by 117: these three, with 0 and 117, make five sources on its first day. */
const BUSY = [2, 3, 4].map((k) => k * 117);
const BUSY_DAY = '2025-09-05';

let site: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
/** How many figures of deaths the sources report, counted in their files: the rows the ledger must show, across its pages. */
let killedClaims: number;
/** Every source's page, by its file's name. */
let sourcePages: string[];
/** How many sources were published each day, counted in their files. */
let sourcesByDay: Map<string, number>;
beforeAll(async () => {
  site = await copySite();
  dist = await tempDir('ledger-pages-dist');
  const dir = join(site, 'content/sources');
  const real = await Promise.all((await readdir(dir)).map((f) => readFile(join(dir, f), 'utf8')));
  const sentences = corpusSentences(real);
  for (const i of [...Array(ADDED).keys(), ...BUSY]) {
    const { file, text } = syntheticSource(i, sentences);
    await writeFile(join(dir, file), text);
  }
  const all = await Promise.all((await readdir(dir)).map((f) => readFile(join(dir, f), 'utf8')));
  sourcePages = (await readdir(dir)).map((f) => `/sources/${f.replace(/\.mdx$/, '')}/`);
  sourcesByDay = new Map();
  for (const text of all) {
    const day = text.match(/^published:\n {2}date: (\d{4}-\d{2}-\d{2})$/m)![1]!;
    sourcesByDay.set(day, (sourcesByDay.get(day) ?? 0) + 1);
  }
  killedClaims = all.reduce((n, text) => n + (text.match(/^ {2}- metric: killed$/gm) ?? []).length, 0);
  const build = await buildSite(dist, site);
  if (!build.ok) throw new Error(`The copy did not build:\n${build.output}`);
  server = await serve(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await pagefind.close();
  await removeDir(site);
  await removeDir(dist);
});

/** The rows of the deaths' table on a page, each as its source link and its day. */
async function killedRows(path: string) {
  const html = await readPage(dist, path);
  const table = html.querySelector('#ledger-killed');
  expect(table, path).not.toBeNull();
  return {
    html,
    caption: textOf(table!.querySelector('caption')!),
    rows: table!.querySelectorAll('tbody tr').map((tr) => ({ href: tr.querySelector('th a')!.getAttribute('href')!, day: tr.querySelector('time')!.getAttribute('datetime')! })),
    // The pager of the deaths' rows: the one after their table.
    pager: html.querySelectorAll('nav.pager').find((nav) => nav.querySelector('a[href*="killed"]')) ?? null,
  };
}

describe('the ledger of a large archive, in pages', () => {
  test('the ledger’s own page shows each metric’s first rows, says which, and links to the rest', async () => {
    const { caption, rows, pager, html } = await killedRows('/ledger/');
    expect(killedClaims).toBeGreaterThan(2 * LEDGER_PAGE_ROWS);
    expect(rows).toHaveLength(LEDGER_PAGE_ROWS);
    expect(caption).toContain(`Rows 1 to ${LEDGER_PAGE_ROWS} of ${killedClaims}, oldest first.`);
    expect(pager!.getAttribute('aria-label')).toBe('Pages of the ledger: People killed');
    const links = pager!.querySelectorAll('a').map((a) => [textOf(a), a.getAttribute('href'), a.getAttribute('aria-current')]);
    expect(links).toEqual([
      ['1', '/ledger/#ledger-killed', 'page'],
      ['2', '/ledger/killed/2/', undefined],
      ['3', '/ledger/killed/3/', undefined],
      ['Later rows →', '/ledger/killed/2/', undefined],
    ]);
    // Every table on the ledger's page stops at a page's rows, however large the archive.
    for (const table of html.querySelectorAll('.ledger table')) expect(table.querySelectorAll('tbody tr').length).toBeLessThanOrEqual(LEDGER_PAGE_ROWS);
  });

  test('across its pages, every figure of deaths is shown once, oldest first', async () => {
    const pages = await Promise.all(['/ledger/', '/ledger/killed/2/', '/ledger/killed/3/'].map(killedRows));
    const rows = pages.flatMap((p) => p.rows);
    expect(rows).toHaveLength(killedClaims);
    expect(new Set(rows.map((r) => r.href)).size).toBe(killedClaims);
    const days = rows.map((r) => r.day);
    expect(days).toEqual([...days].sort());
    expect(pages[2].caption).toContain(`Rows ${2 * LEDGER_PAGE_ROWS + 1} to ${killedClaims} of ${killedClaims}, oldest first.`);
  });

  test('a further page has a title of its own, steps both ways, and leads back to the ledger', async () => {
    const { html, pager } = await killedRows('/ledger/killed/2/');
    expect(html.querySelector('h1')!.text).toBe('The figure ledger: People killed, page 2 of 3');
    expect(html.querySelector('title')!.text).toMatch(/^The figure ledger: People killed, page 2 of 3 · /);
    expect(html.querySelector('meta[name="description"]')!.getAttribute('content')).toMatch(/^The figure ledger: People killed, page 2 of 3\. Rows 101 to 200 of \d+, oldest first\. /);
    expect(html.querySelector('main a[href="/ledger/"]')).not.toBeNull();
    expect(pager!.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe('/ledger/#ledger-killed');
    expect(pager!.querySelector('a[rel="next"]')!.getAttribute('href')).toBe('/ledger/killed/3/');
    expect(pager!.querySelector('[aria-current="page"]')!.getAttribute('href')).toBe('/ledger/killed/2/');
    // Only the metric of the page.
    expect(html.querySelectorAll('.ledger table')).toHaveLength(1);
    const last = await killedRows('/ledger/killed/3/');
    expect(last.pager!.querySelector('a[rel="next"]')).toBeNull();
  });

  test('the Spanish edition has the same pages, in its words', async () => {
    const { html, caption, pager } = await killedRows('/es/ledger/killed/2/');
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('es');
    expect(caption).toContain(`Filas 101 a 200 de ${killedClaims}, de la más antigua a la más reciente.`);
    expect(pager!.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe('/es/ledger/#ledger-killed');
    expect(html.querySelector('link[rel="alternate"][hreflang="en"]')!.getAttribute('href')).toMatch(/\/ledger\/killed\/2\/$/);
  });

  test('a first visit saves the ledger’s own page for offline reading; its further pages are the archive’s', async () => {
    const archive = JSON.parse(await readFile(join(dist, ARCHIVE_FILE), 'utf8')) as ArchiveList;
    const paths = archive.files.map(([path]) => path);
    expect(paths).toEqual(expect.arrayContaining(['ledger/killed/2/index.html', 'ledger/killed/3/index.html', 'es/ledger/killed/2/index.html']));
    expect(paths).not.toContain('ledger/index.html');
    expect(await readFile(join(dist, 'sw.js'), 'utf8')).toContain('"ledger/index.html"');
  });

  test.each([
    ['a phone', { width: 390, height: 844 }],
    ['a desktop screen', { width: 1280, height: 800 }],
  ])('in Chromium on %s, a further page of the ledger has no WCAG 2.2 AA violation, and its pager works from the keyboard', async (_, viewport) => {
    await withPage(browser, { viewport }, async (page) => {
      await page.goto(new URL('ledger/killed/2/', server.url).href);
      expect(await wcagViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Later rows' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/ledger\/killed\/3\/$/);
      expect(await page.locator('h1').textContent()).toBe('The figure ledger: People killed, page 3 of 3');
      await page.getByRole('link', { name: 'Page 1', exact: true }).click();
      await page.waitForURL(/\/ledger\/#ledger-killed$/);
      expect(await page.locator('#ledger-killed tbody tr').count()).toBe(LEDGER_PAGE_ROWS);
    });
  });
});

/** The sources a page of the list shows, each as its link and its day, and the page's pager. */
async function listed(path: string) {
  const html = await readPage(dist, path);
  const list = html.querySelector('ol.source-list')!;
  return {
    html,
    start: Number(list.getAttribute('start')),
    sources: list.querySelectorAll('li').map((li) => ({ href: li.querySelector('.headline a')!.getAttribute('href')!, day: li.querySelector('time')!.getAttribute('datetime')! })),
    pager: html.querySelector('nav.pager'),
    shown: html.querySelector('main p.meta')?.text,
  };
}

describe('the list of sources of a large archive, in pages', () => {
  test('/sources/ shows the newest hundred, says which, and its pager leads to the rest', async () => {
    const first = await listed('/sources/');
    expect(first.sources).toHaveLength(SOURCES_PAGE);
    expect(first.shown).toBe(`Sources 1 to ${SOURCES_PAGE} of ${sourcePages.length}, newest first.`);
    expect(first.start).toBe(sourcePages.length);
    expect(first.pager!.getAttribute('aria-label')).toBe('Pages of the list of sources');
    expect(first.pager!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/sources/', '/sources/page/2/', '/sources/page/3/', '/sources/page/2/']);
  });

  test('across its pages, every source is listed once, newest first, each page numbered on from the last', async () => {
    const pages = await Promise.all(['/sources/', '/sources/page/2/', '/sources/page/3/'].map(listed));
    const all = pages.flatMap((p) => p.sources);
    expect(all.map((s) => s.href).sort()).toEqual([...sourcePages].sort());
    const days = all.map((s) => s.day);
    expect(days).toEqual([...days].sort().reverse());
    expect(pages.map((p) => p.start)).toEqual([sourcePages.length, sourcePages.length - SOURCES_PAGE, sourcePages.length - 2 * SOURCES_PAGE]);
    expect(pages[2].html.querySelector('h1')!.text).toBe('Sources, page 3 of 3');
    expect(pages[2].pager!.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe('/sources/page/2/');
    expect(pages[2].pager!.querySelector('a[rel="next"]')).toBeNull();
    const spanish = await listed('/es/sources/page/2/');
    expect(spanish.shown).toBe(`Fuentes 101 a 200 de ${sourcePages.length}, de la más reciente a la más antigua.`);
    expect(spanish.sources.map((s) => s.href)).toEqual(pages[1].sources.map((s) => s.href));
  });

  test('its further pages are the archive’s offline, as the sources’ own pages are', async () => {
    const archive = JSON.parse(await readFile(join(dist, ARCHIVE_FILE), 'utf8')) as ArchiveList;
    expect(archive.files.map(([path]) => path)).toEqual(expect.arrayContaining(['sources/page/2/index.html', 'sources/page/3/index.html', 'es/sources/page/2/index.html']));
  });

  test('in Chromium, a further page has no WCAG 2.2 AA violation on a phone, and its pager leads on', async () => {
    await withPage(browser, { viewport: { width: 390, height: 844 } }, async (page) => {
      await page.goto(new URL('sources/page/2/', server.url).href);
      expect(await wcagViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Older sources' }).click();
      await page.waitForURL(/\/sources\/page\/3\/$/);
      expect(await page.locator('ol.source-list li').count()).toBe(sourcePages.length - 2 * SOURCES_PAGE);
    });
  });

  test('on /search/, "More results" lists the next results and takes keyboard focus to the first of them, also where it then hides', async () => {
    await withPage(browser, {}, async (page) => {
      await openSearch(page, server.url, { q: 'Maduro' });
      const items = page.locator('[data-search-results] > li.search-hit');
      expect(await items.count()).toBe(10);
      const more = page.getByRole('button', { name: 'More results' });
      let pages = 1;
      while (await more.isVisible()) {
        await more.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => items.count()).toBeGreaterThan(10 * pages);
        // Focus is on the first new result's title, never lost to the page when the button hides after the last.
        const focused = await page.evaluate(() => {
          const hits = [...document.querySelectorAll('[data-search-results] > li.search-hit')];
          return { at: hits.indexOf(document.activeElement!.closest('li.search-hit')!), tag: document.activeElement!.tagName };
        });
        expect(focused).toEqual({ at: 10 * pages, tag: 'A' });
        pages++;
      }
      expect(pages).toBeGreaterThan(2);
    });
  });

  test('without JavaScript, /search/ sends the reader to the list of sources rather than list them all', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(new URL('search/', server.url).href);
      expect(await page.textContent('main')).toContain('Search needs JavaScript, which is off in this browser. Every source can still be read: the list of sources has them all');
      expect(await page.locator('.search-fallback').count()).toBe(0);
      expect(await page.isVisible('main a[href="/sources/"]')).toBe(true);
    });
  });
});

describe('the timeline of a large archive', () => {
  test(`shows ${TIMELINE_DAY_SOURCES} of a busy day's sources and one entry for the rest, which says how many; a quieter day in full`, async () => {
    const html = await readPage(dist, '/timeline/');
    const onDay = (kind: string, day: string) => html.querySelectorAll(`li.entry.${kind}`).filter((li) => li.querySelector('time')!.getAttribute('datetime') === day);
    expect(sourcesByDay.get(BUSY_DAY)).toBe(5);
    for (const [day, count] of sourcesByDay) {
      expect(onDay('source', day), day).toHaveLength(Math.min(count, TIMELINE_DAY_SOURCES));
      const more = onDay('more', day).map((li) => textOf(li.querySelector('.what a')!));
      const rest = count - TIMELINE_DAY_SOURCES;
      expect(more, day).toEqual(rest > 0 ? [`${rest} more ${rest === 1 ? 'source' : 'sources'} published that day, in the list of sources`] : []);
    }
    expect(textOf(html.querySelector('main p.meta')!)).toBe(
      `Where more than ${TIMELINE_DAY_SOURCES} sources were published on one day, the timeline shows ${TIMELINE_DAY_SOURCES} of them and links to the rest in the list of sources, which has all ${sourcePages.length}.`,
    );
    // The busy day is the oldest: it begins on the list's last page.
    expect(html.querySelector(`#more-${BUSY_DAY} .what a`)!.getAttribute('href')).toBe(`/sources/page/3/#day-${BUSY_DAY}`);
    // Its standfirst counts what it shows.
    expect(textOf(html.querySelector('main p.standfirst')!)).toMatch(new RegExp(`^${html.querySelectorAll('li.entry').length} dated entries, month by month`));
    const spanish = await readPage(dist, '/es/timeline/');
    expect(spanish.querySelector(`#more-${BUSY_DAY} .what a`)!.getAttribute('href')).toBe(`/es/sources/page/3/#day-${BUSY_DAY}`);
    expect(textOf(spanish.querySelector('main p.meta')!)).toContain(`la cronología muestra ${TIMELINE_DAY_SOURCES} y enlaza a las demás en la lista de fuentes, que las tiene todas (${sourcePages.length}).`);
  });

  test('in Chromium, the entry leads to the day in the list of sources, where all its sources are; the timeline has no WCAG 2.2 AA violation on a phone', async () => {
    await withPage(browser, { viewport: { width: 390, height: 844 } }, async (page) => {
      await page.goto(new URL('timeline/', server.url).href);
      expect(await wcagViolations(page)).toEqual([]);
      await page.getByRole('link', { name: '2 more sources published that day' }).click();
      await page.waitForURL(new RegExp(`/sources/page/3/#day-${BUSY_DAY}$`), { waitUntil: 'load' });
      // The day begins at the anchor, and the list holds every one of its five sources from there.
      const days = await page.locator('li:target, li:target ~ li').evaluateAll((items) => items.map((li) => li.querySelector('time')!.getAttribute('datetime')));
      expect(days).toEqual(Array(5).fill(BUSY_DAY));
      // And the reader is shown it.
      await expect.poll(() => page.locator('li:target').evaluate((li) => li.getBoundingClientRect().top)).toBeLessThan(844);
    });
  });
});
