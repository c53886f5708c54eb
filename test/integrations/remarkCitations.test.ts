import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkCitations } from '../../src/integrations/remarkCitations';
import { parseBody } from '../../src/markdown/sourceText';

/** Runs the plugin on an MDX body as if it were the file at `path` under `cwd`, the project's folder. */
function compile(body: string, path = '/site/content/explainer/index.mdx', cwd = '/site') {
  const tree = parseBody(body);
  const file = new VFile({ path, cwd, data: { astro: { frontmatter: { title: 'T' } } } });
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

  test('a review file that is not UTF-8 is named at its line, rather than its claims failing to match', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'review-'));
    try {
      await mkdir(join(dir, 'content/explainer'), { recursive: true });
      // "según" in Latin-1, on the review's second row.
      const latin1 = Buffer.concat([Buffer.from('cites,claim,verdict,reviewer,note\na-2025-01-01#p-2,It killed 82,holds,A,\na-2025-01-01#p-2,seg'), Buffer.from([0xfa]), Buffer.from('n,holds,A,\n')]);
      await writeFile(join(dir, 'content/explainer/index.review.csv'), latin1);
      const { frontmatter } = compile('It killed 82 <Cite source="a-2025-01-01" p="2" />.', join(dir, 'content/explainer/index.mdx'), dir);
      expect(frontmatter.review).toEqual([
        { file: 'content/explainer/index.review.csv', line: 3, field: 'encoding', message: 'not UTF-8 from this line on, so its accents would be lost: save the file as UTF-8 ("CSV UTF-8" in Excel)' },
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
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
