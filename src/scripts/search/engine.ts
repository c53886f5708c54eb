import { fold, type Word, wordsOf } from '../../format/words';
import { type AliasNames, expandQuery, inPhrase, lettersOf, loadAliases, type Variant } from './aliases';
import { loadDateOrder, mergeByDate, SOURCES_LANGUAGE } from './dateOrder';
import { bestPassage, highlightUrl, pageWords, type Passage, passagesOf, termsToMark } from './passages';
import { filterKeys, pagefindOptions, type SearchState } from './query';
import { type FilterCounts, loadPagefind, type Pagefind, type PagefindData, type PagefindResponse } from './pagefind';

/** One page that matched, with the passages on it that did. */
export interface Hit {
  title: string;
  kind?: string;
  outlet?: string;
  /** YYYY-MM-DD */
  date?: string;
  /** The best passage, with the page's matching words to highlight there. */
  href: string;
  /** The page's matching words (or names, as phrases) as printed. */
  terms: string[];
  passages: Passage[];
  /** The language of the index it was found in: the page's own. */
  lang?: string;
}

/** Pagefind's result for a page; for a variant searched in parts (searchVariant), its phrases' results on that page too. */
type Result = PagefindResponse['results'][number] & { phraseResults?: readonly PagefindResponse['results'][number][] };

/** A page that one or more of a query's variants found. */
export interface Match {
  id: string;
  /** How well it matches: its best score among the searches that found it, each out of that search's best. */
  score: number;
  /** Pagefind's result from each search that found it; variant 0 is the reader's own words. */
  finds: { variant: number; result: Result }[];
  /** The language of the index it was found in, where a search ran over more than one. */
  lang?: string;
}

export interface Outcome {
  /** The pages that matched, each once, best first or in date order; each loads its details on demand. */
  results: Match[];
  /** Counts per filter value within these results, worked out when asked (the header's box never asks). */
  counts(): Promise<FilterCounts>;
  /**
   * The other names of what the query names (content/search/aliases.yml): searched for too, unless the
   * search is for the reader's words only (`exact`).
   */
  otherNames: string[];
  /**
   * The reader's words that no index searched has, where others of the query are found: the results are
   * for the rest of the query (`searched`), not what Pagefind makes of these words' first letters.
   */
  notFound: string[];
  /** The query the results are for: the reader's, without the words not found. */
  searched: string;
}

/** What a search runs on; the browser's own by default, stand-ins in tests. */
export interface Engine {
  pagefind?: Pagefind;
  aliases?: AliasNames;
}

/** One query's results; in date order, the undated pages (which Pagefind's sort leaves out) come last. */
async function searchOne(pagefind: Pagefind, query: string, state: SearchState): Promise<PagefindResponse> {
  const options = pagefindOptions(state);
  const response = await pagefind.search(query, options);
  if (!('sort' in options)) return response;
  const sorted = new Set(response.results.map((r) => r.id));
  const all = await pagefind.search(query, { filters: options.filters });
  return { ...response, results: [...response.results, ...all.results.filter((r) => !sorted.has(r.id))] };
}

/**
 * One variant of a query. Pagefind searches a quoted phrase exactly only where it is the whole query; among
 * other words it searches each of its words as the start of a word, so `"AP" strike` finds "approximately"
 * beside "strike". So a variant with phrases (Variant.phrases: names put in, and the reader's own quoted
 * phrases beside other words) finds the pages that the rest of its words find and that hold each phrase
 * exactly, each phrase searched alone, as the whole query; each page's result is the rest's, carrying its
 * phrases' results on that page (phraseResults), so that hitOf marks both, and scored by every search's
 * score on it, each out of that search's best, so that the phrase ranks a page as much as the other words.
 * `one` runs one search: a search one variant shares with another (a phrase of the reader's) runs once.
 */
