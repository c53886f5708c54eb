import { describe, expect, test } from 'vitest';
import { fold } from '../../../src/format/words';
import { parseSearch } from '../../../src/scripts/search/query';
import { hitOf, runSearch, searchEditions, spellingHelp } from '../../../src/scripts/search/engine';
import type { FilterCounts, Pagefind, PagefindData, PagefindResponse } from '../../../src/scripts/search/pagefind';

type Page = { id: string; text: string; date?: string; outlet?: string };

/**
 * A stand-in for Pagefind over `pages`, doing what ours relies on: every word of a query must be on a page
 * (a "quoted phrase" as words in a row), scores are counts of matches, a date sort leaves out pages without
 * a date, a null term finds every page a filter allows, a word no page has finds the pages with the longest
 * word of the index it starts with (Pagefind's fallback: "lancha" finds "la"), and, as Pagefind does, data()
 * writes each search's matches into one shared object per page, a moment after it is called.
 */
function fakePagefind(pages: Page[]): Pagefind & { terms: (string | null)[] } {
  const terms: (string | null)[] = [];
  const shared = new Map<string, PagefindData>();
  const dataOf = (page: Page): PagefindData => {
    if (!shared.has(page.id)) {
      const words = page.text.split(' ');
      shared.set(page.id, {
        url: `/${page.id}/`,
        content: page.text,
        anchors: words.flatMap((w, i) => (w === '¶' ? [{ element: 'p', id: `p-${i}`, text: '', location: i }] : [])),
        weighted_locations: [],
        meta: { title: page.id, ...(page.date && { date: page.date }) },
        filters: {},
      });
    }
    return shared.get(page.id)!;
  };
  /** Where a query's words (or phrases) are on a page; none if one is missing. */
  const locate = (page: Page, term: string): number[] | undefined => {
    const keys = page.text.split(' ').map(fold);
    // Punctuation alone (a quote left open, standing apart) is no word, as Pagefind strips it.
    const parts = [...term.matchAll(/"([^"]+)"|(\S+)/g)].map((m) => (m[1] ?? m[2]!).split(' ').map(fold).filter(Boolean)).filter((part) => part.length);
    const found: number[] = [];
    for (const part of parts) {
      const at = keys.flatMap((_, i) => (part.every((key, k) => keys[i + k] === key) ? part.map((_, k) => i + k) : []));
      if (!at.length) return undefined;
      found.push(...at);
    }
    return found;
  };
  const counts = (found: Page[]): FilterCounts => ({ outlet: Object.fromEntries(pages.filter((p) => p.outlet).map((p) => [p.outlet!, found.filter((f) => f.outlet === p.outlet).length])) });
  return {
    terms,
    options: async () => {},
    init: async () => {},
    filters: async () => counts(pages),
    search: async (asked, options = {}): Promise<PagefindResponse> => {
      terms.push(asked);
      const vocabulary = [...new Set(pages.flatMap((page) => page.text.split(' ').map(fold)))];
      const fallback = (key: string) => (vocabulary.includes(key) ? key : (vocabulary.filter((word) => word && key.startsWith(word)).sort((a, b) => b.length - a.length)[0] ?? key));
      const term = asked && asked.replace(/"[^"]*"|\S+/g, (word) => (word.startsWith('"') ? word : fallback(fold(word))));
      const { sort, filters = {} } = options as { sort?: { date: 'asc' | 'desc' }; filters?: Record<string, string | { any: string[] }> };
      const allowed = (page: Page) =>
        Object.entries(filters).every(([, value]) => (typeof value === 'string' ? [value] : value.any).includes(page.outlet ?? ''));
      let found = pages.filter(allowed).map((page) => ({ page, at: term === null ? [] : locate(page, term) })).filter((f) => f.at);
      if (term !== null) found.sort((a, b) => b.at!.length - a.at!.length);
      if (sort) found = found.filter((f) => f.page.date).sort((a, b) => (sort.date === 'asc' ? 1 : -1) * a.page.date!.localeCompare(b.page.date!));
      const results = found.map(({ page, at }) => ({
        id: page.id,
        score: at!.length,
        data: async () => {
          const data = dataOf(page);
          await new Promise((resolve) => setTimeout(resolve, 1));
          data.weighted_locations = at!.map((location) => ({ location, weight: 1, balanced_score: 1 }));
          return data;
        },
      }));
      return { results, unfilteredResultCount: pages.length, filters: counts(found.map((f) => f.page)), totalFilters: counts(pages) };
    },
  };
}

