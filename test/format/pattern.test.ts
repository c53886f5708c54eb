import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { literal } from '../../src/format/pattern';

/** Characters a regular expression reads as syntax, and a few it reads as themselves. */
const CHARACTERS = '.*+?^${}()|[]\\/-aZ9 '.split('');

describe('literal(text)', () => {
  test('matches the text as written, and not the same text with one character changed, whatever characters it holds', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...CHARACTERS), minLength: 1 }),
        fc.nat(),
        fc.constantFrom(...CHARACTERS),
        (text, at, by) => {
          const pattern = new RegExp(`^${literal(text)}$`, 'u');
          expect(pattern.test(text)).toBe(true);
          const i = at % text.length;
          const changed = text.slice(0, i) + by + text.slice(i + 1);
          if (changed !== text) expect(pattern.test(changed)).toBe(false);
        },
      ),
    );
  });

  test('a name as the sources print it: "U.S. (AP)" matches itself, not what its dots and brackets would match as syntax', () => {
    expect(literal('U.S. (AP)')).toBe('U\\.S\\. \\(AP\\)');
    expect(new RegExp(literal('U.S. (AP)')).test('U.S. (AP)')).toBe(true);
    expect(new RegExp(literal('U.S. (AP)')).test('UxSx AP')).toBe(false);
  });
});
