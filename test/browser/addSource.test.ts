import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { runCli } from '../helpers/cli';
import { readPage, textOf } from '../helpers/html';
import { type StaticServer, serve } from '../helpers/server';
import { ROOT, buildSite, copySite, removeDir, tempDir } from '../helpers/site';

const IMPORTS = join(ROOT, 'test/fixtures/import');
const ESCAPES = '/sources/example-escapes-2025-12-05/';
const ADDED = '/sources/example-coast-courier-2025-12-04/';

/** Fills in what new-source marked TODO, and the claims, as an editor would. */
async function fillIn(file: string, claims = '[]') {
  const raw = await readFile(file, 'utf8');
  await writeFile(
    file,
    raw
      .replace(/^(\s*)inferred: "TODO: .*"$/m, '$1inferred: Given by the test.')
      .replace(/^summary: "TODO: .*"$/m, 'summary: A fixture added by the test.')
      .replace(/^claims: \[\]$/m, `claims: ${claims}`),
  );
}

// A copy of the site with two sources added by the command alone: no code changed.
let site: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
let buildLog: string;
beforeAll(async () => {
  site = await copySite();
  dist = await tempDir('add-source-dist');
  const add = async (args: string[]) => {
    const result = await runCli('newSource', args, site);
    if (result.code !== 0) throw new Error(result.stderr);
  };
  await add([join(IMPORTS, 'escapes.txt'), '--outlet', 'Example Escapes', '--date', '2025-12-05']);
  await add([join(IMPORTS, 'new-source.txt'), '--outlet', 'Example Coast Courier']);
  await fillIn(join(site, `content${ESCAPES.slice(0, -1)}.mdx`));
  await fillIn(join(site, `content${ADDED.slice(0, -1)}.mdx`), '[{ metric: days_without_strike, value: 19, p: 1, quote: "for 19 days" }]');
  // The build reads the site's address from SITE_URL (astro.config.mjs); buildSite passes our environment on.
  process.env.SITE_URL = 'https://strikes.example/';
  const build = await buildSite(dist, site).finally(() => delete process.env.SITE_URL);
  if (!build.ok) throw new Error(`The copy did not build:\n${build.output}`);
  buildLog = build.output;
  server = await serve(dist);
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await pagefind.close();
  await removeDir(site);
  await removeDir(dist);
});

describe('a source imported with <script>, {, }, < and import/export lines', () => {
  const lines = async () => (await readFile(join(IMPORTS, 'escapes.txt'), 'utf8')).split('\n').filter(Boolean);

  test('builds, and shows every line as text', async () => {
    const html = await readPage(dist, ESCAPES);
    const [title, ...text] = await lines();
    expect(html.querySelector('h1')!.text).toBe(title);
    const article = textOf(html.querySelector('[data-pagefind-body]')!);
    for (const line of text) expect(article).toContain(line);
  });

  test('adds no element the article did not have: no script, no bold, no link, no heading', async () => {
    const article = (await readPage(dist, ESCAPES)).querySelector('[data-pagefind-body]')!;
    expect(article.querySelectorAll('script, b, strong, em, h2, h3')).toHaveLength(0);
    expect(article.querySelectorAll('a').every((a) => a.classList.contains('para-link'))).toBe(true);
  });

  test('runs nothing in Chromium, and the reader sees the <script> tag as words', async () => {
    await page.goto(`${server.url}${ESCAPES.slice(1)}`);
    expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
    expect(await page.locator('[data-pagefind-body]').innerText()).toContain('<script>window.injected = true</script>');
  });
});

describe('a sixth source, added with the command and no code change', () => {
  test('is listed on /sources/', async () => {
    const links = (await readPage(dist, '/sources/')).querySelectorAll('.source-list a').map((a) => a.getAttribute('href'));
    expect(links).toContain(ADDED);
    expect(links).toHaveLength(7);
  });

  test('has its claim in the figure ledger, linked to its paragraph', async () => {
    const ledger = (await readPage(dist, '/ledger/')).querySelector('.ledger')!;
    const row = ledger.querySelector(`a[href="${ADDED}#p-1"]`)!.closest('tr')!;
    expect(row.text).toContain('19');
  });

  test('is in the feed, which parses as XML in Chromium', async () => {
    await page.goto(`${server.url}feed.xml`);
    const feed = await page.evaluate(async () => {
      const xml = new DOMParser().parseFromString(await (await fetch('/feed.xml')).text(), 'application/xml');
      return {
        error: xml.querySelector('parsererror')?.textContent ?? null,
        links: [...xml.querySelectorAll('entry > link')].map((l) => new URL(l.getAttribute('href')!).pathname),
      };
    });
    expect(feed.error).toBeNull();
    expect(feed.links.filter((l) => l.startsWith('/sources/'))).toHaveLength(7);
    expect(feed.links).toContain(ESCAPES);
    expect(feed.links).toContain(ADDED);
  });

  test('has its canonical address on the site SITE_URL names', async () => {
    const html = await readPage(dist, ADDED);
    expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://strikes.example${ADDED}`);
    expect(await readFile(join(dist, 'feed.xml'), 'utf8')).toContain(`<id>https://strikes.example${ADDED}</id>`);
    // And the build does not say the address is unset.
    expect(buildLog).toContain('Complete!');
    expect(buildLog).not.toContain('SITE_URL is not set');
  });

  test('is in the sitemap', async () => {
    const sitemap = await readFile(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${ADDED}</loc>`);
  });

  test('is found by search, at its page', async () => {
    // The search index as Pagefind builds it from the pages (the site's own search integration does the same).
    const { index, errors } = await pagefind.createIndex({});
    expect(errors).toEqual([]);
    expect((await index!.addDirectory({ path: dist })).errors).toEqual([]);
    expect((await index!.writeFiles({ outputPath: join(dist, 'pagefind') })).errors).toEqual([]);

    await page.goto(server.url);
    const urls = await page.evaluate(`(async () => {
      const search = await import('/pagefind/pagefind.js');
      const found = await search.search('Quillmate');
      return Promise.all(found.results.map(async (r) => (await r.data()).url));
    })()`);
    expect(urls).toEqual([ADDED]);
  });
});
