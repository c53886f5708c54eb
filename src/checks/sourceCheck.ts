import { sourceSchema, type Source } from '../schemas/source';
import { fieldPath, mdxMessage, type Problem } from './problems';
import { splitFile } from './frontmatter';
import { frontmatterProblems } from './frontmatterCheck';
import type { Root } from 'mdast';
import { type Block, SourceTextError, asRead, fold, parseBody, sourceBlocks } from '../markdown/sourceText';

/**
 * A source file read: every problem in it and, where its text parses, its tree and numbered blocks (and
 * its frontmatter, where that is right too).
 */
export interface ReadSource {
  problems: Problem[];
  tree?: Root;
  blocks?: Block[];
  data?: Source;
}

/**
 * Reads one source file the way the build does, parsing its text once: frontmatter against the schema,
 * the text against the rules of source text, and each claim against the paragraph it cites.
 */
export function readSource(file: string, raw: string, { strikeIds }: { strikeIds?: ReadonlySet<string> } = {}): ReadSource {
  const split = splitFile(raw);
  const problem = (line: number, field: string, message: string): Problem => ({ file, line, field, message });
  const { problems, data } = frontmatterProblems(file, split, sourceSchema);
  if (!split.doc || split.yamlErrors.length) return { problems };

  let blocks: Block[] = [];
  let tree: Root;
  try {
    tree = parseBody(split.body);
    blocks = sourceBlocks(tree);
  } catch (error) {
    const line =
      error instanceof SourceTextError
        ? error.node.position?.start.line
        : (error as { line?: number }).line;
    // MDX's own syntax errors do not know the text is an article: say what usually causes them.
    const hint = error instanceof SourceTextError ? '' : '. In a source this is usually a "<" or "{" in the text: write it &lt; or &#123;';
    problems.push(problem((line ?? 1) + split.bodyLineOffset, 'text', `${mdxMessage((error as Error).message, split.bodyLineOffset)}${hint}`));
    return { problems };
  }
  const at = (path: (string | number)[]) => problem(split.lineOf(path), fieldPath(path), '');
  if (data) problems.push(...checkClaims(data, blocks, at), ...checkStrikeParagraphs(data, blocks, at, strikeIds));
  return { problems, tree, blocks, data };
}

/** Every problem in one source file, as the build finds them; with the ids of strikes.csv, each listed strike is checked too. */
export const checkSource = (file: string, raw: string, strikeIds?: ReadonlySet<string>): Problem[] => readSource(file, raw, { strikeIds }).problems;

/** Each paragraph listed as speaking of a strike must exist, and so must the strike, where strikes.csv's ids are given. */
function checkStrikeParagraphs(source: Source, blocks: Block[], at: (path: (string | number)[]) => Problem, strikeIds?: ReadonlySet<string>): Problem[] {
  return source.strikes.flatMap(({ id, p }, i) => [
    ...(strikeIds && !strikeIds.has(id) ? [{ ...at(['strikes', i, 'id']), message: `no strike "${id}" in content/data/strikes.csv: expected the id of one of its rows, like "1" or "4a"` }] : []),
    ...(blocks[p - 1] ? [] : [{ ...at(['strikes', i, 'p']), message: `paragraph ${p} does not exist; this source has ${blocks.length} (p-1 to p-${blocks.length})` }]),
  ]);
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
    } else if (!block.text.includes(fold(asRead(claim.quote)))) {
      problems.push({
        ...at(['claims', i, 'quote']),
        message: `"${claim.quote}" is not in paragraph ${claim.p}; copy the words exactly from: "${block.text.slice(0, 120)}…"`,
      });
    }
  });
  return problems;
}