async function searchVariant(variant: Variant, one: (query: string) => Promise<PagefindResponse>): Promise<PagefindResponse> {
  if (!variant.phrases.length) return one(variant.query);
  const rest = wordsOf(variant.rest).length ? [variant.rest] : [];
  // The first search's results are the variant's (the rest's, or the first phrase's where there is no rest),
  // each kept where every other search found its page too.
  const [first, ...others] = await Promise.all([...rest, ...variant.phrases.map((name) => `"${name}"`)].map(one));
  // One phrase alone is its own result (its punctuation left out: `"AP"?` is no exact search).
  if (!others.length && !rest.length) return first!;
  const byPage = others.map((response) => new Map(response.results.map((r) => [r.id, r])));
  const bests = [first!, ...others].map((response) => Math.max(...response.results.map((r) => r.score), Number.MIN_VALUE));
  const results = first!.results.flatMap((result): Result[] => {
    const also = byPage.map((found) => found.get(result.id));
    if (!also.every((r) => r)) return [];
    const score = [result, ...(also as Result[])].reduce((sum, r, i) => sum + r.score / bests[i]!, 0);
    const kept: Result = { ...result, score };
    kept.phraseResults = rest.length ? (also as Result[]) : [kept, ...(also as Result[])];
    return [kept];
  });
  return { ...first!, results };
}

// Per Pagefind instance: the pages of each filter value, and every dated page in date order, each found once.
const pagesWith = new WeakMap<Pagefind, Map<string, Promise<Set<string>>>>();

/** The ids of the pages a filter-only search finds: those with a filter value, or all dated pages in date order. */
function pagesOf(pagefind: Pagefind, key: string, options: object): Promise<Set<string>> {
  if (!pagesWith.has(pagefind)) pagesWith.set(pagefind, new Map());
  const cache = pagesWith.get(pagefind)!;
  if (!cache.has(key)) cache.set(key, pagefind.search(null, options).then((r) => new Set(r.results.map((x) => x.id))));
  return cache.get(key)!;
}

/** Counts per filter value within merged results, as Pagefind counts them within one search's. */
async function countsWithin(pagefind: Pagefind, ids: ReadonlySet<string>): Promise<FilterCounts> {
  const totals = await pagefind.filters();
  const counts: FilterCounts = {};
  // The reader's filters only: a page's other filters (its passages' languages) are for search's own use.
  for (const key of filterKeys.filter((k) => k in totals)) {
    const values = totals[key]!;
    counts[key] = {};
    for (const value of Object.keys(values)) {
      const pages = await pagesOf(pagefind, `${key}\u0000${value}`, { filters: { [key]: value } });
      counts[key][value] = [...ids].filter((id) => pages.has(id)).length;
    }
  }
  return counts;
}

/**
 * Several searches' results as one list, each page once. Pagefind's scores are not comparable from one
 * query to another, so each counts out of its own search's best; a page takes its best, and on a tie the
 * reader's own words come first. In date order, the dates decide and undated pages come last.
 */
async function merge(pagefind: Pagefind, responses: PagefindResponse[], state: SearchState): Promise<Match[]> {
  const matches = new Map<string, Match>();
  responses.forEach((response, variant) => {
    const best = Math.max(...response.results.map((r) => r.score), Number.MIN_VALUE);
    for (const result of response.results) {
      const match = matches.get(result.id) ?? { id: result.id, score: 0, finds: [] };
      match.score = Math.max(match.score, result.score / best);
      match.finds.push({ variant, result });
      matches.set(result.id, match);
    }
  });
  const byScore = [...matches.values()].sort((a, b) => b.score - a.score);
  if (state.sort === 'relevance') return byScore;
  const place = await datePlaces(pagefind, state);
  return byScore.sort((a, b) => (place.get(a.id) ?? Infinity) - (place.get(b.id) ?? Infinity));
}

/** Each dated page of an index, by its id: its place in the date order a search asks for (found once per index and order). */
async function datePlaces(pagefind: Pagefind, state: SearchState): Promise<Map<string, number>> {
  const dated = [...(await pagesOf(pagefind, `sort\u0000${state.sort}`, { sort: pagefindOptions(state).sort }))];
  return new Map(dated.map((id, i) => [id, i]));
}

/** A search of one index, with the reader's words the index lacks (findsOnlyFirstLetters) that its results leave out. */
interface IndexOutcome extends Outcome {
  lacking: Word[];
}

/**
 * Runs a search: the reader's words, and, unless `state.exact`, the same words with every other name of
 * what they name (content/search/aliases.yml), merged into one list of pages. The header's box and the
 * search page both search through this (searchEditions: each language's index, then settled as one).
 */
