import { describe, expect, test } from 'vitest';
import { bare, capitalise, fold } from '../../src/format/words';

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
