import { bisectLeft, bisectRight } from 'd3';

/**
 * Date order across languages. A page in another language than the sources' searches two indexes (its
 * own, then the sources' own: searchEditions in ./engine.ts), and each sorts only its own pages by date.
 * To set the two lists into one date order without reading every result's date, the build writes, beside
 * the index, where each dated page of another language falls among the sources' language's dated pages:
 * how many of those are newer, and how many older. Pagefind's own sort of the sources' index then places
 * every result of it, so one pass merges the two.
 */

/** The language of the sources, and of the index whose pages the other languages' pages are placed among. */
export const SOURCES_LANGUAGE = 'en';

/** The file beside the index (dist/pagefind/), written with it. */
export const DATE_ORDER_FILE = 'date-order.json';

/** Each dated page of another language, by its id in the index: how many of the sources' language's dated pages are newer than it, and how many older. */
export type DateOrder = Record<string, [newer: number, older: number]>;

/**
 * Where each dated page of another language than `language` falls among that language's dated pages.
 * `pages` are every indexed page, each with its id, its language and its day (ISO), if it has one.
 */
export function dateOrderOf(pages: readonly { id: string; language: string; day?: string }[], language = SOURCES_LANGUAGE): DateOrder {
  const days = pages.flatMap((page) => (page.language === language && page.day ? [page.day] : [])).sort();
  const order: DateOrder = {};
  for (const { id, language: own, day } of pages) if (own !== language && day) order[id] = [days.length - bisectRight(days, day), bisectLeft(days, day)];
  return order;
}

/**
 * One list in date order from two, each in its own date order with its undated pages last: `own`, the page's
 * language's results, each placed by `placeAmongOther` (how many of the other index's dated pages come
 * before it in this order: DateOrder's newer or older count); `other`, the other index's, each with its
 * place in that index's date order (`placeOf`, undefined for an undated page). A page of `own` that cannot
 * be placed goes with the undated ones. The dated pages first, then the undated, the page's language's first.
 */
export function mergeByDate<T>(own: readonly T[], other: readonly T[], placeAmongOther: (item: T) => number | undefined, placeOf: (item: T) => number | undefined): T[] {
  const otherDated = other.filter((item) => placeOf(item) !== undefined);
  const merged: T[] = [];
  const undated: T[] = [];
  let next = 0;
  for (const item of own) {
    const place = placeAmongOther(item);
    if (place === undefined) {
      undated.push(item);
      continue;
    }
    while (next < otherDated.length && placeOf(otherDated[next]!)! < place) merged.push(otherDated[next++]!);
    merged.push(item);
  }
  return [...merged, ...otherDated.slice(next), ...undated, ...other.filter((item) => placeOf(item) === undefined)];
}

let loading: Promise<DateOrder> | undefined;

/** The index's date order, fetched once at its plain address, which the host has the browser revalidate, as the vocabulary's. */
export function loadDateOrder(): Promise<DateOrder> {
  loading ??= fetch(`/pagefind/${DATE_ORDER_FILE}`).then((response) => {
    if (!response.ok) throw new Error(`the date order could not be loaded (HTTP ${response.status})`);
    return response.json() as Promise<DateOrder>;
  });
  // A failed load may be retried.
  loading.catch(() => (loading = undefined));
  return loading;
}
