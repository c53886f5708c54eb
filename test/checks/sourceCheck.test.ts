import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { checkSource } from '../../src/checks/sourceCheck';

const FIXTURES = 'test/fixtures/sources';

const check = async (name: string) => {
  const file = `${FIXTURES}/${name}`;
  return checkSource(file, await readFile(file, 'utf8'));
};

describe('checkSource(file, raw)', () => {
  test('finds no problem in a valid source', async () => {
    expect(await check('valid.mdx')).toEqual([]);
  });

  // Each bad fixture is valid.mdx with one mistake: [fixture, line, field, words the message must contain].
  const cases: [string, number, string, RegExp][] = [
    ['missing-title.mdx', 1, 'title', /missing; expected the headline/],
    ['bad-date.mdx', 6, 'published.date', /expected a real date written as YYYY-MM-DD/],
    ['unknown-metric.mdx', 10, 'claims[0].metric', /expected one of: strikes, vessels, killed/],
    ['missing-paragraph.mdx', 13, 'claims[0].p', /paragraph 9 does not exist; this source has 5 \(p-1 to p-5\)/],
    ['missing-strike-paragraph.mdx', 17, 'strikes[0].p', /paragraph 12 does not exist; this source has 5 \(p-1 to p-5\)/],
    ['quote-not-in-paragraph.mdx', 14, 'claims[0].quote', /"killed at least 4 people" is not in paragraph 2/],
    // YAML notices the unclosed [ where the next line starts.
    ['bad-yaml.mdx', 9, 'frontmatter', /not valid YAML/],
    ['unknown-component.mdx', 26, 'text', /unknown component <Chart>/],
    ['raw-brace.mdx', 26, 'text', /curly braces are MDX code: to show "\{" or "\}" as text, write &#123; or &#125;/],
    ['raw-less-than.mdx', 26, 'text', /Unexpected character `5`/],
    ['caption-prop.mdx', 17, 'text', /<Caption> takes no props/],
  ];

  test.each(cases)('%s: line %i, field %s', async (name, line, field, message) => {
    const problems = await check(name);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `${FIXTURES}/${name}`, line, field });
    expect(problems[0].message).toMatch(message);
  });

  test('unknown-strike.mdx: a listed strike that strikes.csv does not have, when its ids are known', async () => {
    const file = `${FIXTURES}/unknown-strike.mdx`;
    const raw = await readFile(file, 'utf8');
    expect(checkSource(file, raw, new Set(['1', '4a']))).toEqual([
      { file, line: 16, field: 'strikes[0].id', message: 'no strike "99" in content/data/strikes.csv: expected the id of one of its rows, like "1" or "4a"' },
    ]);
    expect(checkSource(file, raw, new Set(['99']))).toEqual([]);
  });

  test('reports every problem in a file at once', async () => {
    const raw = (await readFile(`${FIXTURES}/valid.mdx`, 'utf8'))
      .replace('date: 2025-11-20', 'date: yesterday')
      .replace('metric: killed', 'metric: deaths');
    const problems = checkSource('x.mdx', raw);
    expect(problems.map((p) => p.field)).toEqual(['published.date', 'claims[0].metric']);
  });

  // Found by test/checks/sourceCheck.property.test.ts: a value on the lines below its key was reported there.
  test('a field whose value is written below its key is reported at the key', async () => {
    const raw = (await readFile(`${FIXTURES}/valid.mdx`, 'utf8')).replace('date: 2025-11-20', 'date:\n    - 2025\n    - 11');
    expect(checkSource('x.mdx', raw)).toEqual([{ file: 'x.mdx', line: 6, field: 'published.date', message: expect.stringMatching(/real date/) }]);
  });

  // Found by test/checks/sourceCheck.property.test.ts: these were reported at line 1, or at the claim's first line.
  test('a misspelt field is reported at its own line, by its name', async () => {
    const raw = (await readFile(`${FIXTURES}/valid.mdx`, 'utf8')).replace('language: en', 'language: en\ntittle: x').replace('    p: 2', '    p: 2\n    page: 3');
    expect(checkSource('x.mdx', raw)).toEqual([
      { file: 'x.mdx', line: 15, field: 'claims[0].page', message: 'unknown field: check its spelling, or remove it' },
      { file: 'x.mdx', line: 8, field: 'tittle', message: 'unknown field: check its spelling, or remove it' },
    ]);
  });

  test('a field misspelt, so missing, or of the wrong kind says what it expects in an editor’s words, not zod’s', async () => {
    const valid = await readFile(`${FIXTURES}/valid.mdx`, 'utf8');
    const problem = (raw: string) => checkSource('x.mdx', raw).map((p) => `${p.line} ${p.field}: ${p.message}`);
    expect(problem(valid.replace(/^summary:/m, 'sumary:'))).toEqual([
      '1 summary: missing; expected one sentence, ours, on what the article says',
      '8 sumary: unknown field: check its spelling, or remove it',
    ]);
    expect(problem(valid.replace(/^published:\n {2}date: 2025-11-20$/m, 'publshed:\n  date: 2025-11-20'))).toContainEqual(
      '1 published: missing; expected the day it was published, as `date: YYYY-MM-DD` on the next line, indented',
    );
    // A misspelt field inside published is named as unknown, not as published missing.
    expect(problem(valid.replace('  date: 2025-11-20', '  date: 2025-11-20\n  tme: 09:30'))).toEqual(['7 published.tme: unknown field: check its spelling, or remove it']);
    expect(problem(valid.replace('    quote:', '    quot:'))).toContainEqual(expect.stringMatching(/claims\[0\]\.quote: missing; expected the words of the paragraph that state the figure, copied exactly$/));
    expect(problem(valid.replace('    p: 2', '    p: 0'))).toEqual([expect.stringMatching(/claims\[0\]\.p: expected a paragraph number: the first paragraph is 1 \(p-1\)$/)]);
    expect(problem(valid.replace('language: en', 'language: english'))).toEqual(['7 language: expected a language tag (BCP 47), like "en", "es" or "en-US"']);
    // zod's words for a value of the wrong kind, where a schema gives none of its own.
    expect(problem(valid.replace('language: en', 'language: en\nbyline: [a, b]'))).toEqual(['8 byline: expected text']);
    expect(problem(valid).join('')).not.toMatch(/Invalid input/);
  });

  test('MDX’s own words for a mistake name the file’s lines, not places in the text after the frontmatter', async () => {
    const valid = await readFile(`${FIXTURES}/valid.mdx`, 'utf8');
    const [problem] = checkSource('x.mdx', valid.replace('The strike killed', 'The <b>strike killed'));
    expect(problem).toMatchObject({ line: 19, field: 'text' });
    expect(problem!.message).toMatch(/^Expected a closing tag for `<b>` \(line 19\) before the end of `paragraph`\./);
  });

  test('a code block in the text is refused, saying what a source may hold', async () => {
    const raw = (await readFile(`${FIXTURES}/valid.mdx`, 'utf8')).replace('The last paragraph.', '```\nsome code\n```');
    expect(checkSource('x.mdx', raw)).toEqual([
      { file: 'x.mdx', line: 26, field: 'text', message: 'a source\'s text holds only paragraphs, "## " headings, "- " lists and <Caption>, not a code' },
    ]);
  });

  test('a “---” line right under a paragraph, which makes it a heading and renumbers the rest, is named at that line', async () => {
    const raw = (await readFile(`${FIXTURES}/valid.mdx`, 'utf8')).replace('officials said.\n', 'officials said.\n---\n');
    expect(checkSource('x.mdx', raw)).toEqual([
      {
        file: 'x.mdx',
        line: 20,
        field: 'text',
        message: 'a line of "---" or "===" under a paragraph makes it a heading, and renumbers every paragraph after it: remove the line (a heading is written "## ")',
      },
    ]);
    // Not a "## " heading, whose one line is its own.
    expect(checkSource('x.mdx', (await readFile(`${FIXTURES}/valid.mdx`, 'utf8')).replace('The last paragraph.', '## Another heading\n\nThe last paragraph.'))).toEqual([]);
  });

  test('a picture from another site, which every reader’s browser would fetch from there, and a link that is not to a web address are refused at their line', async () => {
    const valid = await readFile(`${FIXTURES}/valid.mdx`, 'utf8');
    const [picture] = checkSource('x.mdx', valid.replace('The last paragraph.', 'The last ![a boat](https://elsewhere.example/boat.jpg) paragraph.'));
    expect(picture).toMatchObject({ line: 26, field: 'text', message: expect.stringMatching(/^a picture from another site would be a request to it from every reader's browser/) });
    // One of this site's own is no request elsewhere.
    expect(checkSource('x.mdx', valid.replace('The last paragraph.', 'The last ![a boat](/images/boat.jpg) paragraph.'))).toEqual([]);
    const [link] = checkSource('x.mdx', valid.replace('The last paragraph.', 'The last [paragraph](javascript:alert(1)).'));
    expect(link).toMatchObject({ line: 26, field: 'text', message: 'a link in a source goes to a web address (http: or https:), a mail address (mailto:) or a page of this site (/…), not "javascript:alert(1)"' });
    // "//…" is another site's address, not a path of this one.
    expect(checkSource('x.mdx', valid.replace('The last paragraph.', 'The last [paragraph](//elsewhere.example/a).'))).toHaveLength(1);
    expect(checkSource('x.mdx', valid.replace('The last paragraph.', 'The last [paragraph](https://example.org/a).'))).toEqual([]);
  });

  test('a quote matches its paragraph as a reader reads it: a soft hyphen, a zero-width space or a no-break space in the article is not a difference', async () => {
    const valid = await readFile(`${FIXTURES}/valid.mdx`, 'utf8');
    const invisible = valid.replace('killed at least 3 people, officials', 'kil\u00ADled at\u00A0least 3\u200B people\uFEFF, officials');
    expect(checkSource('x.mdx', invisible)).toEqual([]);
    // A real difference still fails.
    expect(checkSource('x.mdx', invisible.replace('3\u200B people', '4 people'))).toHaveLength(1);
  });

  test('a file without frontmatter is reported at line 1', () => {
    expect(checkSource('x.mdx', 'Just text.\n')).toEqual([
      { file: 'x.mdx', line: 1, field: 'frontmatter', message: expect.stringMatching(/start with frontmatter/) },
    ]);
  });

  test('a tab indenting the frontmatter is the one mistake named, at its line, with what to do: not the errors that follow from it', async () => {
    const valid = await readFile(`${FIXTURES}/valid.mdx`, 'utf8');
    expect(valid.split('\n')[3]).toBe('  name: Example Outlet');
    expect(checkSource('x.mdx', valid.replace('\n  name: Example Outlet', '\n\tname: Example Outlet'))).toEqual([
      { file: 'x.mdx', line: 4, field: 'frontmatter', message: 'not valid YAML: Tabs are not allowed as indentation: indent with spaces, as the lines around it are' },
    ]);
  });

  test('frontmatter opened and never closed is said to be so, not to be missing', () => {
    expect(checkSource('x.mdx', '---\ntitle: A headline\noutlet:\n  name: Example\n\nThe text.\n')).toEqual([
      { file: 'x.mdx', line: 1, field: 'frontmatter', message: 'the frontmatter opened on line 1 is never closed: add a line --- after its last field' },
    ]);
  });
});
