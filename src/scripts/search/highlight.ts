import { literal } from '../../format/pattern';
import { HIGHLIGHT_PARAM } from './passages';

/** The text nodes of `root` that a reader sees as its text: not page numbers, captions' labels or scripts. */
function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], script, style, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/**
 * Wraps every whole-word match of `words` in the page's indexed text in <mark class="search-hit">. A term
 * of several words (a name searched as a phrase) is marked whole, across any white space, before its words.
 */
export function markWords(root: Element, words: readonly string[]): HTMLElement[] {
  if (!words.length) return [];
  const terms = [...words].sort((a, b) => b.length - a.length).map((term) => term.split(' ').map(literal).join('[\\s\\u00a0]+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const marks: HTMLElement[] = [];
  for (const node of textNodes(root)) {
    const text = node.data;
    const found = [...text.matchAll(pattern)];
    if (!found.length) continue;
    const parts: (string | HTMLElement)[] = [];
    let at = 0;
    for (const match of found) {
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = match[0];
      parts.push(text.slice(at, match.index), mark);
      marks.push(mark);
      at = match.index + match[0].length;
    }
    parts.push(text.slice(at));
    node.replaceWith(...parts);
  }
  return marks;
}

/**
 * On a page opened from a search result: marks the words it matched and brings the passage into view
 * (the one the address names, else the first match).
 */
export function highlight() {
  const words = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).filter(Boolean);
  const marks = [...document.querySelectorAll('[data-pagefind-body]')].flatMap((root) => markWords(root, words));
  const target = (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))) || marks[0];
  target?.scrollIntoView({ block: target === marks[0] ? 'center' : 'start' });
}
