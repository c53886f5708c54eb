import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { addressOf, cacheKey, cacheNames, fileOf, hexDigest, isDataSaverFile } from '../../../src/scripts/offline/offlineCopy';

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
