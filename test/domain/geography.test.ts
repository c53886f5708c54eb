import { describe, expect, test } from 'vitest';
import { around, kmOutside, LAND_AROUND, landAt } from '../../src/domain/geography';
import { naturalEarth } from '../../src/domain/naturalEarth';
import { loadData } from '../charts/data';

const { regions } = await loadData();
const geography = naturalEarth(around(regions.map((r) => r.bounds), LAND_AROUND));

describe('Natural Earth’s land, and how far a point is from a region', () => {
  test('landAt names the country, and says nothing at sea', () => {
    expect(landAt(geography, [-99.88, 16.85])).toBe('Mexico');
    expect(landAt(geography, [-61.3, 10.45])).toBe('Trinidad and Tobago');
    expect(landAt(geography, [-75, 15])).toBeUndefined();
  });

  test('kmOutside is 0 inside a box, and the great-circle distance to its edge outside', () => {
    const box: [[number, number], [number, number]] = [[-89, 8], [-59, 23]];
    expect(kmOutside(box, [-70, 15])).toBe(0);
    // One degree of latitude north of the northern edge: about 111 km.
    expect(kmOutside(box, [-70, 24])).toBeCloseTo(111.2, 0);
  });

});

describe('naturalEarth(within)', () => {
  test('keeps only the land around the bounds given: a country far away is sea', () => {
    expect(landAt(geography, [77.2, 28.6])).toBeUndefined();
    expect(landAt(naturalEarth([[70, 20], [80, 30]]), [77.2, 28.6])).toBe('India');
  });

  test('works each area out once', () => {
    expect(naturalEarth(around(regions.map((r) => r.bounds), LAND_AROUND))).toBe(geography);
  });
});
