import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkCitations } from '../../src/integrations/remarkCitations';
import { parseBody } from '../../src/markdown/sourceText';

/** Runs the plugin on an MDX body as if it were the file at `path` under /site. */
function compile(body: string, path = '/site/content/explainer/index.mdx') {
  const tree = parseBody(body);
  const file = new VFile({ path, cwd: '/site', data: { astro: { frontmatter: { title: 'T' } } } });
  remarkCitations()(tree, file);
  const cites: Record<string, string>[] = [];
  visit(tree, 'mdxJsxTextElement', (node: MdxJsxTextElement) => {
    cites.push(Object.fromEntries(node.attributes.map((a) => [(a as { name: string }).name, String(a.value)])));
  });
  return { cites, frontmatter: (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter };
}

describe('remarkCitations()', () => {
  const body = 'One <Cite source="a-2025-01-01" p="2" />.\n\nTwo <Cite data="strikes" row="11" /> and <Cite source="a-2025-01-01" p="2" />.';

  test('numbers each <Cite>, gives it its note and where it is written', () => {
    expect(compile(body).cites).toEqual([
      { source: 'a-2025-01-01', p: '2', n: '1', note: '1', file: 'content/explainer/index.mdx', line: '1' },
      { data: 'strikes', row: '11', n: '2', note: '2', file: 'content/explainer/index.mdx', line: '3' },
      { source: 'a-2025-01-01', p: '2', n: '3', note: '1', file: 'content/explainer/index.mdx', line: '3' },
    ]);
  });

  test('lists the citations in the frontmatter it hands the page, beside the file’s own', () => {
    const { frontmatter } = compile(body);
    expect(frontmatter.title).toBe('T');
    expect(frontmatter.citations).toEqual([
      { n: 1, note: 1, target: { source: 'a-2025-01-01', p: 2 }, file: 'content/explainer/index.mdx', line: 1 },
      { n: 2, note: 2, target: { data: 'strikes', row: '11' }, file: 'content/explainer/index.mdx', line: 3 },
      { n: 3, note: 1, target: { source: 'a-2025-01-01', p: 2 }, file: 'content/explainer/index.mdx', line: 3 },
    ]);
  });

  test('records what the review found, each citation without a review row tied to its number', () => {
    const { frontmatter } = compile('Maduro called it "cordial".\n\nIt killed 82 <Cite source="a-2025-01-01" p="2" />.');
    expect(frontmatter.review).toEqual([
      expect.objectContaining({ file: 'content/explainer/index.mdx', line: 1, message: expect.stringMatching(/^this sentence quotes "cordial" but cites nothing/) }),
      expect.objectContaining({ line: 3, cite: 1, message: expect.stringMatching(/^<Cite> has no review: content\/explainer\/index\.review\.csv does not exist/) }),
    ]);
  });

  test('stops at a bad prop, at its line and column', () => {
    let error: { message: string; line?: number; column?: number } | undefined;
    try {
      compile('x\n\nBad <Cite source="a" p="two" />.');
    } catch (thrown) {
      error = thrown as typeof error;
    }
    expect(error?.message).toBe('<Cite> p: expected a paragraph number, like p="7"; got "two"');
    expect([error?.line, error?.column]).toEqual([3, 5]);
  });
});
