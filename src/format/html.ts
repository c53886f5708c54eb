import { type HTMLElement, parse } from 'node-html-parser';

/**
 * A built page's `<head>`, parsed on its own, and the text after it. What the layout writes in the head (a
 * page's policy, its kind for search) is found without parsing the body: parsing every page whole took 3 to
 * 4 s a pass at 1,000 sources. A page without `</head>` is parsed whole as its head, with nothing after it.
 */
export function pageHead(html: string): { head: HTMLElement; rest: string } {
  const end = html.search(/<\/head\s*>/i);
  return end === -1 ? { head: parse(html), rest: '' } : { head: parse(html.slice(0, end)), rest: html.slice(end) };
}
