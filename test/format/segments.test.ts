import { describe, expect, test } from 'vitest';
import { codeSpans, marked, quotesIn, withoutCode } from '../../src/format/segments';

describe('marked(text, passages, lang)', () => {
  test('marks each passage where it is, as often as it is there, the rest left in the page’s language', () => {
    expect(marked('Los datos dan 3 (nota: “Killed 3”). Y “Killed 3” otra vez.', ['Killed 3'], 'en')).toEqual([
      { text: 'Los datos dan 3 (nota: “' },
      { text: 'Killed 3', lang: 'en' },
      { text: '”). Y “' },
      { text: 'Killed 3', lang: 'en' },
      { text: '” otra vez.' },
    ]);
  });

  test('prefers the longer of two passages that start at one place, and takes them in the order of the text', () => {
    expect(marked('B then A long', ['A', 'A long', 'B'], 'en')).toEqual([
      { text: 'B', lang: 'en' },
      { text: ' then ' },
      { text: 'A long', lang: 'en' },
    ]);
  });

  test('text with none of the passages, or no passages, is one segment; empty passages are ignored', () => {
    expect(marked('Nada en inglés.', ['Killed'], 'en')).toEqual([{ text: 'Nada en inglés.' }]);
    expect(marked('Nada.', [undefined, '', ' '], 'en')).toEqual([{ text: 'Nada.' }]);
  });
});

describe('codeSpans(segments, lang) and withoutCode(text): a data name or value a description writes in backticks', () => {
  test('is set apart as code, in the data’s language on another edition’s page; the rest stays as it was', () => {
    expect(codeSpans([{ text: 'Dadas por muertas; no están en `killed`.' }], 'en')).toEqual([
      { text: 'Dadas por muertas; no están en ' },
      { text: 'killed', code: true, lang: 'en' },
      { text: '.' },
    ]);
    expect(codeSpans([{ text: '`cited`: announced; `unconfirmed`: claimed' }])).toEqual([
      { text: 'cited', code: true },
      { text: ': announced; ' },
      { text: 'unconfirmed', code: true },
      { text: ': claimed' },
    ]);
    // A quote already marked keeps its language, in its code too.
    expect(codeSpans([{ text: '“2 `rescued`”', lang: 'en' }])).toEqual([
      { text: '“2 ', lang: 'en' },
      { text: 'rescued', code: true, lang: 'en' },
      { text: '”', lang: 'en' },
    ]);
    expect(codeSpans([{ text: 'Sin nombres.' }], 'en')).toEqual([{ text: 'Sin nombres.' }]);
  });

  test('structured data, which cannot set code apart, gets the words without their backticks', () => {
    expect(withoutCode('People presumed dead; not in `killed`.')).toBe('People presumed dead; not in killed.');
    expect(withoutCode('`yes` or `no`')).toBe('yes or no');
  });
});

describe('quotesIn(text, lang): the article’s words a note of ours quotes, in “curly quotes”', () => {
  test('marks each quote’s words with the article’s language, not our translation in «angle quotes» nor the rest', () => {
    expect(quotesIn('Dice que Maduro la confirmó “on Wednesday” [«el miércoles»], “approximately 10 days” después.', 'en')).toEqual([
      { text: 'Dice que Maduro la confirmó “' },
      { text: 'on Wednesday', lang: 'en' },
      { text: '” [«el miércoles»], “' },
      { text: 'approximately 10 days', lang: 'en' },
      { text: '” después.' },
    ]);
  });

  test('leaves a note that quotes nothing, or only in angle quotes, as one piece', () => {
    expect(quotesIn('Palabras de Trump sobre «una operación de septiembre».', 'en')).toEqual([{ text: 'Palabras de Trump sobre «una operación de septiembre».' }]);
  });
});
