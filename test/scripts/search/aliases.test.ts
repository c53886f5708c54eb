import { describe, expect, test } from 'vitest';
import { expandQuery } from '../../../src/scripts/search/aliases';

const groups = [
  ['Cartel of the Suns', 'Cartel de los Soles'],
  ['New York Times', 'NYT'],
  ['Pete Hegseth', 'Hegseth', 'Defense Secretary'],
  ['Associated Press', 'AP'],
];

describe('expandQuery(q, groups)', () => {
  test('a query holding a name is searched as typed, then with each other name in its place, as a phrase', () => {
    expect(expandQuery('Cartel of the Suns', groups)).toEqual({
      variants: [
        { query: 'Cartel of the Suns', names: [], replaced: [], phrases: [], rest: 'Cartel of the Suns' },
        { query: '"Cartel de los Soles"', names: ['Cartel de los Soles'], replaced: [0], phrases: ['Cartel de los Soles'], rest: '' },
      ],
      alsoSearched: ['Cartel de los Soles'],
      named: [{ start: 0, end: 18 }],
    });
  });

  test('finds a name whatever its case, accents and punctuation, and keeps the rest of the query', () => {
    const { variants } = expandQuery('who leads the cartel DE LÓS soles?', groups);
    expect(variants.map((v) => v.query)).toEqual(['who leads the cartel DE LÓS soles?', 'who leads the "Cartel of the Suns"?']);
  });

  test('keeps the punctuation around a name, the reader’s closing quote among it', () => {
    expect(expandQuery('"strikes Hegseth"', groups).variants.map((v) => v.query)).toEqual(['"strikes Hegseth"', '"strikes Pete Hegseth"', '"strikes Defense Secretary"']);
    expect(expandQuery('"Hegseth strikes"', groups).variants[1]!.query).toBe('"Pete Hegseth strikes"');
    expect(expandQuery('Hegseth, Rubio', groups).variants[1]!.query).toBe('"Pete Hegseth", Rubio');
  });

  test('the longest name wins where two start at one word', () => {
    expect(expandQuery('Pete Hegseth', groups).alsoSearched).toEqual(['Hegseth', 'Defense Secretary']);
    expect(expandQuery('Hegseth', groups).alsoSearched).toEqual(['Pete Hegseth', 'Defense Secretary']);
  });

  test('inside the reader’s own quotes a name is put in as it is', () => {
    expect(expandQuery('"Cartel of the Suns" designation', groups).variants[1]!.query).toBe('"Cartel de los Soles" designation');
  });

  test('after a quote left open, which is words, a name is put in as a phrase of its own, as anywhere else', () => {
    // "AP" unquoted would find every word it begins ("approximately"), as the reader's own words do.
    expect(expandQuery('"strike AP', groups).variants[1]).toMatchObject({ names: ['Associated Press'], phrases: ['Associated Press'], rest: '"strike ' });
    expect(expandQuery('"boat" "strike AP', groups).variants[1]).toMatchObject({ phrases: ['Associated Press', 'boat'], rest: '  "strike ' });
  });

  test('two names: every combination, the reader’s own words first', () => {
    const { variants, alsoSearched } = expandQuery('NYT on the Cartel of the Suns', groups);
    expect(alsoSearched).toEqual(['New York Times', 'Cartel de los Soles']);
    expect(variants.map((v) => v.query)).toEqual([
      'NYT on the Cartel of the Suns',
      '"New York Times" on the Cartel of the Suns',
      'NYT on the "Cartel de los Soles"',
      '"New York Times" on the "Cartel de los Soles"',
    ]);
    expect(variants[3]!.names).toEqual(['New York Times', 'Cartel de los Soles']);
    // Which of the query's names each replaces, by place: the others stand as typed.
    expect(variants.map((v) => v.replaced)).toEqual([[], [0], [1], [0, 1]]);
    expect(expandQuery('NYT on the Cartel of the Suns', groups, 2).variants).toHaveLength(3);
  });

  test('says which names each variant puts in as phrases of their own, and what is left of the query without them', () => {
    const { variants } = expandQuery('NYT on the Cartel of the Suns, AP', groups);
    expect(variants.map(({ phrases, rest }) => ({ phrases, rest }))).toEqual([
      { phrases: [], rest: 'NYT on the Cartel of the Suns, AP' },
      { phrases: ['New York Times'], rest: ' on the Cartel of the Suns, AP' },
      { phrases: ['Cartel de los Soles'], rest: 'NYT on the , AP' },
      { phrases: ['New York Times', 'Cartel de los Soles'], rest: ' on the , AP' },
      { phrases: ['Associated Press'], rest: 'NYT on the Cartel of the Suns, ' },
      { phrases: ['New York Times', 'Associated Press'], rest: ' on the Cartel of the Suns, ' },
      { phrases: ['Cartel de los Soles', 'Associated Press'], rest: 'NYT on the , ' },
      { phrases: ['New York Times', 'Cartel de los Soles', 'Associated Press'], rest: ' on the , ' },
    ]);
    // Inside the reader's own quotes, a name is part of the reader's phrase: the rest keeps it; where the
    // quotes hold the name alone, it is a phrase of its own, and the rest is without it and its quotes.
    expect(expandQuery('"strikes Hegseth"', groups).variants[1]).toMatchObject({ phrases: [], rest: '"strikes Pete Hegseth"' });
    expect(expandQuery('"Cartel of the Suns" designation', groups).variants[1]).toMatchObject({ phrases: ['Cartel de los Soles'], rest: ' designation' });
  });

  test('the reader’s own quoted phrases beside other words are phrases to search alone too; a phrase that is the whole query is searched as it is', () => {
    expect(expandQuery('"boat strike" Venezuela', groups).variants).toEqual([{ query: '"boat strike" Venezuela', names: [], replaced: [], phrases: ['boat strike'], rest: '  Venezuela' }]);
    expect(expandQuery('"boat strike" "eastern Pacific"', groups).variants[0]).toMatchObject({ phrases: ['boat strike', 'eastern Pacific'], rest: '   ' });
    expect(expandQuery('"boat strike"', groups).variants[0]).toMatchObject({ phrases: [], rest: '"boat strike"' });
    // With punctuation beside it, a phrase is no longer the whole query: it is searched alone, exactly.
    expect(expandQuery('"boat strike"?', groups).variants[0]).toMatchObject({ phrases: ['boat strike'], rest: ' ?' });
    // A quote left open, or quotes around nothing but punctuation, are words.
    expect(expandQuery('"boat strike Venezuela', groups).variants[0]).toMatchObject({ phrases: [], rest: '"boat strike Venezuela' });
    expect(expandQuery('"?" Venezuela', groups).variants[0]).toMatchObject({ phrases: [], rest: '"?" Venezuela' });
    // Beside a name put in: the reader's words (first) and each variant (after the names put in).
    const { variants } = expandQuery('"Cartel of the Suns" designation "boat strike"', groups);
    expect(variants.map(({ phrases, rest }) => ({ phrases, rest }))).toEqual([
      { phrases: ['Cartel of the Suns', 'boat strike'], rest: '  designation  ' },
      { phrases: ['Cartel de los Soles', 'boat strike'], rest: ' designation  ' },
    ]);
  });

  test('a word that only begins a name, or holds one, is not that name', () => {
    for (const q of ['Cartel of the', 'APPROXIMATELY', 'the Times', 'Hegseths']) expect(expandQuery(q, groups).variants, q).toHaveLength(1);
  });
});
