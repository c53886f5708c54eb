import type { Root } from 'mdast';
import type { Citation } from '../markdown/cites';
import { quoteProblems } from '../markdown/quotes';
import { componentProblems } from './componentCheck';
import { localeOfExplainer } from '../schemas/explainer';
import { defaultLocale } from '../site';
import { reviewCitations, reviewFileOf } from './citationReview';
import type { Problem } from './problems';
import { sentencesOf, unattributed } from '../markdown/sentences';

/** A problem in an explainer page, with the number of the citation it is about where it is about one. */
export interface ReviewProblem extends Problem {
  cite?: number;
}

/**
 * What the build and `npm run check` ask of an explainer page beyond resolving its citations: every
 * sentence that states a figure or a quotation cites it, and every citation has a row in the page's
 * review file, whose claim words are still in the citation's sentence. Every component is one the page
 * has, with the props it takes (src/checks/componentCheck.ts). In a translation, every quotation
 * of a source's English words is a `<Quote>` with our translation (src/markdown/quotes.ts).
 *
 * @param page - the page's path from the project root (`content/explainer/index.mdx`).
 * @param reviewText - its review file's text, or undefined where there is none.
 * @param lineOffset - what to add to the tree's lines to get the file's (the frontmatter's, where the body was parsed alone).
 * @param unchecked - the `<Cite>`s left out of `citations` because they could not be checked, each named at its line by the caller.
 */
export function explainerReviewProblems(
  page: string,
  tree: Root,
  citations: readonly Citation[],
  reviewText: string | undefined,
  lineOffset = 0,
  unchecked: readonly Citation['node'][] = [],
): ReviewProblem[] {
  const sentences = sentencesOf(tree);
  const locale = localeOfExplainer(page);
  const inPage = (line: number | undefined, message: string): Problem => ({ file: page, line: (line ?? 1) + lineOffset, field: 'text', message });
  const { unreviewed, problems } = reviewCitations(citations, sentences, { file: reviewFileOf(page), text: reviewText }, lineOffset, unchecked);
  return [
    ...[
      ...componentProblems(tree, page, lineOffset).map((c) => inPage(c.node.position?.start.line, c.message)),
      // The English quotes its sources as they are: a <Quote> there is an unknown component (componentProblems).
      ...(locale === defaultLocale ? [] : quoteProblems(tree, locale)).map((q) => inPage(q.node.position?.start.line, q.message)),
      ...unattributed(sentences, locale).map((u) => inPage(u.sentence.start.line, u.message)),
      ...unreviewed.map((u) => ({ ...inPage(u.citation.node.position?.start.line, u.message), cite: u.citation.n })),
    ].sort((a, b) => a.line - b.line),
    ...problems,
  ];
}
