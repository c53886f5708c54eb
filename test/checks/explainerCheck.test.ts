import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { reviewFileOf } from '../../src/checks/citationReview';
import { readContent } from '../../src/cli/readContent';
import { formatProblem } from '../../src/checks/problems';
import { checkExplainer } from '../../src/checks/explainerCheck';
import { pageSchema } from '../../src/schemas/page';
import { ROOT } from '../helpers/site';

const { index } = await readContent(ROOT);
const FRONT = ['---', 'title: A title', 'description: One sentence.', 'published: 2026-11-21', 'updated: 2026-11-21', 'log: []', '---', ''];
const explainer = (body: string[], front = FRONT) => [...front, ...body, ''].join('\n');
const REVIEW_HEADER = 'cites,claim,verdict,reviewer,note';
/** A review file for x.mdx: one row per [cites, claim], each found to hold by "A. Reviewer". */
const review = (...rows: [string, string][]) => [REVIEW_HEADER, ...rows.map(([cites, claim]) => `${cites},"${claim.replaceAll('"', '""')}",holds,A. Reviewer,`)].join('\n');
const check = (raw: string, reviewText: string | undefined = REVIEW_HEADER) => checkExplainer('content/explainer/x.mdx', raw, index, reviewText).map(formatProblem);

describe('checkExplainer(file, raw, index)', () => {
  test('passes the committed explainer, with its review file', async () => {
    const page = 'content/explainer/index.mdx';
    expect(checkExplainer(page, await readFile(page, 'utf8'), index, await readFile(reviewFileOf(page), 'utf8'))).toEqual([]);
  });

  test('leaves a citation of a source or row that is there but could not be read to that file’s own problem; names one that is nowhere', () => {
    const waiting = { ...index, unread: { sources: new Set(['broken-2025-11-20']), rows: { strikes: new Set(['77']) } } };
    const raw = explainer([
      'One <Cite source="broken-2025-11-20" p="1" />.',
      '',
      'Two <Cite data="strikes" row="77" />.',
      '',
      'Three <Cite data="strikes" row="99" />.',
      '',
      'Four <Cite source="brokn-2025-11-20" p="1" />.',
    ]);
    const problems = checkExplainer('content/explainer/x.mdx', raw, waiting, REVIEW_HEADER).map(formatProblem);
    expect(problems.filter((p) => p.includes('<Cite>'))).toEqual([
      'content/explainer/x.mdx:13 text: <Cite> row: no row "99" in strikes.csv',
      expect.stringMatching(/^content\/explainer\/x\.mdx:15 text: <Cite> source: no source "brokn-2025-11-20"; expected one of /),
    ]);
  });

  test('passes citations that resolve, each with its review row', () => {
    expect(check(explainer(['It killed 82 people <Cite source="orinoco-tribune-2025-11-28" p="7" />.']), review(['orinoco-tribune-2025-11-28#p-7', 'It killed 82 people']))).toEqual([]);
  });

  test('names a quotation and a figure cited nowhere in their sentence, at their lines', () => {
    const raw = explainer([
      'Maduro called the call "respectful and cordial". It was cited <Cite source="indian-witness-2025-12-03" p="1" />.',
      '',
      '- The strikes killed eighty-two people, they said.',
    ]);
    expect(check(raw, review(['indian-witness-2025-12-03#p-1', 'It was cited']))).toEqual([
      'content/explainer/x.mdx:9 text: this sentence quotes "respectful and cordial" but cites nothing: add a <Cite> of the passage or row it comes from, in the same sentence: "Maduro called the call "respectful and cordial"."',
      'content/explainer/x.mdx:11 text: this sentence states a figure ("eighty") but cites nothing: add a <Cite> of the passage or row it comes from, in the same sentence: "The strikes killed eighty-two people, they said."',
    ]);
  });

  test('names a citation with no review row at its line, and a review file that is missing', () => {
    const raw = explainer(['', 'Maduro called it "respectful and cordial" <Cite source="indian-witness-2025-12-03" p="1" />.']);
    expect(check(raw)).toEqual([
      'content/explainer/x.mdx:10 text: <Cite> of indian-witness-2025-12-03#p-1 has no row in content/explainer/x.review.csv: read the passage, then add a row with cites indian-witness-2025-12-03#p-1, the words of the claim it supports from this sentence, your verdict and your name: "Maduro called it "respectful and cordial"."',
    ]);
    expect(checkExplainer('content/explainer/x.mdx', raw, index, undefined).map(formatProblem)).toEqual([
      'content/explainer/x.mdx:10 text: <Cite> has no review: content/explainer/x.review.csv does not exist; create it with the columns cites,claim,verdict,reviewer,note and one row per citation',
    ]);
  });

  test('names a review row whose claim is gone from its sentence, giving the page lines that cite its passage', () => {
    const raw = explainer(['', 'It killed 82 people <Cite source="orinoco-tribune-2025-11-28" p="7" />.']);
    expect(check(raw, review(['orinoco-tribune-2025-11-28#p-7', 'It killed 83 people']))).toEqual([
      expect.stringMatching(/^content\/explainer\/x\.mdx:10 text: <Cite> of orinoco-tribune-2025-11-28#p-7 has no row/),
      "content/explainer/x.review.csv:2 claim (row 1): no sentence that cites orinoco-tribune-2025-11-28#p-7 has these words (it cites it on line 10): the sentence was edited or the citation moved; copy the claim's words from the sentence as it reads now, and review it again",
    ]);
  });

  test('reports every citation that does not resolve, each at its line', () => {
    const raw = explainer([
      'Fine as it is <Cite source="orinoco-tribune-2025-11-28" p="7" />.',
      '',
      'A missing paragraph <Cite source="indian-witness-2025-12-03" p="42" />.',
      '',
      'A missing source <Cite source="nowhere-2025-01-01" p="1" />.',
      '',
      'A missing row <Cite data="strikes" row="no-such-row" />.',
    ]);
    expect(check(raw, review(['orinoco-tribune-2025-11-28#p-7', 'Fine as it is']))).toEqual([
      'content/explainer/x.mdx:11 text: <Cite> p: paragraph 42 does not exist in indian-witness-2025-12-03; it has 5 (p-1 to p-5)',
      expect.stringMatching(/^content\/explainer\/x\.mdx:13 text: <Cite> source: no source "nowhere-2025-01-01"; expected one of indian-witness-2025-12-03, /),
      'content/explainer/x.mdx:15 text: <Cite> row: no row "no-such-row" in strikes.csv',
    ]);
  });

  test('reports a bad prop at its line', () => {
    expect(check(explainer(['', 'Text <Cite source="orinoco-tribune-2025-11-28" para="7" />.']))).toEqual([
      'content/explainer/x.mdx:10 text: <Cite> para: unknown prop; expected source and p, data and row, or data and through',
    ]);
  });

  test('names every citation with bad props, and the page\'s other problems, at once', () => {
    const raw = explainer(['One <Cite source="orinoco-tribune-2025-11-28" para="7" />.', '', 'Two <Cite source="nowhere-2025-01-01" p="1" />.', '', 'Three <Cite data="strikes" />.', '', '<StrikeChart />']);
    expect(check(raw)).toEqual([
      'content/explainer/x.mdx:9 text: <Cite> para: unknown prop; expected source and p, data and row, or data and through',
      expect.stringMatching(/^content\/explainer\/x\.mdx:11 text: <Cite> source: no source "nowhere-2025-01-01"/),
      'content/explainer/x.mdx:13 text: <Cite> row: missing; expected the row id, like row="11" (or through="11" for the running totals to it)',
      expect.stringMatching(/^content\/explainer\/x\.mdx:15 text: unknown component <StrikeChart>/),
    ]);
  });

  test('names a chart component\'s unknown prop, wrong id, unquoted value and content at their lines, as the build would fail without a line', () => {
    const raw = explainer([
      '<StrikeMap captoin="Where the strikes were" />',
      '',
      '<EachStrike id="Each Strike" />',
      '',
      '<WhoReported caption={title} />',
      '',
      '<StrikesOverTime>',
      'The strikes, month by month.',
      '</StrikesOverTime>',
      '',
      '<StrikeMap caption="A map" id="map-2" />',
    ]);
    expect(check(raw)).toEqual([
      'content/explainer/x.mdx:9 text: <StrikeMap> captoin: unknown prop; expected only id, caption',
      'content/explainer/x.mdx:11 text: <EachStrike> id: expected lower-case letters, digits and hyphens',
      'content/explainer/x.mdx:13 text: <WhoReported> caption: expected a quoted value, like caption="…"',
      'content/explainer/x.mdx:15 text: <StrikesOverTime> takes nothing between its tags: write it as <StrikesOverTime />, with its caption in caption="…"',
    ]);
  });

  test('names a second figure with the id of another on the page', () => {
    expect(check(explainer(['<StrikeMap />', '', 'Text.', '', '<StrikeMap caption="Again" />']))).toEqual([
      'content/explainer/x.mdx:13 text: <StrikeMap> id: "strike-map" is already the id of the figure on line 9: give this one its own, like id="strike-map-2"',
    ]);
  });

  test('names a component the explainer does not have, in a block or in a sentence, and leaves HTML elements alone', () => {
    expect(check(explainer(['<Chart />', '', 'Text with <Strikemap /> and <abbr title="United States">US</abbr> in it.']))).toEqual([
      'content/explainer/x.mdx:9 text: unknown component <Chart>: the explainer may use <Cite>, <StrikesOverTime>, <EachStrike>, <StrikeMap>, <WhoReported>. To show a "<" as text, write &lt;',
      'content/explainer/x.mdx:11 text: unknown component <Strikemap>: the explainer may use <Cite>, <StrikesOverTime>, <EachStrike>, <StrikeMap>, <WhoReported>. To show a "<" as text, write &lt;',
    ]);
  });

  test('names a chart inside a sentence, a component written in lower case and one written as code', () => {
    expect(check(explainer(['As the map shows <StrikeMap />, most were in the Caribbean.', '', '<strikeMap />', '', '<charts.Map />']))).toEqual([
      'content/explainer/x.mdx:9 text: <StrikeMap> is inside a sentence: a figure stands on a line of its own, with a blank line before and after',
      "content/explainer/x.mdx:11 text: <strikeMap> is an HTML element, not a component: did you mean <StrikeMap>? A component's name starts with a capital letter",
      expect.stringMatching(/^content\/explainer\/x\.mdx:13 text: unknown component <charts\.Map>: the explainer may use /),
    ]);
  });

  test('leaves alone an MDX comment and the HTML element <cite>', () => {
    expect(check(explainer(['{/* Check this against the next source. */}', '', 'As <cite>Reuters</cite> put it {/* which day? */}, nothing.']))).toEqual([]);
  });

  test('names a <cite> with <Cite>’s props, or empty: a misspelt <Cite>, which would cite nothing', () => {
    const said = "is an HTML element, not a component: did you mean <Cite>? A component's name starts with a capital letter";
    expect(check(explainer(['Venezuela disputed this <cite source="orinoco-tribune-2025-11-28" p="7" />.', '', 'And this <cite data="strikes" row="1">here</cite>, and <cite></cite>.']))).toEqual([
      `content/explainer/x.mdx:9 text: <cite> ${said}`,
      `content/explainer/x.mdx:11 text: <cite> ${said}`,
      `content/explainer/x.mdx:11 text: <cite> ${said}`,
    ]);
  });

  test('a "<" meant as text, which MDX cannot read, is named at its line with what usually causes it and what to write', () => {
    expect(check(explainer(['Hearts <3 boats.']))).toEqual([
      expect.stringMatching(/^content\/explainer\/x\.mdx:9 text: Unexpected character `3` .*\. In our prose this is usually a "<" or "\{" meant as text: write it &lt; or &#123;$/),
    ]);
  });

  test('names a <Cite> with words between its tags, which its page would not show', () => {
    const raw = explainer(['It killed 82 people <Cite source="orinoco-tribune-2025-11-28" p="7">as the Tribune said</Cite>.']);
    expect(check(raw, review(['orinoco-tribune-2025-11-28#p-7', 'It killed 82 people']))).toEqual([
      'content/explainer/x.mdx:9 text: <Cite> takes nothing between its tags, which the page would not show: write it as <Cite … />, with the words before it',
    ]);
  });

  test('a <Cite> with a misspelt prop does not make its review row look unused, and a row that is unused is still named', () => {
    const raw = explainer(['It killed 82 people <Cite source="orinoco-tribune-2025-11-28" para="7" />.']);
    expect(check(raw, review(['orinoco-tribune-2025-11-28#p-7', 'It killed 82 people']))).toEqual([
      'content/explainer/x.mdx:9 text: <Cite> para: unknown prop; expected source and p, data and row, or data and through',
    ]);
    expect(check(raw, review(['orinoco-tribune-2025-11-28#p-7', 'It killed 82 people'], ['indian-witness-2025-12-03#p-1', 'A sentence since deleted']))).toEqual([
      'content/explainer/x.mdx:9 text: <Cite> para: unknown prop; expected source and p, data and row, or data and through',
      'content/explainer/x.review.csv:3 cites (row 2): nothing in the page cites indian-witness-2025-12-03#p-1: remove this row, or correct its cites',
    ]);
  });

  test('a citation of a paragraph that is not there is named once: its review row waits for it to be fixed', () => {
    const raw = explainer(['A missing paragraph <Cite source="indian-witness-2025-12-03" p="42" />.']);
    expect(check(raw, review(['indian-witness-2025-12-03#p-42', 'A missing paragraph']))).toEqual([
      'content/explainer/x.mdx:9 text: <Cite> p: paragraph 42 does not exist in indian-witness-2025-12-03; it has 5 (p-1 to p-5)',
    ]);
  });

  test('names MDX code in our prose: an import, and curly braces in a block or a sentence', () => {
    expect(check(explainer(["import Map from '../map.astro';", '', '{1 + 1}', '', 'It was {count} boats.']))).toEqual([
      "content/explainer/x.mdx:9 text: import/export line: the page gives its components, so none is imported; to show the word as text, write &#105;mport at the line start",
      'content/explainer/x.mdx:11 text: curly braces are MDX code: to show "{" or "}" as text, write &#123; or &#125;; a comment is {/* … */}',
      'content/explainer/x.mdx:13 text: curly braces are MDX code: to show "{" or "}" as text, write &#123; or &#125;; a comment is {/* … */}',
    ]);
  });

  test('a figure with a wrong prop still holds its id: a later figure with the same id names the first', () => {
    expect(check(explainer(['<StrikeMap />', '', '<StrikeMap colour="red" />', '', '<StrikeMap />']))).toEqual([
      'content/explainer/x.mdx:11 text: <StrikeMap> colour: unknown prop; expected only id, caption',
      'content/explainer/x.mdx:11 text: <StrikeMap> id: "strike-map" is already the id of the figure on line 9: give this one its own, like id="strike-map-2"',
      'content/explainer/x.mdx:13 text: <StrikeMap> id: "strike-map" is already the id of the figure on line 9: give this one its own, like id="strike-map-2"',
    ]);
  });

  test('<Quote> is for a translation: the English explainer quotes its sources as they are', () => {
    const quote = 'He called it <Quote en="cordial">cordial</Quote>.';
    expect(check(explainer([quote])).filter((p) => !p.includes('cites nothing'))).toEqual([
      'content/explainer/x.mdx:9 text: unknown component <Quote>: the explainer may use <Cite>, <StrikesOverTime>, <EachStrike>, <StrikeMap>, <WhoReported>. To show a "<" as text, write &lt;',
    ]);
    const translation = checkExplainer('content/explainer/es/x.mdx', explainer(['La llamó <Quote es="cordial">cordial</Quote>.']), index, REVIEW_HEADER).map(formatProblem);
    expect(translation.filter((p) => p.includes('component'))).toEqual([]);
  });

  test('a page about the site may cite, and nothing else', () => {
    const page = (body: string[]) => ['---', 'title: About', 'description: One sentence.', 'updated: 2026-11-30', '---', '', ...body, ''].join('\n');
    const problems = (raw: string, reviewText?: string) => checkExplainer('content/pages/about.mdx', raw, index, reviewText, pageSchema).map(formatProblem);
    expect(problems(page(['It killed 82 people <Cite source="orinoco-tribune-2025-11-28" p="7" />.']), review(['orinoco-tribune-2025-11-28#p-7', 'It killed 82 people']))).toEqual([]);
    expect(problems(page(['<StrikeMap />']))).toEqual([
      'content/pages/about.mdx:7 text: unknown component <StrikeMap>: a page about the site may use <Cite>. To show a "<" as text, write &lt;',
    ]);
  });

  test('checks the updates log: the date of its newest entry is the updated date', () => {
    const front = [...FRONT.slice(0, 5), 'log:', '  - date: 2026-12-02', '    kind: correction', '    text: The toll was 14, not 15.', '---', ''];
    expect(check(explainer(['Text.'], front))).toEqual([
      'content/explainer/x.mdx:5 updated: expected the date of the newest log entry',
    ]);
  });

  test('names a log entry still marked TODO', () => {
    const front = [...FRONT.slice(0, 4), 'updated: 2026-12-02', 'log:', '  - date: 2026-12-02', '    kind: update', '    text: "TODO: what changed"', '---', ''];
    expect(check(explainer(['Text.'], front))).toEqual(['content/explainer/x.mdx:9 log[0].text: still to be filled in: what changed']);
  });
});
