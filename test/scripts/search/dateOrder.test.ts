import { describe, expect, test } from 'vitest';
import { dateOrderOf, mergeByDate } from '../../../src/scripts/search/dateOrder';

describe('where each page of another language falls among the sources’ language’s dated pages', () => {
  const en = (id: string, day?: string) => ({ id, language: 'en', day });
  const es = (id: string, day?: string) => ({ id, language: 'es', day });

  test('counts the newer and the older, a page of the same day being neither; the undated and the sources’ own pages are not placed', () => {
    const pages = [en('a', '2025-11-28'), en('b', '2025-12-01'), en('c', '2025-11-28'), en('d'), en('e', '2025-09-02'), es('x', '2025-11-28'), es('y', '2026-01-01'), es('z', '2025-01-01'), es('w')];
    expect(dateOrderOf(pages)).toEqual({ x: [1, 1], y: [0, 4], z: [4, 0] });
  });

  test('with no dated page in the sources’ language, every page is placed at the start either way', () => {
    expect(dateOrderOf([en('a'), es('x', '2025-11-28')])).toEqual({ x: [0, 0] });
  });
});

describe('two lists in date order as one', () => {
  // Each item: [name, its place among the other list's dated items (own) or its place in the other list's order (other)].
  type Item = { name: string; place?: number };
  const item = (name: string, place?: number): Item => ({ name, place });
  const names = (items: Item[]) => items.map((i) => i.name);
  const merge = (own: Item[], other: Item[]) => names(mergeByDate(own, other, (i) => i.place, (i) => i.place));

  test('each page of its own language goes after the other’s that come before it, in order, the undated last, its own language’s first', () => {
    // The other index's dated pages are at places 0, 2, 3 and 7 of its order (1 and 4 to 6 did not match the query).
    const other = [item('o0', 0), item('o2', 2), item('o3', 3), item('o7', 7), item('oU')];
    const own = [item('s0', 0), item('s3', 3), item('s3b', 3), item('s9', 9), item('sU')];
    expect(merge(own, other)).toEqual(['s0', 'o0', 'o2', 's3', 's3b', 'o3', 'o7', 's9', 'sU', 'oU']);
  });

  test('either list empty: the other as it is, its undated last', () => {
    expect(merge([], [item('o0', 0), item('oU'), item('o1', 1)])).toEqual(['o0', 'o1', 'oU']);
    expect(merge([item('s0', 0), item('sU'), item('s1', 1)], [])).toEqual(['s0', 's1', 'sU']);
  });
});