const ids = (outcome: { results: { id: string }[] }) => outcome.results.map((r) => r.id);
/** What a search asked Pagefind, without its asking whether the index has each word (one word, quoted). */
const variantTerms = (pagefind: { terms: (string | null)[] }) => pagefind.terms.filter((term) => !/^"[^" ]+"$/.test(term ?? ''));
const state = (query: string) => parseSearch(new URLSearchParams(query));
const aliases = [['Cartel of the Suns', 'Cartel de los Soles']];

const pages: Page[] = [
  { id: 'explainer', text: '¶ the Cartel of the Suns or Cartel de los Soles' },
  { id: 'old', date: '2025-11-28', outlet: 'A', text: '¶ the so-called Cartel of the Suns ¶ Cartel of the Suns again' },
  { id: 'spanish', date: '2025-12-03', outlet: 'B', text: '¶ Maduro ¶ the Cartel de los Soles was designated' },
  { id: 'other', date: '2025-12-01', outlet: 'B', text: '¶ nothing about it, Maduro said' },
];

describe('runSearch(state, { pagefind, aliases })', () => {
  test('best match: Pagefind’s order, in one search, where the query names nothing in the alias groups', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await runSearch(state('q=Maduro'), { pagefind, aliases });
    expect(ids(outcome)).toEqual(['spanish', 'other']);
    // And, beside it, whether the index has the word at all, as a word of its own.
    expect(pagefind.terms).toEqual(['Maduro', '"maduro"']);
    expect(outcome.otherNames).toEqual([]);
  });

  test('the query is searched while the index is asked for each word, not after: where no word is left out, that search is the outcome', async () => {
    const pagefind = fakePagefind(pages);
    // Each word's question waits until let go; the search must not wait for it.
    const held: (() => void)[] = [];
    const search = pagefind.search;
    pagefind.search = async (term, options) => {
      if (term?.startsWith('"')) await new Promise<void>((resolve) => held.push(resolve));
      return search(term, options);
    };
    const running = runSearch(state('q=Maduro+said'), { pagefind, aliases });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(held).toHaveLength(2);
    expect(pagefind.terms).toEqual(['Maduro said']);
    held.forEach((go) => go());
    expect(ids(await running)).toEqual(['other']);
    // Asked of Pagefind once: not again once the words are known to be there.
    expect(pagefind.terms.filter((term) => term === 'Maduro said')).toHaveLength(1);
  });

  test('words the index lacks, all of them, find nothing: not what Pagefind makes of their first letters ("lancha" finds "la")', async () => {
    const spanish: Page[] = [
      { id: 'la', text: '¶ la barca' },
      { id: 'other', text: '¶ la costa' },
    ];
    const pagefind = fakePagefind(spanish);
    // The stand-in does as Pagefind does: the word alone finds the pages of "la".
    expect((await pagefind.search('lancha')).results.map((r) => r.id)).toEqual(['la', 'other']);
    const outcome = await runSearch(state('q=lancha'), { pagefind, aliases: [] });
    expect(ids(outcome)).toEqual([]);
    expect(await outcome.counts()).toEqual({});
    expect(outcome.notFound).toEqual([]);
    // A word the index has, beside one it lacks: the results are the known word's, and the other is said to be on no page.
    const coast = fakePagefind([...spanish, { id: 'rica', text: '¶ costa rica' }]);
    expect(ids(await coast.search('costa lancha'))).toEqual(['other']);
    const partly = await runSearch(state('q=costa+lancha,'), { pagefind: coast, aliases: [] });
    expect(ids(partly)).toEqual(['other', 'rica']);
    expect([partly.notFound, partly.searched]).toEqual([['lancha'], 'costa']);
    expect(await partly.counts()).toEqual(await (await runSearch(state('q=costa'), { pagefind: coast, aliases: [] })).counts());
  });

  const coast = () => fakePagefind([{ id: 'la', text: '¶ la barca' }, { id: 'other', text: '¶ la costa' }, { id: 'rica', text: '¶ costa rica' }]);

  test('a word left out is named once, however often typed', async () => {
    const twice = await runSearch(state('q=lancha+costa+Lancha'), { pagefind: coast(), aliases: [] });
    expect([ids(twice), twice.notFound, twice.searched]).toEqual([['other', 'rica'], ['lancha'], 'costa']);
  });

  test('a word inside the reader’s quotes is not left out: the phrase is searched exactly, as typed, and found nowhere', async () => {
    const phrase = await runSearch(state('q=%22costa+lancha%22'), { pagefind: coast(), aliases: [] });
    expect([ids(phrase), phrase.notFound, phrase.searched]).toEqual([[], [], '"costa lancha"']);
    // The same word quoted and beside it: the one beside it is left out, the phrase kept, and the status names the query searched.
    const both = await runSearch(state('q=%22lancha%22+lancha+costa'), { pagefind: coast(), aliases: [] });
    expect([ids(both), both.notFound, both.searched]).toEqual([[], ['lancha'], '"lancha" costa']);
    // A quote left open is words: its word the index lacks is left out.
    const open = await runSearch(state('q=%22costa+lancha'), { pagefind: coast(), aliases: [] });
    expect([ids(open), open.notFound, open.searched]).toEqual([['other', 'rica'], ['lancha'], '"costa']);
  });

  test('a word that finds nothing at all, not even a guess, is left out too', async () => {
    const none = await runSearch(state('q=costa+xyzzy'), { pagefind: coast(), aliases: [] });
    expect([ids(none), none.notFound, none.searched]).toEqual([['other', 'rica'], ['xyzzy'], 'costa']);
    expect(ids(await runSearch(state('q=xyzzy'), { pagefind: coast(), aliases: [] }))).toEqual([]);
  });

  test('over two indexes (a Spanish page: its own, and the English sources): a word is on no page only where neither has it', async () => {
    const indexes: Record<string, Page[]> = {
      es: [{ id: 'es-ataques', text: '¶ ataques de Hegseth' }, { id: 'es-la', text: '¶ la barca' }],
      en: [{ id: 'en-hegseth', text: '¶ Hegseth said' }, { id: 'en-la', text: '¶ la Guaira' }],
    };
    const engines = (lang: string) => Promise.resolve({ pagefind: fakePagefind(indexes[lang]!), aliases: [] });
    const search = (query: string) => searchEditions(state(query), ['es', 'en'], engines);
    // "lancha" is in neither: named, and the results are for "ataques", which the English sources lack.
    const lancha = await search('q=ataques+lancha');
    expect([ids(lancha), lancha.notFound, lancha.searched]).toEqual([['es-ataques'], ['lancha'], 'ataques']);
    // "ataques" is in the Spanish index: nothing is named, and the English index, which lacks it, adds nothing.
    const ataques = await search('q=Hegseth+ataques');
    expect([ids(ataques), ataques.notFound, ataques.searched]).toEqual([['es-ataques'], [], 'Hegseth ataques']);
    // One index not searched (kinds the English sources are not): the other alone decides.
    const explainer = await searchEditions(state('q=Hegseth+lancha&kind=explainer'), ['es', 'en'], engines);
    expect([explainer.notFound, explainer.searched]).toEqual([['lancha'], 'Hegseth']);
  });

  test('nor is a word of a name of the alias groups: the name is searched in its other names too', async () => {
    const office = fakePagefind([{ id: 'es', text: '¶ es secretario de' }, { id: 'state', text: '¶ the Secretary of State said' }]);
    const rubio = await runSearch(state('q=secretario+de+Estado'), { pagefind: office, aliases: [['secretario de Estado', 'Secretary of State']] });
    expect([rubio.notFound, rubio.searched, rubio.otherNames]).toEqual([[], 'secretario de Estado', ['Secretary of State']]);
    // Its other name's page only: not the page of "secretario de" and "es", Pagefind's guess at "Estado".
    expect(ids(rubio)).toEqual(['state']);
    // Nor beside another name of the groups: each variant that leaves "secretario de Estado" as typed finds nothing.
    const two = fakePagefind([{ id: 'es', text: '¶ es secretario de Trinidad and Tobago' }, { id: 'state', text: '¶ the Secretary of State in Trinidad' }]);
    const groups = [['secretario de Estado', 'Secretary of State'], ['Trinidad and Tobago', 'Trinidad']];
    expect(ids(await runSearch(state('q=secretario+de+Estado+Trinidad'), { pagefind: two, aliases: groups }))).toEqual(['state']);
    // For the reader's words only (exact), the name is words like any other: "Estado" is on no page.
    const exact = await runSearch(state('q=secretario+de+Estado&exact=1'), { pagefind: office, aliases: [['secretario de Estado', 'Secretary of State']] });
    expect([ids(exact), exact.notFound, exact.searched]).toEqual([['es'], ['Estado'], 'secretario de']);
  });

  test('a word that finds more than its first letters keeps its results: typed in part, a part of a word, a short word, a name', async () => {
    const spanish: Page[] = [
      { id: 'la', text: '¶ la barca' },
      { id: 'other', text: '¶ la costa' },
    ];
    const pagefind = fakePagefind(spanish);
    // A word that shares more with what it finds (being typed, or stemmed) keeps it: "trumpmaduro" finds "trump".
    const trump = fakePagefind([{ id: 'trump', text: '¶ trump said' }]);
    expect(ids(await runSearch(state('q=trumpmaduro'), { pagefind: trump, aliases: [] }))).toEqual(['trump']);
    // Or with a part of a word ("anti-Maduro" is indexed as "maduro" too).
    const parts = fakePagefind([{ id: 'anti', text: '¶ anti-maduro protest' }]);
    parts.search = ((search) => async (term, options) => search(term === 'madur' ? 'anti-maduro' : term, options))(parts.search);
    expect(ids(await runSearch(state('q=madur'), { pagefind: parts, aliases: [] }))).toEqual(['anti']);
    // A short word is its own.
    expect(ids(await runSearch(state('q=la'), { pagefind, aliases: [] }))).toEqual(['la', 'other']);
    // Another name of the word searched too: its results stay.
    const named = fakePagefind([...spanish, { id: 'boat', text: '¶ a speedboat' }]);
    expect(ids(await runSearch(state('q=lancha'), { pagefind: named, aliases: [['lancha', 'speedboat']] }))).toContain('boat');
  });

  test('by date: dated pages in date order, then the undated ones that Pagefind’s sort leaves out', async () => {
    const plain = [{ id: 'explainer', text: 'x' }, { id: 'old', date: '2025-11-28', text: 'x' }, { id: 'new', date: '2025-12-03', text: 'x' }];
    expect(ids(await runSearch(state('q=x&sort=newest'), { pagefind: fakePagefind(plain), aliases }))).toEqual(['new', 'old', 'explainer']);
    expect(ids(await runSearch(state('q=x&sort=oldest'), { pagefind: fakePagefind(plain), aliases }))).toEqual(['old', 'new', 'explainer']);
  });

  test('a name from an alias group is searched in each of its names; each page once, each search’s best first', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await runSearch(state('q=Cartel+of+the+Suns'), { pagefind, aliases });
    expect(variantTerms(pagefind).slice(0, 2)).toEqual(['Cartel of the Suns', '"Cartel de los Soles"']);
    expect(outcome.otherNames).toEqual(['Cartel de los Soles']);
    // "old" is the reader's words' best, "spanish" the other name's (and the explainer is in both): each counts out of its search's best.
    expect(ids(outcome)).toEqual(['old', 'explainer', 'spanish']);
    expect(outcome.results.find((r) => r.id === 'explainer')!.finds.map((f) => f.variant)).toEqual([0, 1]);
  });

  test('merged results: filter counts count each page once, and date order holds across the searches', async () => {
    const pagefind = fakePagefind(pages);
    const counted = await runSearch(state('q=Cartel+of+the+Suns'), { pagefind, aliases });
    expect(await counted.counts()).toEqual({ outlet: { A: 1, B: 1 } });
    const newest = await runSearch(state('q=Cartel+of+the+Suns&sort=newest'), { pagefind, aliases });
    expect(ids(newest)).toEqual(['spanish', 'old', 'explainer']);
    const filtered = await runSearch(state('q=Cartel+of+the+Suns&outlet=B'), { pagefind, aliases });
    expect(ids(filtered)).toEqual(['spanish']);
  });

  test('counts only the reader’s filters: a page’s other filters (its passages’ languages) are neither counted nor searched for', async () => {
    const pagefind = fakePagefind(pages);
    const reader = pagefind.filters;
    pagefind.filters = async () => ({ ...(await reader()), languages: { 'notes=en': 1 } });
    const filtersSearched: unknown[] = [];
    const search = pagefind.search;
    pagefind.search = (term, options) => {
      if (term === null) filtersSearched.push((options as { filters: unknown }).filters);
      return search(term, options);
    };
    const counted = await runSearch(state('q=Cartel+of+the+Suns'), { pagefind, aliases });
    expect(await counted.counts()).toEqual({ outlet: { A: 1, B: 1 } });
    expect(filtersSearched.map((f) => Object.keys(f as object)[0])).toEqual(['outlet', 'outlet']);
  });

  test('exact: the reader’s words only, though the other names are still told', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await runSearch(state('q=Cartel+of+the+Suns&exact=1'), { pagefind, aliases });
    expect(ids(outcome)).toEqual(['old', 'explainer']);
    // Besides whether the index has each word, as a word of its own ("cartel" quoted).
    expect(variantTerms(pagefind)).toEqual(['Cartel of the Suns']);
    expect(outcome.otherNames).toEqual(['Cartel de los Soles']);
  });
});

