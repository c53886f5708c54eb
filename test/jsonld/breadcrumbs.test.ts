import type { ListItem } from 'schema-dts';
import { describe, expect, test } from 'vitest';
import { breadcrumbList } from '../../src/jsonld/breadcrumbs';
import { NAV, SITE_NAME } from '../../src/site';

const site = new URL('https://example.org/');
const trail = (path: string, title: string, sections = NAV) =>
  (breadcrumbList({ path, title, site, sections })?.itemListElement as ListItem[] | undefined)?.map((i) => [i.position, i.name, i.item]);

describe('breadcrumbList({ path, title, site, sections })', () => {
  test('is undefined for the home page, which is the top of every trail', () => {
    expect(breadcrumbList({ path: '/', title: 'Home', site, sections: NAV })).toBeUndefined();
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

  test('orders nested sections from the outside in, and a Spanish edition can name its own home and sections', () => {
    const sections = [
      { href: '/es/fuentes/', label: 'Fuentes' },
      { href: '/es/', label: 'Inicio' },
    ];
    const list = breadcrumbList({ path: '/es/fuentes/x/', title: 'Una fuente', site, sections, home: 'Ataques en el mar' });
    expect((list!.itemListElement as ListItem[]).map((i) => i.name)).toEqual(['Ataques en el mar', 'Inicio', 'Fuentes', 'Una fuente']);
  });

  test('has a node id of its own on its page', () => {
    expect(breadcrumbList({ path: '/data/', title: 'The data', site, sections: NAV })!['@id']).toBe('https://example.org/data/#breadcrumb');
  });
});
