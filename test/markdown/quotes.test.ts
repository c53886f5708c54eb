import { describe, expect, test } from 'vitest';
import { quoteProblems, translationOf } from '../../src/markdown/quotes';
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
