import { describe, expect, test } from 'vitest';
import { citationsOf } from '../../src/markdown/cites';
import { citedAs, reviewCitations, reviewFileOf } from '../../src/checks/citationReview';
import { formatProblem } from '../../src/checks/problems';
import { sentencesOf } from '../../src/markdown/sentences';
import { parseBody } from '../../src/markdown/sourceText';

const FILE = 'content/explainer/x.review.csv';
const HEADER = 'cites,claim,verdict,reviewer,note';
const PAGE = [
  'The toll stood at 82 <Cite source="orinoco-tribune-2025-11-28" p="7" /> <Cite data="strikes" row="18" />.',
  '',
  'Outlets gave "at least 83" <Cite source="turkiye-today-2025-12-01" p="10" />, and later "at least 87" <Cite source="turkiye-today-2025-12-01" p="10" />.',
].join('\n');
const ROWS = [
  'orinoco-tribune-2025-11-28#p-7,The toll stood at 82,holds,A. Reviewer,"""82 civilians"""',
  'strikes#18,The toll stood at 82,holds,A. Reviewer,',
  'turkiye-today-2025-12-01#p-10,"Outlets gave ""at least 83""",holds,B. Reviewer,',
  'turkiye-today-2025-12-01#p-10,"and later “at least 87”",holds,B. Reviewer,',
];

/** What the review of `page` against a review file of `rows` finds, as an editor reads it. */
function review(page: string, rows: readonly string[] | undefined) {
  const tree = parseBody(page);
  const { unreviewed, problems } = reviewCitations(citationsOf(tree), sentencesOf(tree), { file: FILE, text: rows && [HEADER, ...rows].join('\n') });
  return [...unreviewed.map((u) => `line ${u.citation.node.position?.start.line}: ${u.message}`), ...problems.map(formatProblem)];
}

