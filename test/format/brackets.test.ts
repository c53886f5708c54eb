import { describe, expect, test } from 'vitest';
import { firstSentence, splitOutsideBrackets } from '../../src/format/brackets';

describe('splitOutsideBrackets(text)', () => {
  test('splits at each semicolon outside brackets, trimmed, with no empty parts', () => {
    expect(splitOutsideBrackets('Venezuelan per Airwars (8 from San Juan; 3 nearby); US said Tren de Aragua;')).toEqual([
      'Venezuelan per Airwars (8 from San Juan; 3 nearby)',
      'US said Tren de Aragua',
    ]);
  });

  test('a closing bracket with no opening one does not keep the rest of the text together', () => {
    expect(splitOutsideBrackets('a) b; c; d')).toEqual(['a) b', 'c', 'd']);
  });
});

describe('firstSentence(text)', () => {
  test('ends at the first full stop outside brackets that is not an abbreviation, and leaves the stop off', () => {
    const note =
      'Second strike killed survivors: 2 of the 11 survived (White House acknowledged it, attributing it to Adm. Frank Bradley). Per The Hill the boat was hit 4 times.';
    expect(firstSentence(note)).toBe('Second strike killed survivors: 2 of the 11 survived (White House acknowledged it, attributing it to Adm. Frank Bradley)');
    expect(firstSentence('Sen. Cotton spoke on Sept. 2 of the U.S. strikes. Then more.')).toBe('Sen. Cotton spoke on Sept. 2 of the U.S. strikes');
  });

  test('is the whole text where it is one sentence', () => {
    expect(firstSentence('Counted here as 1 strike event.')).toBe('Counted here as 1 strike event.');
    expect(firstSentence('')).toBe('');
  });
});
