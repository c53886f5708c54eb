import fc from 'fast-check';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { pieceBlocks, sourcePieces } from '../../src/markdown/sourceHtml';
import { parseBody, sourceBlocks } from '../../src/markdown/sourceText';
import { piecesHtml } from '../helpers/sourcePage';

const piecesOf = (body: string) => {
  const tree = parseBody(body);
  const blocks = sourceBlocks(tree);
  return { blocks, pieces: sourcePieces(tree, blocks) };
};

/** A block's link to itself, named in English and marked as furniture (data-w) for the Spanish reader. */
const anchor = (n: number) => `<a href="#p-${n}" class="para-link" aria-label="Paragraph ${n}" data-n="${n}" data-w="paragraph" data-arg="${n}" data-pagefind-ignore></a>`;

describe('sourcePieces(tree, blocks)', () => {
  const body = [
    '<Caption>A boat, "seen" at dawn. (Photo)</Caption>',
    `He said it's *over* & **done**, see [the report](https://example.com/a?b=1&c=2 "Title").`,
    "## What's next",
    '- first item\n- second *item*',
    "## What's next",
    '1. one\n\n2. two',
  ].join('\n\n');

  test('writes the text as @astrojs/mdx did: anchors, caption label, headings one level down with ids, lists, and Astro escaping', () => {
    expect(piecesHtml(piecesOf(body).pieces)).toBe(
      [
        `<p id="p-1" class="para caption">${anchor(1)}<span class="caption-label" data-w="captionLabel" data-pagefind-ignore>Photo caption:</span> A boat, &quot;seen&quot; at dawn. (Photo)</p>`,
        `<p id="p-2" class="para">${anchor(2)}He said it&#39;s <em>over</em> &amp; <strong>done</strong>, see <a href="https://example.com/a?b=1&amp;c=2" title="Title">the report</a>.</p>`,
        `<h3 id="whats-next">What&#39;s next</h3>`,
        `<ul>\n<li id="p-3" class="para">${anchor(3)}first item</li>\n<li id="p-4" class="para">${anchor(4)}second <em>item</em></li>\n</ul>`,
        `<h3 id="whats-next-1">What&#39;s next</h3>`,
        `<ol>\n<li id="p-5" class="para">\n<p>${anchor(5)}one</p>\n</li>\n<li id="p-6" class="para">\n<p>${anchor(6)}two</p>\n</li>\n</ol>`,
      ].join('\n'),
    );
  });

  test('keeps each numbered block apart, in order, for its page to add its links back; what lies between is merged', () => {
    const { blocks, pieces } = piecesOf(body);
    const numbered = pieces.filter((p) => 'tag' in p);
    expect(numbered.map((p) => [p.tag, p.id, p.class])).toEqual(
      blocks.map((b) => [b.kind === 'list-item' ? 'li' : 'p', b.id, b.kind === 'caption' ? 'para caption' : 'para']),
    );
    pieces.forEach((p, i) => {
      if (!('tag' in p)) expect('tag' in (pieces[i + 1] ?? { tag: 'p' })).toBe(true);
    });
  });

  // Words the importer may leave in an article, markup characters among them, written as an editor would.
  const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9"'’.,;:!?()%$—–-]{1,12}$/);
  const paragraph = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));

  test('each block reads as the words the loader counted, whatever its text (property)', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const body = paragraphs.join('\n\n');
        const tree = parseBody(body);
        let blocks;
        try {
          blocks = sourceBlocks(tree);
        } catch {
          return; // not a valid source text: the loader refuses it before any HTML is written
        }
        const texts = sourcePieces(tree, blocks)
          .filter((p) => 'tag' in p)
          .map((p) => parse(p.html).text.replace(/^Photo caption: /, '').replace(/\s+/g, ' ').trim());
        expect(texts).toEqual(blocks.map((b) => b.text));
      }),
      { numRuns: 300 },
    );
  });

  // Every construct a block may hold, nested as an editor may write it.
  const inline = fc.oneof(
    word,
    word.map((w) => `*${w}*`),
    word.map((w) => `**${w}**`),
    word.map((w) => `\`${w}\``),
    fc.tuple(word, fc.nat(9)).map(([w, n]) => `[${w}](https://example.com/${n}?a=1&b=2 "A > B")`),
    word.map((w) => `![${w}](photo.jpg)`),
  );
  const line = fc.array(inline, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
  const text = fc.array(fc.tuple(line, fc.constantFrom('\n', '  \n', '\\\n')), { minLength: 1, maxLength: 3 }).map((lines) =>
    lines.map(([l, end], i) => (i < lines.length - 1 ? l + end : l)).join(''),
  );
  const block = fc.oneof(
    text,
    fc.array(text, { minLength: 1, maxLength: 3 }).map((items) => items.map((t) => `- ${t.replace(/\n/g, '\n  ')}`).join('\n')),
    fc.tuple(line, line).map(([a, b]) => `1. ${a}\n\n   ${b}\n\n2. ${b}`),
    line.map((l) => `<Caption>${l}</Caption>`),
    line.map((l) => `## ${l}`),
  );

  test('pieceBlocks() reads back from the HTML the blocks the loader counted, each with its words, whatever its text (property)', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (blocksWritten) => {
        const tree = parseBody(blocksWritten.join('\n\n'));
        let blocks;
        try {
          blocks = sourceBlocks(tree);
        } catch {
          return;
        }
        const counted = blocks.map(({ n, kind, text }) => ({ n, kind, text }));
        expect(pieceBlocks(sourcePieces(tree, blocks))).toEqual(counted);
      }),
      { numRuns: 300 },
    );
  });

  test('a line break, an image and a list item of two paragraphs read as the page shows them', () => {
    const { blocks, pieces } = piecesOf('One  \ntwo ![a photo](x.jpg) three `x < y`\n\n- first\n\n  second\n- third');
    expect(pieceBlocks(pieces)).toEqual([
      { n: 1, kind: 'paragraph', text: 'One two three x < y' },
      { n: 2, kind: 'list-item', text: 'first second' },
      { n: 3, kind: 'list-item', text: 'third' },
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['One two three x < y', 'first second', 'third']);
  });
});
