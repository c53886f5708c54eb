import { formatDate, parseDay } from '../../format/dates';
import { plural } from '../../format/numbers';
import { kindLabels, type SearchKind } from './meta';
import { bare, type ExcerptPart, highlightUrl } from './passages';
import type { Hit } from './engine';

type Child = Node | string | false | undefined;

/** A new element with attributes and children; text goes in as text, never as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** An excerpt with its matching words in <mark>, those among `terms` (so not "the" beside "Cartel"). */
export const excerptNode = (parts: readonly ExcerptPart[], terms: readonly string[]) =>
  h('span', { class: 'search-excerpt' }, ...parts.map((part) => (part.mark && terms.includes(bare(part.text)) ? h('mark', {}, part.text) : part.text)));

/** "Source · Türkiye Today · 1 December 2025" */
export function hitMeta(hit: Hit): HTMLElement {
  const kind = kindLabels[hit.kind as SearchKind];
  const date = hit.date && parseDay(hit.date);
  const items = [
    kind && h('span', { class: 'search-kind' }, kind),
    hit.outlet && h('span', { class: 'search-outlet' }, hit.outlet),
    date && h('time', { datetime: hit.date! }, formatDate(date)),
  ].filter((item): item is HTMLElement => Boolean(item));
  return h('p', { class: 'search-meta' }, ...items.flatMap((item, i) => (i ? [' · ', item] : [item])));
}

/**
 * One result: its title links to the best passage, then where it is from, then up to `max` of the
 * passages that match best, in reading order, each linking to itself.
 */
export function hitItem(hit: Hit, max = 3): HTMLLIElement {
  const best = Math.max(0, ...hit.passages.map((p) => p.score));
  // A passage that holds only the query's common words is not worth listing beside one that holds the rest.
  const good = hit.passages.filter((p) => p.score >= best / 2);
  const shown = [...good]
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .sort((a, b) => hit.passages.indexOf(a) - hit.passages.indexOf(b));
  const more = good.length - shown.length;
  return h(
    'li',
    { class: 'search-hit' },
    h('h3', {}, h('a', { href: hit.href }, hit.title)),
    hitMeta(hit),
    h(
      'ul',
      { class: 'search-passages' },
      ...shown.map((p) => {
        // A heading's passage is its own words: the label would only repeat them.
        const repeats = p.excerpt.map((part) => part.text).join('').startsWith(p.label);
        const label = !repeats && h('span', { class: 'search-label' }, p.label);
        return h('li', {}, h('a', { href: highlightUrl(p.url, hit.terms) }, label, label && ' ', excerptNode(p.excerpt, hit.terms)));
      }),
    ),
    more > 0 && h('p', { class: 'search-more' }, `and ${plural(more, 'more passage', 'more passages')} on this page`),
  );
}

/** Moves focus among `links` with the arrow keys, Home and End; returns false for other keys. */
export function moveFocus(event: KeyboardEvent, links: HTMLElement[]): boolean {
  const at = links.indexOf(document.activeElement as HTMLElement);
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: links.length - 1 }[event.key];
  if (next === undefined || !links.length) return false;
  event.preventDefault();
  links[Math.max(0, Math.min(links.length - 1, next))]!.focus();
  return true;
}
