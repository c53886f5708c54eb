/**
 * A long list in pages: which items a page holds, and the pages its pager links to. For a list that grows
 * with the archive (the ledger's rows, the sources), so that no one page does.
 */

import { formatNumber } from '../format/numbers';
import { editions, type Locale } from '../site';

/** One page of a list: its items, which page it is of how many, and where its items stand in the list. */
export interface Page<T> {
  items: T[];
  /** Counted from 1. */
  page: number;
  pages: number;
  /** How many items the list has in all. */
  total: number;
  /** How many of the list's items come before this page's. */
  start: number;
  /** How many come up to the end of this page's: its last item's number. */
  end: number;
}

/** How many pages `count` items take, `size` a page: at least one, for an empty list. */
export const countPages = (count: number, size: number) => Math.max(1, Math.ceil(count / size));

/** The page (from 1) that item `index` (from 0) of a list is on, `size` a page: where pageOf puts it. */
export const pageNumberOf = (index: number, size: number) => Math.floor(index / size) + 1;

/** Page `page` (from 1) of `items`, `size` a page; `what` names the list in the error for a page it does not have. */
export function pageOf<T>(items: readonly T[], page: number, size: number, what: string): Page<T> {
  const pages = countPages(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new RangeError(`${what} have pages 1 to ${pages}, not ${page}`);
  const start = (page - 1) * size;
  const shown = items.slice(start, start + size);
  return { items: shown, page, pages, total: items.length, start, end: start + shown.length };
}

/** Which items a page shows, as an edition writes numbers: its first's number, its last's, and how many in all ("101", "200", "10,003"). */
export const shownOf = ({ start, end, total }: Pick<Page<unknown>, 'start' | 'end' | 'total'>, locale: Locale): [string, string, string] =>
  [start + 1, end, total].map((n) => formatNumber(n, editions[locale].intl)) as [string, string, string];

/**
 * The pages a page's pager links to, in order: the first and the last, this one and `around` each side of
 * it, with `undefined` where two or more pages are left out between them. So a list of a hundred pages
 * has a pager of a few links, not a hundred.
 */
export function pagerPages(page: number, pages: number, around = 2): (number | undefined)[] {
  const shown = [...new Set([1, ...Array.from({ length: 2 * around + 1 }, (_, i) => page - around + i), pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  // A gap of one page shows that page: a link takes no more room than the mark for a gap.
  return shown.flatMap((n, i) => {
    const gap = i === 0 ? 1 : n - shown[i - 1];
    return gap === 1 ? [n] : gap === 2 ? [n - 1, n] : [undefined, n];
  });
}
