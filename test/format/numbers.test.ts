import { describe, expect, test } from 'vitest';
import { formatList, formatNumber, formatPoint, openingCount, plural } from '../../src/format/numbers';

describe('plural(n, one, other)', () => {
  test.each([
    [0, '0 strikes'],
    [1, '1 strike'],
    [2, '2 strikes'],
    [1500, '1,500 strikes'],
  ])('%i strike(s): %s', (n, words) => expect(plural(n, 'strike')).toBe(words));

  test('takes the other form where adding an s will not do, and whole phrases', () => {
    expect(plural(1, 'differs', 'differ')).toBe('1 differs');
    expect(plural(3, 'differs', 'differ')).toBe('3 differ');
    expect(plural(2, 'claimed strike is', 'claimed strikes are')).toBe('2 claimed strikes are');
  });

  test('a count that opens a sentence is a word up to ten, with a capital, agreeing as each language agrees', () => {
    expect(openingCount(1, 'claimed strike is', 'claimed strikes are')).toBe('One claimed strike is');
    expect(openingCount(2, 'differs', 'differ')).toBe('Two differ');
    expect(openingCount(10, 'differs', 'differ')).toBe('Ten differ');
    expect(openingCount(11, 'differs', 'differ')).toBe('11 differ');
    expect(openingCount(1500, 'strike')).toBe('1,500 strikes');
    expect(openingCount(0, 'claimed strike is', 'claimed strikes are')).toBe('No claimed strikes are');
    expect(openingCount(1, 'supuesto ataque', 'supuestos ataques', 'es')).toBe('Un supuesto ataque');
    expect(openingCount(1, 'difiere', 'difieren', 'es', 'una')).toBe('Una difiere');
    expect(openingCount(1, 'tiene', 'tienen', 'es', 'uno')).toBe('Uno tiene');
    expect(openingCount(3, 'tiene', 'tienen', 'es', 'uno')).toBe('Tres tienen');
    expect(openingCount(0, 'difiere', 'difieren', 'es', 'una')).toBe('Ninguna difiere');
    expect(openingCount(1500, 'ataque', 'ataques', 'es')).toBe('1.500 ataques');
  });

  test('chooses the form by the locale’s rules', () => {
    expect(plural(1, 'ataque', 'ataques', 'es')).toBe('1 ataque');
    expect(plural(21, 'ataque', 'ataques', 'es')).toBe('21 ataques');
    expect(plural(1000, 'ataque', 'ataques', 'es')).toBe('1.000 ataques');
    expect(plural(0, 'ataque', 'ataques', 'es')).toBe('0 ataques');
  });

  test('agrees in gender as well as number when given the phrase', () => {
    expect(plural(1, 'persona muerta', 'personas muertas', 'es')).toBe('1 persona muerta');
    expect(plural(82, 'persona muerta', 'personas muertas', 'es')).toBe('82 personas muertas');
  });
});

describe('formatList(items)', () => {
  test.each([
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('%j reads "%s"', (items, words) => expect(formatList(items)).toBe(words));

  test('in another locale', () => expect(formatList(['A', 'B', 'C'], 'es')).toBe('A, B y C'));

  test('in Spanish, "e" before a word that starts with the sound of i', () =>
    expect(formatList(['Türkiye Today', 'Indian Witness'], 'es')).toBe('Türkiye Today e Indian Witness'));
});

describe('formatNumber(n)', () => {
  test('groups thousands and drops fractions', () => {
    expect(formatNumber(50_000_000)).toBe('50,000,000');
    expect(formatNumber(2.6)).toBe('3');
  });

  test('in Spanish, from four digits, with points: "1.000", where Intl would write "1000"', () => {
    expect(formatNumber(1_000, 'es')).toBe('1.000');
    expect(formatNumber(15_000, 'es')).toBe('15.000');
    expect(formatNumber(999, 'es')).toBe('999');
  });
});

describe('formatPoint([lon, lat])', () => {
  test('writes hemispheres, not signs, to a hundredth of a degree', () => {
    expect(formatPoint([-71.52, 16.25])).toBe('16.25° N, 71.52° W');
    expect(formatPoint([12.5, -3])).toBe('3.00° S, 12.50° E');
  });

  test('in another locale, its decimal mark', () => {
    expect(formatPoint([-71.52, 16.25], 'es')).toBe('16,25° N, 71,52° W');
  });
});