describe('hitOf(match)', () => {
  test('links the title to the best passage, with the page’s matching words to mark there', async () => {
    const data: PagefindData = {
      url: '/sources/x/',
      content: 'First about peace. Second: a "slave\'s peace" rejected.',
      anchors: [
        { element: 'p', id: 'p-1', text: 'First about peace.', location: 0 },
        { element: 'p', id: 'p-2', text: 'Second: a "slave\'s peace" rejected.', location: 3 },
      ],
      weighted_locations: [2, 5, 6].map((location) => ({ location, weight: 1, balanced_score: 512 })),
      meta: { title: 'A source', kind: 'source', outlet: 'Indian Witness', date: '2025-12-03' },
      filters: {},
    };
    const hit = await hitOf({ id: 'x', score: 1, finds: [{ variant: 0, result: { id: 'x', score: 1, data: async () => data } }] });
    expect(hit).toMatchObject({ title: 'A source', kind: 'source', outlet: 'Indian Witness', date: '2025-12-03' });
    expect(hit.href).toBe("/sources/x/?highlight=peace&highlight=slave%27s#p-2");
    expect(hit.passages.map((p) => p.id)).toEqual(['p-1', 'p-2']);
  });

  test('a page two searches found: both searches’ passages, the other name marked as one phrase', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await runSearch(state('q=Cartel+of+the+Suns'), { pagefind, aliases });
    // Pagefind writes each search's matches into one object per page: each search must keep its own.
    const [explainer, spanish] = await Promise.all(['explainer', 'spanish'].map((id) => hitOf(outcome.results.find((r) => r.id === id)!)));
    expect(explainer!.terms).toEqual(['cartel', 'suns', 'cartel de los soles']);
    expect(spanish!.terms).toEqual(['cartel de los soles']);
    expect(spanish!.href).toBe('/spanish/?highlight=cartel+de+los+soles#p-2');
  });
});

