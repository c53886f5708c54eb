import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { csvParse } from 'd3';
import { close } from 'pagefind';
import { addInOrder, addSite, buildIndex, check, filesOf, newIndex } from '../../src/integrations/pagefindIndex';
import { fragmentUrl } from '../../src/integrations/serviceWorker';
import { fragmentOf } from '../../src/scripts/offline/offlineCopy';
import { readPage } from '../helpers/html';
import { buildSite, copySite, removeDir, tempDir } from '../helpers/site';

const siteDir = inject('siteDir');
const sourceIds = (await readdir('content/sources')).map((f) => f.replace(/\.mdx$/, ''));
const pagefindDir = join(siteDir, 'pagefind');

/** Every built page, as its URL path. */
async function builtPages(): Promise<string[]> {
  const files = await readdir(siteDir, { recursive: true });
  return files
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`);
}

describe('the index the build writes to /pagefind/', () => {
  test('holds Pagefind’s search script, the WebAssembly for English and the index; nothing search never loads', async () => {
    const files = await readdir(pagefindDir, { recursive: true });
    for (const name of ['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind']) expect(files).toContain(name);
    for (const kind of ['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter']) expect(files.some((f) => f.endsWith(`.${kind}`))).toBe(true);
    // Pagefind's ready-made UIs and highlighter, its worker, and the WebAssembly for pages of no known language.
    expect(files.filter((f) => /ui|highlight|worker|wasm\.unknown/.test(f))).toEqual([]);
  });

  test('indexes exactly the pages that mark text for search: the sources, the explainer, the data, every strike, the list of strikes (not its filtered views) and the timeline, each edition in its language’s index', async () => {
    const marked: string[] = [];
    for (const path of await builtPages()) if ((await readPage(siteDir, path)).querySelector('[data-pagefind-body]')) marked.push(path);
    const strikeIds = csvParse(await readFile('content/data/strikes.csv', 'utf8')).map((row) => row.id!);
    expect(strikeIds).toHaveLength(27);
    // The Spanish edition's: its explainer, data, list of strikes, timeline and every strike's page.
    const spanish = ['/es/', '/es/data/', '/es/strikes/', '/es/timeline/', ...strikeIds.map((id) => `/es/strikes/${id}/`)];
    expect(marked.sort()).toEqual(
      ['/', '/data/', '/strikes/', '/timeline/', ...spanish, ...sourceIds.map((id) => `/sources/${id}/`), ...strikeIds.map((id) => `/strikes/${id}/`)].sort(),
    );
    // Pagefind keeps an index per language, by each page's <html lang>: Spanish stemming for the Spanish pages.
    const entry = JSON.parse(await readFile(join(pagefindDir, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    expect(entry.languages.es.page_count).toBe(spanish.length);
    expect(entry.languages.en.page_count).toBe(marked.length - spanish.length);
  });

  test('each page the index holds names on its <body> its result’s text (its fragment), for the service worker to keep with it as it is read; no other page names one', async () => {
    const named = new Map<string, string>();
    for (const file of await readdir(join(pagefindDir, 'fragment'))) named.set(fragmentUrl(await readFile(join(pagefindDir, 'fragment', file))), `/pagefind/fragment/${file}`);
    expect(named.size).toBeGreaterThan(sourceIds.length);
    for (const path of await builtPages()) {
      const html = await readFile(join(siteDir, path, 'index.html'), 'utf8');
      // As the service worker reads it from the page.
      expect(fragmentOf(html), path).toBe(named.get(path));
    }
    expect(named.get('/ledger/')).toBeUndefined();
  });

  test.each(sourceIds)('/sources/%s/ gives search its kind, outlet and date, and only its article text', async (id) => {
    const page = await readPage(siteDir, `/sources/${id}/`);
    const meta = (attribute: string, key: string) =>
      page.querySelector(`head meta[${attribute}="${key}[content]"]`)?.getAttribute('content');
    const date = page.querySelector('.source-header time')!.getAttribute('datetime')!;
    expect(meta('data-pagefind-filter', 'kind')).toBe('source');
    expect(meta('data-pagefind-filter', 'outlet')).toBe(page.querySelector('.source-header .outlet')!.textContent.trim());
    expect(meta('data-pagefind-filter', 'month')).toBe(date.slice(0, 7));
    expect(meta('data-pagefind-sort', 'date')).toBe(date);
    const bodies = page.querySelectorAll('[data-pagefind-body]');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.querySelectorAll('nav, header, footer, table, form, .source-header')).toHaveLength(0);
  });

  test('no indexed text holds navigation, a chart’s drawing or data table, the ledger or the endnotes', async () => {
    // Each repeats text found elsewhere, so a query would match every page that has one.
    const repeated = 'nav, .chart-box, .chart-data, .ledger, .endnotes, .toc';
    for (const path of await builtPages()) {
      const page = await readPage(siteDir, path);
      for (const body of page.querySelectorAll('[data-pagefind-body]')) {
        const indexed = body.querySelectorAll(repeated).filter((e) => !e.closest('[data-pagefind-ignore]'));
        expect(indexed.map((e) => `${path}: <${e.tagName.toLowerCase()} class="${e.classNames}">`)).toEqual([]);
      }
    }
  });

  test('reads a term and its definition, and a table’s cells, as words apart: no label joined to its value, in the index or in spelling help', async () => {
    const texts = new Map<string, string>();
    for (const file of await readdir(join(pagefindDir, 'fragment'))) {
      const json = gunzipSync(await readFile(join(pagefindDir, 'fragment', file))).toString('utf8');
      const { url, content } = JSON.parse(json.slice(json.indexOf('{'))) as { url: string; content: string };
      texts.set(url, content);
    }
    // A strike's facts (<dt>Region</dt><dd>Caribbean</dd>), and the data page's headings of its columns.
    expect(texts.get('/strikes/3/')).toMatch(/\bRegion\W+Caribbean\b/);
    expect(texts.get('/es/strikes/3/')).toMatch(/\bRegión\W+Caribe\b/);
    expect(texts.get('/data/')).toMatch(/\bOutlet\W+Strikes\W+Vessels\W+Killed\b/);
    // A word of spelling help that runs a small letter into a capital is one the content itself writes so (MercoPress, iHeartRadio).
    const written = (await Promise.all(['content/sources', 'content/data'].map(async (dir) => Promise.all((await readdir(dir)).map((f) => readFile(join(dir, f), 'utf8')))))).flat().join('\n');
    const { words } = JSON.parse(await readFile(join(pagefindDir, 'vocabulary.json'), 'utf8')) as { words: string[] };
    expect(words.length).toBeGreaterThan(1000);
    expect(words.filter((word) => /\p{Ll}\p{Lu}/u.test(word) && !written.includes(word))).toEqual([]);
  });

  test('the data page is indexed as kind "data", its tables’ rows being places a result can link to', async () => {
    const page = await readPage(siteDir, '/data/');
    expect(page.querySelector('head meta[data-pagefind-filter="kind[content]"]')?.getAttribute('content')).toBe('data');
    const rows = page.querySelectorAll('[data-pagefind-body] tr[id^="strike-"]');
    expect(rows.length).toBeGreaterThan(0);
  });

  test('search code comes only from a small inline loader on each page, and from its own file on /search/ and /es/search/; the edition script is the only other inline script', async () => {
    for (const path of await builtPages()) {
      const page = await readPage(siteDir, path);
      // Three small scripts, each a few hundred bytes: search's loader, the service worker's, and the one
      // that remembers the reader's edition (src/i18n/edition.ts); none on a chart's embed, which has
      // neither search, nor the service worker, nor the site's layout. A JSON-LD block is data, and so is a
      // chart's wide drawing waiting in its block (type image/svg+xml): neither is code.
      const inline = page.querySelectorAll('script:not([src]):not([type="application/ld+json"]):not([type="image/svg+xml"])').map((s) => s.textContent);
      expect(inline, path).toHaveLength(/^(\/es)?\/charts\/[^/]+\/embed\/$/.test(path) ? 0 : 3);
      for (const script of inline) expect(script.length, path).toBeLessThan(1000);
      if (inline.length) expect(inline.filter((script) => script.includes('strikes-edition')), path).toHaveLength(1);
      const files = page.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!);
      const search = [];
      for (const file of files) if (/pagefind|data-search/.test(await readFile(join(siteDir, file), 'utf8'))) search.push(file);
      // Each edition's search page.
      expect(search.length, path).toBe(['/search/', '/es/search/'].includes(path) ? 1 : 0);
    }
  });
});

describe('addSite(index, site, inFlight)', () => {
  test('with many pages sent before the first is answered, the index is the same files, byte for byte, as with one at a time, and holds every page', async () => {
    /** The index's files as one string of their paths and bytes, in path order. */
    const indexOf = async (inFlight: number) => {
      const { files, pages } = await buildIndex(async (index) => void (await addSite(index, siteDir, inFlight)));
      const bytes = [...files].sort((a, b) => a.path.localeCompare(b.path)).map((file) => `${file.path} ${Buffer.from(file.content).toString('base64')}`);
      return { pages: pages.map((page) => page.url).sort(), bytes: bytes.join('\n') };
    };
    try {
      const one = await indexOf(1);
      // Every page that marks text for search is in the index.
      const marked: string[] = [];
      for (const path of await builtPages()) if ((await readPage(siteDir, path)).querySelector('[data-pagefind-body]')) marked.push(path);
      expect(one.pages).toEqual(marked.sort());
      for (const inFlight of [16, 200]) expect(await indexOf(inFlight), `${inFlight} in flight`).toEqual(one);
    } finally {
      await close();
    }
  });
});

describe('an index kept between rebuilds, as search while editing keeps it', () => {
  test('a page sent again at its address replaces the one before: the index’s files, asked for again, hold its new text and no other', async () => {
    const page = (words: string) => `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main data-pagefind-body><p>${words}</p></main></body></html>`;
    const texts = async (index: Parameters<typeof filesOf>[0]) => (await filesOf(index)).pages.map((p) => [p.url, p.content.trim()]).sort();
    try {
      const index = await newIndex();
      await addInOrder(index, ['/a/', '/b/'], (url) => [{ url }, page(url === '/a/' ? 'alpha harbour' : 'bravo harbour')]);
      // Pagefind ends each block's text with a full stop.
      expect(await texts(index)).toEqual([['/a/', 'alpha harbour.'], ['/b/', 'bravo harbour.']]);
      await addInOrder(index, ['/a/'], (url) => [{ url }, page('charlie harbour')]);
      expect(await texts(index)).toEqual([['/a/', 'charlie harbour.'], ['/b/', 'bravo harbour.']]);
      await index.deleteIndex();
    } finally {
      await close();
    }
  });
});

describe('check(step, response)', () => {
  test('passes a response without errors through and throws Pagefind’s own errors, naming the step', () => {
    expect(check('index the site', { errors: [], page_count: 3 }).page_count).toBe(3);
    expect(() => check('index the site', { errors: ['Failed to parse x.html', 'second'] })).toThrow(
      'Pagefind could not index the site:\n  Failed to parse x.html\n  second',
    );
  });
});

describe('a page that marks text for search must say what it is', () => {
  test('the build fails, naming the page, when data-pagefind-body comes without Base’s search prop', async () => {
    const site = await copySite();
    const out = await tempDir('dist');
    try {
      const route = join(site, 'src/pages/[...lang]/sources/index.astro');
      const page = await readFile(route, 'utf8');
      const list = '<PagedSourceList sources={sources} locale={locale} />';
      expect(page).toContain(list);
      await writeFile(route, page.replace(list, `<div data-pagefind-body>${list}</div>`));
      const result = await buildSite(out, site);
      expect(result.ok).toBe(false);
      // The route makes the page in each edition: both are named.
      expect(result.output).toMatch(/mark text for search \(data-pagefind-body\) but give the Base layout no `search` prop:\n {2}\//);
      expect(result.output).toMatch(/^ {2}\/sources\/$/m);
      expect(result.output).toMatch(/^ {2}\/es\/sources\/$/m);
    } finally {
      await removeDir(site);
      await removeDir(out);
    }
  });
});
