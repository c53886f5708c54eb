import { bare } from '../../format/words';

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
  /** "Paragraph 4", or a heading's text. */
  label: string;
  /** The page, at the passage: /sources/x/#p-4 */
  url: string;
  /** How many matching words it holds. */
  hits: number;
  /** How well it matches: each distinct matching word (or phrase, by its words) counts once, the rarer on the page the more. */
  score: number;
  /** A window of the passage's words around its first match. */
  excerpt: ExcerptPart[];
  /**
   * The matching words as printed, lower-cased and without punctuation, for highlighting; with `phrases`,
   * words that match side by side are one term: "cartel de los soles".
   */
  terms: string[];
}

/** How to read a page's matches. */
export interface PassageOptions {
  /** The most words an excerpt shows. */
  excerptWords?: number;
  /** Whether matching words side by side make one term, as a phrase searched for (a name from an alias group) does. */
  phrases?: boolean;
}

/** Words too common to mark on the page a result opens, unless a query has nothing else. */
const COMMON = new Set('a an and are as at be by for from in is it of on or that the this to was were with'.split(' '));

/** The words worth marking on the page a result opens. */
export function termsToMark(passages: readonly Passage[]): string[] {
  const all = [...new Set(passages.flatMap((p) => p.terms))];
  const rare = all.filter((term) => !COMMON.has(term));
  return rare.length ? rare : all;
}

// Pagefind splits its content into words on whitespace; locations count these words.
const WORDS = /[^\S\uFEFF]+/;

/** "Paragraph 4" for the anchors our source pages give each numbered block, else the anchor's text. */
function labelOf(anchor: PagefindFragment['anchors'][number]): string {
  const n = /^p-(\d+)$/.exec(anchor.id)?.[1];
  if (n) return `Paragraph ${n}`;
  const text = anchor.text.trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text || anchor.id;
}

/** The words of [start, end) around its first hit, `size` at most, with the hits marked. */
function excerptOf(words: string[], start: number, end: number, hits: Set<number>, size: number): ExcerptPart[] {
  const first = [...hits].find((at) => at >= start && at < end) ?? start;
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

/**
 * The passages of a page that hold a match, in reading order. Pagefind's own sub-results only split a
 * page at headings; we split it at every element with an id, so each paragraph is its own target.
 */
export function passagesOf(fragment: PagefindFragment, { excerptWords = 32, phrases = false }: PassageOptions = {}): Passage[] {
  const words = fragment.content.trim().split(WORDS);
  // Words that only start like a query word ("de" in "deployments") count when nothing matches better.
  const quality = (l: PagefindFragment['weighted_locations'][number]) => l.balanced_score / l.weight ** 2;
  const top = Math.max(0, ...fragment.weighted_locations.map(quality));
  const strong = fragment.weighted_locations.filter((l) => quality(l) >= 0.9 * top).map((l) => l.location);
  const hits = new Set(strong);
  // A term is a matching word, or with `phrases` a run of them side by side; it belongs where it starts.
  const runs = phrases ? runsOf(strong) : strong.map((at) => [at]);
  const terms = runs.map((run) => ({ at: run[0]!, term: run.map((at) => bare(words[at] ?? '')).join(' ').trim() })).filter((t) => t.term);
  const onPage = new Map<string, number>();
  for (const { term } of terms) onPage.set(term, (onPage.get(term) ?? 0) + 1);
  // Document order; an element nested at the same place as its parent adds nothing.
  const anchors = fragment.anchors
    .filter((a) => a.id)
    .sort((a, b) => a.location - b.location)
    .filter((a, i, all) => i === 0 || all[i - 1]!.location !== a.location);
  const starts = [0, ...anchors.map((a) => a.location).filter((at) => at > 0)];
  const byStart = new Map(anchors.map((a) => [a.location, a]));
  const passages: Passage[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? words.length;
    const inside = strong.filter((at) => at >= start && at < end);
    if (!inside.length) return;
    const anchor = byStart.get(start);
    const found = [...new Set(terms.filter((t) => t.at >= start && t.at < end).map((t) => t.term))];
    passages.push({
      id: anchor?.id,
      at: start,
      label: anchor ? labelOf(anchor) : 'Top of the page',
      url: anchor ? `${fragment.url}#${anchor.id}` : fragment.url,
      hits: inside.length,
      // A phrase counts as many words as it has.
      score: found.reduce((sum, term) => sum + term.split(' ').length / onPage.get(term)!, 0),
      excerpt: excerptOf(words, start, end, hits, excerptWords),
      terms: found,
    });
  });
  return passages;
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

/**
 * One page's passages as several searches found them (the reader's words, and other names for what they
 * name), each passage once: its best excerpt, every term any search found in it, in reading order.
 */
export function mergePassages(lists: readonly (readonly Passage[])[]): Passage[] {
  const merged = new Map<number, Passage>();
  for (const passage of lists.flat()) {
    const seen = merged.get(passage.at);
    if (!seen) merged.set(passage.at, passage);
    else
      merged.set(passage.at, {
        ...(passage.score > seen.score ? passage : seen),
        hits: seen.hits + passage.hits,
        score: Math.max(seen.score, passage.score),
        terms: [...new Set([...seen.terms, ...passage.terms])],
      });
  }
  return [...merged.values()].sort((a, b) => a.at - b.at);
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
