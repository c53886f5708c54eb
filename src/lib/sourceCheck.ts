import { sourceSchema, type Source } from '../schemas/source';
import { fieldPath, type Problem } from './contentError';
import { splitFile } from './frontmatter';
import { type Block, SourceTextError, parseBody, sourceBlocks } from './sourceText';
import { todoFields, todoProblems } from './todo';

/** Reads a value at a zod path from plain data. */
const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);

/**
 * Checks one source file the way the build does: frontmatter against the schema, the text against the
 * rules of source text, and each claim against the paragraph it cites. Returns every problem found.
 */
export function checkSource(file: string, raw: string): Problem[] {
  const split = splitFile(raw);
  const problem = (line: number, field: string, message: string): Problem => ({ file, line, field, message });
  if (!split.doc) return [problem(1, 'frontmatter', 'expected the file to start with frontmatter between two --- lines')];
  if (split.yamlErrors.length)
    return split.yamlErrors.map((e) => problem(e.line, 'frontmatter', `not valid YAML: ${e.message}`));

  // Fields that new-source marked TODO are reported as such, not as whatever the schema makes of the marker.
  const problems: Problem[] = todoProblems(file, split.data, split.lineOf);
  const todos = todoFields(split.data).map((t) => fieldPath(t.path));
  const parsed = sourceSchema.safeParse(split.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (todos.includes(fieldPath(issue.path))) continue;
      const missing = valueAt(split.data, issue.path) === undefined;
      problems.push(
        problem(split.lineOf(issue.path), fieldPath(issue.path) || 'frontmatter', missing ? `missing; ${issue.message}` : issue.message),
      );
    }
  }

  let blocks: Block[] = [];
  try {
    blocks = sourceBlocks(parseBody(split.body));
  } catch (error) {
    const line =
      error instanceof SourceTextError
        ? error.node.position?.start.line
        : (error as { line?: number }).line;
    // MDX's own syntax errors do not know the text is an article: say what usually causes them.
    const hint = error instanceof SourceTextError ? '' : '. In a source this is usually a "<" or "{" in the text: write it &lt; or &#123;';
    problems.push(problem((line ?? 1) + split.bodyLineOffset, 'text', `${(error as Error).message}${hint}`));
    return problems;
  }
  if (parsed.success) problems.push(...checkClaims(parsed.data, blocks, (path) => problem(split.lineOf(path), fieldPath(path), '')));
  return problems;
}

/** Each claim must cite a paragraph that exists and quote words that paragraph contains. */
function checkClaims(source: Source, blocks: Block[], at: (path: (string | number)[]) => Problem): Problem[] {
  const problems: Problem[] = [];
  source.claims.forEach((claim, i) => {
    const block = blocks[claim.p - 1];
    if (!block) {
      problems.push({
        ...at(['claims', i, 'p']),
        message: `paragraph ${claim.p} does not exist; this source has ${blocks.length} (p-1 to p-${blocks.length})`,
      });
    } else if (!block.text.includes(claim.quote)) {
      problems.push({
        ...at(['claims', i, 'quote']),
        message: `"${claim.quote}" is not in paragraph ${claim.p}; copy the words exactly from: "${block.text.slice(0, 120)}…"`,
      });
    }
  });
  return problems;
}
