import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { literal } from '../../src/format/pattern';

describe('literal(text)', () => {
  test('matches the text as written, and nothing else, whatever characters it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'.*+?^${}()|[]\\/-aZ9 '.split('')) }), fc.string({ unit: 'grapheme' }), (text, other) => {
        const pattern = new RegExp(`^${literal(text)}$`, 'u');
        expect(pattern.test(text)).toBe(true);
        if (other !== text) expect(pattern.test(other)).toBe(false);
      }),
    );
  });

  test('a name of the sources as a regular expression: "U.S. (AP)"', () => {
    expect(literal('U.S. (AP)')).toBe('U\\.S\\. \\(AP\\)');
    expect(new RegExp(literal('U.S. (AP)')).test('US  (AP)')).toBe(false);
  });
});
