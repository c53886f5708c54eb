import { controls as en } from './en/offlineControls';
import { controls as es } from './es/offlineControls';

/**
 * The footer's controls for the whole site, in each edition: loaded with them (src/scripts/offline/controls.ts),
 * once the service worker serves, so no page carries them before.
 */
export interface OfflineControlsWords {
  /** The locale its sizes and counts are written in (Intl). */
  locale: string;
  /**
   * The status line, by what this device holds: every page, the core and the pages read, or only those (the
   * browser asks to save data, or asked when this version was saved).
   */
  whole(size: string): string;
  core(size: string): string;
  savesData(size: string): string;
  pagesOnly(size: string): string;
  /** Where the site's summary cannot be read. */
  readyUnknown: string;
  remove: string;
  save(size: string): string;
  saving: string;
  /** "Saving the whole site: 12 files of 40, 1.2 MB of 3.4 MB…" */
  progress(files: number, of: number, size: string, total: string): string;
  /** Why the whole site could not be saved; the core and the pages read stay. */
  failed: { storage(size: string): string; download: string; changed: string; remove: string };
}

const WORDS: Record<string, OfflineControlsWords> = { en, es };

/** The words for a page in `lang` (its <html lang>); English for any other. */
export const offlineControlsWords = (lang: string = globalThis.document?.documentElement.lang ?? 'en'): OfflineControlsWords =>
  WORDS[lang.split('-')[0]!] ?? en;
