import { lettersIn, wordsOf } from '../../format/words';

/** The vocabulary's file in the index's folder (dist/pagefind/), written with the index and versioned with it. */
export const VOCABULARY_FILE = 'vocabulary.json';

/**
 * Every word of the indexed pages as printed most often, most frequent first, with how often each occurs and
 * the languages of the pages it occurs on: bit j of `in[i]` is set where word i is on a page in `languages[j]`.
 */
export interface Vocabulary {
  words: string[];
  counts: number[];
  languages: string[];
  in: number[];
}

/** An indexed page's text as search searches it, and its language (its index's). */
export interface IndexedText {
  text: string;
  language: string;
}

/** A word worth suggesting: letters (an apostrophe or hyphen inside), three or more. Numbers are not misspelt. */
const WORD = /^\p{L}[\p{L}\p{M}'’-]*\p{L}$/u;
/** A word as printed, without the punctuation around it or a possessive "’s". */
const printed = (text: string) => lettersIn(text).replace(/['’]s$/u, '');

/**
 * The vocabulary of indexed texts: each word once (as search compares words: case and accents aside),
 * spelt as the pages print it most often, with its number of occurrences and its pages' languages.
 */
export function vocabularyOf(texts: Iterable<IndexedText>): Vocabulary {
  const byKey = new Map<string, { count: number; forms: Map<string, number>; languages: Set<string> }>();
  const seen = new Set<string>();
  for (const { text, language } of texts) {
    seen.add(language);
    for (const word of wordsOf(text)) {
      const form = printed(word.text);
      if (word.key.length < 3 || !WORD.test(form)) continue;
      const entry = byKey.get(word.key) ?? { count: 0, forms: new Map(), languages: new Set() };
      entry.count += 1;
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      entry.languages.add(language);
      byKey.set(word.key, entry);
    }
  }
  // In order, so every build writes the same file whatever the order of its pages.
  const languages = [...seen].sort();
  const entries = [...byKey.values()].map((entry) => ({
    count: entry.count,
    // The form printed most often; on a tie, the one that sorts first, so every build writes the same file.
    word: [...entry.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))[0]![0],
    in: languages.reduce((bits, language, j) => (entry.languages.has(language) ? bits | (1 << j) : bits), 0),
  }));
  entries.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'en'));
  return { words: entries.map((e) => e.word), counts: entries.map((e) => e.count), languages, in: entries.map((e) => e.in) };
}

/** Whether word i of the vocabulary is on a page in `language`. */
export const occursIn = (vocabulary: Vocabulary, i: number, language: string) => {
  // A vocabulary written before its languages were (a copy saved for offline) has none: no word is preferred.
  const j = vocabulary.languages?.indexOf(language) ?? -1;
  return j >= 0 && (vocabulary.in[i]! & (1 << j)) !== 0;
};
