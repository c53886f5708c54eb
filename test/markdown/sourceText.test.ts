import { describe, expect, test } from 'vitest';
import { SourceTextError, blocksOf } from '../../src/markdown/sourceText';

describe('blocksOf(body)', () => {
  const body = [
    '<Caption>Caption text.</Caption>',
    'First paragraph,\nwrapped over two lines.',
    '## A heading',
    '- item one\n- item two',
    '<Caption>\nA caption on its own lines.\n</Caption>',
    'Last paragraph with "straight" quotes.',
  ].join('\n\n');

  test('numbers paragraphs, list items and captions in reading order, skipping headings', () => {
    expect(blocksOf(body).map(({ n, id, kind, text }) => ({ n, id, kind, text }))).toEqual([
      { n: 1, id: 'p-1', kind: 'caption', text: 'Caption text.' },
      { n: 2, id: 'p-2', kind: 'paragraph', text: 'First paragraph, wrapped over two lines.' },
      { n: 3, id: 'p-3', kind: 'list-item', text: 'item one' },
      { n: 4, id: 'p-4', kind: 'list-item', text: 'item two' },
      { n: 5, id: 'p-5', kind: 'caption', text: 'A caption on its own lines.' },
      { n: 6, id: 'p-6', kind: 'paragraph', text: 'Last paragraph with "straight" quotes.' },
    ]);
  });

  test('gives the same ids for the same text every time', () => {
    expect(blocksOf(body).map((b) => b.id)).toEqual(blocksOf(body).map((b) => b.id));
  });

  test.each([
    ['an unknown component', 'Text <Chart /> here.', /unknown component <Chart>/],
    ['a curly-brace expression', 'Text {1 + 1} here.', /curly braces are MDX code/],
    ['an import line', 'import X from "y";\n\nText.', /import\/export line/],
    ['a block quote', '> quoted', /not a blockquote/],
  ])('rejects %s, pointing at its node', (_, text, message) => {
    let error: unknown;
    try {
      blocksOf(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceTextError);
    expect((error as Error).message).toMatch(message);
    expect((error as SourceTextError).node.position?.start.line).toBeGreaterThan(0);
  });
});
