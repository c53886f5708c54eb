import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countPages, pageNumberOf, pageOf, pagerPages, shownOf } from '../../src/domain/pages';

describe('a list in pages', () => {
  test('pageOf(items, page, size): each item on exactly one page, in order, each page saying where it stands (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (items, size) => {
        const pages = countPages(items.length, size);
        expect(pages).toBe(Math.max(1, Math.ceil(items.length / size)));
        const shown = Array.from({ length: pages }, (_, i) => pageOf(items, i + 1, size, 'the items'));
        expect(shown.flatMap((p) => p.items)).toEqual(items);
        for (const p of shown) {
          expect(p.items.length).toBeLessThanOrEqual(size);
          expect(p).toMatchObject({ pages, total: items.length, start: (p.page - 1) * size, end: (p.page - 1) * size + p.items.length });
        }
        // pageNumberOf finds each item on the page pageOf put it.
        items.forEach((_, i) => expect(shown[pageNumberOf(i, size) - 1]!.start + (i % size)).toBe(i));
      }),
    );
  });

  test('shownOf(page, locale): the first and last item of a page and the total, as each edition writes numbers', () => {
    const last = pageOf(Array.from({ length: 10_003 }, (_, i) => i), 101, 100, 'the items');
    expect(shownOf(last, 'en')).toEqual(['10,001', '10,003', '10,003']);
    expect(shownOf(pageOf(Array.from({ length: 10_003 }, (_, i) => i), 2, 100, 'the items'), 'es')).toEqual(['101', '200', '10.003']);
  });

  test('pageOf refuses a page the list does not have, naming the list', () => {
    expect(() => pageOf([1, 2], 2, 5, 'the items')).toThrow('the items have pages 1 to 1, not 2');
    expect(() => pageOf([1, 2], 0, 5, 'the items')).toThrow(RangeError);
    expect(() => pageOf([1, 2], 1.5, 1, 'the items')).toThrow(RangeError);
  });

  test.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, undefined, 10]],
    [5, 10, [1, 2, 3, 4, 5, 6, 7, undefined, 10]],
    [6, 10, [1, undefined, 4, 5, 6, 7, 8, 9, 10]],
    [50, 101, [1, undefined, 48, 49, 50, 51, 52, undefined, 101]],
  ])('pagerPages(%i, %i): the first, the last, this one and two each side; a gap of one page shows the page', (page, pages, expected) => {
    expect(pagerPages(page, pages)).toEqual(expected);
  });

  test('pagerPages stays a few links long, however many pages, and always holds the first, the last and this one (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }).chain((pages) => fc.tuple(fc.integer({ min: 1, max: pages }), fc.constant(pages))), ([page, pages]) => {
        const items = pagerPages(page, pages);
        expect(items.length).toBeLessThanOrEqual(9);
        const numbers = items.filter((n) => n !== undefined);
        expect(numbers).toEqual(expect.arrayContaining([1, page, pages]));
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
      }),
    );
  });

});
