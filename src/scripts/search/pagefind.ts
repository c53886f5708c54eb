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

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind from /pagefind/ on first use; every later call shares it. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // Built at runtime so that no bundler tries to resolve it: the index is written after the build.
    const pagefind = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href)) as Pagefind;
    // On the main thread: searching our index takes milliseconds, and the worker would cost a second
    // copy of Pagefind's code (43 kB) on every first search.
    // metaCacheTag: Pagefind asks for its entry file at one address per version of the site, not a new
    // one each time, so caches can keep it (src/integrations/offline.ts sets the version).
    const version = import.meta.env.SITE_VERSION as string | undefined;
    await pagefind.options({ excerptLength: 30, noWorker: true, ...(version && { metaCacheTag: version }) });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (no index yet while editing) may be retried.
  loading.catch(() => (loading = undefined));
  return loading;
}
