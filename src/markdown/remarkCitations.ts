import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { relative } from 'node:path';
import { loadCitationIndex, loadReviewText } from '../domain/citations';
import { CitationError, citationsOf, notesOf, resolveCitation } from './cites';
import { formatProblem } from '../checks/problems';
import { isoDay } from '../format/dates';
import { explainerReviewProblems } from '../checks/explainerReview';
import { isSourceFile } from './remarkSourceAnchors';

const attribute = (name: string, value: string | number): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value: String(value) });

/**
 * Remark plugin: checks every `<Cite>` in an MDX file against the sources and data on disk, and hands the
 * component what it shows (link, outlet, date, the quoted passage, its number and its endnote's). A citation to a missing
 * source, paragraph or row, or a bad prop, stops the build at the file, line and column of the `<Cite>`; so do a
 * figure or quotation cited nowhere in its sentence and a citation without a row in the page's review file.
 */
export function remarkCitations() {
  return (tree: Root, file: VFile) => {
    // Only content is checked: the sources by their own loader, every other MDX page here.
    if (!file.path?.includes('/content/') || isSourceFile(file.path)) return;
    const root = file.path.slice(0, file.path.lastIndexOf('/content/'));
    try {
      const citations = citationsOf(tree);
      const index = loadCitationIndex(root);
      const resolved = citations.map((citation) => resolveCitation(citation, index));
      const page = relative(root, file.path);
      const problems = explainerReviewProblems(page, tree, citations, loadReviewText(root, page));
      if (problems.length) {
        const first = problems.find((p) => p.file === page);
        file.fail(problems.map(formatProblem).join('\n'), first && { line: first.line, column: 1 });
      }
      const noteOf = new Map(notesOf(resolved).flatMap((note) => note.citations.map((n) => [n, note.n])));
      for (const [i, citation] of citations.entries()) {
        const { n, href, label, date, quote } = resolved[i];
        citation.node.attributes.push(
          attribute('n', n),
          attribute('note', noteOf.get(n)!),
          attribute('href', href),
          attribute('label', label),
          ...(date ? [attribute('date', isoDay(date))] : []),
          ...(quote ? [attribute('quote', quote)] : []),
        );
      }
    } catch (error) {
      if (error instanceof CitationError) file.fail(error.message, error.node);
      throw error;
    }
  };
}
