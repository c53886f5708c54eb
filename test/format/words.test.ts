import { describe, expect, test } from 'vitest';
import { bare, capitalise, fold, lettersIn, lettersSpan, sentences } from '../../src/format/words';

describe('capitalise(text)', () => {
  test.each([
    ['noviembre de 2025', 'Noviembre de 2025'],
    ['índice', 'Índice'],
    ['ningún ataque anunciado', 'Ningún ataque anunciado'],
    ['Caribbean', 'Caribbean'],
    ['14 killed', '14 killed'],
    ['', ''],
  ])('%j → %j', (text, expected) => expect(capitalise(text)).toBe(expected));
});

describe('bare(word) and fold(word)', () => {
  test.each([
    ['“Suns,”', 'suns', 'suns'],
    ['Nicolás', 'nicolás', 'nicolas'],
    ['Rodríguez’s', 'rodríguez’s', 'rodriguez'],
  ])('%j is %j bare and %j folded', (word, asBare, asFolded) => {
    expect(bare(word)).toBe(asBare);
    expect(fold(word)).toBe(asFolded);
  });
});

describe('lettersSpan(word) and lettersIn(word)', () => {
  test.each([
    ['“Suns,”', 1, 5, 'Suns'],
    ['(AP)', 1, 3, 'AP'],
    ['Rodríguez’s', 0, 11, 'Rodríguez’s'],
    ['U.S.', 0, 3, 'U.S'],
    ['"83"', 1, 3, '83'],
    ['—', 1, 1, ''],
  ])('%j: its letters are %i to %i, %j', (word, start, end, letters) => {
    expect(lettersSpan(word)).toEqual({ start, end });
    expect(lettersIn(word)).toBe(letters);
  });
});

describe('sentences(...texts)', () => {
  test('closes each sentence with a full stop and joins them with a space', () => {
    expect(sentences('Chart: Each strike', 'Strikes at Sea')).toBe('Chart: Each strike. Strikes at Sea.');
  });

  test('adds none where a sentence ends with its own: an abbreviation, a question, an ellipsis, before a closing quote or bracket', () => {
    expect(sentences('según anunció EE. UU.', 'Posición deducida')).toBe('según anunció EE. UU. Posición deducida.');
    expect(sentences('Who ordered it?', '“Stop!”', 'and then…', '(as announced.)')).toBe('Who ordered it? “Stop!” and then… (as announced.)');
  });
});
