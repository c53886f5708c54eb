import { type CitationReviewRow, citationReviewColumns } from '../schemas/citationReview';
import type { Citation } from '../markdown/cites';
import type { Problem } from './problems';
import { parseCsv } from './csv';
import { type CheckedRow, checkCsv } from './csvCheck';
import type { Sentence } from '../markdown/sentences';

/** The review file of an explainer page: `content/explainer/index.mdx` → `content/explainer/index.review.csv`. */
export const reviewFileOf = (page: string) => page.replace(/\.mdx$/, '.review.csv');

/** A citation's target as a review row names it: `orinoco-tribune-2025-11-28#p-7`, `strikes#18`. */
export const citedAs = (target: Citation['target']) =>
  'source' in target ? `${target.source}#p-${target.p}` : 'through' in target ? `strikes#through-${target.through}` : `${target.data}#${target.row}`;

// Quotes as typed or as printed are the same words.
const words = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

/** A citation that no review row covers, with what to add. */
export interface Unreviewed {
  citation: Citation;
  message: string;
}

/** What the review of a page found: citations without a row, and problems at the review file's lines. */
export interface ReviewResult {
  unreviewed: Unreviewed[];
  problems: Problem[];
}

/**
 * Ties each row of a review file to one citation: the one that cites the row's passage in a sentence
 * holding the row's claim words. Every citation needs a row; every row must find exactly one sentence;
 * a row whose verdict is `fails` stops the build until the claim or its citation is fixed.
 *
 * @param review - the review file's path and text (undefined where there is no file).
 * @param lineOffset - what to add to the sentences' lines to get the page's, in messages.
 * @param unchecked - the `<Cite>`s that could not be checked (bad props, a passage that is not there), each
 *   named at its own line: a row whose claim is in the sentence of one waits for it to be fixed, rather
 *   than being told that nothing cites it.
 */
export function reviewCitations(
  citations: readonly Citation[],
  sentences: readonly Sentence[],
  review: { file: string; text: string | undefined },
  lineOffset = 0,
  unchecked: readonly Citation['node'][] = [],
): ReviewResult {
  if (review.text === undefined)
    return {
      unreviewed: citations.map((citation) => ({
        citation,
        message: `<Cite> has no review: ${review.file} does not exist; create it with the columns ${Object.keys(citationReviewColumns.shape).join(',')} and one row per citation`,
      })),
      problems: [],
    };
  const { rows, problems } = checkCsv(review.file, review.text, citationReviewColumns);
  // A row with a mistake of its own (a verdict misspelt, a cell left empty) is named at its line; the passage it
  // names waits for it to be mended, rather than be told to have a row added, which would be one too many then.
  const badLines = new Set(problems.map((problem) => problem.line));
  const mending = parseCsv(review.text).rows.flatMap((row) => (badLines.has(row.line) ? [row.values.cites?.trim()] : []));
  const sentenceOf = new Map<Citation['node'], Sentence>(sentences.flatMap((s) => s.cites.map((node) => [node, s] as const)));
  // The citations of each passage in each sentence: a row is tied to one such group.
  const groups = Map.groupBy(citations, (c) => `${citedAs(c.target)}\n${sentenceOf.get(c.node)?.start.line ?? 0}:${sentenceOf.get(c.node)?.start.column ?? 0}`);
  const tied = new Map<string, CheckedRow<CitationReviewRow>[]>();
  const at = (row: CheckedRow<CitationReviewRow>, column: string, message: string): Problem => ({ file: review.file, line: row.line, field: `${column} (row ${row.row})`, message });
  const waiting = sentences.filter((s) => s.cites.some((node) => unchecked.includes(node))).map((s) => words(s.text));
  const linesOf = (group: readonly Citation[][]) => group.map((g) => (sentenceOf.get(g[0].node)?.start.line ?? g[0].node.position?.start.line ?? 1) + lineOffset).join(', ');

  for (const row of rows) {
    const { cites, claim, verdict, note } = row.data;
    const citing = [...groups.entries()].filter(([, group]) => citedAs(group[0].target) === cites);
    const holding = citing.filter(([, group]) => words(sentenceOf.get(group[0].node)?.text ?? '').includes(words(claim)));
    // Its citation may be the one that could not be checked: named there.
    if (holding.length === 0 && waiting.some((text) => text.includes(words(claim)))) continue;
    if (!citing.length) problems.push(at(row, 'cites', `nothing in the page cites ${cites}: remove this row, or correct its cites`));
    else if (holding.length === 0)
      problems.push(
        at(row, 'claim', `no sentence that cites ${cites} has these words (it cites it on line ${linesOf(citing.map(([, g]) => g))}): the sentence was edited or the citation moved; copy the claim's words from the sentence as it reads now, and review it again`),
      );
    else if (holding.length > 1)
      problems.push(at(row, 'claim', `these words are in ${holding.length} sentences that cite ${cites} (lines ${linesOf(holding.map(([, g]) => g))}): add words that tell them apart`));
    else {
      const [key] = holding[0];
      tied.set(key, [...(tied.get(key) ?? []), row]);
      if (verdict === 'fails')
        problems.push(at(row, 'verdict', `a reviewer found that ${cites} does not hold this claim${note ? ` (${note})` : ''}: fix the claim or its citation, then review it again and set the verdict to holds`));
    }
  }

  const unreviewed: Unreviewed[] = [];
  for (const [key, group] of groups) {
    const reviewed = tied.get(key) ?? [];
    for (const extra of reviewed.slice(group.length))
      problems.push(at(extra, 'claim', `one row too many: ${extra.data.cites} is cited ${group.length === 1 ? 'once' : `${group.length} times`} in this sentence; remove the repeat`));
    for (const citation of group.slice(reviewed.length)) {
      const waitsFor = mending.indexOf(citedAs(citation.target));
      if (waitsFor >= 0) {
        mending.splice(waitsFor, 1);
        continue;
      }
      const sentence = sentenceOf.get(citation.node);
      unreviewed.push({
        citation,
        message: `<Cite> of ${citedAs(citation.target)} has no row in ${review.file}: read the passage, then add a row with cites ${citedAs(citation.target)}, the words of the claim it supports from this sentence, your verdict and your name${sentence ? `: "${sentence.text}"` : ''}`,
      });
    }
  }
  return { unreviewed, problems };
}
