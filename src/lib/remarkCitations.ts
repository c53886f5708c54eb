import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { loadCitationIndex } from './citationIndex';
import { CitationError, citationsOf, resolveCitation } from './citations';
import { isoDay } from './dates';
import { isSourceFile } from './remarkSourceAnchors';

const attribute = (name: string, value: string | number): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value: String(value) });

/**
 * Remark plugin: checks every `<Cite>` in an MDX file against the sources and data on disk, and hands the
 * component what it shows (link, outlet, date, the quoted passage, its number). A citation to a missing
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
      for (const citation of citations) {
        const resolved = resolveCitation(citation, index);
        citation.node.attributes.push(
          attribute('n', resolved.n),
          attribute('href', resolved.href),
          attribute('label', resolved.label),
          ...(resolved.date ? [attribute('date', isoDay(resolved.date))] : []),
          ...(resolved.quote ? [attribute('quote', resolved.quote)] : []),
        );
      }
    } catch (error) {
      if (error instanceof CitationError) file.fail(error.message, error.node);
      throw error;
    }
  };
}
