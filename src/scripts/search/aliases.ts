import { lettersSpan, type Word, wordsOf } from '../../format/words';

/** The names of each alias group, as /search/aliases.json has them (content/search/aliases.yml). */
export type AliasNames = readonly (readonly string[])[];

/** Where the alias groups are served (src/pages/search/aliases.json.ts). */
export const ALIASES_URL = '/search/aliases.json';

/** A query to run: the reader's own, or theirs with other names put in for the names it holds. */
export interface Variant {
  /** The query to search where it has no phrases to search apart (after a quote left open, it may pair quotes wrongly). */
  query: string;
  /** The names put in, in the order they stand; none for the reader's own query. */
  names: string[];
  /** Which of the query's names (Expansion's `named`, by place) those replace; the others stand as typed. */
  replaced: number[];
  /**
   * The phrases to search each on its own, as the whole query: the names put in as phrases of their own
   * ("AP"), not inside the reader's quotes, then the reader's own quoted phrases, where the query holds more.
   */
  phrases: string[];
  /** The query without those phrases: the rest of the reader's words. */
  rest: string;
}

/** What a query holding names from alias groups is searched for. */
export interface Expansion {
  /** The reader's query first, then each other way of writing it. */
  variants: Variant[];
  /** Every other name searched for, once each, in the order the query names them. */
  alsoSearched: string[];
  /** Where the query names something of the groups: each name's letters [start, end) in the query. */
  named: { start: number; end: number }[];
}

/** A name of a group, as words to find in a query. */
interface Form {
  name: string;
  group: number;
  keys: string[];
}

/** Where a query names something: the words [from, to) of the query, and the other names of that thing. */
interface Found {
  start: number;
  end: number;
  others: string[];
}

/** The names of the groups by their first word, longest first, so "Cartel of the Suns" wins over "Cartel". */
function formsByFirstWord(groups: AliasNames): Map<string, Form[]> {
  const forms = new Map<string, Form[]>();
  groups.forEach((names, group) =>
    names.forEach((name) => {
      const keys = wordsOf(name).map((w) => w.key);
      if (!keys.length) return;
      forms.set(keys[0]!, [...(forms.get(keys[0]!) ?? []), { name, group, keys }].sort((a, b) => b.keys.length - a.keys.length));
    }),
  );
  return forms;
}

/** Where a word's letters and digits start and end in the query: without its punctuation ('"Hegseth,'), which stays where it is. */
export function lettersOf(word: Word): { start: number; end: number } {
  const { start, end } = lettersSpan(word.text);
  return { start: word.start + start, end: word.start + end };
}

/** The names in a query, left to right, none overlapping: at each word, the longest name that starts there. */
function namesIn(words: Word[], groups: AliasNames): Found[] {
  const forms = formsByFirstWord(groups);
  const found: Found[] = [];
  for (let i = 0; i < words.length; ) {
    const form = forms.get(words[i]!.key)?.find((f) => f.keys.every((key, k) => words[i + k]?.key === key));
    if (!form) {
      i++;
      continue;
    }
    const others = groups[form.group]!.filter((name) => name !== form.name);
    found.push({ start: lettersOf(words[i]!).start, end: lettersOf(words[i + form.keys.length - 1]!).end, others });
    i += form.keys.length;
  }
  return found;
}

/** A "quoted phrase" the reader wrote. */
const OWN_PHRASE = /"([^"]*)"/g;

/** Whether a place in a query is inside a "quoted phrase" the reader closed: a quote left open is words. */
export const inPhrase = (q: string, at: number) => [...q.matchAll(OWN_PHRASE)].some((m) => at > m.index && at < m.index + m[0].length);

/**
 * A variant with the reader's own quoted phrases among its phrases, taken out of its rest, where the query
 * holds more than one phrase, even punctuation: Pagefind searches one exactly only as the whole query. A
 * quote left open is words.
 */
function withOwnPhrases(variant: Variant): Variant {
  const own = [...variant.rest.matchAll(OWN_PHRASE)].map((m) => m[1]!.trim()).filter((phrase) => wordsOf(phrase).length);
  const rest = variant.rest.replace(OWN_PHRASE, ' ');
  // A phrase alone is searched as typed: without even punctuation beside it (`"drug boat".` is no exact search).
  if (!own.length || (!variant.phrases.length && own.length === 1 && !rest.trim())) return variant;
  return { ...variant, phrases: [...new Set([...variant.phrases, ...own])], rest };
}

/**
 * The ways to search a query that names something in the alias groups: the reader's own words, then the
 * same words with each name replaced by the thing's other names (every combination, `limit` at most).
 * A name put in is searched as a phrase (quoted, so an abbreviation such as "AP" matches that word
 * alone, not every word it begins), unless it stands inside the reader's own quotes (a phrase of its own
 * still, where those quotes hold the name alone). Pagefind searches a
 * quoted phrase exactly only where it is the whole query, so each variant also says which names it put in
 * as phrases, and which of the reader's own phrases stand beside other words (withOwnPhrases), and what is
 * left without them, for the search to find each phrase on its own (searchVariant in ./engine.ts).
 */
export function expandQuery(q: string, groups: AliasNames, limit = 8): Expansion {
  const words = wordsOf(q);
  const found = namesIn(words, groups);
  let variants: Variant[] = [{ query: q, names: [], replaced: [], phrases: [], rest: q }];
  // From the last name to the first, so the places of those before it stay where they were.
  for (const [at, { start, end, others }] of [...found.entries()].reverse()) {
    // Not after a quote left open, which is words: a name there is put in as a phrase, as anywhere else.
    const inQuotes = inPhrase(q, start);
    // A name the reader quoted alone ("Associated Press" strike) is a phrase of its own too, quotes and all.
    const ownPhrase = inQuotes && q[start - 1] === '"' && q[end] === '"';
    const put = (text: string, name: string, as: string) => text.slice(0, start) + (inQuotes ? name : as) + text.slice(end);
    const rest = (text: string, name: string) => (ownPhrase ? text.slice(0, start - 1) + text.slice(end + 1) : put(text, name, ''));
    variants = variants
      .flatMap((variant) => [
        variant,
        ...others.map((name) => ({
          query: put(variant.query, name, `"${name}"`),
          names: [name, ...variant.names],
          replaced: [at, ...variant.replaced],
          phrases: inQuotes && !ownPhrase ? variant.phrases : [name, ...variant.phrases],
          rest: rest(variant.rest, name),
        })),
      ])
      .slice(0, limit + 1);
  }
  return {
    variants: variants.map(withOwnPhrases),
    alsoSearched: [...new Set(found.flatMap((f) => f.others))],
    named: found.map(({ start, end }) => ({ start, end })),
  };
}

let loading: Promise<AliasNames> | undefined;

/** The alias groups, fetched once; none when they cannot be had, so search still runs on the words alone. */
export function loadAliases(): Promise<AliasNames> {
  loading ??= fetch(ALIASES_URL)
    .then((response) => (response.ok ? (response.json() as Promise<AliasNames>) : []))
    .catch(() => []);
  return loading;
}
