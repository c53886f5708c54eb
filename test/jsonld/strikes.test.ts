import { describe, expect, test } from 'vitest';
import { strikeLists, strikePage } from '../../src/domain/strikePages';
import type { Mention } from '../../src/domain/strikeMentions';
import { us } from '../../src/jsonld/organization';
import { strikeItemList, strikeWebPage } from '../../src/jsonld/strikes';
import { editionOf } from '../../src/i18n/words';
import type { Strike } from '../../src/schemas/strike';
import { loadData } from '../charts/data';

const site = new URL('https://example.org/');
/** A node's properties, to read them whatever its schema-dts type. */
const fields = (node: unknown) => node as Record<string, any>;
const { strikes, settings } = await loadData();
const byId = (id: string) => strikes.find((s) => s.id === id)!;
const mention = (strike: string, source: string, p: number): Mention => ({ strike, source, p, outlet: 'X', published: new Date(0), inferred: false, text: 'x', via: 'claim' });
const nodesOf = (strike: Strike, mentions: Mention[] = []) =>
  strikeWebPage(strikePage(strike, strikes, settings.regions, mentions), site).map(fields);

describe('strikeWebPage(page, input)', () => {
  test('a confirmed strike is an event on its day, in its region, which our page is about', () => {
    const [page, event] = nodesOf(byId('12'));
    expect(event['@type']).toBe('Event');
    expect(event.startDate).toBe('2025-10-29');
    expect(event.name).toBe('Strike of 29 October 2025');
    expect(event.location).toEqual({ '@type': 'Place', name: 'Eastern Pacific', description: 'Only the region is known: the eastern Pacific' });
    expect(page['@type']).toBe('WebPage');
    expect(page.url).toBe('https://example.org/strikes/12/');
    expect(page.about).toEqual({ '@id': event['@id'] });
    expect(page.publisher).toEqual(us(site));
  });

  test('on a Spanish page, the place is named in Spanish', () => {
    const es = editionOf('es', (english) => ({ 'Eastern Pacific': 'Pacífico oriental', 'the eastern Pacific': 'el Pacífico oriental' })[english] ?? english);
    const [, event] = strikeWebPage(strikePage(byId('12'), strikes, settings.regions, [], es), site, 'es').map(fields);
    expect(event.location).toMatchObject({ '@type': 'Place', name: 'Pacífico oriental' });
  });

  test('a point worked out from a description is given in words, never as coordinates a report did not give', () => {
    const [, event] = nodesOf(byId('3'));
    expect(byId('3').position.precision).toBe('described');
    expect(event.location.geo).toBeUndefined();
    expect(event.location.description).toBe('Worked out from a report’s description: 16.25° N, 71.52° W');
  });

  test('a reported position is given as coordinates', () => {
    const reported: Strike = { ...byId('3'), position: { precision: 'reported', lat: 16.25, lon: -71.52, source: 'A report.' } };
    expect(nodesOf(reported)[1]!.location.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 16.25, longitude: -71.52 });
  });

  test('the unconfirmed claim is a page about no event: it may not have happened', () => {
    const nodes = nodesOf(byId('4a'));
    expect(nodes).toHaveLength(1);
    expect(nodes[0]!.about).toBeUndefined();
    expect(nodes[0]!.description).toMatch(/claimed but never confirmed, and not counted/);
  });

  test('is based on our data and every report its row names, and cites each source it quotes, once', () => {
    const strike = byId('1');
    const [page] = nodesOf(strike, [mention('1', 'a-2025-12-01', 3), mention('1', 'a-2025-12-01', 4), mention('1', 'b-2025-12-02', 1), mention('2', 'c-2025-12-03', 1)]);
    expect(page.isBasedOn[0]).toEqual({ '@id': 'https://example.org/data/#dataset' });
    expect(page.isBasedOn.slice(1).map((r: { url: string }) => r.url)).toEqual([strike.source.url, ...strike.otherSources.map((o) => o.split(/\s/)[0])]);
    expect(page.citation).toEqual([{ '@id': 'https://example.org/sources/a-2025-12-01/#article' }, { '@id': 'https://example.org/sources/b-2025-12-02/#article' }]);
  });
});

describe('strikeItemList(list, site)', () => {
  test('lists each strike page of a view in the order shown, newest first, with its name', () => {
    const lists = strikeLists(strikes, settings.regions);
    const caribbean = lists.find((l) => l.region === 'Caribbean' && !l.month)!;
    const list = fields(strikeItemList(caribbean, site));
    expect(list.numberOfItems).toBe(caribbean.strikes.length);
    expect(list.itemListElement.map((i: { position: number }) => i.position)).toEqual(caribbean.strikes.map((_, i) => i + 1));
    expect(list.itemListElement[0]).toEqual({ '@type': 'ListItem', position: 1, url: `https://example.org/strikes/${caribbean.strikes[0]!.id}/`, name: expect.stringMatching(/^Strike of /) });
    expect(list.name).toBe('Strikes in the Caribbean');
  });
});
