import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshness, pageLinks, type ReadPage } from '../../src/integrations/devSearch';
import { launchBrowser } from '../helpers/browser';
import { type DevServer, startDev } from '../helpers/dev';
import { copySite, removeDir } from '../helpers/site';
import { LOOPBACK_GUARDED, LOOPBACK_ONLY } from '../helpers/loopback.mjs';

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

describe('freshness(): which pages read before still show the site as it is', () => {
  const page = (url: string, readAt: number): ReadPage => ({ url, html: '', links: [], readAt });

  test('a file no page shows changes nothing: an editor’s swap file, backup or auto-save, in content/ or src/, and the data folder’s notes', () => {
    const fresh = freshness();
    const paths = ['content/sources/.a.mdx.swp', 'content/data/strikes.csv~', 'content/sources/#a.mdx#', 'src/components/.Quote.astro.swp', 'content/data/README.md'];
    for (const path of paths) expect(fresh.changed(path, 10), path).toBe(false);
    expect(fresh.current(page('/sources/a/', 5))).toBe(true);
    // The data itself does, once stored; so does a source's file.
    expect(fresh.changed('content/data/strikes.csv', 20)).toBe(true);
    expect(fresh.current(page('/sources/a/', 25))).toBe(false);
    fresh.stored(30);
    expect(fresh.current(page('/sources/a/', 35))).toBe(true);
    expect(fresh.changed('content/sources/b.mdx', 40)).toBe(true);
    expect(fresh.current(page('/sources/b/', 45))).toBe(false);
  });

  test('a source’s page shows an edit to its file only once read after Astro stored it; other sources’ pages stay as read', () => {
    const fresh = freshness();
    expect(fresh.current(page('/sources/a-b/', 1))).toBe(true);
    fresh.changed('content/sources/a-b.mdx', 10);
    // Read after the edit but before the store was written: the old text.
    expect(fresh.current(page('/sources/a-b/', 11))).toBe(false);
    fresh.stored(20);
    expect(fresh.current(page('/sources/a-b/', 15))).toBe(false);
    expect(fresh.current(page('/sources/a-b/', 21))).toBe(true);
    expect(fresh.current(page('/sources/c/', 1))).toBe(true);
  });

  test('a page that is not one source’s own (a list, the ledger, the explainer) is always read again', () => {
    const fresh = freshness();
    for (const url of ['/', '/sources/', '/ledger/', '/strikes/1/', '/es/']) expect(fresh.current(page(url, 100))).toBe(false);
  });

  test('a file’s name and its page’s address are matched as Astro makes ids: case, spaces and punctuation aside', () => {
    const fresh = freshness();
    fresh.changed('content/sources/Türkiye Today 2025.mdx', 10);
    fresh.stored(20);
    expect(fresh.current(page('/sources/türkiye-today-2025/', 15))).toBe(false);
    expect(fresh.current(page('/sources/türkiye-today-2025/', 25))).toBe(true);
  });

  test('code changes show at once on every page; other content (a CSV, the explainer) once stored', () => {
    const fresh = freshness();
    fresh.changed('src/components/Quote.astro', 10);
    expect(fresh.current(page('/sources/a/', 9))).toBe(false);
    expect(fresh.current(page('/sources/a/', 11))).toBe(true);
    fresh.changed('content/data/strikes.csv', 30);
    expect(fresh.current(page('/sources/a/', 31))).toBe(false);
    fresh.stored(40);
    expect(fresh.current(page('/sources/a/', 41))).toBe(true);
  });

  test('a code change saved with a content change (a pull, "save all") waits for the store too: pages read between show the old content', () => {
    const fresh = freshness();
    fresh.changed('content/data/strikes.csv', 10);
    fresh.changed('src/components/Quote.astro', 20);
    expect(fresh.current(page('/sources/a/', 25))).toBe(false);
    fresh.stored(30);
    expect(fresh.current(page('/sources/a/', 25))).toBe(false);
    expect(fresh.current(page('/sources/a/', 31))).toBe(true);
  });

  test('a write of the store that came before the edit’s loader had set it does not count the edit as shown: the next write does', () => {
    const fresh = freshness();
    fresh.changed('content/sources/a.mdx', 1_000);
    // Astro's write 500 ms on, of what its loaders held then; the write with the edit, 500 ms after that.
    fresh.stored(1_500);
    fresh.stored(2_100);
    expect(fresh.current(page('/sources/a/', 1_800))).toBe(false);
    expect(fresh.current(page('/sources/a/', 2_200))).toBe(true);
    // A write long after the change is of other changes: the page read since stays.
    fresh.changed('content/sources/b.mdx', 60_000);
    fresh.stored(60_600);
    expect(fresh.current(page('/sources/a/', 2_200))).toBe(true);
  });

  test('a page of the list of sources is a list, read again after any change, not a source’s own page', () => {
    const fresh = freshness();
    expect(fresh.current(page('/sources/page/2/', 100))).toBe(false);
    expect(fresh.current(page('/sources/a/', 100))).toBe(true);
  });
});

