import { describe, expect, test } from 'vitest';
import { quotedEnglish, quoteProblems, translationOf } from '../../src/markdown/quotes';
import { parseBody } from '../../src/markdown/sourceText';

const problems = (mdx: string) => quoteProblems(parseBody(mdx), 'es').map((p) => `${p.node.position?.start.line}: ${p.message}`);

describe('quoteProblems(tree, locale)', () => {
  test('passes a quotation of the English with our translation in the edition’s language', () => {
    expect(problems('La llamó <Quote es="respetuosa y cordial">respectful and cordial</Quote>.')).toEqual([]);
  });

  test.each([
    ['no translation', 'La llamó <Quote>cordial</Quote>.', "takes one prop, es: our translation of the quoted words into this edition's language, as <Quote es=\"our translation\">the source's words</Quote>; got none"],
    ['a translation into another language', 'La llamó <Quote fr="cordiale">cordial</Quote>.', 'takes one prop, es: our translation'],
    ['an empty translation', 'La llamó <Quote es="">cordial</Quote>.', '<Quote> es: expected our translation as a quoted value'],
    ['a translation given as code', 'La llamó <Quote es={x}>cordial</Quote>.', '<Quote> es: expected our translation as a quoted value'],
    ['nothing quoted', 'La llamó <Quote es="cordial"></Quote>.', '<Quote> quotes nothing'],
  ])('names %s at its line', (_, mdx, message) => {
    expect(problems(`Texto.\n\n${mdx}`)).toEqual([expect.stringContaining(message)]);
    expect(problems(`Texto.\n\n${mdx}`)[0]).toMatch(/^3: /);
  });

  test('names a <Quote> standing alone as a paragraph: it belongs in a sentence', () => {
    expect(problems('<Quote es="cordial">\ncordial\n</Quote>')).toEqual([expect.stringContaining('stands alone')]);
  });

  test('translationOf reads the translation', () => {
    const tree = parseBody('<Quote es="cordial">cordial</Quote> y más.');
    let node: Parameters<typeof translationOf>[0] | undefined;
    JSON.stringify(tree, (key, value) => (value?.name === 'Quote' && (node = value), value));
    expect(translationOf(node!)).toBe('cordial');
  });
});

describe('quotedEnglish(text)', () => {
  test('marks the English words of each “words” [«ours»] as English, leaving the marks and our translation in the page’s language', () => {
    expect(quotedEnglish('dijo “flee” [«huir»], y “at least 83” [«al menos 83»].')).toEqual([
      { text: 'dijo “' },
      { text: 'flee', lang: 'en' },
      { text: '” [«huir»], y “' },
      { text: 'at least 83', lang: 'en' },
      { text: '” [«al menos 83»].' },
    ]);
  });

  test('leaves alone a quotation with no translation after it, and text with no quotation', () => {
    expect(quotedEnglish('el “Cartel de los Soles”, sin más.')).toEqual([{ text: 'el “Cartel de los Soles”, sin más.' }]);
    expect(quotedEnglish('Sin citas.')).toEqual([{ text: 'Sin citas.' }]);
  });
});