describe('a name put in beside other words (Pagefind searches a phrase exactly only as the whole query)', () => {
  test('the rest of the words and the name are searched apart, a page kept where both are, each search’s words marked as its own', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await runSearch(state('q=Cartel+of+the+Suns+designated'), { pagefind, aliases });
    expect(variantTerms(pagefind).slice(0, 3)).toEqual(['Cartel of the Suns designated', ' designated', '"Cartel de los Soles"']);
    expect(ids(outcome)).toEqual(['spanish']);
    const hit = await hitOf(outcome.results[0]!);
    expect(hit.terms).toEqual(['designated', 'cartel de los soles']);
  });

  test('the reader’s own quoted phrase beside other words: searched alone too, a page kept where both are, the phrase marked as one', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await runSearch(state('q=%22Cartel+de+los+Soles%22+designated'), { pagefind, aliases: [] });
    expect(variantTerms(pagefind).slice(0, 2)).toEqual(['  designated', '"Cartel de los Soles"']);
    expect(ids(outcome)).toEqual(['spanish']);
    const hit = await hitOf(outcome.results[0]!);
    expect(hit.terms).toEqual(['designated', 'cartel de los soles']);
    // The filters count the pages kept, not every page the other words find ("old" says "the" too).
    const counted = await runSearch(state('q=%22Cartel+de+los+Soles%22+the'), { pagefind: fakePagefind(pages), aliases: [] });
    expect(ids(counted).sort()).toEqual(['explainer', 'spanish']);
    expect(await counted.counts()).toEqual({ outlet: { A: 0, B: 1 } });
  });

  const ranked: Page[] = [
    { id: 'word', text: '¶ designated designated the Cartel de los Soles' },
    { id: 'phrase', text: '¶ designated the Cartel de los Soles and the Cartel de los Soles and the Cartel de los Soles' },
  ];

  test('a page kept by a search in parts is ranked by each part, each out of its search’s best', async () => {
    const pagefind = fakePagefind(ranked);
    // Each part must be on the page: "Maduro" is in the index, on a page of its own.
    const apart = fakePagefind([...ranked, { id: 'maduro', text: '¶ Maduro said' }]);
    const outcome = await runSearch(state('q=%22Cartel+de+los+Soles%22+designated+Maduro'), { pagefind: apart, aliases: [] });
    expect(ids(outcome)).toEqual([]);
    // Without the phrase's own score, "word" (twice "designated", the phrase once) would come first.
    const both = await runSearch(state('q=%22Cartel+de+los+Soles%22+designated'), { pagefind, aliases: [] });
    expect(ids(both)).toEqual(['phrase', 'word']);
  });

  test('a search two variants share runs once: the reader’s phrase beside a name of a group', async () => {
    const shared = fakePagefind(ranked);
    await runSearch(state('q=%22Cartel+de+los+Soles%22+designated+Maduro'), { pagefind: shared, aliases: [['Maduro', 'Nicolás Maduro']] });
    expect(shared.terms.filter((term) => term === '"Cartel de los Soles"')).toHaveLength(1);
  });

  test('two names and nothing else: each searched alone, and each marked as one phrase', async () => {
    const both: Page[] = [...pages, { id: 'both', text: '¶ Nicolás Maduro and the Cartel de los Soles' }];
    const pagefind = fakePagefind(both);
    const outcome = await runSearch(state('q=Maduro+Cartel+of+the+Suns'), { pagefind, aliases: [...aliases, ['Maduro', 'Nicolás Maduro']] });
    expect(pagefind.terms).toContain('"Nicolás Maduro"');
    // "spanish" says "Maduro" and "Cartel de los Soles" (the reader's first name, the second's other); "both", the other names only.
    expect(ids(outcome).sort()).toEqual(['both', 'spanish']);
    const hit = await hitOf(outcome.results.find((r) => r.id === 'both')!);
    // Each name as one phrase, never word by word ("nicolás", "cartel"); "maduro" is the reader's own word, found there by another variant.
    expect([...hit.terms].sort()).toEqual(['cartel de los soles', 'maduro', 'nicolás maduro']);
  });
});

describe('spellingHelp(state, { pagefind })', () => {
  test('a query whose every word occurs somewhere gets none, and loads no vocabulary: it asks Pagefind for each word alone, exactly', async () => {
    const pagefind = fakePagefind(pages);
    // Found on no one page, but each word is somewhere: spelt right.
    expect(await spellingHelp(state('q=Maduro+Suns'), { pagefind, aliases })).toEqual([]);
    expect(pagefind.terms).toEqual(['"maduro"', '"suns"']);
  });

  test('a word still being typed, which begins a word of the index, needs no help either', async () => {
    const begins = fakePagefind(pages);
    // The stand-in matches words loosely as Pagefind does: unquoted, a word finds those it begins.
    const search = begins.search;
    begins.search = (term, options) => search(term && !term.startsWith('"') ? term.replace('madu', 'maduro') : term, options);
    expect(await spellingHelp(state('q=Madu'), { pagefind: begins, aliases })).toEqual([]);
  });
});
