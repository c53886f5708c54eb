import fc from 'fast-check';

/** Pieces of text that MDX or Markdown would read as code or markup, or that Unicode makes hard. */
const TRICKY = [
  '<', '>', '{', '}', '`', '```', '~~~', '*', '**', '_', '__', '[', ']', '(', ')', '!', '#', '|', '\\', '\\\\', ':', '$', '%',
  '&', '&amp;', '&lt;', '&#123;', '&#x7D;', '&copy;', '&nbsp;', '&#0;', '&bogus;',
  '<script>alert(1)</script>', '<Caption>', '</Caption>', '<b>', '{props.x}', '{/* c */}', '<!-- c -->', '-->',
  'http://example.com', '<https://example.com>', '[a](b)', '![i](j)', '[x]: /y', 'a@b.co',
  '\t', '  ', '"', "'", '“', '”', '‘', '’', '«', '»', '…', '—', '–', '•',
  '😀', '👩‍👩‍👧', '🇻🇪', '👍🏽', 'שלום', 'مرحبا', 'नमस्ते', '中文', 'ＡＢＣ',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202e', '\u2028', '\u2029', '\u00a0', '\u00ad', '\ufeff', 'e\u0301', 'a\u0308\u0323',
];

/** What a line may start with that changes its meaning in Markdown or MDX. */
const LINE_STARTS = [
  '#', '## ', '> ', '- ', '+ ', '* ', '1. ', '2) ', '---', '===', '***', '___', '~~~', '```', '    ', '<', '{', '}',
  'import x from "y"', 'export const a = 1', 'import', 'export', '[a]: /b', '<!--', '= ', '|a|b|',
];

/** A run of words, punctuation and Unicode, as an article might print or a hostile copy might hold. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
  { weight: 4, arbitrary: fc.constantFrom('The', 'boat', 'Maduro', 'strike', 'said', '83', 'at least', ' ', ' ', ', ', '. ') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 500, maxLength: 3000 }) },
);

/**
 * One line of article text, of any Unicode: no line break, nothing to trim at either end (the importer
 * trims each line), and often starting with something that means something to Markdown or MDX.
 */
export const articleLine = fc
  .tuple(fc.option(fc.constantFrom(...LINE_STARTS), { freq: 2 }), fc.array(piece, { minLength: 1, maxLength: 40 }))
  .map(([start, pieces]) => `${start ?? ''}${pieces.join('')}`.replace(/[\r\n]+/g, ' ').trim())
  .filter((line) => line.length > 0);

/**
 * fast-check's settings for a property: `defaultRuns` cases, PROPERTY_RUNS for more, and PROPERTY_SEED
 * (with PROPERTY_PATH) to replay a failure from the seed and path that fast-check prints with it.
 */
export function propertySettings(defaultRuns: number): { numRuns: number; seed?: number; path?: string } {
  const { PROPERTY_RUNS, PROPERTY_SEED, PROPERTY_PATH } = process.env;
  return {
    numRuns: Number(PROPERTY_RUNS ?? defaultRuns),
    ...(PROPERTY_SEED !== undefined && { seed: Number(PROPERTY_SEED) }),
    ...(PROPERTY_PATH !== undefined && { path: PROPERTY_PATH }),
  };
}
