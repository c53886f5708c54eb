import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { check } from '../../src/integrations/pagefindIndex';
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
  test('holds Pagefind’s search script, worker, WebAssembly and index files, and none of its ready-made UIs', async () => {
    const files = await readdir(pagefindDir, { recursive: true });
    for (const name of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind']) expect(files).toContain(name);
    for (const kind of ['pf_meta', 'pf_index', 'pf_fragment', 'pf_filter']) expect(files.some((f) => f.endsWith(`.${kind}`))).toBe(true);
    expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
  });

  test('indexes exactly the pages that mark text for search: the sources and the explainer', async () => {
    const marked: string[] = [];
    for (const path of await builtPages()) if ((await readPage(siteDir, path)).querySelector('[data-pagefind-body]')) marked.push(path);
    expect(marked.sort()).toEqual(['/', ...sourceIds.map((id) => `/sources/${id}/`)].sort());
    const entry = JSON.parse(await readFile(join(pagefindDir, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(marked.length);
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

  test('pages load search code only through the small inline script: no page but /search/ links a script file', async () => {
    for (const path of await builtPages()) {
      const page = await readPage(siteDir, path);
      const files = page.querySelectorAll('script[src]').map((s) => s.getAttribute('src'));
      expect(files.length, path).toBe(path === '/search/' ? 1 : 0);
      const inline = page.querySelectorAll('script:not([src])').map((s) => s.textContent).join('');
      expect(inline.length, path).toBeLessThan(1000);
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
      const route = join(site, 'src/pages/sources/index.astro');
      const page = await readFile(route, 'utf8');
      await writeFile(route, page.replace('<SourceList sources={sources} />', '<div data-pagefind-body><SourceList sources={sources} /></div>'));
      const result = await buildSite(out, site);
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/mark text for search \(data-pagefind-body\) but give the Base layout no `search` prop:\s+\/sources\//);
    } finally {
      await removeDir(site);
      await removeDir(out);
    }
  });
});