describe('reviewCitations(citations, sentences, review)', () => {
  test('passes a page whose every citation has its row, typed quotes or printed', () => {
    expect(review(PAGE, ROWS)).toEqual([]);
  });

  test('names a citation added without a row, at its line, with the sentence to take the claim from', () => {
    const added = `${PAGE}\n\nNo strike was reported for 13 days <Cite source="orinoco-tribune-2025-11-28" p="8" />.`;
    expect(review(added, ROWS)).toEqual([
      'line 5: <Cite> of orinoco-tribune-2025-11-28#p-8 has no row in content/explainer/x.review.csv: read the passage, then add a row with cites orinoco-tribune-2025-11-28#p-8, the words of the claim it supports from this sentence, your verdict and your name: "No strike was reported for 13 days."',
    ]);
  });

  test('names a row whose claim words are gone from the sentence, and the citation left without a row', () => {
    const edited = PAGE.replace('The toll stood at 82', 'The toll was 82');
    expect(review(edited, ROWS)).toEqual([
      expect.stringMatching(/^line 1: <Cite> of orinoco-tribune-2025-11-28#p-7 has no row/),
      expect.stringMatching(/^line 1: <Cite> of strikes#18 has no row/),
      `${FILE}:2 claim (row 1): no sentence that cites orinoco-tribune-2025-11-28#p-7 has these words (it cites it on line 1): the sentence was edited or the citation moved; copy the claim's words from the sentence as it reads now, and review it again`,
      expect.stringMatching(new RegExp(`^${FILE}:3 claim \\(row 2\\): no sentence that cites strikes#18 has these words`)),
    ]);
  });

  test('names a citation moved to another sentence, though its passage is still cited', () => {
    const moved = PAGE.replace(' <Cite data="strikes" row="18" />.', '.').replace('and later "at least 87"', 'and later "at least 87" <Cite data="strikes" row="18" />');
    expect(review(moved, ROWS)).toEqual([
      expect.stringMatching(/^line 3: <Cite> of strikes#18 has no row .*: "Outlets gave "at least 83", and later "at least 87"\."$/),
      expect.stringMatching(new RegExp(`^${FILE}:3 claim \\(row 2\\): no sentence that cites strikes#18 has these words \\(it cites it on line 3\\)`)),
    ]);
  });

  test('a citation of the running totals through a row is reviewed as strikes#through-ID, apart from the row itself', () => {
    const summed = PAGE.replace('<Cite data="strikes" row="18" />', '<Cite data="strikes" through="18" />');
    expect(review(summed, ROWS.map((row) => row.replace(/^strikes#18,/, 'strikes#through-18,')))).toEqual([]);
    expect(review(summed, ROWS)).toEqual([
      expect.stringMatching(/^line 1: <Cite> of strikes#through-18 has no row/),
      `${FILE}:3 cites (row 2): nothing in the page cites strikes#18: remove this row, or correct its cites`,
    ]);
  });

  test('names a row for a passage the page no longer cites', () => {
    expect(review(PAGE, [...ROWS, 'indian-witness-2025-12-03#p-1,The toll stood,holds,A. Reviewer,'])).toEqual([
      `${FILE}:6 cites (row 5): nothing in the page cites indian-witness-2025-12-03#p-1: remove this row, or correct its cites`,
    ]);
  });

  test('a passage cited twice in one sentence needs two rows, and one row cannot stand for both', () => {
    const twice = ROWS.filter((r) => !r.includes('at least 87'));
    expect(review(PAGE, twice)).toEqual([expect.stringMatching(/^line 3: <Cite> of turkiye-today-2025-12-01#p-10 has no row/)]);
    expect(review(PAGE, [...ROWS, ROWS[3]])).toEqual([
      `${FILE}:6 claim (row 5): one row too many: turkiye-today-2025-12-01#p-10 is cited 2 times in this sentence; remove the repeat`,
    ]);
  });

  test('names claim words that would fit two sentences citing the same passage', () => {
    const page = 'The Tribune says 82 <Cite source="orinoco-tribune-2025-11-28" p="7" />.\n\nThe Tribune says civilians <Cite source="orinoco-tribune-2025-11-28" p="7" />.';
    expect(review(page, ['orinoco-tribune-2025-11-28#p-7,The Tribune says,holds,A,', 'orinoco-tribune-2025-11-28#p-7,The Tribune says civilians,holds,A,'])).toEqual([
      expect.stringMatching(/^line 1: <Cite> of orinoco-tribune-2025-11-28#p-7 has no row/),
      `${FILE}:2 claim (row 1): these words are in 2 sentences that cite orinoco-tribune-2025-11-28#p-7 (lines 1, 3): add words that tell them apart`,
    ]);
  });

  test('stops on a verdict of fails until the claim or its citation is fixed', () => {
    const failed = ROWS.map((r, i) => (i === 1 ? 'strikes#18,The toll stood at 82,fails,A. Reviewer,row 18 is one strike' : r));
    expect(review(PAGE, failed)).toEqual([
      `${FILE}:3 verdict (row 2): a reviewer found that strikes#18 does not hold this claim (row 18 is one strike): fix the claim or its citation, then review it again and set the verdict to holds`,
    ]);
  });

  test('checks each row: what it cites, at least three words of claim, a verdict and a reviewer', () => {
    const bad = ['orinoco#7,The toll stood at 82,holds,A,', 'strikes#18,The toll,holds,A,', 'turkiye-today-2025-12-01#p-10,"Outlets gave ""at least 83""",maybe,,', ROWS[3]];
    expect(review(PAGE, bad).filter((p) => p.startsWith(FILE))).toEqual([
      `${FILE}:2 cites (row 1): expected the cited passage or row: source#p-N (orinoco-tribune-2025-11-28#p-7), strikes#ID, strikes#through-ID (running totals) or reported-totals#ID`,
      `${FILE}:3 claim (row 2): expected at least three words of the claim, copied from the sentence that holds the citation, so the row finds its citation`,
      `${FILE}:4 verdict (row 3): expected holds or fails`,
      `${FILE}:4 reviewer (row 3): expected who read the passage and gave the verdict`,
    ]);
  });

  test('a row with a mistake of its own is named at its line; its citation is not told to have a row added, which would be one too many once it is mended', () => {
    const misspelt = [ROWS[0], ROWS[1], ROWS[2]!.replace(',holds,', ',Holds,'), ROWS[3]];
    expect(review(PAGE, misspelt)).toEqual([`${FILE}:4 verdict (row 3): expected holds or fails`]);
    // A citation with no row at all is still named.
    expect(review(PAGE, [ROWS[0], ROWS[2]!.replace(',holds,', ',Holds,'), ROWS[3]])).toEqual([
      expect.stringMatching(/^line 1: <Cite> of strikes#18 has no row in /),
      `${FILE}:3 verdict (row 2): expected holds or fails`,
    ]);
  });

  test('names every citation when the page has no review file', () => {
    expect(review(PAGE, undefined)).toHaveLength(4);
    expect(review(PAGE, undefined)[0]).toBe(
      'line 1: <Cite> has no review: content/explainer/x.review.csv does not exist; create it with the columns cites,claim,verdict,reviewer,note and one row per citation',
    );
  });
});

describe('naming', () => {
  test('a page’s review file sits beside it', () => {
    expect(reviewFileOf('content/explainer/index.mdx')).toBe('content/explainer/index.review.csv');
  });

  test('a citation is named by its passage or row', () => {
    expect(citedAs({ source: 'orinoco-tribune-2025-11-28', p: 7 })).toBe('orinoco-tribune-2025-11-28#p-7');
    expect(citedAs({ data: 'reported-totals', row: '2025-11-16-bno-news' })).toBe('reported-totals#2025-11-16-bno-news');
  });
});