export async function runSearch(state: SearchState, engine: Engine = {}): Promise<Outcome> {
  return settled([await searchIndex(state, engine)], state.q);
}

/** What a search that runs nothing finds. */
const NOTHING: PagefindResponse = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

/**
 * Searches one index (runSearch). For a word the index lacks, what Pagefind finds is what it makes of its
 * first letters ("lancha" finds "la"), or nothing: nothing a result should claim to match. Where every word
 * is such a word, and no other name is searched, the search finds nothing; where some are, it runs without
 * them, and says which it left out. Not a word inside the reader's quotes (the phrase is searched exactly,
 * as typed); and a word of a name of the alias groups is left out of the reader's own words only, the name
 * being searched in its other names ("secretario de Estado": "Secretary of State"), unless `state.exact`.
 * The query as typed is searched while the index is asked for each word, not after: where no word is left
 * out and no name blocked, as for most queries, that search is the outcome, and the reader waits for the
 * slower of the two only; where one is, it is searched again without (its index chunks already loaded).
 */
async function searchIndex(state: SearchState, engine: Engine): Promise<IndexOutcome> {
  const [pagefind, aliases] = await Promise.all([engine.pagefind ?? loadPagefind(), engine.aliases ?? loadAliases()]);
  const expansion = expandQuery(state.q, aliases);
  const names = state.exact ? [] : expansion.named;
  const words = wordsOf(state.q);
  const searches = new Map<string, Promise<PagefindResponse>>();
  const one = (query: string) => {
    if (!searches.has(query)) searches.set(query, searchOne(pagefind, query, state));
    return searches.get(query)!;
  };
  const searchAll = (variants: readonly Variant[], findsNothing = (_: Variant) => false) =>
    Promise.all((state.exact ? variants.slice(0, 1) : variants).map((v) => (findsNothing(v) ? NOTHING : searchVariant(v, one))));
  const asTyped = searchAll(expansion.variants);
  // Not awaited where a word is lacking: its failure is the search's only where it is the outcome.
  asTyped.catch(() => undefined);
  const lacks = await Promise.all(words.map((word) => findsOnlyFirstLetters(pagefind, word)));
  if (words.length && lacks.every(Boolean) && !names.length) return indexOutcome(state.q, expansion.alsoSearched, words);
  const inName = (word: Word) => names.some((name) => overlaps(word, name));
  const lacking = words.filter((word, i) => lacks[i] && !inPhrase(state.q, lettersOf(word).start) && !inName(word));
  const q = withoutWords(state.q, lacking);
  const { variants, alsoSearched: otherNames, named } = lacking.length ? expandQuery(q, aliases) : expansion;
  // A name with a word the index lacks is found by its other names alone: a variant that leaves it as typed finds nothing.
  const lackingKeys = new Set(words.filter((_, i) => lacks[i]).map((word) => word.key));
  const left = wordsOf(q);
  const blocked = state.exact ? [] : named.flatMap((name, at) => (left.some((word) => overlaps(word, name) && lackingKeys.has(word.key)) ? [at] : []));
  const findsNothing = (variant: Variant) => blocked.some((at) => !variant.replaced.includes(at));
  const responses = await (lacking.length || blocked.length ? searchAll(variants, findsNothing) : asTyped);
  // One search's own counts are its results' only where it kept each of them (not a search in parts).
  if (responses.length === 1 && !variants[0]!.phrases.length) {
    const [{ results, filters }] = responses as [PagefindResponse];
    const matches = results.map((result) => ({ id: result.id, score: result.score, finds: [{ variant: 0, result }] }));
    return indexOutcome(state.q, otherNames, lacking, matches, async () => filters);
  }
  const results = await merge(pagefind, responses, state);
  return indexOutcome(state.q, otherNames, lacking, results, () => countsWithin(pagefind, new Set(results.map((r) => r.id))));
}

/** One index's outcome; which words are on no page, and so what is searched, is settled over every index searched (settled). */
const indexOutcome = (q: string, otherNames: string[], lacking: Word[], results: Match[] = [], counts = async (): Promise<FilterCounts> => ({})): IndexOutcome => ({
  results,
  counts,
  otherNames,
  notFound: [],
  searched: q,
  lacking,
});

