import type { Element, ElementContent, Root } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { rehypeBlockIds } from '../../src/integrations/rehypeBlockIds';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[] = [], id?: string): Element => ({ type: 'element', tagName, properties: id ? { id } : {}, children });
const p = (words: string, id?: string) => el('p', [text(words)], id);

/** Runs the plugin on a page of `children` at `path`, as Astro compiles an MDX page; returns the page. */
function run(children: Root['children'], path = '/site/content/explainer/index.mdx'): Root {
  const tree: Root = { type: 'root', children };
  rehypeBlockIds()(tree, new VFile({ path, cwd: '/site', data: { astro: { frontmatter: {} } } }));
  return tree;
}

/** Each element's id at the top of the page, and each of its list items' (indented), in order ('' for none). */
const ids = (tree: Root): string[] =>
  tree.children.flatMap((node) =>
    node.type !== 'element' ? [] : [String(node.properties.id ?? ''), ...node.children.flatMap((c) => (c.type === 'element' && c.tagName === 'li' ? [`  ${String(c.properties.id ?? '')}`] : []))],
  );

describe('rehypeBlockIds(): each paragraph of our pages gets an id of its section and its place there', () => {
  test('the headings get Astro’s ids; each paragraph and list item after one is numbered from 1 in its section, in reading order', () => {
    const tree = run([
      p('Before any heading: no section, no id.'),
      el('h2', [text('The phone call')]),
      text('\n'),
      p('First.'),
      el('ul', [el('li', [text('An item.')]), text('\n'), el('li', [text('Another, with a list in it.'), el('ul', [el('li', [text('Not numbered.')])])])]),
      p('After the list.'),
      el('h2', [text('The phone call')]),
      p('Under a heading of the same words, which Astro gives its next id.'),
      el('h3', [text('Ríos y mares')]),
      el('figure', [text('A figure is not a paragraph.')]),
      p('Numbered from 1 again.'),
      p('An id of its own is kept, and counts its place.', 'kept'),
      p('So this one is the third.'),
    ]);
    expect(ids(tree)).toEqual([
      '',
      'the-phone-call',
      'the-phone-call-p1',
      '',
      '  the-phone-call-p2',
      '  the-phone-call-p3',
      'the-phone-call-p4',
      'the-phone-call-1',
      'the-phone-call-1-p1',
      'ríos-y-mares',
      '',
      'ríos-y-mares-p1',
      'kept',
      'ríos-y-mares-p3',
    ]);
    const nested = (tree.children[4] as Element).children[2] as Element;
    expect((nested.children[1] as Element).children.map((li) => (li as Element).properties.id)).toEqual([undefined]);
  });

  test('a file outside content/ is left as it is', () => {
    const tree = run([el('h2', [text('Heading')]), p('Text.')], '/site/src/pages/x.mdx');
    expect(ids(tree)).toEqual(['', '']);
  });

  test('an id given twice stops the build at the page and line of its second place, naming the id', () => {
    const at = (line: number, node: Element) => Object.assign(node, { position: { start: { line, column: 1 }, end: { line, column: 9 } } });
    const failure = (children: Root['children']) => {
      try {
        run(children);
      } catch (thrown) {
        const { message, line, file } = thrown as { message: string; line?: number; file?: string };
        return { message, line, file };
      }
      return undefined;
    };
    // A heading whose id a block of another section already has.
    expect(failure([el('h2', [text('Intro')]), p('Gets intro-p1.'), at(5, el('h2', [text('Intro p1')]))])).toEqual({
      message: 'the id "intro-p1" is on the page twice: rename the heading',
      line: 5,
      file: '/site/content/explainer/index.mdx',
    });
    // A block whose id a paragraph's own id already holds.
    expect(failure([el('h2', [text('Intro')]), p('Its own id.', 'intro-p2'), at(9, p('Would get intro-p2.'))])?.message).toBe(
      'the id "intro-p2" (block 2 under the heading #intro) is on the page twice: rename the heading',
    );
  });
});
