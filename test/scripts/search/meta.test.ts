import { describe, expect, test } from 'vitest';
import { passageLanguages, searchMetaTags } from '../../../src/scripts/search/meta';

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

  test('names the passages in another language than the page’s, by their anchors’ ids, as a filter (whose words search does not match), and reads them back', () => {
    const languages = { notes: 'en', 'position-source': 'en' };
    const named = searchMetaTags({ kind: 'strike', languages }).filter((t) => t.key === 'languages');
    expect(named.map((t) => `${t.attribute} ${t.key}=${t.content}`)).toEqual(['data-pagefind-filter languages=notes=en', 'data-pagefind-filter languages=position-source=en']);
    // As Pagefind gives a page's filters back: each value once.
    expect(Object.fromEntries(passageLanguages({ kind: ['strike'], languages: named.map((t) => t.content) }))).toEqual(languages);
    // None: no tag, and nothing read back.
    expect(tags({ kind: 'strike', languages: {} })).toEqual(['data-pagefind-filter kind=strike', 'data-pagefind-meta kind=strike']);
    expect(passageLanguages({ kind: ['strike'] }).size).toBe(0);
    expect(passageLanguages(undefined).size).toBe(0);
    // An id or a language that is not one word would not read back: refused.
    expect(() => searchMetaTags({ kind: 'strike', languages: { 'a=b': 'en' } })).toThrow(/a word each/);
    expect(() => searchMetaTags({ kind: 'strike', languages: { notes: 'en es' } })).toThrow(/a word each/);
  });
});
