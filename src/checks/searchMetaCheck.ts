import { parse } from 'node-html-parser';

/**
 * True for a built page whose text search indexes (data-pagefind-body) but which does not say what kind
 * of page it is (no `search` prop on the Base layout), so results could not say what it is.
 */
export function lacksSearchMeta(html: string): boolean {
  const page = parse(html);
  return page.querySelector('[data-pagefind-body]') !== null && page.querySelector('meta[data-pagefind-filter="kind[content]"]') === null;
}
