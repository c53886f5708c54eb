import { wordsOf } from '../../format/words';

/** The vocabulary's file in the index's folder (dist/pagefind/), written with the index and versioned with it. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** Every word of the indexed pages as printed most often, most frequent first, with how often each occurs. */
export interface Vocabulary {
  words: string[];
  counts: number[];
}

/** A word worth suggesting: letters (an apostrophe or hyphen inside), three or more. Numbers are not misspelt. */
const WORD = /^\p{L}[\p{L}\p{M}'’-]*\p{L}$/u;
/** A word as printed, without the punctuation around it or a possessive "’s". */
const printed = (text: string) => text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');

/**
 * The vocabulary of indexed texts: each word once (as search compares words: case and accents aside),
 * spelt as the pages print it most often, with its number of occurrences.
 */
export function vocabularyOf(texts: Iterable<string>): Vocabulary {
  const byKey = new Map<string, { count: number; forms: Map<string, number> }>();
  for (const text of texts) {
    for (const word of wordsOf(text)) {
      const form = printed(word.text);
      if (word.key.length < 3 || !WORD.test(form)) continue;
      const entry = byKey.get(word.key) ?? { count: 0, forms: new Map() };
      entry.count += 1;
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      byKey.set(word.key, entry);
    }
  }
  const entries = [...byKey.values()].map(({ count, forms }) => ({
    count,
    // The form printed most often; on a tie, the one that sorts first, so every build writes the same file.
    word: [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))[0]![0],
  }));
  entries.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'en'));
  return { words: entries.map((e) => e.word), counts: entries.map((e) => e.count) };
}
