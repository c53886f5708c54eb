import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Locale } from '../site';
import { CITE } from './cites';
import { QUOTE, QUOTE_MARKS, translationOf } from './quotes';

/** Where a sentence starts in its file. */
export interface Place {
  line: number;
  column: number;
}

/** One sentence of an MDX document's prose, as a reader reads it, with the citations written in it. */
export interface Sentence {
  /** Its words: citations left out, Markdown undone, spaces folded. */
  text: string;
  /** Its `<Cite>` elements, in reading order. */
  cites: MdxJsxTextElement[];
  /** Where it starts. */
  start: Place;
  /** Whether it is a heading, which has no room for a citation. */
  heading: boolean;
}

// Stands for a citation while a block is split into sentences.
const MARK = '\uE000';

/** A block's words, one place per character, and its citations in the order of their marks. */
interface Flat {
  chars: string[];
  places: Place[];
  cites: MdxJsxTextElement[];
}

/** Adds characters written by a component rather than typed, all at one place. */
function add(flat: Flat, text: string, place = { line: 1, column: 1 }) {
  for (const char of text) {
    flat.chars.push(char);
    flat.places.push({ line: place.line, column: place.column });
  }
}

/** Adds the words of inline nodes to `flat`, as they read: link text, emphasis undone, citations marked. */
function flatten(nodes: readonly PhrasingContent[], flat: Flat) {
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      let { line, column } = node.position?.start ?? { line: 1, column: 1 };
      // inlineCode's value starts after its backtick.
      if (node.type === 'inlineCode') column++;
      for (const char of node.value) {
        flat.chars.push(char);
        flat.places.push({ line, column });
        if (char === '\n') {
          line++;
          column = 1;
        } else column++;
      }
    } else if (node.type === 'break') {
      flat.chars.push(' ');
      flat.places.push(node.position?.start ?? { line: 1, column: 1 });
    } else if (node.type === 'mdxJsxTextElement' && node.name === CITE) {
      flat.chars.push(MARK);
      flat.places.push(node.position?.start ?? { line: 1, column: 1 });
      flat.cites.push(node);
    } else if (node.type === 'mdxJsxTextElement' && node.name === QUOTE) {
      // As the reader reads it: the quoted words in their marks, then our translation.
      const translation = translationOf(node);
      const { open, close, translationOpen, translationClose } = QUOTE_MARKS;
      add(flat, open, node.position?.start);
      flatten(node.children, flat);
      add(flat, `${close}${translation === undefined ? '' : `${translationOpen}${translation}${translationClose}`}`, node.position?.end);
    } else if ('children' in node) flatten(node.children as PhrasingContent[], flat);
  }
}

/**
 * Where sentences end in a text: at `.`, `!` or `?` (or a closing quote after one) followed by a space and
 * a capital (of any alphabet: "Él"), an opening quote or mark ("¿", "«") or a bracket, but never inside a
 * quotation. Returns each sentence's [start, end) offsets.
 */
export function sentenceBounds(text: string): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || c === '«') quoted = true;
    else if (c === '”' || c === '»') quoted = false;
    else if (c === '"') quoted = !quoted;
    const ends = /[.!?]/.test(c) || (/[”"»]/.test(c) && !quoted && /[.!?]/.test(text[i - 1] ?? ''));
    let next = i + 1;
    while (/\s/.test(text[next] ?? '')) next++;
    if (!quoted && ends && next > i + 1 && /[\p{Lu}“"‘(¿¡«]/u.test(text[next] ?? '')) {
      bounds.push([start, i + 1]);
      start = i + 1;
    }
  }
  return [...bounds, [start, text.length] as [number, number]];
}

/** Text as a reader reads it: no citation marks, spaces folded, none before punctuation. */
const readable = (text: string) =>
  text
    .replaceAll(MARK, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:!?)\]”])/g, '$1')
    .trim();

/** The sentences of a block (a paragraph, list item paragraph, heading or table cell). */
function sentencesOfBlock(children: readonly PhrasingContent[], heading: boolean): Sentence[] {
  const flat: Flat = { chars: [], places: [], cites: [] };
  flatten(children, flat);
  const text = flat.chars.join('');
  let cite = 0;
  return sentenceBounds(text).flatMap(([from, to]) => {
    const raw = text.slice(from, to);
    const marks = [...raw].filter((c) => c === MARK).length;
    const cites = flat.cites.slice(cite, (cite += marks));
    const lead = raw.length - raw.trimStart().length;
    const words = readable(raw);
    return words || cites.length ? [{ text: words, cites, start: flat.places[from + lead] ?? flat.places[from], heading }] : [];
  });
}

/** Every sentence of a parsed MDX document's prose and headings, in reading order. */
export function sentencesOf(tree: Root): Sentence[] {
  const out: Sentence[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      out.push(...sentencesOfBlock(node.children, node.type === 'heading'));
      return 'skip';
    }
  });
  return out;
}

/** A figure in digits, or a number in words of the language, as a whole word ("once" in Spanish, not in English). */
const figure = (words: string) => new RegExp(`\\d+(?:[.,]\\d+)*|(?<!\\p{L})(?:${words})(?!\\p{L})`, 'iu');

/**
 * Words for numbers that state a figure, in each edition's language; "one" ("uno", "una") is left out, as
 * it mostly does not ("one outlet").
 */
const FIGURE: Record<Locale, RegExp> = {
  en: figure('two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?'),
  es: figure(
    'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\\p{L}+|veinte|veinti\\p{L}+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|cientos?|doscient\\p{L}+|trescient\\p{L}+|quinient\\p{L}+|mil|miles|millón|millones|docenas?',
  ),
};

/** The first figure in a text: "21", "three"; "once" ("eleven") in Spanish. */
export const figureIn = (text: string, locale: Locale = 'en') => FIGURE[locale].exec(text)?.[0];

/** The first quotation in a text, with its marks: "“respectful and cordial”". */
export const quotationIn = (text: string) => /["“][^"“”]*["”]?/.exec(text)?.[0];

/** A sentence that states a figure or quotes words without citing where they come from. */
export interface Unattributed {
  sentence: Sentence;
  message: string;
}

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Every sentence that states a figure or a quotation without a `<Cite>` in the same sentence, and every
 * heading that states a figure (a heading has no room for a citation). A quoted label in a heading
 * ("kill everybody") is allowed: the section under it cites it.
 */
export function unattributed(sentences: readonly Sentence[], locale: Locale = 'en'): Unattributed[] {
  return sentences.flatMap((sentence): Unattributed[] => {
    if (sentence.cites.length) return [];
    const figure = figureIn(sentence.text, locale);
    if (sentence.heading)
      return figure
        ? [{ sentence, message: `a heading cannot hold a citation, so it may not state a figure ("${figure}"): give it in the text, cited: "${clip(sentence.text)}"` }]
        : [];
    const quotation = quotationIn(sentence.text);
    const what = figure ? `states a figure ("${figure}")` : quotation ? `quotes ${clip(quotation, 40)}` : undefined;
    return what ? [{ sentence, message: `this sentence ${what} but cites nothing: add a <Cite> of the passage or row it comes from, in the same sentence: "${clip(sentence.text)}"` }] : [];
  });
}
