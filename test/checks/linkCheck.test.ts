import { describe, expect, test } from 'vitest';
import { type BuiltFile, checkLinks } from '../../src/checks/linkCheck';

const SITE = 'https://example.org/';
const page = (path: string, links: string[], ids: string[] = []): BuiltFile => ({ path, links, ids: new Set(ids) });
const SITE_FILES = [
  page('/', ['/sources/', '/sources/a/#p-2', '#main', '/favicon.svg', 'https://elsewhere.example/x', 'mailto:a@b.c'], ['main']),
  page('/sources/', ['../', 'a/', 'https://example.org/sources/a/'], ['main']),
  page('/sources/a/', ['#p-1', '/'], ['main', 'p-1', 'p-2', 'p-3']),
  page('/favicon.svg', []),
];

describe('checkLinks(files, site)', () => {
  test('passes links that land: pages, files, #anchors, relative and absolute addresses on the site', () => {
    expect(checkLinks(SITE_FILES, SITE)).toEqual([]);
  });

  test('ignores other sites and schemes', () => {
    expect(checkLinks([page('/', ['https://example.com/nowhere/', 'mailto:x@y.z', 'tel:+1'])], SITE)).toEqual([]);
  });

  test('names a page that does not exist', () => {
    expect(checkLinks([...SITE_FILES, page('/x/', ['/sources/b/'])], SITE)).toEqual([
      { page: '/x/', href: '/sources/b/', message: 'there is no page or file /sources/b/ on the site: check the address' },
    ]);
  });

  test('asks for the trailing slash that every page address has', () => {
    expect(checkLinks([...SITE_FILES, page('/x/', ['/sources/a'])], SITE)).toEqual([
      { page: '/x/', href: '/sources/a', message: "write it with the trailing slash, /sources/a/: every page's address ends in /" },
    ]);
  });

  test('names an anchor that is not on the page, and the paragraphs that are', () => {
    expect(checkLinks([...SITE_FILES, page('/x/', ['/sources/a/#p-9', '/#nope'])], SITE)).toEqual([
      { page: '/x/', href: '/sources/a/#p-9', message: '/sources/a/ has no #p-9: its paragraphs are p-1 to p-3' },
      { page: '/x/', href: '/#nope', message: '/ has no #nope: its ids include main' },
    ]);
  });

  test('checks addresses on the site written in full, as the feed and sitemap write them', () => {
    expect(checkLinks([...SITE_FILES, page('/feed.xml', ['https://example.org/sources/gone/'])], SITE)).toEqual([
      { page: '/feed.xml', href: 'https://example.org/sources/gone/', message: 'there is no page or file /sources/gone/ on the site: check the address' },
    ]);
  });
});
