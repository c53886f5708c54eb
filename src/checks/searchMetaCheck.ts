import type { IndexedPage } from '../integrations/indexText';

/**
 * The addresses of the pages whose text search indexes (data-pagefind-body) but which do not say what
 * kind of page they are (no `search` prop on the Base layout, so no `kind` filter), so results could not
 * say what they are. Read from the index itself: a page search does not index has no fragment in it.
 */
export function pagesWithoutKind(pages: readonly Pick<IndexedPage, 'url' | 'filters'>[]): string[] {
  return pages.filter((page) => !page.filters.kind?.length).map((page) => page.url);
}
