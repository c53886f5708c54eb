/** The text with a capital first letter, as it opens a sentence or a label: "Noviembre de 2025". */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Sentences joined by a space, each closed by a full stop unless it ends with its own (an abbreviation's, as
 * Spanish's "EE. UU.", a question's or an exclamation's, before any closing quote or bracket): never "UU..".
 */
export const sentences = (...texts: string[]) => texts.map((text) => (/[.!?…][”’"'»)]*$/u.test(text) ? text : `${text}.`)).join(' ');

/** The text with a small first letter, as it goes on after a colon or an article: "una explicación…", "El medio no identificado". */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Where a word's letters and digits begin and end in it, the punctuation around them left out: "“Suns,”" is
 * 1 to 5. A word of punctuation alone ("—") has none: an empty span at its end.
 */
export function lettersSpan(word: string): { start: number; end: number } {
  const start = word.search(/[\p{L}\p{N}]/u);
  if (start < 0) return { start: word.length, end: word.length };
  return { start, end: word.length - /[^\p{L}\p{N}]*$/u.exec(word)![0].length };
}

/** A word as printed, without the punctuation around it: "“Suns,”" is "Suns". */
export function lettersIn(word: string): string {
  const { start, end } = lettersSpan(word);
  return word.slice(start, end);
}

/** A word as printed, without the punctuation around it and lower-cased: "“Suns,”" is "suns". */
export const bare = (word: string) => lettersIn(word).toLowerCase();

/**
 * A word as search compares it: bare, without accents (Pagefind finds "Nicolás" for "Nicolas") and
 * without a possessive "’s": "Rodríguez’s" is "rodriguez".
 */
export function fold(word: string): string {
  let key = folded.get(word);
  if (key === undefined) {
    key = bare(word)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/['’]s$/u, '');
    if (folded.size >= FOLDED_KEPT) folded.clear();
    folded.set(word, key);
  }
  return key;
}

/**
 * Each word fold() has seen, with its key: a site's texts print a few thousand words a million times (the
 * build folds every indexed page twice, for the vocabulary and the aliases' check). Bounded, for a page
 * that runs for long: past FOLDED_KEPT words it starts again.
 */
const folded = new Map<string, string>();
const FOLDED_KEPT = 65_536;

/** One word of a text: as printed, as search compares it, and where it is in the text. */
export interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
}

/** The words of a text, split at white space as Pagefind splits it; punctuation alone is no word. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(/[^\s\uFEFF]+/gu)) {
    const key = fold(match[0]);
    if (key) words.push({ text: match[0], key, start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** A name as search compares it: its words folded, one space apart. "Cartel de los  Soles" is "cartel de los soles". */
export const nameKey = (name: string) =>
  wordsOf(name)
    .map((w) => w.key)
    .join(' ');
