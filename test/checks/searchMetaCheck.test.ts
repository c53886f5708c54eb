import { describe, expect, test } from 'vitest';
import { lacksSearchMeta } from '../../src/checks/searchMetaCheck';

describe('lacksSearchMeta(html)', () => {
  test('is true for a page that marks text for search without saying its kind', () => {
    expect(lacksSearchMeta('<main><div data-pagefind-body><p>x</p></div></main>')).toBe(true);
  });
  test('is false once the kind is there, and for pages search does not index', () => {
    expect(lacksSearchMeta('<meta data-pagefind-filter="kind[content]" content="data"><div data-pagefind-body>')).toBe(false);
    expect(lacksSearchMeta('<main><p>Only read.</p></main>')).toBe(false);
  });
  test('reads the page, not its text: words about data-pagefind-body are not the attribute', () => {
    expect(lacksSearchMeta('<main><p>Mark text with data-pagefind-body to index it.</p></main>')).toBe(false);
    expect(lacksSearchMeta("<div data-pagefind-body=''><p>x</p></div>")).toBe(true);
  });
});
