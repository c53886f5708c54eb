import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { controlled, freshContext, offlineCaches, offlineStatus, search, sitePages, visitOnce } from '../helpers/offline';
import { type StaticServer, serve } from '../helpers/server';

const siteDir = inject('siteDir');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('after one visit, the whole site works offline', () => {
  let server: StaticServer;
  const requests: string[] = [];
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serve(siteDir);
    ({ context, page } = await freshContext(browser, requests));
    expect(await visitOnce(page, server.url)).toMatch(/^Available offline: every page and search, \d+\.\d MB saved on this device\.$/);
    // Offline twice over: the browser says so, and the server is gone.
    await context.setOffline(true);
    await server.close();
  });
  afterAll(async () => {
    await context?.close();
  });

  test('every page opens, with and without its trailing slash', async () => {
    const pages = await sitePages(siteDir);
    expect(pages.length).toBeGreaterThan(8);
    for (const path of pages) {
      for (const asked of path === '/' ? [path] : [path, path.slice(0, -1)]) {
        const response = await page.goto(`${server.url}${asked.slice(1)}`);
        expect(response?.ok(), asked).toBe(true);
        expect(new URL(page.url()).pathname, asked).toBe(path);
        if (path !== '/offline/') expect(await page.title(), asked).not.toMatch(/^Not saved/);
        expect(await page.locator('main h1').count(), asked).toBe(1);
      }
    }
  });

  test('three searches find their passages, and a result opens at its paragraph with the words marked', async () => {
    // Seven pages by that name (the timeline among them) and one by its Spanish name, from the alias groups (/search/aliases.json, saved too).
    expect(await search(page, server.url, 'Cartel of the Suns')).toHaveLength(8);
    expect(await search(page, server.url, 'Trinidad')).toContain('/data/');
    expect(await search(page, server.url, 'Florida')).toEqual(['/sources/turkiye-today-2025-12-01/']);
    await page.click('[data-search-results] .search-passages a');
    await page.waitForURL((url) => url.pathname === '/sources/turkiye-today-2025-12-01/' && /^#p-\d+$/.test(url.hash));
    await page.waitForSelector('mark.search-hit');
    expect(await page.$$eval('mark.search-hit', (marks) => marks.map((m) => m.textContent))).toContain('Florida');
  });

  test('spelling help too: a misspelt name offers the right word, from the saved vocabulary, and its search runs', async () => {
    expect(await search(page, server.url, 'Madurro')).toEqual([]);
    await page.getByRole('link', { name: 'Maduro', exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Maduro');
    await page.waitForSelector('[data-search-app][data-state="done"]');
    expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(3);
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
  });

  test('nothing was requested from anywhere but 127.0.0.1', () => {
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins]).toEqual([new URL(server.url).origin]);
  });
});

describe('online, with the service worker in charge', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    server = await serve(siteDir);
    ({ context, page } = await freshContext(browser));
    await visitOnce(page, server.url);
    // The worker takes charge of the pages opened after it is ready.
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  test('the site is served by nginx with the generated config, as npm start serves it', () => {
    expect(server.kind).toBe('nginx');
  });

  test('an address that names no page gets the 404 page with status 404, not the offline page', async () => {
    const response = await page.goto(`${server.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('main h1')).toBe('There is no page at this address');
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
      expect(await page.locator('main h1').count(), path).toBe(1);
    }
    expect(await search(page, server.url, 'Florida')).toEqual(['/sources/turkiye-today-2025-12-01/']);
  }

  test('with the storage quota made tiny: no room, said in the footer, and nothing half-saved', async () => {
    const { context, page } = await freshContext(browser);
    try {
      const devtools = await context.newCDPSession(page);
      await devtools.send('Storage.overrideQuotaForOrigin', { origin: new URL(server.url).origin, quotaSize: 10_000 });
      await page.goto(server.url);
      expect(await offlineStatus(page, 'unavailable')).toMatch(
        /^Offline reading is not available: this device has no room for the site’s \d+\.\d MB\. Every page works while you are online\.$/,
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
      const { files } = JSON.parse(await readFile(join(siteDir, 'offline.json'), 'utf8'));
      // Every file the summary counts, and the summary itself.
      expect(Object.values(await offlineCaches(page))).toEqual([files + 1]);
    } finally {
      await context.close();
    }
  });
});
