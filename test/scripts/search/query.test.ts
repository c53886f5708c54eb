import { describe, expect, test } from 'vitest';
import { activeFilters, pagefindOptions, parseSearch, searchFor, searchParams } from '../../../src/scripts/search/query';

const parse = (query: string) => parseSearch(new URLSearchParams(query));

describe('parseSearch(params) and searchParams(state)', () => {
  test('read the query, every value of each filter and the sort order from the address', () => {
    expect(parse('q=+Cartel+of+the+Suns+&outlet=T%C3%BCrkiye+Today&outlet=Indian+Witness&month=2025-11&sort=newest')).toEqual({
      q: 'Cartel of the Suns',
      filters: { kind: [], outlet: ['Türkiye Today', 'Indian Witness'], month: ['2025-11'] },
      sort: 'newest',
      exact: false,
    });
  });

  test('ignore an unknown sort order, unknown parameters and repeated or empty values', () => {
    expect(parse('q=x&sort=random&colour=red&kind=source&kind=source&kind=')).toEqual({
      q: 'x',
      filters: { kind: ['source'], outlet: [], month: [] },
      sort: 'relevance',
      exact: false,
    });
  });

  test('carry exact mode (the reader’s words only, no other names) as exact=1, and nothing else as it', () => {
    expect(parse('q=Cartel+of+the+Suns&exact=1').exact).toBe(true);
    expect(parse('q=x&exact=yes').exact).toBe(false);
    expect(searchParams(parse('q=x&exact=1')).toString()).toBe('q=x&exact=1');
  });

  test('count the filter values ticked', () => {
    expect(activeFilters(parse('q=x&outlet=A&outlet=B&kind=source&sort=newest'))).toBe(3);
    expect(activeFilters(parse('q=x'))).toBe(0);
  });

  test('write back what they read, leaving out defaults', () => {
    const query = 'q=OPEC&kind=source&outlet=T%C3%BCrkiye+Today&sort=oldest';
    expect(searchParams(parse(query)).toString()).toBe(query);
    expect(searchParams(searchFor('peace')).toString()).toBe('q=peace');
  });
});

describe('pagefindOptions(state)', () => {
  test('asks for any of the values within a filter, and every filter together', () => {
    expect(pagefindOptions(parse('q=x&outlet=A&outlet=B&kind=source'))).toEqual({
      filters: { kind: { any: ['source'] }, outlet: { any: ['A', 'B'] } },
    });
  });
  test('sorts by date, newest or oldest first, and not at all for the best match', () => {
    expect(pagefindOptions(parse('q=x&sort=newest'))).toEqual({ filters: {}, sort: { date: 'desc' } });
    expect(pagefindOptions(parse('q=x&sort=oldest'))).toEqual({ filters: {}, sort: { date: 'asc' } });
    expect(pagefindOptions(parse('q=x'))).toEqual({ filters: {} });
  });
});
