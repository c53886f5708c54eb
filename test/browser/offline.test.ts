import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import {
  controlled,
  coreCacheFiles,
  corePages,
  freshContext,
  isKept,
  offlineCaches,
  offlineStatus,
  offlineSummary,
  progressLabels,
  saveData,
  saveWholeSite,
  search,
  sitePages,
  sourcePages,
  storageUsed,
  visitOnce,
} from '../helpers/offline';
import { type StaticServer, serve } from '../helpers/server';
import { uplink } from '../helpers/uplink';
import { fragmentOf } from '../../src/scripts/offline/offlineCopy';

/** What shows a page opened: its heading (on a chart's embed, the chart's caption). */
const PAGE_HEAD = 'main h1';

const siteDir = inject('siteDir');
const READ = '/sources/turkiye-today-2025-12-01/';
/** A source read online but never found by a search there. */
const READ_UNSEARCHED = '/sources/indian-witness-2025-12-03/';
const UNREAD = '/sources/orinoco-tribune-2025-11-28/';
const summary = () => offlineSummary(siteDir);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `path` (and, unless it is the home page, the same without its trailing slash) and checks a page of the site shows, not the "not saved" page. */
/** Empties the browser's HTTP cache, which it empties far sooner than a service worker's: offline, only the worker's answers. */
async function clearHttpCache(context: BrowserContext, page: Page) {
  const devtools = await context.newCDPSession(page);
  await devtools.send('Network.clearBrowserCache');
  await devtools.detach();
}

async function opens(page: Page, origin: string, path: string) {
  for (const asked of path === '/' ? [path] : [path, path.slice(0, -1)]) {
    const response = await page.goto(`${origin}${asked.slice(1)}`);
    expect(response?.ok(), asked).toBe(true);
    expect(new URL(page.url()).pathname, asked).toBe(path);
    if (path !== '/offline/') expect(await page.title(), asked).not.toMatch(/^Not saved/);
    expect(await page.locator(PAGE_HEAD).count(), asked).toBe(1);
  }
}

/** The text of what has focus. */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? null);

/** The "more results are not saved" line a search shows offline, or null. */
const unsavedLine = async (page: Page) => ((await page.locator('[data-search-unsaved]').count()) ? page.textContent('[data-search-unsaved]') : null);

