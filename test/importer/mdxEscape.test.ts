import { describe, expect, test } from 'vitest';
import { escapeMdx } from '../../src/importer/mdxEscape';
import { blocksOf } from '../../src/markdown/sourceText';

// Lines an article may print that MDX would otherwise read as code, markup or formatting.
const NASTY = [
  '<script>alert("x")</script> was printed in the page.',
  'The budget {2025} was cut; see } and {.',
  'Profits fell by < 5% and rose by > 2%.',
  'import { x } from "y"',
  'export default 42',
  'export const a = 1; import b',
  '# Not a heading',
  '> Not a quote',
  '- Not a list item',
  '+ Not a list item either',
  '* Nor this',
  '1. Not an ordered list',
  '2) Nor this',
  '---',
  '===',
  'A *starred* and _underscored_ word, `code` and [a link](https://example.com).',
  'AT&T and &amp; and &#123; stay as printed.',
  'A back\\slash and a trailing one\\',
  '<Caption>not a caption</Caption>',
  '<!-- not a comment -->',
  'A line that ends in two spaces  ',
];

describe('escapeMdx(line)', () => {
  test.each(NASTY)('shows %j as exactly that text', (line) => {
    const blocks = blocksOf(escapeMdx(line));
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([['paragraph', line.trim()]]);
  });

  test('writes the MDX-safe spellings the build asks for', () => {
    expect(escapeMdx('a < b { c }')).toBe('a &lt; b &#123; c &#125;');
    expect(escapeMdx('import x')).toBe('&#105;mport x');
    expect(escapeMdx('export x')).toBe('&#101;xport x');
  });

  test('leaves ordinary text alone', () => {
    const line = 'Trump said “very soon.” It cost $50 million — 5–8% of it (reportedly).';
    expect(escapeMdx(line)).toBe(line);
  });
});
