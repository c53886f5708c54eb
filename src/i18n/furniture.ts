import { editions } from '../site';
import { type FurnitureWord, furnitureWords } from './sourcePage';
import { ENGLISH } from './words';

/**
 * The English words of a source page's furniture, as the page is written: each piece carries its key in
 * `data-w` and its value in `data-arg` (a <time>, in its datetime), for the reader of another edition.
 */
export const furniture = {
  say(word: string, arg = ''): string {
    const words = englishWords()[word];
    if (!words) throw new Error(`src/i18n/sourcePage.ts has no furniture word "${word}"`);
    return words(arg);
  },
};

let english: Record<string, FurnitureWord> | undefined;
function englishWords(): Record<string, FurnitureWord> {
  english ??= furnitureWords({ ...ENGLISH.words, intl: editions.en.intl });
  return english;
}
