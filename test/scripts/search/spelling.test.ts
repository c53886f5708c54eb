import { describe, expect, test } from 'vitest';
import { wordsOf } from '../../../src/format/words';
import { closestWords, corrections, lexiconOf, maxDistance } from '../../../src/scripts/search/spelling';
import { occursIn, vocabularyOf } from '../../../src/scripts/search/vocabulary';

const texts = [
  'Venezuelan President Nicolás Maduro confirmed the call. Maduro’s government, “Maduro,” said MADURO.',
  'The Venezuelan coast; Venezuela’s airspace. Hegseth said 83 people were killed in 21 strikes off Trinidad.',
  'A madura fruit, once.',
].map((text) => ({ text, language: 'en' }));

describe('vocabularyOf(texts)', () => {
  const vocabulary = vocabularyOf(texts);

  test('each word once, as printed most often, with its count, most frequent first', () => {
    expect(vocabulary.words[0]).toBe('Maduro');
    expect(vocabulary.counts[0]).toBe(4);
    expect(vocabulary.words).toContain('Nicolás');
    expect(vocabulary.words.indexOf('Venezuelan')).toBeLessThan(vocabulary.words.indexOf('Venezuela'));
    expect(vocabulary.counts[vocabulary.words.indexOf('Venezuelan')]).toBe(2);
  });

  test('leaves out numbers, and words of fewer than three letters', () => {
    expect(vocabulary.words.filter((w) => /\d/.test(w) || w.length < 3)).toEqual([]);
    expect(vocabulary.words).not.toContain('A');
  });

  test('is the same whatever the order of equal counts', () => {
    expect(vocabularyOf([...texts].reverse())).toEqual(vocabulary);
  });

  test('says which languages’ pages each word is on, whatever the order of the pages', () => {
    const both = [...texts, { text: 'Los venezolanos y Maduro.', language: 'es' }];
    const mixed = vocabularyOf(both);
    expect(mixed.languages).toEqual(['en', 'es']);
    const on = (word: string) => ['en', 'es'].filter((language) => occursIn(mixed, mixed.words.indexOf(word), language));
    expect([on('Maduro'), on('venezolanos'), on('Venezuelan')]).toEqual([['en', 'es'], ['es'], ['en']]);
    expect(vocabularyOf([...both].reverse())).toEqual(mixed);
  });
});

describe('closestWords(typed, vocabulary)', () => {
  const lexicon = lexiconOf(vocabularyOf(texts));

  test('the words within a few edits of what was typed, nearest first, then the most frequent', () => {
    expect(closestWords('Madurro', lexicon)).toEqual(['Maduro', 'madura']);
    expect(closestWords('venezula', lexicon)).toEqual(['Venezuela', 'Venezuelan']);
    expect(closestWords('Hegsteh', lexicon)).toEqual(['Hegseth']);
  });

  test('one edit for a short word, two up to eight letters, three past that; nothing further', () => {
    expect([maxDistance('cal'), maxDistance('strike'), maxDistance('venezuelans')]).toEqual([1, 2, 3]);
    expect(closestWords('xyzzy', lexicon)).toEqual([]);
    expect(closestWords('Mdro', lexicon)).toEqual([]);
  });

  test('compares as search does: accents and case aside', () => {
    expect(closestWords('NICOLAZ', lexicon)).toEqual(['Nicolás']);
  });

  test('where words of two languages are as near, the reader’s page’s language’s first, however rarer', () => {
    const mixed = lexiconOf(vocabularyOf([...texts, ...texts, { text: 'Los venezolanos.', language: 'es' }]));
    // "venezuelanos" is two edits from each, three from "Venezuela".
    expect(closestWords('venezuelanos', mixed)).toEqual(['Venezuelan', 'venezolanos', 'Venezuela']);
    expect(closestWords('venezuelanos', mixed, 3, 'es')).toEqual(['venezolanos', 'Venezuelan', 'Venezuela']);
    expect(closestWords('venezuelanos', mixed, 3, 'en')).toEqual(['Venezuelan', 'venezolanos', 'Venezuela']);
    // Nearer still goes first: "venezuelans" is one edit from "Venezuelan", three from "venezolanos".
    expect(closestWords('venezuelans', mixed, 3, 'es')[0]).toBe('Venezuelan');
  });
});

describe('corrections(q, unknown, vocabulary)', () => {
  const lexicon = lexiconOf(vocabularyOf(texts));
  const unknown = (q: string, ...bad: string[]) => wordsOf(q).filter((w) => bad.includes(w.text.replace(/\W+$/, '')));

  test('replaces each unknown word by its closest, then tries the next closest, keeping the rest of the query', async () => {
    const q = 'Madurro and Hegsteh,';
    expect(await corrections(q, unknown(q, 'Madurro', 'Hegsteh'), { vocabulary: lexicon })).toEqual(['Maduro and Hegseth,', 'madura and Hegseth,']);
  });

  test('suggests nothing where no word is close', async () => {
    expect(await corrections('xyzzy', unknown('xyzzy', 'xyzzy'), { vocabulary: lexicon })).toEqual([]);
  });
});
