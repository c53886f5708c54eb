import { readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { type StaticServer, serve } from '../helpers/server';
import { buildSite, copySite, removeDir, tempDir } from '../helpers/site';

const siteDir = inject('siteDir');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every page of the built site, as its path ("/sources/x/"). */
async function sitePages(dir: string): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files.filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind')).map((f) => `/${f.slice(0, -'index.html'.length)}`);
}

/** A fresh browser profile whose every request, the service worker's included, is recorded. */
async function freshContext(requests: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  context.on('request', (request) => requests.push(request.url()));
  return { context, page: await context.newPage() };
}

/** Visits the home page once and waits until the footer says the site is saved on this device. */
async function visitOnce(page: Page, url: string) {
  await page.goto(url);
  await page.waitForSelector('[data-offline-status][data-state="ready"]');
}

/** The pages a search on /search/ finds, once it has run. */
async function search(page: Page, origin: string, q: string): Promise<string[]> {
  await page.goto(`${origin}search/?${new URLSearchParams({ q })}`);
  await page.waitForSelector('[data-search-app][data-state="done"]');
  return page.$$eval('[data-search-results] > li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('after one visit, the whole site works offline', () => {
  let server: StaticServer;
  const requests: string[] = [];
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await serve(siteDir);
    ({ context, page } = await freshContext(requests));
    await visitOnce(page, server.url);
    expect(await page.textContent('[data-offline-status]')).toMatch(/^Available offline: every page and search, \d+\.\d MB saved on this device\.$/);
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
    expect(await search(page, server.url, 'Cartel of the Suns')).toHaveLength(6);
    expect(await search(page, server.url, 'Trinidad')).toContain('/data/');
    expect(await search(page, server.url, 'Florida')).toEqual(['/sources/turkiye-today-2025-12-01/']);
    await page.click('[data-search-results] .search-passages a');
    await page.waitForURL((url) => url.pathname === '/sources/turkiye-today-2025-12-01/' && /^#p-\d+$/.test(url.hash));
    await page.waitForSelector('mark.search-hit');
    expect(await page.$$eval('mark.search-hit', (marks) => marks.map((m) => m.textContent))).toContain('Florida');
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
    ({ context, page } = await freshContext([]));
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

describe('a new version', () => {
  let v2: string;
  let site: string;
  let link: string;
  let server: StaticServer;
  const requests: string[] = [];

  beforeAll(async () => {
    // The second version changes one word of one source: "Florida" becomes "Okeechobee".
    site = await copySite();
    v2 = await tempDir('dist-v2');
    const file = join(site, 'content/sources/turkiye-today-2025-12-01.mdx');
    await writeFile(file, (await readFile(file, 'utf8')).replace('estate in Florida,', 'estate in Okeechobee,'));
    const built = await buildSite(v2, site);
    if (!built.ok) throw new Error(built.output);
    // The server serves whichever build this link points at.
    link = join(await tempDir('live'), 'site');
    await symlink(siteDir, link, 'dir');
    server = await serve(link);
  });
  afterAll(async () => {
    await server?.close();
    await removeDir(site);
    await removeDir(v2);
  });

  test('waits for the reader: a notice offers to reload, and then the new text and the new index come together', async () => {
    const { context, page } = await freshContext(requests);
    const source = `${server.url}sources/turkiye-today-2025-12-01/`;
    await visitOnce(page, server.url);
    expect(await search(page, server.url, 'Florida')).toEqual(['/sources/turkiye-today-2025-12-01/']);

    await rm(link);
    await symlink(v2, link, 'dir');
    await page.goto(source);
    await page.waitForSelector('.update-notice');
    expect(await page.textContent('.update-notice')).toContain('This site has been updated.');
    // Until the reader reloads, the old page and the old index, both.
    expect(await page.textContent('main')).toContain('estate in Florida,');
    expect(await search(page, server.url, 'Okeechobee')).toEqual([]);
    expect(await search(page, server.url, 'Florida')).toEqual(['/sources/turkiye-today-2025-12-01/']);

    await page.waitForSelector('.update-notice');
    await Promise.all([page.waitForEvent('load'), page.click('.update-notice button')]);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
    expect(await page.locator('.update-notice').count()).toBe(0);
    expect(await search(page, server.url, 'Okeechobee')).toEqual(['/sources/turkiye-today-2025-12-01/']);
    expect(await search(page, server.url, 'Florida')).toEqual([]);
    await page.goto(source);
    expect(await page.textContent('main')).toContain('estate in Okeechobee,');
    await context.close();
    expect([...new Set(requests.map((url) => new URL(url).origin))]).toEqual([new URL(server.url).origin]);
  });
});
