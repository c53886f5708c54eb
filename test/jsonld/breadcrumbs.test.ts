import type { ListItem } from 'schema-dts';
import { describe, expect, test } from 'vitest';
import { breadcrumbList } from '../../src/jsonld/breadcrumbs';
import { wordsFor } from '../../src/i18n/words';
import { NAV, pathIn, SITE_NAME } from '../../src/site';

const site = new URL('https://example.org/');
const sectionsIn = (locale: 'en' | 'es') => NAV.map((href) => ({ href: pathIn(locale, href), label: wordsFor(locale).site.nav[href]! }));
const ENGLISH_SECTIONS = sectionsIn('en');
const trail = (path: string, title: string, sections = ENGLISH_SECTIONS) =>
  (breadcrumbList({ path, title, site, sections })?.itemListElement as ListItem[] | undefined)?.map((i) => [i.position, i.name, i.item]);

describe('breadcrumbList({ path, title, site, sections })', () => {
  test('is undefined for the home page, which is the top of every trail', () => {
    expect(breadcrumbList({ path: '/', title: 'Home', site, sections: ENGLISH_SECTIONS })).toBeUndefined();
  });

  test('goes home, then the section of the navigation the page is in, then the page', () => {
    expect(trail('/sources/orinoco-tribune-2025-11-28/', 'A source')).toEqual([
      [1, SITE_NAME, 'https://example.org/'],
      [2, 'Sources', 'https://example.org/sources/'],
      [3, 'A source', 'https://example.org/sources/orinoco-tribune-2025-11-28/'],
    ]);
  });

  test('names a section page once, by its own title', () => {
    expect(trail('/data/', 'The data')).toEqual([
      [1, SITE_NAME, 'https://example.org/'],
      [2, 'The data', 'https://example.org/data/'],
    ]);
  });

  test('leaves out a folder of the address that is no page of the navigation, so every crumb is a page', () => {
    expect(trail('/charts/toll/', 'Deaths and strikes')).toEqual([
      [1, SITE_NAME, 'https://example.org/'],
      [2, 'Deaths and strikes', 'https://example.org/charts/toll/'],
    ]);
  });

  test('orders nested sections from the outside in', () => {
    const sections = [
      { href: '/a/b/', label: 'B' },
      { href: '/a/', label: 'A' },
    ];
    const list = breadcrumbList({ path: '/a/b/x/', title: 'X', site, sections });
    expect((list!.itemListElement as ListItem[]).map((i) => i.name)).toEqual([SITE_NAME, 'A', 'B', 'X']);
  });

  test('the Spanish edition goes from its own home, /es/, in its own words, and has no trail on that home', () => {
    const spanish = { site, sections: sectionsIn('es'), home: 'Ataques en el mar', root: '/es/' };
    expect(breadcrumbList({ path: '/es/', title: 'Inicio', ...spanish })).toBeUndefined();
    const list = breadcrumbList({ path: '/es/ledger/', title: 'Las cifras', ...spanish });
    expect((list!.itemListElement as ListItem[]).map((i) => [i.name, i.item])).toEqual([
      ['Ataques en el mar', 'https://example.org/es/'],
      ['Las cifras', 'https://example.org/es/ledger/'],
    ]);
  });

  test('has a node id of its own on its page', () => {
    expect(breadcrumbList({ path: '/data/', title: 'The data', site, sections: ENGLISH_SECTIONS })!['@id']).toBe('https://example.org/data/#breadcrumb');
  });
});
