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
  test('finds the kind in the head or, where a page puts it later, in its body', () => {
    const kind = '<meta data-pagefind-filter="kind[content]" content="source">';
    expect(lacksSearchMeta(`<html><head>${kind}</head><body><main data-pagefind-body><p>x</p></main></body></html>`)).toBe(false);
    expect(lacksSearchMeta(`<html><head><title>t</title></head><body>${kind}<main data-pagefind-body><p>x</p></main></body></html>`)).toBe(false);
    expect(lacksSearchMeta('<html><head><title>t</title></head><body><main data-pagefind-body><p>x</p></main></body></html>')).toBe(true);
    // A page with no body marked is fine without a kind, head or not.
    expect(lacksSearchMeta('<html><head><title>t</title></head><body><p>x</p></body></html>')).toBe(false);
  });
});
