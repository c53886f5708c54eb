import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Problem } from '../../src/checks/problems';
import { checkSource } from '../../src/checks/sourceCheck';
import { fileNameProblems } from '../../src/checks/sourceName';
import { propertySettings } from '../helpers/properties';

/** Cases per property (1000 unless PROPERTY_RUNS says otherwise): enough to find each broken version below, few enough for npm test. */
const SETTINGS = propertySettings(1000);
const RUNS = SETTINGS.numRuns;

type Kind = 'text' | 'count' | 'number' | 'metric' | 'qualifier' | 'removal' | 'date' | 'url';

/** A valid source's frontmatter, one line each: its indent, its key (with the field it is), its value. */
const FIELDS: { indent: string; key: string; field?: string; kind?: Kind; value: string }[] = [
  { indent: '', key: 'title', field: 'title', kind: 'text', value: '"A valid source"' },
  { indent: '', key: 'outlet', value: '' },
  { indent: '  ', key: 'name', field: 'outlet.name', kind: 'text', value: 'Example Outlet' },
  { indent: '', key: 'published', value: '' },
  { indent: '  ', key: 'date', field: 'published.date', kind: 'date', value: '2025-11-20' },
  { indent: '', key: 'url', field: 'url', kind: 'url', value: 'https://example.com/a' },
  { indent: '', key: 'byline', field: 'byline', kind: 'text', value: 'Jane Doe' },
  { indent: '', key: 'language', field: 'language', kind: 'text', value: 'en' },
  { indent: '', key: 'summary', field: 'summary', kind: 'text', value: 'A fixture that passes every check.' },
  { indent: '', key: 'removed', value: '' },
  { indent: '  - ', key: 'kind', field: 'removed[0].kind', kind: 'removal', value: 'related-link' },
  { indent: '    ', key: 'text', field: 'removed[0].text', kind: 'text', value: '"Also Read: another story"' },
  { indent: '', key: 'claims', value: '' },
  { indent: '  - ', key: 'metric', field: 'claims[0].metric', kind: 'metric', value: 'killed' },
  { indent: '    ', key: 'value', field: 'claims[0].value', kind: 'number', value: '3' },
  { indent: '    ', key: 'qualifier', field: 'claims[0].qualifier', kind: 'qualifier', value: 'at least' },
  { indent: '    ', key: 'asOf', field: 'claims[0].asOf', kind: 'date', value: '2025-11-19' },
  { indent: '    ', key: 'p', field: 'claims[0].p', kind: 'count', value: '2' },
  { indent: '    ', key: 'quote', field: 'claims[0].quote', kind: 'text', value: '"killed at least 3 people"' },
];
const BODY = '\nThe first paragraph.\n\nThe strike killed at least 3 people, officials said.\n';

/** Values of the wrong type for each kind of field, written as YAML: inline, or as a block on the lines below. */
const lists = ['[a, b]', '[]', '{ a: 1 }', '{}'];
const WRONG: Record<Kind, string[]> = {
  text: ['42', '-1.5', 'true', 'null', '~', '', ...lists, 'BLOCK_LIST', 'BLOCK_MAP'],
  count: ['two', '"2"', '2.5', 'true', 'null', '', ...lists, 'BLOCK_LIST'],
  number: ['three', '"3"', 'true', 'null', '', ...lists, 'BLOCK_MAP'],
  metric: ['42', 'dead', 'true', ...lists, 'BLOCK_LIST'],
  qualifier: ['7', 'roughly', 'false', ...lists],
  removal: ['3', 'advert', 'null', ...lists, 'BLOCK_MAP'],
  date: ['42', 'yesterday', '2025-13-45', '"20 November 2025"', 'true', ...lists, 'BLOCK_LIST'],
  url: ['42', 'example.com', 'true', ...lists],
};

const wrongField = fc.constantFrom(...FIELDS.filter((f) => f.field)).chain((field) =>
  fc.record({
    field: fc.constant(field),
    // Or a field the schema does not know, misspelt beside this one.
    wrong: fc.constantFrom(...WRONG[field.kind!], 'MISSPELT'),
    // Comments and blank lines, anywhere: the line numbers must follow them.
    padding: fc.array(fc.tuple(fc.nat(FIELDS.length), fc.constantFrom('', '# a comment', '    # an indented comment')), { maxLength: 6 }),
  }),
);

/**
 * A source whose frontmatter has one field of the wrong type (and comments and blank lines anywhere):
 * the check never throws, and reports that field at the line its key is written on.
 */
const reportedAtItsLine = (check: (file: string, raw: string) => Problem[]) =>
  fc.property(wrongField, ({ field, wrong, padding }) => {
    const lines: string[] = [];
    let expected = 0;
    FIELDS.forEach((f, i) => {
      for (const [at, text] of padding) if (at === i) lines.push(text);
      const nested = `${' '.repeat(f.indent.length + 2)}`;
      if (f !== field) return void lines.push(`${f.indent}${f.key}:${f.value ? ` ${f.value}` : ''}`);
      // The file's line: after the opening --- (line 1).
      expected = lines.length + 2;
      if (wrong === 'MISSPELT') {
        lines.push(`${f.indent}${f.key}:${f.value ? ` ${f.value}` : ''}`, `${' '.repeat(f.indent.length)}${f.key}s: 1`);
        expected += 1;
      } else if (wrong === 'BLOCK_LIST') lines.push(`${f.indent}${f.key}:`, `${nested}- one`, `${nested}- two`);
      else if (wrong === 'BLOCK_MAP') lines.push(`${f.indent}${f.key}:`, `${nested}a: 1`);
      else lines.push(`${f.indent}${f.key}:${wrong ? ` ${wrong}` : ''}`);
    });
    const raw = `---\n${lines.join('\n')}\n---\n${BODY}`;
    const problems = check('content/sources/example-outlet-2025-11-20.mdx', raw);
    const named = wrong === 'MISSPELT' ? `${field.field}s` : field.field;
    expect(problems, raw).toContainEqual(expect.objectContaining({ field: named, line: expected }));
  });

/** Every check of a source that `npm run check` makes, as src/cli/readContent.ts makes them: its file name against its date, then the build's. */
const checkAll = (file: string, raw: string): Problem[] => [...fileNameProblems(file, raw), ...checkSource(file, raw)];

describe('checkSource(file, raw), for a field of the wrong type', () => {
  test('reports it at the line its key is written on, whatever comes before', () => {
    fc.assert(reportedAtItsLine(checkSource), SETTINGS);
  });
  test('and so does npm run check, which also checks the file name against the date', () => {
    fc.assert(reportedAtItsLine(checkAll), SETTINGS);
  });
});

describe('the property catches a check that reports the wrong line', () => {
  test('one that counts lines from the start of the YAML, forgetting the opening ---', () => {
    const fromYaml = (file: string, raw: string) => checkSource(file, raw).map((p) => ({ ...p, line: p.line - 1 }));
    const result = fc.check(reportedAtItsLine(fromYaml), { numRuns: RUNS, endOnFailure: true });
    expect(result.failed, 'the property found no frontmatter whose problem this check misplaces').toBe(true);
  });
});
