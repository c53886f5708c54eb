import { isoDay } from '../../format/dates';

/** The kinds of page search can tell apart, in the order filters list them. */
export const searchKinds = ['explainer', 'data', 'source'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** How a kind is named in results and filters. */
export const kindLabels: Record<SearchKind, string> = { explainer: 'Explainer', data: 'Data', source: 'Source' };

/** What a page tells search about itself; a page passes it to the Base layout as `search`. */
export interface SearchMeta {
  kind: SearchKind;
  /** The outlet that published it (sources only). */
  outlet?: string;
  /** The day it was published or last updated: results show it, sort by it and filter by its month. */
  date?: Date;
}

/** One `<meta>` element that Pagefind reads: `attribute="key[content]"`, with the value in `content`. */
export interface SearchMetaTag {
  attribute: 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort';
  key: string;
  content: string;
}

/** "2025-11", the value of the month filter. */
export const monthOf = (date: Date) => isoDay(date).slice(0, 7);

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "November 2025" for the month filter's value "2025-11". */
export const monthLabel = (month: string) => monthFormat.format(new Date(`${month}-01T00:00:00Z`));

/**
 * The filters (kind, outlet, month), sort key (date) and metadata (kind, outlet, date) of a page.
 * They go in `<head>` as `<meta>` elements, which Pagefind reads wherever they are, so no value needs
 * escaping and none shows on the page.
 */
export function searchMetaTags({ kind, outlet, date }: SearchMeta): SearchMetaTag[] {
  const tags: SearchMetaTag[] = [
    { attribute: 'data-pagefind-filter', key: 'kind', content: kind },
    { attribute: 'data-pagefind-meta', key: 'kind', content: kind },
  ];
  if (outlet) {
    tags.push({ attribute: 'data-pagefind-filter', key: 'outlet', content: outlet });
    tags.push({ attribute: 'data-pagefind-meta', key: 'outlet', content: outlet });
  }
  if (date) {
    tags.push({ attribute: 'data-pagefind-filter', key: 'month', content: monthOf(date) });
    tags.push({ attribute: 'data-pagefind-meta', key: 'date', content: isoDay(date) });
    // ISO days sort as text in date order.
    tags.push({ attribute: 'data-pagefind-sort', key: 'date', content: isoDay(date) });
  }
  return tags;
}

/** True for a page whose text search indexes (data-pagefind-body) but which does not say what kind it is. */
export const lacksSearchMeta = (html: string) =>
  /\sdata-pagefind-body[\s>=]/.test(html) && !html.includes('data-pagefind-filter="kind[content]"');
