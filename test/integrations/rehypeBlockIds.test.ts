import type { Element, ElementContent, Root, RootContent } from 'hast';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { rehypeBlockIds } from '../../src/integrations/rehypeBlockIds';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties: {}, children });
const p = (words: string) => el('p', [text(words)]);
/** A component in MDX, `<Aside>…</Aside>`, as the tree holds it before it is compiled. */
const component = (children: RootContent[]) => ({ type: 'mdxJsxFlowElement', name: 'Aside', attributes: [], children }) as unknown as RootContent;
const at = (line: number, node: Element) => Object.assign(node, { position: { start: { line, column: 1 }, end: { line, column: 9 } } });

/** Runs the plugin on a page of `children` at `path`, as Astro compiles an MDX page; returns the page. */
function run(children: RootContent[], path = '/site/content/explainer/index.mdx'): Root {
  const tree: Root = { type: 'root', children };
  rehypeBlockIds()(tree, new VFile({ path, cwd: '/site', data: { astro: { frontmatter: {} } } }));
  return tree;
}

/** Each element's id at the top of the page, and each of its list items' (indented), in order ('' for none). */
const ids = (tree: Root): string[] =>
  tree.children.flatMap((node) =>
    node.type !== 'element' ? [] : [String(node.properties.id ?? ''), ...node.children.flatMap((c) => (c.type === 'element' && c.tagName === 'li' ? [`  ${String(c.properties.id ?? '')}`] : []))],
  );

/** What running the plugin on `children` throws: its message, line and file. */
function failure(children: RootContent[]) {
  try {
    run(children);
  } catch (thrown) {
    const { message, line, file } = thrown as { message: string; line?: number; file?: string };
    return { message, line, file };
  }
  return undefined;
}

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
      p('Then 2.'),
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
      'ríos-y-mares-p2',
    ]);
    const nested = (tree.children[4] as Element).children[2] as Element;
    expect((nested.children[1] as Element).children.map((li) => (li as Element).properties.id)).toEqual([undefined]);
  });

  test('a heading within a component begins a section, as one at the top level does', () => {
    const tree = run([el('h2', [text('Intro')]), p('One.'), component([el('h2', [text('Inner')]), p('Inside: not numbered.')]), p('Two.')]);
    expect(ids(tree)).toEqual(['intro', 'intro-p1', 'inner-p1']);
  });

  test('a file outside content/ is left as it is', () => {
    const tree = run([el('h2', [text('Heading')]), p('Text.')], '/site/src/pages/x.mdx');
    expect(ids(tree)).toEqual(['', '']);
  });

  test('a block whose id a heading has, before it, after it or within a component, stops the build at the block’s line, naming the id and what to do', () => {
    const expected = (line: number) => ({
      message: 'the id "intro-p2" is on the page twice: it is block 2 under the heading #intro, and a heading has its id: rename the heading',
      line,
      file: '/site/content/explainer/index.mdx',
    });
    expect(failure([el('h2', [text('Intro')]), p('One.'), at(5, p('Two.')), el('h2', [text('Intro p2')])])).toEqual(expected(5));
    expect(failure([el('h2', [text('Intro p2')]), el('h2', [text('Intro')]), p('One.'), at(7, p('Two.'))])).toEqual(expected(7));
    expect(failure([el('h2', [text('Intro')]), p('One.'), at(3, p('Two.')), component([el('h3', [text('Intro p2')])])])).toEqual(expected(3));
  });
});
