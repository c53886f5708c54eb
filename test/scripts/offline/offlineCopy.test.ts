import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { addressOf, cacheKey, fileOf, hexDigest } from '../../../src/scripts/offline/offlineCopy';

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

describe('cacheKey(path, revision) and hexDigest(digest)', () => {
  test('the same content has the same key in every version, and other content another', () => {
    expect(cacheKey('a.css', 'abc')).toBe(cacheKey('a.css', 'abc'));
    expect(cacheKey('a.css', 'abc')).not.toBe(cacheKey('a.css', 'abd'));
  });
  test('the browser’s digest gives the hash the build writes: 32 hex digits of SHA-256', async () => {
    const content = new TextEncoder().encode('Café con leña');
    const build = createHash('sha256').update(content).digest('hex').slice(0, 32);
    expect(hexDigest(await crypto.subtle.digest('SHA-256', content))).toBe(build);
  });
});
