import { offline as en } from './en/offline';
import { offline as es } from './es/offline';

/**
 * The footer's line on the offline copy, and the notice of a new version: apart from the rest, as every page
 * loads them, each page only its own language's (src/i18n/<locale>/offline.ts). The controls for the whole
 * site, loaded once the site is saved, have theirs in src/i18n/offlineControls.ts.
 */
export interface OfflineWords {
  /** The locale its sizes are written in (Intl). */
  locale: string;
  /** No room for the copy: its size, where known. */
  storage(size: string | undefined): string;
  download: string;
  changed: string;
  blocked: string;
  /** While the core of the site is saved after a first visit; and where the reader's browser asks to save data. */
  saving: string;
  savingSavesData: string;
  updated: string;
  reload: string;
  /** Puts the notice away for this page: the new version waits, and the next page read offers it again. */
  later: string;
}

const WORDS: Record<string, OfflineWords> = { en, es };

/** The words for a page in `lang` (its <html lang>); English for any other. Every page carries both: a few hundred bytes each. */
export const offlineWords = (lang: string = globalThis.document?.documentElement.lang ?? 'en'): OfflineWords => WORDS[lang.split('-')[0]!] ?? en;
