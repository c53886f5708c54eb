import { describe, expect, test } from 'vitest';
import { absolute, graphOf, jsonLdText } from '../../src/jsonld/graph';

describe('jsonLdText(graph)', () => {
  test('writes every "<" escaped, so words in the data cannot end the script or open a comment', () => {
    const graph = graphOf([{ '@type': 'NewsArticle', headline: 'a </script><script>alert(1)</script> <!-- b' }]);
    const text = jsonLdText(graph);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(graph);
  });

  test('puts the nodes in one @graph under schema.org', () => {
    expect(JSON.parse(jsonLdText(graphOf([{ '@type': 'Thing', name: 'x' }])))).toEqual({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'Thing', name: 'x' }],
    });
  });
});

test('absolute(path, site) resolves a path against the site, wherever the site is served', () => {
  expect(absolute('/data/', new URL('https://example.org/'))).toBe('https://example.org/data/');
  expect(absolute('/data/', new URL('http://127.0.0.1:4321/'))).toBe('http://127.0.0.1:4321/data/');
});
