import { describe, expect, test } from 'vitest';
import { parseBody } from '../../src/markdown/sourceText';
import { figureIn, quotationIn, sentenceBounds, sentencesOf, unattributed } from '../../src/markdown/sentences';

const split = (text: string) => sentenceBounds(text).map(([a, b]) => text.slice(a, b).trim());
const sentences = (mdx: string) => sentencesOf(parseBody(mdx));
const messages = (mdx: string) => unattributed(sentences(mdx)).map((u) => `${u.sentence.start.line}: ${u.message}`);

describe('sentenceBounds(text)', () => {
  test('ends a sentence at . ! or ? before a capital, an opening quote or a bracket', () => {
    expect(split('One. Two! "Three?" (Four.) five. six')).toEqual(['One.', 'Two!', '"Three?"', '(Four.) five. six']);
  });

  test('never inside a quotation, straight or curly', () => {
    expect(split('He said "No. Not now." Then he left.')).toEqual(['He said "No. Not now."', 'Then he left.']);
    expect(split('He said “No. Not now.” Then he left.')).toEqual(['He said “No. Not now.”', 'Then he left.']);
  });

  test('across a line break', () => {
    expect(split('One.\nTwo.')).toEqual(['One.', 'Two.']);
  });
});

describe('sentencesOf(tree)', () => {
  test('reads each sentence as a reader does, with its citations and the line it starts on', () => {
    const [first, second, third, item] = sentences(
      ['**Bold.** A [link](/x/) and `code` <Cite source="a" p="1" /> <Cite source="b" p="2" />, then more.', 'A second line.', '', '- An item <Cite data="strikes" row="1" />.'].join('\n'),
    );
    expect(first).toMatchObject({ text: 'Bold.', cites: [], start: { line: 1, column: 3 }, heading: false });
    expect(second.text).toBe('A link and code, then more.');
    expect(third).toMatchObject({ text: 'A second line.', cites: [], start: { line: 2, column: 1 } });
    expect(second.cites.map((c) => c.attributes.map((a) => a.value).join(' '))).toEqual(['a 1', 'b 2']);
    expect(item).toMatchObject({ text: 'An item.', start: { line: 4 } });
    expect(item.cites).toHaveLength(1);
  });

  test('marks headings', () => {
    expect(sentences('## The call of 21 November\n\nText.').map((s) => s.heading)).toEqual([true, false]);
  });
});

describe('figureIn and quotationIn', () => {
  test.each([
    ['killed 82 people', '82'],
    ['three strikes', 'three'],
    ['a reward of $50 million', '50'],
    ['dozens of aircraft', 'dozens'],
    ['one outlet', undefined],
    ['someone often', undefined],
  ])('figureIn(%j) is %j', (text, figure) => expect(figureIn(text)).toBe(figure));

  test.each([
    ['called it "respectful and cordial" then', '"respectful and cordial"'],
    ['called it “respectful” then', '“respectful”'],
    ["Maduro's own words", undefined],
  ])('quotationIn(%j) is %j', (text, quotation) => expect(quotationIn(text)).toBe(quotation));
});

describe('unattributed(sentences)', () => {
  test('passes a figure or quotation cited in its own sentence', () => {
    expect(messages('It killed 82 <Cite source="a" p="1" />. He called it "cordial" <Cite source="b" p="1" />.')).toEqual([]);
  });

  test('names a quotation whose citation is in the next sentence', () => {
    expect(messages('He called it "cordial". So said <Cite source="b" p="1" /> the report.')).toEqual([
      '1: this sentence quotes "cordial" but cites nothing: add a <Cite> of the passage or row it comes from, in the same sentence: "He called it "cordial"."',
    ]);
  });

  test('names a figure in words or digits, in a paragraph or a list item', () => {
    expect(messages('Fine.\n\n- Twelve days later, it ended.\n- The toll was 83.')).toEqual([
      expect.stringMatching(/^3: this sentence states a figure \("Twelve"\) but cites nothing/),
      expect.stringMatching(/^4: this sentence states a figure \("83"\) but cites nothing/),
    ]);
  });

  test('names a heading that states a figure, which no citation can hold, but not one that quotes a label', () => {
    expect(messages('## The call of 21 November\n\n## The "kill everybody" reports\n')).toEqual([
      '1: a heading cannot hold a citation, so it may not state a figure ("21"): give it in the text, cited: "The call of 21 November"',
    ]);
  });

  test('passes prose with neither', () => {
    expect(messages("Where they disagree, we say who says what. The outlet's own words are on its page.")).toEqual([]);
  });
});

describe('in Spanish', () => {
  const spanish = (mdx: string) => unattributed(sentences(mdx), 'es').map((u) => `${u.sentence.start.line}: ${u.message}`);

  test('a sentence may start with an accented capital, an inverted mark or a guillemet', () => {
    expect(split('Fue así. Él lo dijo. ¿Quién? «Nadie», dijo.')).toEqual(['Fue así.', 'Él lo dijo.', '¿Quién?', '«Nadie», dijo.']);
  });

  test('never ends a sentence inside guillemets', () => {
    expect(split('Dijo «No. Ahora no.» Luego se fue.')).toEqual(['Dijo «No. Ahora no.»', 'Luego se fue.']);
  });

  test.each([
    ['murieron 82 personas', '82'],
    ['unos 1.000 kg', '1.000'],
    ['tres ataques', 'tres'],
    ['once personas', 'once'],
    ['dieciséis días', 'dieciséis'],
    ['50 millones', '50'],
    ['miles de efectivos', 'miles'],
    ['una persona', undefined],
    ['un medio militar', undefined],
    ['dosis', undefined],
  ])('figureIn(%j, "es") is %j', (text, figure) => expect(figureIn(text, 'es')).toBe(figure));

  test('English number words are not Spanish ones, nor the other way round', () => {
    expect(figureIn('once more', 'en')).toBeUndefined();
    expect(figureIn('three', 'es')).toBeUndefined();
  });

  test('names an uncited Spanish figure in words, and passes the cited one', () => {
    expect(spanish('Ninguno de los dos gobiernos lo confirma.\n\nTres de las fuentes lo dicen <Cite source="a" p="1" />.')).toEqual([
      expect.stringMatching(/^1: this sentence states a figure \("dos"\) but cites nothing/),
    ]);
  });

  test('reads a <Quote> as the reader does: the English in its marks, then our translation, one sentence', () => {
    const [sentence] = sentences('Dijo <Quote es="No quiero comentarlo. La respuesta es sí">I don\'t want to comment on it. The answer is yes</Quote> <Cite source="a" p="3" />. Luego se fue.');
    expect(sentence!.text).toBe('Dijo “I don\'t want to comment on it. The answer is yes” [«No quiero comentarlo. La respuesta es sí»].');
    expect(sentence!.cites).toHaveLength(1);
  });

  test('a <Quote> quotes: uncited, it is named like any quotation', () => {
    expect(spanish('La llamó <Quote es="cordial">cordial</Quote>.')).toEqual([
      '1: this sentence quotes “cordial” but cites nothing: add a <Cite> of the passage or row it comes from, in the same sentence: "La llamó “cordial” [«cordial»]."',
    ]);
  });
});
