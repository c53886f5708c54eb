import type { z } from 'astro/zod';
import { explainerSchema } from '../schemas/explainer';
import { type CitationIndex, CitationOfUnread, resolveCitation, UnresolvedCitation } from '../domain/citations';
import { readCitations } from '../markdown/cites';
import { mdxMessage, type Problem } from './problems';
import { splitFile } from './frontmatter';
import { explainerReviewProblems } from './explainerReview';
import { frontmatterProblems } from './frontmatterCheck';
import { parseBody } from '../markdown/sourceText';

/**
 * Checks one explainer file as the build does, but reports everything at once: the frontmatter (the
 * updates log included) against its schema, every `<Cite>` against the sources and data, and the
 * attribution of its figures and quotations and the review of its citations (`reviewText`: the text of
 * its review file, or undefined where there is none). Our other pages of prose (content/pages/) are
 * checked the same way, against their own `schema`.
 */
export function checkExplainer(file: string, raw: string, index: CitationIndex, reviewText: string | undefined, schema: z.ZodType = explainerSchema): Problem[] {
  const split = splitFile(raw);
  const { problems } = frontmatterProblems(file, split, schema);
  if (!split.doc || split.yamlErrors.length) return problems;
  const at = (line: number | undefined, message: string): Problem => ({ file, line: (line ?? 1) + split.bodyLineOffset, field: 'text', message });
  try {
    const tree = parseBody(split.body);
    // Every citation with bad props is named, and the rest of the page checked without it.
    const { citations, errors } = readCitations(tree);
    const citationProblems = errors.map((error) => at(error.node.position?.start.line, error.message));
    const unchecked = errors.map((error) => error.node);
    // A citation that does not resolve is named once, not again for its review.
    const resolved = citations.filter((citation) => {
      try {
        resolveCitation(citation.target, index);
        return true;
      } catch (error) {
        if (!(error instanceof UnresolvedCitation)) throw error;
        // A citation of a file that could not be read is left until that file's own problem is mended.
        if (!(error instanceof CitationOfUnread)) citationProblems.push(at(citation.node.position?.start.line, error.message));
        unchecked.push(citation.node);
        return false;
      }
    });
    const review = explainerReviewProblems(file, tree, resolved, reviewText, split.bodyLineOffset, unchecked);
    // The page's problems in its order, then its review file's.
    problems.push(...[...citationProblems, ...review.filter((p) => p.file === file)].sort((a, b) => a.line - b.line), ...review.filter((p) => p.file !== file));
  } catch (error) {
    // MDX's own syntax errors carry their line; they do not know the text is our prose: say what usually causes them.
    problems.push(
      at(
        (error as { line?: number }).line,
        `${mdxMessage((error as Error).message, split.bodyLineOffset)}. In our prose this is usually a "<" or "{" meant as text: write it &lt; or &#123;`,
      ),
    );
  }
  return problems;
}
