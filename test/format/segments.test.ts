import { describe, expect, test } from 'vitest';
import { marked } from '../../src/format/segments';

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
