import { editions } from '../site';
import { furnitureWords } from './sourcePage';
import { ENGLISH } from './words';

/** The English words of a source page's furniture, by key, made on first use. */
let english: ReturnType<typeof furnitureWords> | undefined;

/**
 * A piece of a source page's furniture in English, as the page is written: each piece carries its key in
 * `data-w` and its value in `data-arg` (a <time>, in its datetime), for the reader of another edition.
 */
export function say(word: string, arg = ''): string {
  english ??= furnitureWords({ ...ENGLISH.words, markName: ENGLISH.words.charts.strikeMap.markName, intl: editions.en.intl });
  const words = english[word];
  if (!words) throw new Error(`src/i18n/sourcePage.ts has no furniture word "${word}"`);
  return words(arg);
}