describe('after one visit, with nothing else saved: the story, search, and what the reader opened work offline', () => {
  let server: StaticServer;
  const requests: string[] = [];
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serve(siteDir);
    ({ context, page } = await freshContext(browser, requests));
    expect(await visitOnce(page, server.url)).toMatch(
      /^Available offline: the explainer, search and each page you open, \d+\.\d MB saved on this device\. Other pages need a connection\.$/,
    );
    // Read once, online: one source, and a search whose result is in it.
    await page.goto(`${server.url}${READ.slice(1)}`);
    expect(await search(page, server.url, 'Florida')).toEqual([READ]);
    await page.goto(`${server.url}${READ_UNSEARCHED.slice(1)}`);
    // Offline twice over: the browser says so, and the server is gone.
    await context.setOffline(true);
    await server.close();
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the explainer and every page but the sources’ own open, with and without the trailing slash, and so does the source read once', async () => {
    const pages = await corePages(siteDir);
    expect(pages).toEqual(expect.arrayContaining(['/', '/ledger/', '/data/', '/search/', '/sources/', '/about/']));
    for (const path of [...pages, READ, READ_UNSEARCHED]) await opens(page, server.url, path);
    expect(await page.goto(`${server.url}${READ.slice(1)}`).then(() => page.textContent('main'))).toContain('Florida');
  });

  test('a saved page answers with the host’s headers, its security policy and language among them, not only its type', async () => {
    // The English page last: the edition read last is the one a source's page then shows (the tests after this one read English).
    for (const path of ['/es/ledger/', '/ledger/']) {
      const response = (await page.goto(`${server.url}${path.slice(1)}`))!;
      expect(response.fromServiceWorker(), path).toBe(true);
      const headers = response.headers();
      expect(headers['content-type'], path).toMatch(/^text\/html/);
      expect(headers['content-security-policy'], path).toContain('frame-ancestors');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['content-language'], path).toBe(path.startsWith('/es/') ? 'es' : 'en');
      // Its body is decoded: no encoding it no longer has.
      expect(headers['content-encoding'], path).toBeUndefined();
    }
  });

  test('a source never opened says it is not saved on this device, and what can be read', async () => {
    for (const path of (await sourcePages(siteDir)).filter((p) => p !== READ && p !== READ_UNSEARCHED)) {
      await page.goto(`${server.url}${path.slice(1)}`);
      expect(await page.textContent('main h1'), path).toBe('This page is not saved on this device');
      expect(await page.textContent('main'), path).toContain('save the whole site for offline reading');
    }
  });

  test('search works: results in the saved pages show, and results in sources not saved are counted as not available offline', async () => {
    // What the service worker tells the page it could not give: parts of the index only, never a result's text.
    await page.addInitScript(() =>
      navigator.serviceWorker?.addEventListener('message', (event) => {
        const told = window as unknown as { told?: string[] };
        (told.told ??= []).push(String(event.data?.path));
      }),
    );
    // In the explainer and the data page (saved), and in a source never opened (not).
    expect(await search(page, server.url, 'Trinidad')).toEqual(expect.arrayContaining(['/', '/data/']));
    expect(await search(page, server.url, 'Trinidad')).not.toContain(UNREAD);
    expect(await unsavedLine(page)).toMatch(/^1 more result is in pages not saved on this device, so not available offline\./);
    // The unsaved result's text is not part of the index, all of which is saved: nothing is said to be missing from it.
    const told = await page.evaluate(() => new Promise<string[]>((resolve) => setTimeout(() => resolve((window as unknown as { told?: string[] }).told ?? []), 500)));
    expect(told).toEqual([]);
    expect(await page.textContent('[data-search-app] [role="status"]')).not.toContain('part of the search index');
    // A page read online, though no search there found it, is found: its result's text was kept with it.
    expect(await search(page, server.url, 'cordial')).toContain(READ_UNSEARCHED);
    expect(await unsavedLine(page)).toBeNull();
    // A search already made online finds its result again, and it opens at its paragraph with the words marked.
    expect(await search(page, server.url, 'Florida')).toEqual([READ]);
    expect(await unsavedLine(page)).toBeNull();
    await page.click('[data-search-results] .search-passages a');
    await page.waitForURL((url) => url.pathname === READ && /^#p-\d+$/.test(url.hash));
    await page.waitForSelector('mark.search-hit');
    expect(await page.$$eval('mark.search-hit', (marks) => marks.map((m) => m.textContent))).toContain('Florida');
  });

  test('spelling help too: a misspelt name offers the right word, from the saved vocabulary, and its search runs', async () => {
    expect(await search(page, server.url, 'Madurro')).toEqual([]);
    await page.getByRole('link', { name: 'Maduro', exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Maduro');
    await page.waitForSelector('[data-search-app][data-state="done"]');
    expect(await page.locator('[data-search-results] > li.search-hit').count()).toBeGreaterThan(0);
  });

  test('the data downloads are there too', async () => {
    await page.goto(`${server.url}data/`);
    for (const file of ['strikes.csv', 'reported-totals.csv']) {
      const csv = await page.evaluate((url) => fetch(url).then((r) => r.text()), `/data/${file}`);
      expect(csv).toBe(await readFile(join(siteDir, 'data', file), 'utf8'));
    }
  });

  test('a page that was never saved gets the offline page, which says what happened', async () => {
    await page.goto(`${server.url}no-such-page/`);
    expect(await page.textContent('main h1')).toBe('This page is not saved on this device');
    expect(await page.textContent('main')).toContain('You seem to be offline');
    // Under /es/, the Spanish words first and the furniture in Spanish: its script is saved with the core.
    await page.goto(`${server.url}es/no-such-page/`);
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    expect(await page.locator('main h1').allTextContents()).toEqual(['Esta página no está guardada en este dispositivo']);
    expect(await page.title()).toBe('No guardada para leer sin conexión · Ataques en el mar');
  });

  test('nothing was requested from anywhere but 127.0.0.1', () => {
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins]).toEqual([new URL(server.url).origin]);
  });
});

/** A server for the site and a fresh browser profile, for the tests of one block; `ready` runs once both are up. */
function session(ready?: (page: Page, url: string) => Promise<void>) {
  const open = {} as { server: StaticServer; context: BrowserContext; page: Page };
  beforeAll(async () => {
    open.server = await serve(siteDir);
    ({ context: open.context, page: open.page } = await freshContext(browser));
    await ready?.(open.page, open.server.url);
  });
  afterAll(async () => {
    await open.context?.close();
    await open.server?.close();
  });
  return open;
}

