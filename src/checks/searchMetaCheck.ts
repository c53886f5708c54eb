/**
 * The addresses of the pages whose text search indexes (data-pagefind-body) but which do not say what
 * kind of page they are (no `search` prop on the Base layout, so no `kind` filter), so results could not
 * say what they are. Read from the index itself (src/integrations/indexText.ts): a page search does not
 * index has no fragment in it.
 */
export function pagesWithoutKind(pages: readonly { url: string; filters: Record<string, string[]> }[]): string[] {
  return pages.filter((page) => !page.filters.kind?.length).map((page) => page.url);
}
