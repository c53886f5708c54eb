import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { reviewFileOf } from '../checks/citationReview';
import { explainerReviewProblems } from '../checks/explainerReview';
import type { CitationsFrontmatter } from '../collections/citations';
import { CitationError, citationsOf } from '../markdown/cites';

const attribute = (name: string, value: string | number): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value: String(value) });

/** The text of a page's review file beside it, or undefined where it has none. */
const reviewText = (path: string) => {
  try {
    return readFileSync(reviewFileOf(path), 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * Remark plugin, on every MDX page in content/ (the sources are never compiled as MDX: their loader reads them): reads each `<Cite>` as Astro compiles
 * the page, numbers it, gives it its endnote's number and where it is written. A bad prop stops the build
 * at the file, line and column. The citations go into the page's frontmatter, with what the review of
 * its attribution and citations found (src/checks/explainerReview.ts), so that the page showing it reads
 * them without parsing it again; what a citation points at is looked up there, and every problem named at once.
 */
export function remarkCitations() {
  return (tree: Root, file: VFile) => {
    // Only content is checked here.
    if (!file.path?.includes('/content/')) return;
    const page = relative(file.cwd, file.path);
    try {
      const citations = citationsOf(tree);
      const found: CitationsFrontmatter = {
        citations: citations.map(({ node, ...citation }) => {
          const place = { ...citation, file: page, line: node.position?.start.line ?? 1 };
          node.attributes.push(attribute('n', place.n), attribute('note', place.note), attribute('file', place.file), attribute('line', place.line));
          return place;
        }),
        review: explainerReviewProblems(page, tree, citations, reviewText(file.path)),
      };
      const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
      astro.frontmatter = { ...astro.frontmatter, ...found };
    } catch (error) {
      if (error instanceof CitationError) file.fail(error.message, error.node);
      throw error;
    }
  };
}
