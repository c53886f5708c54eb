import type { PagefindFragment } from './passages';

/** Counts of pages per value, per filter: { outlet: { "Türkiye Today": 1 } } */
export type FilterCounts = Record<string, Record<string, number>>;

/** What Pagefind's `result.data()` resolves to; the passages come from its anchors and locations. */
export interface PagefindData extends PagefindFragment {
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResponse {
  results: { id: string; score: number; data(): Promise<PagefindData> }[];
  unfilteredResultCount: number;
  /** Counts within the current results. */
  filters: FilterCounts;
  /** Counts across the whole index. */
  totalFilters: FilterCounts;
}

/** The part of Pagefind's browser API (pagefind.js, 1.6) that we use. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

/** Each language's Pagefind, as loaded. */
const loading = new Map<string, Promise<Pagefind>>();

/** The page's language, which Pagefind's own index for it is chosen by. */
const pageLanguage = () => document.documentElement.lang;

/**
 * Loads Pagefind's index of the pages in `language` from /pagefind/ on first use; every later call shares
 * it. Pagefind keeps an index per language (its stemming differs) and picks the page's own, from
 * `<html lang>`, as it starts; one module runs one language. So another language's index is a second copy
 * of the module (the same file, a fragment telling the copies apart: fetched and cached once), started while
 * `<html lang>` names that language, for the moment it reads it: set and restored with no await between.
 */
export function loadPagefind(language: string = pageLanguage()): Promise<Pagefind> {
  const own = language === pageLanguage();
  if (!loading.has(language)) loading.set(language, start(language, own));
  const found = loading.get(language)!;
  // A failed load (no index yet while editing) may be retried.
  found.catch(() => loading.delete(language));
  return found;
}

async function start(language: string, own: boolean): Promise<Pagefind> {
  {
    // Built at runtime so that no bundler tries to resolve it: the index is written after the build.
    const url = new URL(`/pagefind/pagefind.js${own ? '' : `#${language}`}`, location.href).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // On the main thread: searching our index takes milliseconds, and the worker would cost a second
    // copy of Pagefind's code (43 kB) on every first search.
    // No metaCacheTag: Pagefind asks for its small entry file afresh (?ts=<now>), which the service worker
    // ignores. A tag naming the site's version would be baked into this script, so that any change to the
    // content would change every script and every page that loads one, and each update of the site, online
    // or saved for offline, would download them all again.
    await pagefind.options({ excerptLength: 30, noWorker: true });
    const html = document.documentElement;
    const lang = html.lang;
    html.lang = language;
    const ready = pagefind.init();
    html.lang = lang;
    await ready;
    return pagefind;
  }
}
