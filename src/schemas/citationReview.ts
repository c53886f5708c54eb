import { z } from 'astro/zod';

/** What a reviewer found, reading the cited passage or row against the claim. */
export const verdicts = ['holds', 'fails'] as const;

/** A cited passage or row as a review row names it: `orinoco-tribune-2025-11-28#p-7`, `strikes#18`, `reported-totals#<id>`; the strike data's running totals through event 18, `strikes#through-18`. */
export const citedPattern = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*#p-[1-9]\d*|(?:strikes|reported-totals)#\S+)$/;

/** The columns of a review file (`<page>.review.csv` beside the explainer page it reviews). */
export const citationReviewColumns = z.strictObject({
  cites: z
    .string()
    .trim()
    .regex(citedPattern, {
      error: 'expected the cited passage or row: source#p-N (orinoco-tribune-2025-11-28#p-7), strikes#ID, strikes#through-ID (running totals) or reported-totals#ID',
    })
    .describe('The passage or row the citation links to, as source#p-N, strikes#ID or reported-totals#ID; strikes#through-ID for the running totals through a strike event.'),
  claim: z
    .string()
    .transform((cell) => cell.replace(/\s+/g, ' ').trim())
    .refine((claim) => claim.split(' ').length >= 3, {
      error: 'expected at least three words of the claim, copied from the sentence that holds the citation, so the row finds its citation',
    })
    .describe('The words of the claim the citation supports, as they read in its sentence (no Markdown): they tie the row to the citation.'),
  verdict: z
    .enum(verdicts, { error: `expected ${verdicts.join(' or ')}` })
    .describe('holds: the cited passage or row holds the whole claim; fails: it does not, and the build stops until the claim or the citation is fixed and reviewed again.'),
  reviewer: z.string().trim().min(1, { error: 'expected who read the passage and gave the verdict' }).describe('Who read the passage and gave the verdict.'),
  note: z.string().trim().describe('What the reviewer checked, where the claim is more than the passage’s own words, or what is wrong.'),
});

/** One row of a review file: one citation, the words of its claim, and a reviewer's verdict. */
export type CitationReviewRow = z.output<typeof citationReviewColumns>;
