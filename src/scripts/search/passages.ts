import { bare } from '../../format/words';
import { passageLanguages } from './meta';

/** What Pagefind's `result.data()` gives for one page, as far as passages need it. */
export interface PagefindFragment {
  url: string;
  /** The page's indexed text; Pagefind counts word locations in it. */
  content: string;
  /** Every element with an id inside the indexed text, where it starts (a word location). */
  anchors: { element: string; id: string; text: string; location: number }[];
  /**
   * The words that match the query, scored: a word that only starts like a query word scores lower,
   * and a word in a heading (weight > 1) higher, by the square of its weight.
   */
  weighted_locations: { location: number; weight: number; balanced_score: number }[];
  /** The page's filters' values (src/scripts/search/meta.ts): which passages are in another language, among others. */
  filters?: Record<string, string[]>;
}

/** A run of excerpt text, marked where it matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One place on a page that matched: a paragraph, a list item, a heading, or the text before them. */
export interface Passage {
  /** The anchor's id ("p-4"), or undefined for text before the first anchor. */
  id?: string;
  /** Where it starts on the page (a word location), for reading order. */
  at: number;
  /**
   * What the passage is called: a source's numbered block ("Paragraph 4" in the words of the page that
   * lists it), the text before the page's first anchor, or an anchor's own words (a heading's text), cut
   * short where they are long (`cut`: shown followed by "…").
   */
  label: { paragraph: number } | { top: true } | { text: string; cut?: true };
  /** The page, at the passage: /sources/x/#p-4 */
  url: string;
  /** Its language, where it is not the page's (a Spanish strike page's notes, in English: "en"). */
  lang?: string;
  /** How many matching words it holds. */
  hits: number;
  /**
   * How well it matches, out of 1 for the page's best: each distinct matching word (or phrase) counts once,
   * the rarer on the page the more; found by several searches, as well as in the one it matches best.
   */
  score: number;
  /** A window of the passage's words around its first match. */
  excerpt: ExcerptPart[];
  /**
   * The matching words as printed, lower-cased and without punctuation, for highlighting; in a phrase
   * searched for, words that match side by side are one term: "cartel de los soles".
   */
  terms: string[];
}

type Location = PagefindFragment['weighted_locations'][number];

/** One search's matches on a page. */
export interface PageMatches {
  locations: readonly Location[];
  /** Whether matching words side by side make one term, as in a phrase searched for (a name from an alias group). */
  phrases?: boolean;
}

/** How to read a page's matches. */
export interface PassageOptions {
  /** The most words an excerpt shows. */
  excerptWords?: number;
  /** The matches of each search that found the page; by default the fragment's own, word by word. */
  searches?: readonly PageMatches[];
}

/**
 * Words too common to mark on the page a result opens, unless a query has nothing else: English's and
 * Spanish's, for a Spanish page's results ("Cartel de los Soles" marks "cartel" and "soles").
 */
const COMMON = new Set(
  [
    'a an and are as at be by for from in is it of on or that the this to was were with',
    'al con de del el en es la las lo los o para por que se su sus un una uno unos unas y',
  ]
    .join(' ')
    .split(' '),
);

/** The words worth marking on the page a result opens. */
export function termsToMark(passages: readonly Passage[]): string[] {
  const all = [...new Set(passages.flatMap((p) => p.terms))];
  const rare = all.filter((term) => !COMMON.has(term));
  return rare.length ? rare : all;
}

/** A page's words as Pagefind counts them, so that a location is an index into them: it splits its content on whitespace. */
export const pageWords = (fragment: Pick<PagefindFragment, 'content'>) => fragment.content.trim().split(/[^\S\uFEFF]+/);

/**
 * The id of a paragraph (or a list's item) of our own MDX pages (the explainer in each edition), in the
 * section under the heading whose id is `section`: the section's id and the block's number in it, from 1
 * ("the-phone-call-p3"; a bare number is how Astro tells apart headings of the same words, "the-phone-call-1").
 * Given at build (src/integrations/rehypeBlockIds.ts).
 */
export const blockId = (section: string, n: number) => `${section}-p${n}`;

/** Whether `id` is a block's id (`blockId`) in the section under the heading whose id is `section`. */
const inSection = (id: string, section: string) => id.startsWith(`${section}-p`) && /^[1-9]\d*$/.test(id.slice(section.length + 2));

type Anchor = PagefindFragment['anchors'][number];

/** The most characters of a passage's label, "…" included where it is cut. */
const LABEL_LENGTH = 60;

/**
 * A passage's name: the paragraph's number for the anchors our source pages give each numbered block; the
 * heading of its section for a paragraph of our own pages (`blockId`), whose text would only repeat the
 * excerpt; else the anchor's text (a heading's), or its opening words (a table's row).
 */
function labelOf(anchor: Anchor, opening: string, heading: Anchor | undefined): Passage['label'] {
  const n = /^p-(\d+)$/.exec(anchor.id)?.[1];
  if (n) return { paragraph: Number(n) };
  const text = (heading && inSection(anchor.id, heading.id) ? heading.text : anchor.text).trim() || opening;
  if (text.length > LABEL_LENGTH) return { text: text.slice(0, LABEL_LENGTH - 1).trimEnd(), cut: true };
  return { text: text || anchor.id };
}

