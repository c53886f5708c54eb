import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Segment } from '../format/segments';
import { defaultLocale, type Locale } from '../site';

/**
 * The component an edition in another language writes to quote a source in its own words, English, with
 * our translation after them: `<Quote es="respetuosa y cordial">respectful and cordial</Quote>` reads
 * “respectful and cordial” [«respetuosa y cordial»].
 */
export const QUOTE = 'Quote';

/** The marks around the quoted words, and around our translation after them: the brackets say it is ours. */
export const QUOTE_MARKS = { open: '“', close: '”', translationOpen: ' [«', translationClose: '»]' } as const;

/** Our translation, as a `<Quote>` gives it (its one attribute), or undefined where it gives none. */
export function translationOf(node: MdxJsxTextElement): string | undefined {
  const [attribute] = node.attributes;
  return attribute?.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? attribute.value : undefined;
}

/** A `<Quote>` that is written wrong, with where. */
export interface QuoteProblem {
  node: MdxJsxTextElement | { position?: MdxJsxTextElement['position'] };
  message: string;
}

/**
 * Every `<Quote>` in a page of the edition in `locale` that does not quote words with our translation in
 * that language: `<Quote es="…">words</Quote>` in the Spanish edition. A `<Quote>` standing alone as a
 * paragraph is named too: it belongs inside a sentence.
 */
export function quoteProblems(tree: Root, locale: Locale): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  const example = `<${QUOTE} ${locale}="our translation">the source's words</${QUOTE}>`;
  visit(tree, (node) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === QUOTE) problems.push({ node, message: `<${QUOTE}> stands alone: put it inside the sentence that quotes, as ${example}` });
    if (node.type !== 'mdxJsxTextElement' || node.name !== QUOTE) return;
    const names = node.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : '{…}'));
    if (names.length !== 1 || names[0] !== locale)
      problems.push({ node, message: `<${QUOTE}> takes one prop, ${locale}: our translation of the quoted words into this edition's language, as ${example}; got ${names.length ? names.join(', ') : 'none'}` });
    else if (!translationOf(node)?.trim()) problems.push({ node, message: `<${QUOTE}> ${locale}: expected our translation as a quoted value, as ${example}` });
    if (node.children.length === 0) problems.push({ node, message: `<${QUOTE}> quotes nothing: put the source's words between <${QUOTE} …> and </${QUOTE}>` });
  });
  return problems;
}

const QUOTED_WITH_TRANSLATION = new RegExp(`${QUOTE_MARKS.open}([^${QUOTE_MARKS.open}${QUOTE_MARKS.close}]+)${QUOTE_MARKS.close}(?=${QUOTE_MARKS.translationOpen.replace('[', '\\[')})`, 'g');

/**
 * Plain text of an edition in another language (an entry of its updates log) split where it quotes a source's
 * English words as `<Quote>` shows them, “words” [«our translation»], so that the words can be marked as
 * English (WCAG 3.1.2): the marks stay in the page's language, as `<Quote>` leaves them.
 */
export function quotedEnglish(text: string): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  for (const match of text.matchAll(QUOTED_WITH_TRANSLATION)) {
    const words = match.index + QUOTE_MARKS.open.length;
    segments.push({ text: text.slice(from, words) }, { text: match[1]!, lang: 'en' });
    from = words + match[1]!.length;
  }
  segments.push({ text: text.slice(from) });
  return segments.filter((segment) => segment.text !== '');
}

/** Our prose on a page of `locale`, in segments: in another edition than the English, its quotes of English marked (quotedEnglish). */
export const proseIn = (locale: Locale, text: string): Segment[] => (locale === defaultLocale ? [{ text }] : quotedEnglish(text));
