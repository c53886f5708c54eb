import { describe, expect, test } from 'vitest';
import { pagesWithoutKind } from '../../src/checks/searchMetaCheck';

describe('pagesWithoutKind(pages)', () => {
  test('names each indexed page that has no kind filter, in the order of the index', () => {
    const pages: { url: string; filters: Record<string, string[]> }[] = [
      { url: '/sources/a/', filters: { kind: ['source'], outlet: ['A'] } },
      { url: '/sources/', filters: {} },
      { url: '/data/', filters: { kind: ['data'] } },
      { url: '/es/sources/', filters: { outlet: ['A'] } },
    ];
    expect(pagesWithoutKind(pages)).toEqual(['/sources/', '/es/sources/']);
  });
  test('an empty kind says nothing either', () => {
    expect(pagesWithoutKind([{ url: '/x/', filters: { kind: [] } }])).toEqual(['/x/']);
  });
  test('is empty when every page says what it is', () => {
    expect(pagesWithoutKind([{ url: '/', filters: { kind: ['explainer'] } }])).toEqual([]);
    expect(pagesWithoutKind([])).toEqual([]);
  });
});