/**
 * The searches of a page's indexes as one outcome (one per index; none for an index not searched). A word
 * is on no page where no index has it ("lancha"): the results are for the rest of the query, and it is
 * named (`notFound`), unless the query is all such words, when nothing is found. An index that lacks a word
 * another has ("boats", in the English sources but not the Spanish pages) left it out of its search: its
 * pages lack a word of the query, and it adds none.
 */
function settled(outcomes: readonly (IndexOutcome | undefined)[], q: string): Outcome {
  const ran = outcomes.filter((outcome) => outcome !== undefined);
  // Words by their place in the query, which every index searched: "lancha" quoted and "lancha" beside it are two.
  const everywhere = ran[0]!.lacking.filter((word) => ran.every((outcome) => outcome.lacking.some((other) => other.start === word.start)));
  const words = wordsOf(q);
  const notFound = everywhere.length < words.length ? everywhere : [];
  const whole = (outcome: IndexOutcome) => outcome.lacking.every((word) => notFound.some((other) => other.start === word.start));
  const kept = outcomes.map((outcome) => (outcome && whole(outcome) ? outcome : undefined));
  return {
    results: kept.flatMap((outcome) => outcome?.results ?? []),
    counts: async () => addCounts(await Promise.all(kept.map((outcome) => outcome?.counts() ?? {}))),
    otherNames: [...new Set(ran.flatMap((outcome) => outcome.otherNames))],
    // Each once, as first typed.
    notFound: notFound.filter((word, i) => notFound.findIndex((other) => other.key === word.key) === i).map((word) => q.slice(lettersOf(word).start, lettersOf(word).end)),
    searched: withoutWords(q, notFound),
  };
}

/** Whether a word of the query overlaps a span of it (a name's letters). */
const overlaps = (word: Word, span: { start: number; end: number }) => word.start < span.end && span.start < word.end;

/** `q` without some of its words, and the spaces they leave ("Hegseth lancha" → "Hegseth"); `q` as it is without any. */
function withoutWords(q: string, words: readonly Word[]): string {
  if (!words.length) return q;
  const kept = words.reduceRight((text, word) => text.slice(0, word.start) + text.slice(word.end), q);
  return kept.replace(/\s+/g, ' ').trim();
}

/**
 * The languages a page searches, its own first: an English page its English index; a page in another
 * language its own, then the English one, where every source is (each source is in the language it was
 * published in, and all of ours are in English).
 */
export const searchLanguages = (lang: string = document.documentElement.lang) => [...new Set([lang, SOURCES_LANGUAGE])];

/**
 * What another language's index adds to a page's search: its sources, each in the language it was published
 * in. Its other pages (the explainer, the strikes…) are the other edition's of pages the page's own index
 * has in the page's language, and would list each twice.
 */
const FROM_OTHER_INDEXES = 'source';

/** A search as another language's index runs it: for its sources only, or not at all where the reader's kinds leave none. */
function inOtherIndex(state: SearchState): SearchState | undefined {
  const kinds = state.filters.kind.length ? state.filters.kind.filter((kind) => kind === FROM_OTHER_INDEXES) : [FROM_OTHER_INDEXES];
  return kinds.length ? { ...state, filters: { ...state.filters, kind: kinds } } : undefined;
}

/**
 * The results of a page's own language and of the sources' language, each in its index's date order, as one
 * list in date order (src/scripts/search/dateOrder.ts); where the build's date order cannot be had (a copy
 * saved for offline before it was written), the page's own first, as for relevance.
 */
async function inDateOrder(own: Match[], sources: Match[], state: SearchState): Promise<Match[]> {
  if (!own.length || !sources.length) return [...own, ...sources];
  const order = await loadDateOrder().catch(() => undefined);
  if (!order) return [...own, ...sources];
  const place = await datePlaces(await loadPagefind(SOURCES_LANGUAGE), state);
  return mergeByDate(own, sources, (match) => order[match.id]?.[state.sort === 'newest' ? 0 : 1], (match) => place.get(match.id));
}

/**
 * Runs a search over each of the page's languages (searchLanguages), each in its own index and its own
 * way (runSearch), and lists the page's language's results first, each result saying its language, except
 * in date order, where the two lists are set into one (inDateOrder); from the other languages' indexes,
 * their sources only (inOtherIndex).
 */
