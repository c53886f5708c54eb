import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { addressOf, cacheKey, cacheNames, fileOf, fragmentOf, hexDigest, isDataSaverFile } from '../../../src/scripts/offline/offlineCopy';
import { withFragment } from '../../../src/integrations/pagefindIndex';

describe('fileOf(pathname): the file an address asks for', () => {
  test('a folder is its index.html, whatever the query; a file is itself', () => {
    expect(fileOf('/')).toBe('index.html');
    expect(fileOf('/sources/x/')).toBe('sources/x/index.html');
    expect(fileOf('/_astro/a.css')).toBe('_astro/a.css');
    expect(fileOf('/pagefind/pagefind-entry.json')).toBe('pagefind/pagefind-entry.json');
  });
  test('without its trailing slash, a folder is not a file (the service worker redirects it)', () => {
    expect(fileOf('/sources/x')).toBe('sources/x');
  });
  test('decodes escapes, and a malformed one asks for nothing', () => {
    expect(fileOf('/caf%C3%A9/')).toBe('café/index.html');
    expect(fileOf('/%E0%A4%A/')).toBe('');
  });
});

describe('addressOf(path): where a file is served', () => {
  test('a page at its folder, anything else at its own name', () => {
    expect(addressOf('index.html')).toBe('/');
    expect(addressOf('sources/x/index.html')).toBe('/sources/x/');
    expect(addressOf('data/strikes.csv')).toBe('/data/strikes.csv');
    expect(addressOf('pagefind/index.html.pf_index')).toBe('/pagefind/index.html.pf_index');
  });
  test('is the inverse of fileOf', () => {
    for (const path of ['index.html', 'sources/x/index.html', '_astro/a.js']) expect(fileOf(addressOf(path))).toBe(path);
  });
});

describe('cacheKey(path), cacheNames(version), isDataSaverFile(path) and hexDigest(digest)', () => {
  test('a file has the same key in every cache (a saved copy keeps its hash beside it), and each file its own', () => {
    expect(cacheKey('sources/x/index.html')).toBe('/sources/x/index.html');
    expect(cacheKey('a.css')).not.toBe(cacheKey('b.css'));
  });
  test('a version’s three caches carry its name, so that the next version removes them all', () => {
    const names = Object.values(cacheNames('abc123'));
    expect(names).toEqual(['strikes-offline-abc123', 'strikes-offline-abc123-archive', 'strikes-offline-abc123-read']);
    expect(Object.values(cacheNames('abc124')).some((name) => names.includes(name))).toBe(false);
  });
  test('with data saver on, only what the “not saved” page needs is saved', () => {
    expect(['offline/index.html', 'offline.json', '_astro/Base.css'].every(isDataSaverFile)).toBe(true);
    expect(['index.html', 'pagefind/pagefind.js', 'ledger/index.html'].some(isDataSaverFile)).toBe(false);
  });
  test('the browser’s digest gives the hash the build writes: 32 hex digits of SHA-256', async () => {
    const content = new TextEncoder().encode('Café con leña');
    const build = createHash('sha256').update(content).digest('hex').slice(0, 32);
    expect(hexDigest(await crypto.subtle.digest('SHA-256', content))).toBe(build);
  });
});

describe('a page’s search fragment: named by the build on its <body> (withFragment), read by the service worker (fragmentOf)', () => {
  const href = '/pagefind/fragment/en_1a2b3c.pf_fragment';
  test('what the build names, the worker reads, whatever else the <body> carries', () => {
    expect(withFragment('<html><head></head><body><p>x</p></body></html>', href)).toBe(`<html><head></head><body data-search-fragment="${href}"><p>x</p></body></html>`);
    expect(fragmentOf(withFragment('<html><head></head><body class="wide" data-x="1">', href))).toBe(href);
    expect(fragmentOf(`<html><body class="wide" data-search-fragment="${href}" data-x="1">`)).toBe(href);
  });
  test('a page that names none, or names it elsewhere than its <body>, has none', () => {
    expect(fragmentOf('<html><body><p data-search-fragment="/a">x</p></body></html>')).toBeUndefined();
    expect(fragmentOf('<html><body>data-search-fragment="/a"</body></html>')).toBeUndefined();
    expect(fragmentOf('<html><bodyx data-search-fragment="/a"><body></body></html>')).toBeUndefined();
  });
  test('a page without a <body> is refused, naming the fragment', () => {
    expect(() => withFragment('<p>x</p>', href)).toThrow(`the page has no <body> to name its search fragment ${href} on`);
  });
});
