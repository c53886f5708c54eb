import { isoDay, isoMonth } from '../../format/dates';

/** The kinds of page search can tell apart, in the order filters list them. */
export const searchKinds = ['explainer', 'strike', 'timeline', 'data', 'source'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** What a page tells search about itself; a page passes it to the Base layout as `search`. */
export interface SearchMeta {
  kind: SearchKind;
  /** The outlet that published it (sources only). */
  outlet?: string;
  /** The day it was published or last updated: results show it, sort by it and filter by its month. */
  date?: Date;
  /**
   * The passages in another language than the page's, each by its anchor's id, with that language (a Spanish
   * strike page's notes, in the data's English: `{ notes: 'en' }`): a result shows each in its language.
   */
  languages?: Record<string, string>;
}

/** One `<meta>` element that Pagefind reads: `attribute="key[content]"`, with the value in `content`. */
export interface SearchMetaTag {
  attribute: 'data-pagefind-filter' | 'data-pagefind-meta' | 'data-pagefind-sort';
  key: string;
  content: string;
}

/**
 * The filters (kind, outlet, month), sort key (date) and metadata (kind, outlet, date) of a page.
 * They go in `<head>` as `<meta>` elements, which Pagefind reads wherever they are, so no value needs
 * escaping and none shows on the page.
 */
export function searchMetaTags({ kind, outlet, date, languages }: SearchMeta): SearchMetaTag[] {
  const tags: SearchMetaTag[] = [
    { attribute: 'data-pagefind-filter', key: 'kind', content: kind },
    { attribute: 'data-pagefind-meta', key: 'kind', content: kind },
  ];
  if (outlet) {
    tags.push({ attribute: 'data-pagefind-filter', key: 'outlet', content: outlet });
    tags.push({ attribute: 'data-pagefind-meta', key: 'outlet', content: outlet });
  }
  if (date) {
    tags.push({ attribute: 'data-pagefind-filter', key: 'month', content: isoMonth(date) });
    tags.push({ attribute: 'data-pagefind-meta', key: 'date', content: isoDay(date) });
    // ISO days sort as text in date order.
    tags.push({ attribute: 'data-pagefind-sort', key: 'date', content: isoDay(date) });
  }
  // A filter, not metadata: Pagefind searches the words of a page's metadata, never a filter's, and "notes",
  // "position", "source", "aboard" and "en" are not words the page prints. No reader's filter lists it (query.ts: filterKeys).
  for (const [id, lang] of Object.entries(languages ?? {})) {
    if (!/^[\w-]+$/.test(id) || !/^[a-z]{2,3}(-[\w]+)?$/.test(lang)) throw new Error(`search: a passage's id and language are a word each; got ${JSON.stringify([id, lang])}`);
    tags.push({ attribute: 'data-pagefind-filter', key: LANGUAGES_KEY, content: `${id}=${lang}` });
  }
  return tags;
}

/** The filter that names a page's passages in another language (`SearchMeta.languages`), a value for each: "notes=en". */
export const LANGUAGES_KEY = 'languages';

/** A page's passages in another language, by their anchor's id, read back from its filters (`LANGUAGES_KEY`). */
export function passageLanguages(filters: Record<string, readonly string[] | undefined> | undefined): Map<string, string> {
  return new Map((filters?.[LANGUAGES_KEY] ?? []).map((value) => value.split('=') as [string, string]));
}
