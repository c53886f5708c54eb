import { parse } from 'node-html-parser';

const KIND = 'meta[data-pagefind-filter="kind[content]"]';

/**
 * True for a built page whose text search indexes (data-pagefind-body) but which does not say what kind
 * of page it is (no `search` prop on the Base layout), so results could not say what it is.
 */
export function lacksSearchMeta(html: string): boolean {
  // The Base layout writes the kind in <head>: where it is there, the page need not be read further. At
  // 1,000 sources, parsing every page whole took 4 s of the build.
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd !== -1 && parse(html.slice(0, headEnd)).querySelector(KIND)) return false;
  const page = parse(html);
  return page.querySelector('[data-pagefind-body]') !== null && page.querySelector(KIND) === null;
}
