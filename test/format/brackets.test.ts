import { describe, expect, test } from 'vitest';
import { firstSentence, inParentheses, splitOutsideBrackets } from '../../src/format/brackets';
import { loadData } from '../charts/data';

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
    expect(firstSentence('Same day USS Gerald R. Ford arrived. Then more.')).toBe('Same day USS Gerald R. Ford arrived');
    // A month after its day ends a sentence.
    expect(firstSentence('bombed off the coast of Colombia on 15 Sept. RTVC said so.')).toBe('bombed off the coast of Colombia on 15 Sept');
  });

  test('is the whole text, without its full stop, where it is one sentence', () => {
    expect(firstSentence('Counted here as 1 strike event.')).toBe('Counted here as 1 strike event');
    expect(firstSentence('No full stop')).toBe('No full stop');
    expect(firstSentence('')).toBe('');
  });

  test('ends no real note\'s first sentence inside a name or a date', async () => {
    const { strikes } = await loadData();
    for (const s of strikes) expect(firstSentence(s.notes), s.id).not.toMatch(/(?:\b[A-Z]|Adm|Sen|Gen|U\.S)$/);
  });
});

describe('inParentheses(text)', () => {
  test('puts words in parentheses, those within in square brackets, as style guides nest them', () => {
    expect(inParentheses('BNO News')).toBe('(BNO News)');
    expect(inParentheses('Muslim Network TV (MNTV)')).toBe('(Muslim Network TV [MNTV])');
    expect(inParentheses('A (B (C))')).toBe('(A [B [C]])');
  });
});
