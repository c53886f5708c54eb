import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pageLinks } from '../../src/integrations/devSearch';
import { launchBrowser } from '../helpers/browser';
import { type DevServer, startDev } from '../helpers/dev';
import { copySite, removeDir } from '../helpers/site';

describe('pageLinks(html, pageUrl, origin)', () => {
  const origin = 'http://127.0.0.1:4321';
  test('keeps the site’s own pages, without query or hash, and drops assets, the index and other sites', () => {
    const html = [
      '<a href="/sources/">All</a>',
      '<a href="/sources/a/#p-2">p2</a>',
      '<a href="../b/?x=1&amp;y=2">b</a>',
      '<a href="https://example.com/">away</a>',
      '<link rel="icon" href="/favicon.svg">',
      '<link href="/_astro/Base.css">',
      '<a href="/pagefind/pagefind.js">',
      '<a href="#main">skip</a>',
    ].join('');
    expect(pageLinks(html, `${origin}/sources/a/`, origin)).toEqual(['/sources/', '/sources/a/', '/sources/b/']);
  });
});

describe('search while editing (npm run dev)', () => {
  let site: string;
  let dev: DevServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    site = await copySite();
    dev = await startDev(site);
    await dev.printed(/Search index rebuilt from \d+ pages/);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
    await removeDir(site);
  });

  /** The pages the dev server's /search/ finds for `q`. */
  async function find(q: string): Promise<string[]> {
    await page.goto(`${dev.url}search/?${new URLSearchParams({ q })}`);
    await page.waitForSelector('[data-search-app][data-state="done"]');
    return page.$$eval('[data-search-results] > li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  test('the index is built when the server starts, from the pages as they are now', async () => {
    // Only the Türkiye Today piece mentions Florida.
    expect(await find('Florida')).toEqual(['/sources/turkiye-today-2025-12-01/']);
  });

  test('a source added while the server runs is found by search within a bounded wait', async () => {
    const word = 'Zanzibarite';
    expect(await find(word)).toEqual([]);
    const seed = await readFile(join(site, 'content/sources/turkiye-today-2025-12-01.mdx'), 'utf8');
    await writeFile(join(site, 'content/sources/test-outlet-2025-12-05.mdx'), seed.replaceAll('Florida', word));

    // The index is rebuilt in the background: wait until the server says it holds one page more.
    const pages = Number(/Search index rebuilt from (\d+) pages/.exec(dev.output())![1]);
    await dev.printed(new RegExp(`Search index rebuilt from ${pages + 1} pages`));
    // The dev server reloads open pages when content changes, which may cut a first look short.
    let lastError = '';
    const found = await find(word).catch((error: Error) => ((lastError = error.message), find(word)));
    expect(found, `${lastError}\n${dev.output()}`).toEqual(['/sources/test-outlet-2025-12-05/']);
  });
});