export async function searchEditions(
  state: SearchState,
  languages = searchLanguages(),
  engineOf = async (lang: string): Promise<Engine> => ({ pagefind: await loadPagefind(lang) }),
): Promise<Outcome> {
  const [first, ...rest] = languages;
  if (!rest.length) return runSearch(state, await engineOf(first!));
  const ran = await Promise.all(
    languages.map(async (lang, i): Promise<IndexOutcome | undefined> => {
      const searched = i === 0 ? state : inOtherIndex(state);
      if (!searched) return undefined;
      const outcome = await searchIndex(searched, await engineOf(lang));
      return { ...outcome, results: outcome.results.map((match) => ({ ...match, lang })) };
    }),
  );
  const outcome = settled(ran, state.q);
  const byDate = state.sort !== 'relevance' && rest.length === 1 && rest[0] === SOURCES_LANGUAGE;
  if (!byDate) return outcome;
  const [own, sources] = [outcome.results.filter((match) => match.lang !== SOURCES_LANGUAGE), outcome.results.filter((match) => match.lang === SOURCES_LANGUAGE)];
  return { ...outcome, results: await inDateOrder(own, sources, state) };
}

/**
 * Every filter value of the page's languages' indexes, with its count of pages in them all (the other
 * languages' sources only: one search for them, whose counts are within its results, the reader's filters
 * only; not a search per value, which a Spanish search page ran as it loaded).
 */
export const editionFilters = async (languages = searchLanguages()) =>
  addCounts(
    await Promise.all(
      languages.map(async (lang, i) => {
        const pagefind = await loadPagefind(lang);
        const all = await pagefind.filters();
        if (i === 0) return all;
        // A search counts only the filters Pagefind has loaded, which filters() loads.
        const { filters } = await pagefind.search(null, { filters: { kind: FROM_OTHER_INDEXES } });
        return Object.fromEntries(filterKeys.filter((key) => key in filters).map((key) => [key, filters[key]!]));
      }),
    ),
  );

/** Counts per filter value, added up. */
function addCounts(all: readonly FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of all)
    for (const [key, values] of Object.entries(counts))
      for (const [value, n] of Object.entries(values)) (sum[key] ??= {})[value] = (sum[key][value] ?? 0) + n;
  return sum;
}

// Per page, the last call of Pagefind's result.data() in flight.
const loadingData = new Map<string, Promise<unknown>>();

/**
 * A result's page as its search saw it. Pagefind keeps one object per page and writes each search's
 * matches into it as data() is called, so calls for the same page take turns, and each keeps a copy.
 */
function dataOf(result: Result): Promise<PagefindData> {
  const mine = (loadingData.get(result.id) ?? Promise.resolve())
    .then(() => result.data())
    .then((data) => ({ ...data, weighted_locations: [...data.weighted_locations] }));
  loadingData.set(result.id, mine.catch(() => undefined));
  return mine;
}

/** A result's page, its details and its matching passages, as every search that found it saw them. */
export async function hitOf(match: Match): Promise<Hit> {
  // A name put in for the reader's is searched as a phrase, and is marked as one; where a phrase (a name put
  // in, or the reader's own) was searched apart from the rest of the words (searchVariant), each search's
  // places are marked as that search's.
  const found = match.finds.flatMap(({ variant, result }) =>
    result.phraseResults
      ? [...(result.phraseResults.includes(result) ? [] : [{ result, phrases: false }]), ...result.phraseResults.map((phrase) => ({ result: phrase, phrases: true }))]
      : [{ result, phrases: variant > 0 }],
  );
  const pages = await Promise.all(found.map((find) => dataOf(find.result)));
  const data = pages[0]!;
  const searches = pages.map((page, i) => ({ locations: page.weighted_locations, phrases: found[i]!.phrases }));
  const passages = passagesOf(data, { searches });
  const best = bestPassage(passages);
  // Every matching word on the page, so the page shows them all, not only the best passage's.
  const terms = termsToMark(passages);
  return {
    title: data.meta.title ?? data.url,
    kind: data.meta.kind,
    outlet: data.meta.outlet,
    date: data.meta.date,
    href: highlightUrl(best?.url ?? data.url, terms),
    terms,
    passages,
    ...(match.lang && { lang: match.lang }),
  };
}

