import { browser as en } from './en/browser';
import { browser as es } from './es/browser';

/**
 * The words search writes in the browser (its results, filters and notes), apart from the rest of an
 * edition's words so that search's scripts carry only these.
 */
export interface BrowserWords {
  /** The locale they format dates, numbers and lists in (Intl). */
  locale: string;
  /** A kind of page, as a result and a filter name it. */
  kinds: Record<'explainer' | 'strike' | 'timeline' | 'data' | 'source', string>;
  /** A result's language, where it is not the page's: "in English". */
  inLanguage: Record<'en' | 'es', string>;
  morePassages(n: number): string;
  /** A passage's name where it is a source's numbered block, and where it is the text before a page's first heading or paragraph. */
  paragraph(n: number): string;
  topOfPage: string;
  /** Search's note on other names: for the reader's words only, or for every name. */
  exactOn: string;
  exactOff: string;
  alsoSearched: string;
  onlyFor(q: string): string;
  /** Spelling help's question, up to the suggestions: "Did you mean ". */
  didYouMean: string;
  results(n: number): string;
  resultsFor(n: number, q: string): string;
  noResultsFor(q: string): string;
  /** Added to the status where some of the reader's words are on no page, and the results are for the others: " (no page has “lancha”)". */
  notFound(words: readonly string[]): string;
  typeToSearch: string;
  searching: string;
  couldNotLoad(message: string): string;
  couldNotLoadShort: string;
  /** The heading of a list of results, for assistive technology: the results' titles are headings below it. */
  resultsHeading: string;
  /** How many filters are on, beside the disclosure's name. */
  active(n: number): string;
  noPassage: string;
  allResults(n: number): string;
  withFilters: string;
  /** The header box's status for screen readers. */
  boxStatus(n: number, q: string): string;
  /** Offline: the results whose pages are not saved on this device, said once at the end of the list. */
  unsaved(n: number): string;
  unsavedHow: string;
  /** Added to the status where part of the index is not saved on this device. */
  indexMissing: string;
  filters: Record<'kind' | 'outlet' | 'month', string>;
  /** A source whose outlet is not known, as a filter and a result name it (the index holds the English words). */
  outletUnknown: string;
}

const WORDS: Record<string, BrowserWords> = { en, es };

/** The words for a page in `lang` (its <html lang>); English for any other. */
export const browserWords = (lang: string = globalThis.document?.documentElement.lang ?? 'en'): BrowserWords => WORDS[lang.split('-')[0]!] ?? en;
