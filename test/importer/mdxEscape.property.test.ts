import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeMdx } from '../../src/importer/mdxEscape';
import { articleLine, propertySettings } from '../helpers/properties';
import { renderSource } from '../helpers/sourcePage';

/** Cases per property (300 unless PROPERTY_RUNS says otherwise): enough to find each broken version below, few enough for npm test. */
const SETTINGS = propertySettings(300);
const RUNS = SETTINGS.numRuns;

/**
 * Any lines of text, each escaped and written as a paragraph, show on the page exactly as given,
 * paragraph for paragraph, through the build's MDX pipeline.
 */
const showsAsGiven = (escape: (line: string) => string) =>
  fc.asyncProperty(fc.array(articleLine, { minLength: 1, maxLength: 6 }), async (lines) => {
    const { blocks } = await renderSource(`${lines.map(escape).join('\n\n')}\n`);
    expect(blocks).toEqual(lines);
  });

describe('escapeMdx(line), for any text', () => {
  test('shows it on the page exactly as given, paragraph for paragraph', async () => {
    // On failure fast-check prints the seed and path that replay it (fc.assert(…, { seed, path })).
    await fc.assert(showsAsGiven(escapeMdx), SETTINGS);
  });
});

describe('the property catches an escaper that forgets one of its rules', () => {
  const broken: [string, (line: string) => string][] = [
    ['braces left as MDX expressions', (line) => escapeMdx(line).replace(/&#123;/g, '{').replace(/&#125;/g, '}')],
    ['"<" left as the start of a tag', (line) => escapeMdx(line).replace(/&lt;/g, '<')],
    ['Markdown’s * _ ` [ ] left unescaped', (line) => escapeMdx(line).replace(/\\([*_`[\]])/g, '$1')],
    ['an "&" before a character reference left as it is', (line) => escapeMdx(line).replace(/&amp;(?=#?[a-z0-9]+;)/gi, '&')],
    ['import and export left at a line start', (line) => escapeMdx(line).replace(/^&#(105|101);/, (_, code) => String.fromCharCode(Number(code)))],
    ['# > + - left at a line start', (line) => escapeMdx(line).replace(/^\\([#>+-])/, '$1')],
    ['backslashes left single', (line) => escapeMdx(line).replace(/\\\\/g, '\\')],
  ];
  test.each(broken)('%s', async (_, escape) => {
    // The first failure is enough: no shrinking.
    const result = await fc.check(showsAsGiven(escape), { numRuns: RUNS, endOnFailure: true });
    expect(result.failed, 'the property found no text that this escaper shows wrongly').toBe(true);
  });
});