/**
 * The pages of some matches, in order, and how many could not load: offline, a source the reader has
 * neither opened nor saved has its result's details only on the network.
 */
export async function hitsOf(matches: readonly Match[]): Promise<{ hits: Hit[]; unsaved: number }> {
  const settled = await Promise.allSettled(matches.map(hitOf));
  const hits = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  return { hits, unsaved: settled.length - hits.length };
}

/** A query to try instead, and how many pages it finds. */
export interface Suggestion {
  q: string;
  results: number;
}

/**
 * Whether a word of a query finds nothing as it is. Pagefind matches a word exactly only when quoted;
 * unquoted, it also matches the words it begins ("Madu" for "Maduro", still being typed: found) and the
 * words that begin it ("Trinidad" for "Trinidadd", "he" for "Hegsth": misspelt).
 */
async function isUnknown(pagefind: Pagefind, word: Word): Promise<boolean> {
  const matched = await looseMatches(pagefind, word);
  return matched !== undefined && !(matched ?? []).some((found) => found.startsWith(word.key));
}

/**
 * What Pagefind matched of a word it does not find as it is (quoted), on its best result: the words there,
 * folded (none where it matched a title alone); null where it finds nothing at all, undefined where it finds the word as it is.
 */
async function looseMatches(pagefind: Pagefind, word: Word): Promise<string[] | null | undefined> {
  if ((await pagefind.search(`"${word.key}"`)).results.length) return undefined;
  const loose = (await pagefind.search(word.key)).results[0];
  if (!loose) return null;
  const data = await dataOf(loose);
  const words = pageWords(data);
  return data.weighted_locations.map((l) => fold(words[l.location] ?? ''));
}

/** How many letters two words begin with alike. */
const sharedStart = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Whether all Pagefind finds for a word is what it makes of its first two letters or fewer, or nothing: for a word no
 * indexed word starts with, it searches the longest indexed word that starts the word ("lancha" finds "la").
 * Not a word it finds as it is, quoted; nor one that shares more with what it finds (a word being typed,
 * "killin", finds "killed" through the stem "kill"; "cara" finds "Caribe" through "car"); nor a short word ("US").
 * Judged by the best result's matched words, as spelling help judges (isUnknown); one matched in its title alone tells nothing.
 */
async function findsOnlyFirstLetters(pagefind: Pagefind, word: Word): Promise<boolean> {
  const matched = await looseMatches(pagefind, word);
  if (matched === null) return true;
  if (!matched?.length) return false;
  // Pagefind indexes a word's parts too ("anti-Maduro" is "maduro" as well): "madur" shares five letters with it.
  const shared = Math.max(...matched.flatMap((found) => found.split(/[^\p{L}\p{N}]+/u).map((part) => sharedStart(part, word.key))));
  return shared <= 2 && word.key.length >= shared + 2;
}

/**
 * Spelling help: each word of the query that finds nothing as it is (so the query finds nothing, or only
 * what Pagefind makes of its other words and of the word's first letters) is replaced by the closest words
 * that do occur in the index (src/scripts/search/spelling.ts, which loads only then, with its vocabulary).
 * A word is unknown only if no index the page searches (searchLanguages) has it. Returns up to three
 * queries that find something, best first.
 */
export async function spellingHelp(state: SearchState, engine: Engine = {}): Promise<Suggestion[]> {
  if (!state.q) return [];
  const pagefinds = engine.pagefind ? [engine.pagefind] : await Promise.all(searchLanguages().map((lang) => loadPagefind(lang)));
  const unknown = [];
  for (const word of wordsOf(state.q)) if ((await Promise.all(pagefinds.map((p) => isUnknown(p, word)))).every(Boolean)) unknown.push(word);
  if (!unknown.length) return [];
  const { corrections } = await import('./spelling');
  const suggestions: Suggestion[] = [];
  for (const q of await corrections(state.q, unknown, { language: engine.pagefind ? undefined : searchLanguages()[0] })) {
    const { results } = engine.pagefind ? await runSearch({ ...state, q }, engine) : await searchEditions({ ...state, q });
    if (results.length) suggestions.push({ q, results: results.length });
    if (suggestions.length === 3) break;
  }
  return suggestions;
}
