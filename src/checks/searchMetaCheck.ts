import { parse } from 'node-html-parser';
import { pageHead } from '../format/html';

const KIND = 'meta[data-pagefind-filter="kind[content]"]';
const INDEXED = '[data-pagefind-body]';

/**
 * True for a built page whose text search indexes (data-pagefind-body) but which does not say what kind
 * of page it is (no `search` prop on the Base layout), so results could not say what it is.
 */
export function lacksSearchMeta(html: string): boolean {
  // The Base layout writes the kind in <head>: where it is there, the rest need not be read.
  const { head, rest } = pageHead(html);
  if (head.querySelector(KIND)) return false;
  const body = parse(rest);
  return (head.querySelector(INDEXED) ?? body.querySelector(INDEXED)) !== null && body.querySelector(KIND) === null;
}
