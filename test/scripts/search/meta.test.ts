import { describe, expect, test } from 'vitest';
import { lacksSearchMeta, monthLabel, monthOf, searchMetaTags } from '../../../src/scripts/search/meta';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const tags = (meta: Parameters<typeof searchMetaTags>[0]) => searchMetaTags(meta).map((t) => `${t.attribute} ${t.key}=${t.content}`);

describe('searchMetaTags(meta)', () => {
  test('gives a source its kind, outlet and month as filters, its date as sort key, and all three as metadata', () => {
    expect(tags({ kind: 'source', outlet: 'Türkiye Today', date: day('2025-12-01') })).toEqual([
      'data-pagefind-filter kind=source',
      'data-pagefind-meta kind=source',
      'data-pagefind-filter outlet=Türkiye Today',
      'data-pagefind-meta outlet=Türkiye Today',
      'data-pagefind-filter month=2025-12',
      'data-pagefind-meta date=2025-12-01',
      'data-pagefind-sort date=2025-12-01',
    ]);
  });

  test('leaves out what a page does not have', () => {
    expect(tags({ kind: 'explainer' })).toEqual(['data-pagefind-filter kind=explainer', 'data-pagefind-meta kind=explainer']);
  });

  test('keeps commas and colons in a value as they are: the value goes in content, not in Pagefind’s key:value syntax', () => {
    expect(searchMetaTags({ kind: 'source', outlet: 'A, B: C' }).find((t) => t.key === 'outlet')!.content).toBe('A, B: C');
  });
});

describe('months', () => {
  test('monthOf(date) is the UTC month, so midnight dates never shift', () => {
    expect(monthOf(day('2025-11-30'))).toBe('2025-11');
    expect(monthOf(day('2025-12-01'))).toBe('2025-12');
  });
  test('monthLabel("2025-11") reads "November 2025"', () => {
    expect(monthLabel('2025-11')).toBe('November 2025');
  });
});

describe('lacksSearchMeta(html)', () => {
  test('is true for a page that marks text for search without saying its kind', () => {
    expect(lacksSearchMeta('<main><div data-pagefind-body><p>x</p></div></main>')).toBe(true);
  });
  test('is false once the kind is there, and for pages search does not index', () => {
    expect(lacksSearchMeta('<meta data-pagefind-filter="kind[content]" content="data"><div data-pagefind-body>')).toBe(false);
    expect(lacksSearchMeta('<main><p>Only read.</p></main>')).toBe(false);
  });
});
