import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { reviewFileOf } from '../checks/citationReview';
import { explainerReviewProblems } from '../checks/explainerReview';
import { utf8Text } from '../checks/utf8';
import type { CitationsFrontmatter } from '../collections/citations';
import { CitationError, citationsOf } from '../markdown/cites';

const attribute = (name: string, value: string | number): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value: String(value) });

/**
 * A page's review file beside it (`path` on disk, `page` as the editor knows it): its text, or the problem that
 * it is not UTF-8 (its claims' accents would not match the page's); undefined where it has none.
 */
const readReview = (path: string, page: string) => {
  let bytes: Buffer;
  try {
    bytes = readFileSync(reviewFileOf(path));
  } catch {
    return undefined;
  }
  return utf8Text(reviewFileOf(page), bytes);
};

/**
 * Remark plugin, on every MDX page in content/ (the sources are never compiled as MDX: their loader reads them): reads each `<Cite>` as Astro compiles
 * the page, numbers it, gives it its endnote's number and where it is written. A bad prop stops the build
 * at the file, line and column; a review file that is not UTF-8, at its line. The citations go into the page's frontmatter, with what the review of
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
      const review = readReview(file.path, page);
      const found: CitationsFrontmatter = {
        citations: citations.map(({ node, ...citation }) => {
          const place = { ...citation, file: page, line: node.position?.start.line ?? 1 };
          node.attributes.push(attribute('n', place.n), attribute('note', place.note), attribute('file', place.file), attribute('line', place.line));
          return place;
        }),
        review: review?.problems.length ? review.problems : explainerReviewProblems(page, tree, citations, review?.text),
      };
      const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
      astro.frontmatter = { ...astro.frontmatter, ...found };
    } catch (error) {
      if (error instanceof CitationError) file.fail(error.message, error.node);
      throw error;
    }
  };
}
