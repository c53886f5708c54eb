import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type ImportedSource, importSource } from '../../src/importer/importSource';
import { articleLine, propertySettings } from '../helpers/properties';
import { renderSource } from '../helpers/sourcePage';

/** Cases per property (200 unless PROPERTY_RUNS says otherwise): enough to find each broken version below, few enough for npm test. */
const SETTINGS = propertySettings(200);
const RUNS = SETTINGS.numRuns;

/** Lines the furniture rules take out of the text: they must be listed in `removed`, word for word. */
const furniture = fc.constantFrom(
  'Subscribe to our newsletter.',
  'Also Read: Another story about the boats',
  'This site uses cookies to improve your experience.',
  'Donate to support our independent journalism!',
  'Skip to content',
  'Share',
  'Photo',
  '3 of 12',
  'By Jane Doe',
  'Reporting by Jane Doe',
  'December 04, 2025 11:59 AM GMT+03:00',
  'AP/AFP',
);

/** An article: lines of text of any Unicode (most of them sentences), furniture among them, in paragraphs. */
const article = fc.record({
  lines: fc.array(
    fc.oneof({ weight: 6, arbitrary: articleLine.map((line) => `${line}.`) }, { weight: 2, arbitrary: articleLine }, { weight: 2, arbitrary: furniture }),
    { minLength: 1, maxLength: 12 },
  ),
  // Paragraphs apart by a blank line, Unix or Windows line endings.
  gap: fc.constantFrom('\n\n', '\r\n\r\n', '\n \n'),
});

const BULLET = /^[•·▪●◦‣*-]\s+/;

/**
 * Any article, imported and rendered through the build's MDX pipeline, loses nothing: each of its lines
 * is, in order, the headline, the standfirst, or a block of the page (a list item without its bullet),
 * or else is listed in `removed` word for word.
 */
const losesNothing = (importer: (raw: string) => ImportedSource) =>
  fc.asyncProperty(article, async ({ lines, gap }) => {
    const made = importer(lines.join(gap));
    const { blocks } = await renderSource(made.body);
    const data = made.data as { title: string; standfirst?: string; removed: { text: string }[] };
    const shown = [data.title, data.standfirst, ...blocks].filter((text) => text !== undefined && !text.startsWith('TODO:'));
    const removed = data.removed.flatMap((r) => r.text.split('\n'));
    for (const line of lines) {
      if (shown[0] === line || shown[0] === line.replace(BULLET, '')) shown.shift();
      else if (removed.includes(line)) removed.splice(removed.indexOf(line), 1);
      else expect.fail(`"${line}" is neither on the page (next there: "${shown[0]}") nor in removed (${JSON.stringify(removed)})`);
    }
    expect({ shown, removed }, 'shown or removed twice').toEqual({ shown: [], removed: [] });
  });

const OPTIONS = { outlet: 'Example Outlet', date: '2025-12-04' };

describe('importSource(article), for any article', () => {
  test('loses nothing: every line is on the page or listed in removed, in order', async () => {
    await fc.assert(losesNothing((raw) => importSource(raw, OPTIONS)), SETTINGS);
  });
});

describe('the property catches an importer that loses words', () => {
  test('one that drops page furniture without listing it in removed', async () => {
    const dropsFurniture = (raw: string) => {
      const made = importSource(raw, OPTIONS);
      return { ...made, data: { ...made.data, removed: [] } };
    };
    const result = await fc.check(losesNothing(dropsFurniture), { numRuns: RUNS, endOnFailure: true });
    expect(result.failed, 'the property found no article that this importer loses words of').toBe(true);
  });
});
