import leven from 'leven';
import { fold, lettersSpan, type Word } from '../../format/words';
import { occursIn, VOCABULARY_FILE, type Vocabulary } from './vocabulary';

/** A vocabulary ready to compare: each word's key beside it. */
export interface Lexicon extends Vocabulary {
  keys: string[];
}

export const lexiconOf = (vocabulary: Vocabulary): Lexicon => ({ ...vocabulary, keys: vocabulary.words.map(fold) });

let loading: Promise<Lexicon> | undefined;

/** The index's vocabulary, fetched once; the host has the browser ask whether it changed, as for the index's entry file. */
export function loadVocabulary(): Promise<Lexicon> {
  loading ??= fetch(`/pagefind/${VOCABULARY_FILE}`)
    .then((response) => {
      if (!response.ok) throw new Error(`the vocabulary could not be loaded (HTTP ${response.status})`);
      return response.json() as Promise<Vocabulary>;
    })
    .then(lexiconOf);
  // A failed load may be retried.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** How far a word may be from what was typed: one edit in a short word, two in a longer one, three past eight letters. */
export const maxDistance = (key: string) => (key.length <= 4 ? 1 : key.length <= 8 ? 2 : 3);

/**
 * The words of the vocabulary closest to `typed` by Levenshtein distance (leven), at most `maxDistance`
 * away, nearest first, then those on pages in `language` (the reader's: "venezuelanos" on a Spanish page is
 * "venezolanos" before the sources' "Venezuelan"), then the most frequent: up to `max` of them, as pages print them.
 */
export function closestWords(typed: string, vocabulary: Lexicon, max = 3, language?: string): string[] {
  const key = fold(typed);
  const limit = maxDistance(key);
  const near: { word: string; distance: number; other: boolean }[] = [];
  vocabulary.keys.forEach((candidate, i) => {
    if (Math.abs(candidate.length - key.length) > limit || candidate === key) return;
    const distance = leven(key, candidate, { maxDistance: limit + 1 });
    if (distance <= limit) near.push({ word: vocabulary.words[i]!, distance, other: language !== undefined && !occursIn(vocabulary, i, language) });
  });
  // The vocabulary is most frequent first, so a stable sort keeps the more frequent first.
  return near
    .sort((a, b) => a.distance - b.distance || Number(a.other) - Number(b.other))
    .slice(0, max)
    .map((n) => n.word);
}

/** `word` in the query replaced by `by`, keeping the punctuation around it ("Madurro," → "Maduro,"). */
function replace(q: string, word: Word, by: string): string {
  const { start, end } = lettersSpan(word.text);
  return q.slice(0, word.start + start) + by + q.slice(word.start + end);
}

/**
 * Queries to try instead of `q`, best first: each of its `unknown` words (words that find nothing) replaced
 * by its closest word, then by the next closest, one word at a time; the words of pages in `language` first
 * where others are as close (closestWords).
 */
export async function corrections(q: string, unknown: readonly Word[], { vocabulary, language }: { vocabulary?: Lexicon; language?: string } = {}): Promise<string[]> {
  const lexicon = vocabulary ?? (await loadVocabulary());
  const choices = unknown.map((word) => ({ word, closest: closestWords(word.text, lexicon, 3, language) })).filter((c) => c.closest.length);
  // From the last word to the first, so the places of those before it stay where they were.
  const apply = (pick: (i: number) => number) =>
    choices.reduceRight((text, { word, closest }, i) => replace(text, word, closest[pick(i)] ?? closest[0]!), q);
  const queries = [apply(() => 0)];
  choices.forEach(({ closest }, i) => closest.slice(1).forEach((_, k) => queries.push(apply((j) => (j === i ? k + 1 : 0)))));
  return [...new Set(queries)].filter((query) => query !== q);
}