describe('search while editing (npm run dev), and mistakes made while editing', () => {
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

  test('a source removed while the server runs is no longer found: the index kept between rebuilds, which cannot drop a page, is made anew', async () => {
    const word = 'Quokkabridge';
    const file = join(site, 'content/sources/removed-outlet-2025-12-06.mdx');
    const pages = Number([...dev.output().matchAll(/Search index rebuilt from (\d+) pages/g)].at(-1)![1]);
    const seed = await readFile(join(site, 'content/sources/turkiye-today-2025-12-01.mdx'), 'utf8');
    const added = new RegExp(`Search index rebuilt from ${pages + 1} pages`);
    const addedBefore = dev.count(added);
    await writeFile(file, seed.replaceAll('Florida', word));
    await dev.printedTimes(added, addedBefore + 1);
    await expect.poll(() => find(word).catch(() => [])).toEqual(['/sources/removed-outlet-2025-12-06/']);
    // Every page sent to a new index, the removed one's gone with the one before.
    const anew = new RegExp(`Search index rebuilt from ${pages} pages \\(\\d+ read again, ${pages} sent to Pagefind\\)`);
    const anewBefore = dev.count(anew);
    await rm(file);
    await dev.printedTimes(anew, anewBefore + 1);
    await expect.poll(() => find(word).catch(() => ['?'])).toEqual([]);
  });

  test('an edit to one source is found at its page, and the other sources’ pages are not read again for it', async () => {
    const file = join(site, 'content/sources/orinoco-tribune-2025-11-28.mdx');
    const text = await readFile(file, 'utf8');
    // The dateline of its first paragraph, which no claim quotes.
    const dateline = 'Caracas (OrinocoTribune.com)';
    expect(text).toContain(dateline);
    expect(await find('Quetzalbyte')).toEqual([]);
    const rebuilds = () => dev.output().match(/Search index rebuilt from \d+ pages \(\d+ read again, \d+ sent to Pagefind\)/g) ?? [];
    const before = rebuilds().length;
    await writeFile(file, text.replace(dateline, 'Quetzalbyte (OrinocoTribune.com)'));
    // Rebuilt once the store holds the edit: the new word is searchable.
    let found: string[] = [];
    for (let i = before + 1; !found.length; i++) {
      await dev.printedTimes(/Search index rebuilt from \d+ pages/, i);
      found = await find('Quetzalbyte').catch(() => []);
    }
    expect(found).toEqual(['/sources/orinoco-tribune-2025-11-28/']);
    const [, total, again, sent] = /from (\d+) pages \((\d+) read again, (\d+) sent to Pagefind\)/.exec(rebuilds().at(-1)!)!.map(Number);
    // Every page that is not a source's own, and the edited source's: the four others were kept as read,
    // and only the pages read again were sent to the index kept from the rebuild before.
    expect(again).toBeLessThan(total! - 3);
    expect(sent).toBe(again);
  });

  test('a page made from every source (the ledger) shows an edit to one once Astro has stored it: what pages share, kept between requests, is made afresh', async () => {
    const file = join(site, 'content/sources/orinoco-tribune-2025-11-28.mdx');
    const text = await readFile(file, 'utf8');
    expect(text).toContain('  name: Orinoco Tribune\n');
    const ledger = async () => (await fetch(new URL('ledger/', dev.url))).text();
    const named = (page: string, name: string) => page.split(name).length - 1;
    // The outlet's name, on each of its rows and in the words above them.
    const before = await ledger();
    expect(named(before, 'Orinoco Tribune')).toBeGreaterThan(1);
    await writeFile(file, text.replace('  name: Orinoco Tribune\n', '  name: Orinoco Quetzaltribune\n'));
    try {
      // Astro holds the edit once the source's own page shows it.
      const own = () => fetch(new URL('sources/orinoco-tribune-2025-11-28/', dev.url)).then((r) => r.text()).catch(() => '');
      await expect.poll(own, { timeout: 60_000, interval: 250 }).toContain('Orinoco Quetzaltribune');
      const page = await ledger();
      expect(named(page, 'Orinoco Quetzaltribune')).toBe(named(before, 'Orinoco Tribune'));
      expect(page).not.toContain('Orinoco Tribune');
    } finally {
      await writeFile(file, text);
    }
  });

  test('a frontmatter mistake saved while the server runs is logged at its file and line, in our words, and the server goes on', async () => {
    const file = join(site, 'content/sources/test-outlet-2025-12-06.mdx');
    const seed = await readFile(join(site, 'content/sources/turkiye-today-2025-12-01.mdx'), 'utf8');
    const titled = /^title: .*$/m.exec(seed)!;
    const line = seed.slice(0, titled.index).split('\n').length;
    // A plain (unquoted) value with a colon in it: js-yaml's "bad indentation of a mapping entry".
    await writeFile(file, seed.replace(titled[0], 'title: Strikes: what we know'));
    // Astro logs "Failed to reload" and the error's message: ours lists the problems from its second line on.
    await dev.printed(/Failed to reload test-outlet-2025-12-06\.mdx: (?:\d+ problems? in content:\n)?[^\n]*\n/);
    const reported = dev.output().slice(dev.output().lastIndexOf('Failed to reload test-outlet-2025-12-06.mdx'));
    expect(reported).toContain(`content/sources/test-outlet-2025-12-06.mdx:${line} frontmatter: not valid YAML: `);
    expect(reported).not.toMatch(/YAMLException|\n\s+at /);
    // Still serving: the explainer's page answers.
    expect((await fetch(dev.url)).status).toBe(200);
    await rm(file);
  });

  test('asks nothing of any other host while it serves and indexes: not Astro’s check for a newer version, due on a fresh machine', () => {
    expect(dev.output()).toMatch(/Search index rebuilt/);
    expect(dev.output()).toContain(LOOPBACK_GUARDED);
    expect(dev.output()).not.toContain(LOOPBACK_ONLY);
  });
});