/** The words of [start, end) around its first hit, `size` at most, with the hits marked. */
function excerptOf(words: string[], start: number, end: number, hits: Set<number>, size: number): ExcerptPart[] {
  const first = Math.min(...[...hits].filter((at) => at >= start && at < end));
  const from = Math.max(start, Math.min(first - Math.floor(size / 4), end - size));
  const to = Math.min(end, from + size);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (from > start) push('… ', false);
  for (let at = from; at < to; at++) {
    if (at > from) push(' ', false);
    push(words[at] ?? '', hits.has(at));
  }
  if (to < end) push(' …', false);
  return parts;
}

/** Locations in runs of neighbours: [3, 4, 5, 9] is [[3, 4, 5], [9]]. */
function runsOf(locations: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const at of [...new Set(locations)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last.at(-1) === at - 1) last.push(at);
    else runs.push([at]);
  }
  return runs;
}

/** Where one search matched on a page: its locations, its terms (each where it starts) and how often each term is on the page. */
function termsOf(words: readonly string[], { locations, phrases = false }: PageMatches) {
  // Words that only start like a query word ("de" in "deployments") count when nothing matches better.
  const quality = (l: Location) => l.balanced_score / l.weight ** 2;
  const top = Math.max(0, ...locations.map(quality));
  const strong = locations.filter((l) => quality(l) >= 0.9 * top).map((l) => l.location);
  // A term is a matching word, or with `phrases` a run of them side by side.
  const runs = phrases ? runsOf(strong) : strong.map((at) => [at]);
  const terms = runs.map((run) => ({ at: run[0]!, term: run.map((at) => bare(words[at] ?? '')).join(' ').trim() })).filter((t) => t.term);
  const onPage = new Map<string, number>();
  for (const { term } of terms) onPage.set(term, (onPage.get(term) ?? 0) + 1);
  return { strong, terms, onPage };
}

/**
 * The passages of a page that hold a match, in reading order. Pagefind's own sub-results only split a
 * page at headings; we split it at every element with an id, so each paragraph is its own target.
 * Found by several searches (the reader's words, and other names for what they name), a passage shows
 * every search's matches, and scores as well as it does in the search it matches best.
 */
export function passagesOf(fragment: PagefindFragment, { excerptWords = 32, searches }: PassageOptions = {}): Passage[] {
  const words = pageWords(fragment);
  const found = (searches ?? [{ locations: fragment.weighted_locations }]).map((search) => termsOf(words, search));
  const hits = new Set(found.flatMap((f) => f.strong));
  // Document order; an element nested at the same place as its parent adds nothing.
  const anchors = fragment.anchors
    .filter((a) => a.id)
    .sort((a, b) => a.location - b.location)
    .filter((a, i, all) => i === 0 || all[i - 1]!.location !== a.location);
  const starts = [0, ...anchors.map((a) => a.location).filter((at) => at > 0)];
  const byStart = new Map(anchors.map((a) => [a.location, a]));
  const languages = passageLanguages(fragment.filters);
  // The heading each anchor comes under (itself, for a heading).
  const headingOf = new Map<Anchor, Anchor | undefined>();
  let heading: Anchor | undefined;
  for (const anchor of anchors) {
    if (/^h[1-6]$/.test(anchor.element)) heading = anchor;
    headingOf.set(anchor, heading);
  }
  const spans = starts.map((start, i) => ({ start, end: starts[i + 1] ?? words.length }));
  const termsIn = (terms: { at: number; term: string }[], { start, end }: (typeof spans)[number]) => [
    ...new Set(terms.filter((t) => t.at >= start && t.at < end).map((t) => t.term)),
  ];
  // Each search's score of each span: its distinct terms, the rarer on the page the more, out of that search's best.
  const scores = found.map(({ terms, onPage }) => {
    const raw = spans.map((span) => termsIn(terms, span).reduce((sum, term) => sum + 1 / onPage.get(term)!, 0));
    const best = Math.max(...raw);
    return raw.map((score) => (best ? score / best : 0));
  });
  const passages: Passage[] = [];
  spans.forEach((span, i) => {
    const inside = [...hits].filter((at) => at >= span.start && at < span.end);
    if (!inside.length) return;
    const anchor = byStart.get(span.start);
    passages.push({
      id: anchor?.id,
      at: span.start,
      // A table's row gives Pagefind no words of its own (its cells hold them): it is named by its first words.
      label: anchor ? labelOf(anchor, words.slice(span.start, Math.min(span.end, span.start + 12)).join(' '), headingOf.get(anchor)) : { top: true },
      url: anchor ? `${fragment.url}#${anchor.id}` : fragment.url,
      ...(anchor && languages.has(anchor.id) && { lang: languages.get(anchor.id) }),
      hits: inside.length,
      score: Math.max(...scores.map((s) => s[i]!)),
      excerpt: excerptOf(words, span.start, span.end, hits, excerptWords),
      terms: [...new Set(found.flatMap(({ terms }) => termsIn(terms, span)))],
    });
  });
  return passages;
}

/** The passage that matches best; the first of them on a tie. */
export const bestPassage = (passages: readonly Passage[]): Passage | undefined =>
  passages.reduce<Passage | undefined>((best, p) => (!best || p.score > best.score ? p : best), undefined);

/** The name of the URL parameter that carries the words to highlight on the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/** A passage's address with its matching words, so the page it opens can mark them. */
export function highlightUrl(url: string, terms: readonly string[]): string {
  const [path, hash] = url.split('#');
  const params = new URLSearchParams(terms.map((t) => [HIGHLIGHT_PARAM, t]));
  return `${path}${terms.length ? `?${params}` : ''}${hash ? `#${hash}` : ''}`;
}
