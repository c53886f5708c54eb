import { describe, expect, test } from 'vitest';
import { parseSearch } from '../../../src/scripts/search/query';
import { hitOf, runSearch } from '../../../src/scripts/search/engine';
import type { Pagefind, PagefindData, PagefindResponse } from '../../../src/scripts/search/pagefind';

type Page = { id: string; date?: string };

/** A stand-in for Pagefind over `pages`: as Pagefind does, a date sort leaves out pages without a date. */
function fakePagefind(pages: Page[]): Pagefind & { calls: object[] } {
  const calls: object[] = [];
  const result = (page: Page) => ({ id: page.id, score: 1, data: async () => ({}) as PagefindData });
  return {
    calls,
    options: async () => {},
    init: async () => {},
    filters: async () => ({}),
    search: async (_term, options = {}): Promise<PagefindResponse> => {
      calls.push(options);
      const sort = (options as { sort?: { date: 'asc' | 'desc' } }).sort?.date;
      const found = sort
        ? pages.filter((p) => p.date).sort((a, b) => (sort === 'asc' ? 1 : -1) * a.date!.localeCompare(b.date!))
        : pages;
      return { results: found.map(result), unfilteredResultCount: pages.length, filters: {}, totalFilters: {} };
    },
  };
}

const pages: Page[] = [{ id: 'explainer' }, { id: 'old', date: '2025-11-28' }, { id: 'new', date: '2025-12-03' }];

describe('runSearch(state, pagefind)', () => {
  test('best match: Pagefind’s order, in one search', async () => {
    const pagefind = fakePagefind(pages);
    const { results } = await runSearch(parseSearch(new URLSearchParams('q=x')), pagefind);
    expect(results.map((r) => r.id)).toEqual(['explainer', 'old', 'new']);
    expect(pagefind.calls).toEqual([{ filters: {} }]);
  });

  test('by date: dated pages in date order, then the undated ones that Pagefind’s sort leaves out', async () => {
    const newest = await runSearch(parseSearch(new URLSearchParams('q=x&sort=newest')), fakePagefind(pages));
    expect(newest.results.map((r) => r.id)).toEqual(['new', 'old', 'explainer']);
    const oldest = await runSearch(parseSearch(new URLSearchParams('q=x&sort=oldest')), fakePagefind(pages));
    expect(oldest.results.map((r) => r.id)).toEqual(['old', 'new', 'explainer']);
  });
});

describe('hitOf(result)', () => {
  test('links the title to the best passage, with the page’s matching words to mark there', async () => {
    const data: PagefindData = {
      url: '/sources/x/',
      content: 'First about peace. Second: a "slave\'s peace" rejected.',
      anchors: [
        { element: 'p', id: 'p-1', text: 'First about peace.', location: 0 },
        { element: 'p', id: 'p-2', text: 'Second: a "slave\'s peace" rejected.', location: 3 },
      ],
      weighted_locations: [2, 5, 6].map((location) => ({ location, weight: 1, balanced_score: 512 })),
      meta: { title: 'A source', kind: 'source', outlet: 'Indian Witness', date: '2025-12-03' },
      filters: {},
    };
    const hit = await hitOf({ id: 'x', score: 1, data: async () => data });
    expect(hit).toMatchObject({ title: 'A source', kind: 'source', outlet: 'Indian Witness', date: '2025-12-03' });
    expect(hit.href).toBe("/sources/x/?highlight=peace&highlight=slave%27s#p-2");
    expect(hit.passages.map((p) => p.id)).toEqual(['p-1', 'p-2']);
  });
});
