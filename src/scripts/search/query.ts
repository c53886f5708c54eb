/** The filters results can be narrowed by, as Pagefind names them (see searchMeta.ts). */
export const filterKeys = ['kind', 'outlet', 'month'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** The orders results can be sorted in; each edition names them (src/i18n/, `search.sortOrders`). */
export const sortOrders = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** A search as the URL carries it: /search/?q=…&outlet=…&sort=newest&exact=1 */
export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
  /** The reader's words only: no other names for what they name (content/search/aliases.yml). */
  exact: boolean;
}

const isSort = (value: string | null): value is SortOrder => sortOrders.includes(value as SortOrder);

/** Reads a search from a URL's parameters; unknown parameters and values are ignored. */
export function parseSearch(params: URLSearchParams): SearchState {
  const sort = params.get('sort');
  return {
    q: params.get('q')?.trim() ?? '',
    filters: Object.fromEntries(filterKeys.map((key) => [key, [...new Set(params.getAll(key).filter(Boolean))]])) as SearchState['filters'],
    sort: isSort(sort) ? sort : 'relevance',
    exact: params.get('exact') === '1',
  };
}

/** How many filters a search has on: each value ticked. */
export const activeFilters = (state: SearchState) => filterKeys.reduce((n, key) => n + state.filters[key].length, 0);

/** A search for `q` with no filters, best match first. */
export const searchFor = (q: string) => parseSearch(new URLSearchParams({ q }));

/** Writes a search as URL parameters, leaving out what is empty or the default. */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.exact) params.set('exact', '1');
  return params;
}

/** What Pagefind's search() needs: any of the values within a filter, every filter together. */
export function pagefindOptions(state: SearchState) {
  const filters = Object.fromEntries(filterKeys.filter((key) => state.filters[key].length).map((key) => [key, { any: state.filters[key] }]));
  const sort = state.sort === 'relevance' ? undefined : { date: state.sort === 'newest' ? ('desc' as const) : ('asc' as const) };
  return sort ? { filters, sort } : { filters };
}
