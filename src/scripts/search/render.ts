import { formatDate, parseDay } from '../../format/dates';
import { type BrowserWords, browserWords } from '../../i18n/browser';
import type { SearchKind } from './meta';
import { bare } from '../../format/words';
import { type ExcerptPart, highlightUrl, type Passage } from './passages';
import type { Hit } from './engine';

export type Child = Node | string | false | undefined;

/** A new element with attributes and children; text goes in as text, never as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** An excerpt with its matching words in <mark>, those of `terms` (so not "the" beside "Cartel"), a term being a word or a phrase. */
export function excerptNode(parts: readonly ExcerptPart[], terms: readonly string[]) {
  const words = new Set(terms.flatMap((term) => term.split(' ')));
  return h('span', { class: 'search-excerpt' }, ...parts.map((part) => (part.mark && words.has(bare(part.text)) ? h('mark', {}, part.text) : part.text)));
}

/** An outlet as a result or a filter names it: the index holds the English words for one not identified, said in the page's. */
export const outletLabel = (outlet: string) => (outlet === browserWords('en').outletUnknown ? browserWords().outletUnknown : outlet);

/** The language a result is in, where it is not the page's: "en" on a Spanish page for an English source. */
const foreign = (hit: Hit) => (hit.lang && hit.lang !== document.documentElement.lang ? hit.lang : undefined);

/** "Source · Türkiye Today · 1 December 2025", and "in English" where the page is in another language. */
export function hitMeta(hit: Hit): HTMLElement {
  const words = browserWords();
  const kind = words.kinds[hit.kind as SearchKind];
  const date = hit.date && parseDay(hit.date);
  const lang = foreign(hit);
  const items = [
    kind && h('span', { class: 'search-kind' }, kind),
    hit.outlet && h('span', { class: 'search-outlet' }, outletLabel(hit.outlet)),
    date && h('time', { datetime: hit.date! }, formatDate(date, words.locale)),
    lang && h('span', { class: 'search-lang', 'data-lang': lang }, words.inLanguage[lang as 'en' | 'es'] ?? lang),
  ].filter((item): item is HTMLElement => Boolean(item));
  return h('p', { class: 'search-meta' }, ...items.flatMap((item, i) => (i ? [' · ', item] : [item])));
}

/**
 * A passage's name: a paragraph's number and the top of the page in the words of the page that lists them
 * (`ours`), the passage's own words in theirs (`ownWords`: a heading's, or a list's opening words, without
 * the "…" of a label cut short).
 */
const nameOf = (label: Passage['label'], words: BrowserWords) =>
  'text' in label
    ? { text: label.cut ? `${label.text}…` : label.text, ownWords: label.text, ours: false }
    : { text: 'paragraph' in label ? words.paragraph(label.paragraph) : words.topOfPage, ours: true };

/**
 * One result: its title links to the best passage, then where it is from, then up to `max` of the
 * passages that match best, in reading order, each linking to itself. The title is a heading (h3) on the
 * search page; in the header's results (`heading` false), which open above the page's own h1, it is not.
 */
export function hitItem(hit: Hit, max = 3, heading = true): HTMLLIElement {
  const best = Math.max(0, ...hit.passages.map((p) => p.score));
  // A passage that holds only the query's common words is not worth listing beside one that holds the rest.
  const good = hit.passages.filter((p) => p.score >= best / 2);
  const shown = [...good]
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .sort((a, b) => hit.passages.indexOf(a) - hit.passages.indexOf(b));
  const more = good.length - shown.length;
  const words = browserWords();
  return h(
    'li',
    { class: 'search-hit' },
    h(heading ? 'h3' : 'p', { class: 'search-title' }, h('a', { href: hit.href, ...(foreign(hit) && { hreflang: foreign(hit)!, lang: foreign(hit)! }) }, hit.title)),
    hitMeta(hit),
    h(
      'ul',
      { class: 'search-passages', ...(foreign(hit) && { lang: foreign(hit)! }) },
      ...shown.map((p) => {
        const { text, ours, ownWords } = nameOf(p.label, words);
        // A heading's passage is its own words, and a list's label its opening words (cut short): the label would only repeat them.
        const repeats = ownWords !== undefined && p.excerpt.map((part) => part.text).join('').startsWith(ownWords);
        // A passage in another language than its page's (a Spanish strike page's notes, in English) says so.
        const lang: Record<string, string> = p.lang && p.lang !== (foreign(hit) ?? document.documentElement.lang) ? { lang: p.lang } : {};
        // A label in our words ("Paragraph 4") is in the search page's language, whatever the passage's.
        const ourLang: Record<string, string> = ours && (foreign(hit) || lang.lang) ? { lang: document.documentElement.lang } : {};
        const label = !repeats && h('span', { class: 'search-label', ...ourLang }, text);
        return h('li', lang, h('a', { href: highlightUrl(p.url, hit.terms) }, label, label && ' ', excerptNode(p.excerpt, hit.terms)));
      }),
    ),
    more > 0 && h('p', { class: 'search-more' }, words.morePassages(more)),
  );
}

/**
 * The results whose pages could not load, said once at the end of the list: offline, those are pages not
 * saved on this device (src/scripts/offline/sw.ts keeps what is read, and the whole site on request).
 */
export function unsavedItem(count: number): HTMLLIElement {
  return h(
    'li',
    { class: 'search-unsaved', 'data-search-unsaved': String(count) },
    browserWords().unsaved(count),
    browserWords().unsavedHow,
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

/** A list of names in a sentence: "A, B and C", each in <b>. */
const nameList = (names: readonly string[]) =>
  new Intl.ListFormat(browserWords().locale, { type: 'conjunction' }).formatToParts(names).map((part) => (part.type === 'element' ? h('b', {}, part.value) : part.value));

/**
 * What else a search looked for: "Also searched for: Cartel de los Soles. Search only for “Cartel of the
 * Suns”", or, where it looked for the reader's words only, a way to look for the other names too.
 */
export function namesNote(q: string, names: readonly string[], exact: boolean, href: (exact: boolean) => string): Child[] {
  if (!names.length) return [];
  const words = browserWords();
  if (exact) return [words.exactOn, h('a', { href: href(false), 'data-exact': 'off' }, words.exactOff, ...nameList(names))];
  return [words.alsoSearched, ...nameList(names), '. ', h('a', { href: href(true), 'data-exact': 'on' }, words.onlyFor(q))];
}

/** "Did you mean Maduro (6 results) or Madura (1 result)?", each a link that runs that search. */
export function spellingNote(suggestions: readonly { q: string; results: number }[], href: (q: string) => string): Child[] {
  if (!suggestions.length) return [];
  const words = browserWords();
  const links = suggestions.map((s) => [h('a', { href: href(s.q), 'data-suggestion': s.q }, s.q), ` (${words.results(s.results)})`]);
  const parts = new Intl.ListFormat(words.locale, { type: 'disjunction' }).formatToParts(links.map((_, i) => String(i)));
  return [words.didYouMean, ...parts.flatMap((part) => (part.type === 'element' ? links[Number(part.value)]! : [part.value])), '?'];
}
