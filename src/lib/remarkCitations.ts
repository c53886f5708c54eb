import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { loadCitationIndex } from './citationIndex';
import { CitationError, citationsOf, notesOf, resolveCitation } from './citations';
import { isoDay } from './dates';
import { isSourceFile } from './remarkSourceAnchors';

const attribute = (name: string, value: string | number): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value: String(value) });

/**
 * Remark plugin: checks every `<Cite>` in an MDX file against the sources and data on disk, and hands the
 * component what it shows (link, outlet, date, the quoted passage, its number and its endnote's). A citation to a missing
 * source, paragraph or row, or a bad prop, stops the build at the file, line and column of the `<Cite>`.
 */
export function remarkCitations() {
  return (tree: Root, file: VFile) => {
    if (isSourceFile(file.path) || !file.path) return;
    const root = file.path.slice(0, file.path.lastIndexOf('/content/'));
    try {
      const citations = citationsOf(tree);
      if (citations.length === 0) return;
      const index = loadCitationIndex(root);
      const resolved = citations.map((citation) => resolveCitation(citation, index));
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
