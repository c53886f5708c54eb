import { bestPassage, highlightUrl, type Passage, passagesOf, termsToMark } from './passages';
import { pagefindOptions, type SearchState } from './query';
import { type FilterCounts, loadPagefind, type Pagefind, type PagefindResponse } from './pagefind';

/** One page that matched, with the passages on it that did. */
export interface Hit {
  title: string;
  kind?: string;
  outlet?: string;
  /** YYYY-MM-DD */
  date?: string;
  /** The best passage, with the page's matching words to highlight there. */
  href: string;
  /** The page's matching words as printed. */
  terms: string[];
  passages: Passage[];
}

export interface Outcome {
  /** The pages that matched, best first or in date order; each loads its details on demand. */
  results: PagefindResponse['results'];
  /** Counts per filter value within these results, and across the whole index. */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

/** Runs a search. Pages without a date have no sort key, so in date order they come last. */
export async function runSearch(state: SearchState, pagefind?: Pagefind): Promise<Outcome> {
  pagefind ??= await loadPagefind();
  const options = pagefindOptions(state);
  const response = await pagefind.search(state.q, options);
  let results = response.results;
  if ('sort' in options) {
    const sorted = new Set(results.map((r) => r.id));
    const all = await pagefind.search(state.q, { filters: options.filters });
    results = [...results, ...all.results.filter((r) => !sorted.has(r.id))];
  }
  return { results, filters: response.filters, totalFilters: response.totalFilters };
}

/** A result's page, its details and its matching passages. */
export async function hitOf(result: Outcome['results'][number]): Promise<Hit> {
  const data = await result.data();
  const passages = passagesOf(data);
  const best = bestPassage(passages);
  // Every matching word on the page, so the page shows them all, not only the best passage's.
  const terms = termsToMark(passages);
  return {
    title: data.meta.title ?? data.url,
    kind: data.meta.kind,
    outlet: data.meta.outlet,
    date: data.meta.date,
    href: highlightUrl(best?.url ?? data.url, terms),
    terms,
    passages,
  };
}