describe('the page a reader lands on first, which installs the worker but is not served by it', () => {
  const open = session();

  test('is kept as if read: a source arrived at from a shared link opens offline', async () => {
    await visitOnce(open.page, `${open.server.url}${UNREAD.slice(1)}`);
    expect(await controlled(open.page)).toBe(false);
    await open.context.setOffline(true);
    await open.page.reload();
    expect(await open.page.title()).not.toMatch(/^Not saved/);
    expect(await open.page.textContent('main')).toContain('Orinoco');
    const body = await open.page.evaluate(async (key) => (await caches.match(key))?.text(), `${UNREAD}index.html`);
    expect(body).toBe(await readFile(join(siteDir, UNREAD.slice(1), 'index.html'), 'utf8'));
    // With its search result's text, which the page names.
    expect(await isKept(open.page, fragmentOf(body!)!)).toBe(true);
    await open.context.setOffline(false);
  });
});

describe('the footer’s status line', () => {
  test('is in the page, empty and taking no room, before a script writes it, so that what is written is announced', async () => {
    const server = await serve(siteDir);
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      const status = page.locator('footer [data-offline-status]');
      expect(await status.getAttribute('role')).toBe('status');
      expect(await status.evaluate((p: HTMLElement) => [p.hidden, getComputedStyle(p).display, p.textContent])).toEqual([false, 'block', '']);
      expect((await status.boundingBox())?.height).toBe(0);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('the whole site, saved on request', () => {
  const open = session();

  test('is offered with its size, saves with its progress, then every page and every search result works offline; removing it frees the storage', async () => {
    const { archive } = await summary();
    await visitOnce(open.page, open.server.url);
    const offered = open.page.getByRole('button', { name: /^Save the whole site/ });
    expect(await offered.textContent()).toBe(`Save the whole site for offline reading (${(archive.bytes / 1e6).toFixed(1)} MB)`);
    const before = await storageUsed(open.page);
    // The progress shows while it saves: its label is watched as it changes.
    const labels = progressLabels(open.page);
    await saveWholeSite(open.page);
    expect((await labels).at(-1)).toBe(
      `Saving the whole site: ${archive.files} files of ${archive.files}, ${(archive.bytes / 1e6).toFixed(1)} MB of ${(archive.bytes / 1e6).toFixed(1)} MB…`,
    );
    expect(await offlineStatus(open.page, 'ready')).toMatch(/^Available offline: every page and search, \d+\.\d MB saved on this device\.$/);
    // Focus follows the controls as they change, from the button pressed through the progress to the next button, not lost to the page.
    expect(await focusedText(open.page)).toBe('Remove the saved copy of the whole site');
    const saved = await storageUsed(open.page);
    expect(saved - before).toBeGreaterThanOrEqual(archive.bytes);
    const caches = await offlineCaches(open.page);
    expect(Object.entries(caches).find(([name]) => name.endsWith('-archive'))?.[1]).toBe(archive.files + 1);

    await open.context.setOffline(true);
    for (const path of await sitePages(siteDir)) await opens(open.page, open.server.url, path);
    expect(await search(open.page, open.server.url, 'Trinidad')).toEqual(expect.arrayContaining(['/', '/data/', UNREAD]));
    expect(await unsavedLine(open.page)).toBeNull();
    expect(await search(open.page, open.server.url, 'Cartel of the Suns')).toHaveLength(8);
    await open.context.setOffline(false);

    // Another page knows it is saved, and offers to remove it. The ledger is in the core: a page kept as it
    // is read would be written to storage while the space freed is being measured.
    await open.page.goto(`${open.server.url}ledger/`);
    // A removal that fails (the browser refuses to delete the copy, once) says so, beside the button, which
    // keeps focus to try again; the copy stays, and the footer says so.
    await open.page.evaluate(() => {
      const remove = CacheStorage.prototype.delete;
      CacheStorage.prototype.delete = function () {
        CacheStorage.prototype.delete = remove;
        return Promise.reject(new DOMException('Refused', 'UnknownError'));
      };
    });
    await open.page.getByRole('button', { name: 'Remove the saved copy of the whole site' }).click();
    await open.page.locator('#offline-failed').waitFor();
    expect(await open.page.textContent('#offline-failed')).toBe('The saved copy could not be removed. Try again; if it is still there, you can clear this site’s data in your browser’s settings.');
    expect(await focusedText(open.page)).toBe('Remove the saved copy of the whole site');
    expect(await open.page.locator('[data-offline-controls] button').getAttribute('aria-describedby')).toBe('offline-failed');
    expect(await offlineStatus(open.page, 'ready')).toMatch(/^Available offline: every page and search/);
    const beforeRemoval = await storageUsed(open.page);
    await open.page.getByRole('button', { name: 'Remove the saved copy of the whole site' }).click();
    await open.page.locator('[data-offline-controls][data-archive="none"]').waitFor();
    expect(await focusedText(open.page)).toMatch(/^Save the whole site for offline reading/);
    // Marked, to find it still there, and focused, once the footer has said the space is freed.
    await open.page.evaluate(() => ((document.activeElement as HTMLElement).dataset.seen = 'yes'));
    expect(Object.keys(await offlineCaches(open.page)).some((name) => name.endsWith('-archive'))).toBe(false);
    const shown = async () => Number(/ ([\d.]+) MB saved on this device/.exec((await open.page.textContent('[data-offline-status]')) ?? '')?.[1]);
    const shownAtRemoval = await shown();
    // Chromium frees a deleted cache once nothing holds it: when the service worker stops, as it does when
    // idle (after 30 s). It is stopped here as the browser would stop it; then the space is freed, and the
    // footer, still open, says so by itself (the archive here is more than 0.1 MB: its figure must fall).
    const devtools = await open.context.newCDPSession(open.page);
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.stopAllWorkers');
    expect(archive.bytes).toBeGreaterThan(100_000);
    await expect.poll(shown, { timeout: 60_000, interval: 500 }).toBeLessThan(shownAtRemoval);
    expect(await open.page.evaluate(() => (document.activeElement as HTMLElement).dataset.seen)).toBe('yes');
    await open.page.goto(`${open.server.url}ledger/`);
    // Chromium's figure is not exact: run alone, this test measured 130,577 bytes freed for the archive's
    // 126,991; in the whole suite, 2,270 bytes fewer than the archive's bodies, its cache gone all the same
    // (checked above). Without the removal nothing would be freed at all; 5% of the archive is the margin
    // for the browser's bookkeeping.
    await expect
      .poll(async () => beforeRemoval - (await storageUsed(open.page)), { timeout: 60_000, interval: 200 })
      .toBeGreaterThanOrEqual(archive.bytes * 0.95);
    await open.page.getByRole('button', { name: /^Save the whole site/ }).waitFor();
  });
});

describe('the whole site, asked for in two tabs', () => {
  const open = session();

  test('is saved once: a tab that still offers it, asked after the other tab saved it, finds it saved and downloads none of it again', async () => {
    await visitOnce(open.page, open.server.url);
    const other = await open.context.newPage();
    await other.goto(`${open.server.url}ledger/`);
    await other.getByRole('button', { name: /^Save the whole site/ }).waitFor();
    await saveWholeSite(open.page);
    const fetched: string[] = [];
    other.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await saveWholeSite(other);
    expect(fetched.filter((path) => path === '/offline-archive.json' || path.startsWith('/sources/'))).toEqual([]);
    expect(await offlineStatus(other, 'ready')).toMatch(/^Available offline: every page and search/);
    await other.close();
  });
});

describe('the whole site, saved after a source was read', () => {
  const open = session();

  test('leaves what was read where it is: not downloaded again, not stored twice, counted as saved, and still there once the whole site is removed', async () => {
    const { archive, version } = await summary();
    const names = { archive: `strikes-offline-${version}-archive`, read: `strikes-offline-${version}-read` };
    await visitOnce(open.page, open.server.url);
    await open.page.goto(`${open.server.url}${READ.slice(1)}`);
    const kept = [`${READ}index.html`, fragmentOf(await readFile(join(siteDir, READ.slice(1), 'index.html'), 'utf8'))!];
    for (const key of kept) await expect.poll(() => isKept(open.page, key, names.read)).toBe(true);
    const fetched: string[] = [];
    open.page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const labels = progressLabels(open.page);
    await saveWholeSite(open.page);
    // Counted from the start as saved: the progress ends at the whole site's files and size, as the button said.
    const size = (archive.bytes / 1e6).toFixed(1);
    expect((await labels).at(-1)).toBe(`Saving the whole site: ${archive.files} files of ${archive.files}, ${size} MB of ${size} MB…`);
    expect(fetched.filter((path) => path === READ || kept.includes(path))).toEqual([]);
    expect(fetched.filter((path) => path.startsWith('/sources/')).length).toBeGreaterThan(0);
    for (const key of kept) {
      expect(await isKept(open.page, key, names.read), key).toBe(true);
      expect(await isKept(open.page, key, names.archive), key).toBe(false);
    }
    expect((await offlineCaches(open.page))[names.archive]).toBe(archive.files + 1 - kept.length);
    await open.context.setOffline(true);
    await opens(open.page, open.server.url, UNREAD);
    await open.context.setOffline(false);

    // Removed: the source read stays, with its search result's text; the others go.
    await open.page.goto(`${open.server.url}ledger/`);
    await open.page.getByRole('button', { name: 'Remove the saved copy of the whole site' }).click();
    await open.page.locator('[data-offline-controls][data-archive="none"]').waitFor();
    await open.context.setOffline(true);
    await opens(open.page, open.server.url, READ);
    expect(await search(open.page, open.server.url, 'Florida')).toContain(READ);
    await open.page.goto(`${open.server.url}${UNREAD.slice(1)}`);
    expect(await open.page.title()).toMatch(/^Not saved/);
    await open.context.setOffline(false);
  });
});

describe('with the browser asking to save data', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(siteDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  // Data saver reaches the worker through DevTools, which races Playwright's own resuming of each new
  // worker (saveData()): a worker that started first saves the whole core, and the test runs again in a
  // fresh profile. Its assertions stay as they are.
  test('a first visit saves only what the “not saved” page needs and the scripts of the page it landed on, and a page read is kept with the scripts it loads; saving the whole site saves the rest of the core too, so every page and search work offline; removing it goes back to the pages read', { retry: 2 }, async () => {
    const { archive, core, dataSaver } = await summary();
    const { context, page } = await freshContext(browser);
    try {
      await saveData(context, page);
      expect(await page.evaluate(() => (navigator as Navigator & { connection: { saveData: boolean } }).connection.saveData)).toBe(true);
      const PAGES_ONLY = /^Your browser asks to save data, so only the pages you open are kept for reading offline \(\d+\.\d MB on this device\)\.$/;
      expect(await visitOnce(page, server.url)).toMatch(PAGES_ONLY);
      expect(await coreCacheFiles(page)).toBe(dataSaver.files + 1);

      // The page the visit landed on, which loaded its scripts before the worker served it: they were kept
      // before the footer said what is saved, so offline it opens with them (they write the footer's line
      // and put each chart's wide drawing in place). Not from the browser's HTTP cache, which the browser
      // empties far sooner than the worker's, and which is emptied here.
      await clearHttpCache(context, page);
      await context.setOffline(true);
      await opens(page, server.url, '/');
      expect(await offlineStatus(page, 'ready')).toMatch(PAGES_ONLY);
      expect(await page.locator('figure[data-chart] .chart-wide > svg').count()).toBeGreaterThan(0);
      await context.setOffline(false);

      // Read once, online: it opens offline with its scripts running, the HTTP cache emptied again (they write
      // the footer's line, and load its controls' chunk and the summary it reads; the first page kept those it
      // shares with this one, and a page read keeps its own).
      await page.goto(`${server.url}${READ.slice(1)}`);
      await offlineStatus(page, 'ready');
      await clearHttpCache(context, page);
      await context.setOffline(true);
      await opens(page, server.url, READ);
      expect(await offlineStatus(page, 'ready')).toMatch(PAGES_ONLY);
      await page.goto(`${server.url}ledger/`);
      expect(await page.title()).toMatch(/^Not saved/);
      await context.setOffline(false);

      // The whole site: the archive and the rest of the core, which the button's size and the progress count.
      const files = archive.files + core.files - dataSaver.files;
      const size = ((archive.bytes + core.bytes - dataSaver.bytes) / 1e6).toFixed(1);
      await page.goto(`${server.url}ledger/`);
      const offered = page.getByRole('button', { name: /^Save the whole site/ });
      expect(await offered.textContent()).toBe(`Save the whole site for offline reading (${size} MB)`);
      const labels = progressLabels(page);
      await saveWholeSite(page);
      expect((await labels).at(-1)).toBe(`Saving the whole site: ${files} files of ${files}, ${size} MB of ${size} MB…`);
      expect(await offlineStatus(page, 'ready')).toMatch(/^Available offline: every page and search, \d+\.\d MB saved on this device\.$/);
      await context.setOffline(true);
      for (const path of await sitePages(siteDir)) await opens(page, server.url, path);
      expect(await search(page, server.url, 'Trinidad')).toEqual(expect.arrayContaining(['/', '/data/', UNREAD]));
      expect(await unsavedLine(page)).toBeNull();
      await context.setOffline(false);

      // Removed: the core's rest goes with it, and the footer and the button say so again.
      await page.goto(`${server.url}search/`);
      await page.getByRole('button', { name: 'Remove the saved copy of the whole site' }).click();
      await page.locator('[data-offline-controls][data-archive="none"]').waitFor();
      expect(await offlineStatus(page, 'ready')).toMatch(PAGES_ONLY);
      expect(await offered.textContent()).toBe(`Save the whole site for offline reading (${size} MB)`);
      expect(await coreCacheFiles(page)).toBe(dataSaver.files + 1);

    } finally {
      await context.close();
    }
  });
});

describe('what a first visit costs', () => {
  test('the explainer, with the service worker’s work in the background, transfers under 2 MB', async () => {
    const server = await serve(siteDir);
    const net = await uplink(server.url);
    const { context, page } = await freshContext(browser);
    try {
      await visitOnce(page, net.url);
      const bytes = net.received();
      // At least the core's search code came down with the page: the count is of real work.
      const { size } = await stat(join(siteDir, 'pagefind/wasm.en.pagefind'));
      expect(bytes).toBeGreaterThan(size);
      expect(bytes).toBeLessThan(2_000_000);
    } finally {
      await context.close();
      await net.close();
      await server.close();
    }
  });
});

describe('online, with the service worker in charge', () => {
  const open = session(async (page, url) => {
    await visitOnce(page, url);
    // The worker takes charge of the pages opened after it is ready.
    await page.goto(url);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
  });

  test('the site is served by nginx with the generated config, as npm start serves it', () => {
    expect(open.server.kind).toBe('nginx');
  });

  test('an address that names no page gets the 404 page with status 404, not the offline page, and it is not kept', async () => {
    const response = await open.page.goto(`${open.server.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await open.page.textContent('main h1')).toBe('There is no page at this address');
    expect(await isKept(open.page, '/no-such-page/index.html')).toBe(false);
  });

  test('a source opened online is kept as it was read, in this version’s cache of pages read', async () => {
    await open.page.goto(`${open.server.url}${UNREAD.slice(1)}`);
    const read = Object.entries(await offlineCaches(open.page)).find(([name]) => name.endsWith('-read'));
    expect(read?.[1]).toBeGreaterThanOrEqual(1);
    const body = await open.page.evaluate(async (key) => (await caches.match(key))?.text(), `${UNREAD}index.html`);
    expect(body).toBe(await readFile(join(siteDir, UNREAD.slice(1), 'index.html'), 'utf8'));
    // With its search result's text, which the page names: kept after it, as the worker keeps the page.
    const fragment = fragmentOf(body!)!;
    expect(fragment).toMatch(/^\/pagefind\/fragment\/en_\w+\.pf_fragment$/);
    await expect.poll(() => isKept(open.page, fragment)).toBe(true);
  });
});

describe('a page kept as read whose search result’s text did not load', () => {
  const open = session(async (page, url) => {
    await visitOnce(page, url);
    await page.goto(url);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
  });

  test('gets it when the page is opened again online: offline, search finds the page, not counting it as not saved', async () => {
    const fragment = fragmentOf(await readFile(join(siteDir, UNREAD.slice(1), 'index.html'), 'utf8'))!;
    let failed = 0;
    await open.context.route(`**${fragment}`, (route) => ((failed += 1), route.fulfill({ status: 500, body: 'Internal Server Error' })));
    await open.page.goto(`${open.server.url}${UNREAD.slice(1)}`);
    await expect.poll(() => failed).toBe(1);
    await open.context.unrouteAll({ behavior: 'wait' });
    expect(await isKept(open.page, `${UNREAD}index.html`)).toBe(true);
    expect(await isKept(open.page, fragment)).toBe(false);
    // Opened again online, from the saved copy: the worker fetches what it lacks.
    const again = await open.page.goto(`${open.server.url}${UNREAD.slice(1)}`);
    expect(again?.fromServiceWorker()).toBe(true);
    await expect.poll(() => isKept(open.page, fragment)).toBe(true);
    try {
      await open.context.setOffline(true);
      await open.context.route('**/*', (route) => route.abort('internetdisconnected'));
      expect(await search(open.page, open.server.url, 'Trinidad')).toContain(UNREAD);
      expect(await unsavedLine(open.page)).toBeNull();
    } finally {
      await open.context.unrouteAll();
      await open.context.setOffline(false);
    }
  });
});

describe('when the site cannot be saved, the footer says why and every page still works online', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(siteDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Opens every page and runs a search, online: none of it may depend on the offline copy. */
  async function worksOnline(page: Page) {
    for (const path of await sitePages(siteDir)) {
      const response = await page.goto(`${server.url}${path.slice(1)}`);
      expect(response?.ok(), path).toBe(true);
      expect(await page.locator(PAGE_HEAD).count(), path).toBe(1);
    }
    expect(await search(page, server.url, 'Florida')).toEqual([READ]);
  }

  test('with the storage quota made tiny: no room, said in the footer, and nothing half-saved', async () => {
    const { context, page } = await freshContext(browser);
    try {
      const devtools = await context.newCDPSession(page);
      await devtools.send('Storage.overrideQuotaForOrigin', { origin: new URL(server.url).origin, quotaSize: 10_000 });
      await page.goto(server.url);
      expect(await offlineStatus(page, 'unavailable')).toMatch(
        /^Offline reading is not available: this device has no room for the \d+\.\d MB it needs\. Every page works while you are online\.$/,
      );
      expect(await offlineCaches(page)).toEqual({});
      await worksOnline(page);
      expect(await controlled(page)).toBe(false);
    } finally {
      await context.close();
    }
  });

  test('with one file failing to download (HTTP 500) on the first visit: said, nothing half-saved, and saved on the next visit', async () => {
    const { context, page } = await freshContext(browser);
    try {
      let failed = 0;
      await context.route('**/data/strikes.csv', (route) => ((failed += 1), route.fulfill({ status: 500, body: 'Internal Server Error' })));
      await page.goto(server.url);
      expect(await offlineStatus(page, 'unavailable')).toBe(
        'Offline reading is not available yet: a file of the site could not be downloaded. It will be tried again on your next visit.',
      );
      expect(failed).toBeGreaterThan(0);
      expect(await offlineCaches(page)).toEqual({});
      await worksOnline(page);

      await context.unrouteAll();
      expect(await visitOnce(page, server.url)).toMatch(/^Available offline/);
      // Every file of the core, and the summary itself.
      const { core } = await summary();
      const kept = await offlineCaches(page);
      expect(await coreCacheFiles(page)).toBe(core.files + 1);
    } finally {
      await context.close();
    }
  });

  test('with a file of the whole site failing (HTTP 500) while it saves: said, none of it kept, and the core still serves', async () => {
    const { context, page } = await freshContext(browser);
    try {
      await visitOnce(page, server.url);
      const before = await offlineCaches(page);
      await context.route(`**${UNREAD}`, (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
      await page.getByRole('button', { name: /^Save the whole site/ }).click();
      // Waited for by its words: the controls say "none" saved before the save starts as well as after it fails.
      const note = page.locator('[data-offline-controls] p', { hasText: 'could not be saved' });
      expect(await note.textContent()).toBe(
        'The whole site could not be saved: a file did not download. Nothing of it was kept; try again when the connection is better.',
      );
      // Focus is on the button to try again, which the failure describes: a screen reader says both.
      expect(await focusedText(page)).toMatch(/^Save the whole site for offline reading/);
      expect(await page.evaluate(() => document.getElementById(document.activeElement!.getAttribute('aria-describedby')!)?.textContent)).toBe(await note.textContent());
      expect(Object.keys(await offlineCaches(page)).filter((name) => name.endsWith('-archive'))).toEqual([]);
      expect(Object.keys(await offlineCaches(page)).sort()).toEqual(Object.keys(before).sort());
    } finally {
      await context.close();
    }
  });
});
