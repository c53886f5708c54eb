/** A stretch of text, in the page's language or, where `lang` is given, in that one; `code`, a name or value as the data writes it. */
export interface Segment {
  text: string;
  lang?: string;
  code?: boolean;
}

/** A data name or value in a description, as it writes them: "`killed`". */
const CODE = /`([^`]+)`/;

/**
 * Segments with each name or value of the data their text writes in backticks ("not in `killed`") set apart
 * as code, in `lang` where the page's language is not the data's (a column's name is English on every page).
 */
export const codeSpans = (segments: readonly Segment[], lang?: string): Segment[] =>
  segments.flatMap((segment) =>
    segment.text
      .split(CODE)
      .map((text, i): Segment => (i % 2 ? { text, code: true, ...((lang ?? segment.lang) && { lang: lang ?? segment.lang }) } : { ...segment, text }))
      .filter((piece) => piece.text),
  );

/** A description's text with its backticks dropped, where it cannot set code apart (structured data): "not in killed". */
export const withoutCode = (text: string) => text.split(CODE).join('');

/**
 * Text split where it holds any of `passages` (words in another language: a note of the data, in English, in a
 * sentence of the Spanish edition), each of them marked with `lang`, so that a page can say which words are in
 * which language (WCAG 3.1.2). Text that holds none is one segment.
 */
export function marked(text: string, passages: readonly (string | undefined)[], lang: string): Segment[] {
  const found = [...new Set(passages.filter((p): p is string => !!p?.trim()))].sort((a, b) => b.length - a.length);
  const segments: Segment[] = [];
  let from = 0;
  while (from < text.length) {
    const next = found.map((passage) => ({ passage, at: text.indexOf(passage, from) })).filter(({ at }) => at >= 0).sort((a, b) => a.at - b.at)[0];
    if (!next) break;
    if (next.at > from) segments.push({ text: text.slice(from, next.at) });
    segments.push({ text: next.passage, lang });
    from = next.at + next.passage.length;
  }
  if (from < text.length) segments.push({ text: text.slice(from) });
  return segments;
}

/** The words a note of ours quotes from an article, in curly double quotes: “on Wednesday”. */
export const quotedWords = (text: string) => [...text.matchAll(/“([^“”]+)”/g)].map((m) => m[1]!);

/**
 * A note of ours in another language than its source's, with each of the article's words it quotes marked
 * with the article's `lang` (the words, not their quotation marks, as `marked` does): in our Spanish notes an English quote is in “curly quotes”, our translation
 * after it in «angle quotes» (“on Wednesday” [«el miércoles»]), so a screen reader reads each in its language.
 */
export const quotesIn = (text: string, lang: string): Segment[] => marked(text, quotedWords(text), lang);
