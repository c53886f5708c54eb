import { explainerSchema } from '../schemas/explainer';
import { type CitationIndex, CitationError, citationsOf, resolveCitation } from './citations';
import type { Problem } from './contentError';
import { splitFile } from './frontmatter';
import { frontmatterProblems } from './frontmatterCheck';
import { parseBody } from './sourceText';

/**
 * Checks one explainer file as the build does, but reports everything at once: the frontmatter (the
 * updates log included) against its schema, and every `<Cite>` against the sources and data.
 */
export function checkExplainer(file: string, raw: string, index: CitationIndex): Problem[] {
  const split = splitFile(raw);
  const { problems } = frontmatterProblems(file, split, explainerSchema);
  if (!split.doc || split.yamlErrors.length) return problems;
  const at = (line: number | undefined, message: string): Problem => ({ file, line: (line ?? 1) + split.bodyLineOffset, field: 'text', message });
  try {
    for (const citation of citationsOf(parseBody(split.body))) {
      try {
        resolveCitation(citation, index);
      } catch (error) {
        if (!(error instanceof CitationError)) throw error;
        problems.push(at(error.node.position?.start.line, error.message));
      }
    }
  } catch (error) {
    if (error instanceof CitationError) problems.push(at(error.node.position?.start.line, error.message));
    // MDX's own syntax errors carry their line.
    else problems.push(at((error as { line?: number }).line, (error as Error).message));
  }
  return problems;
}
