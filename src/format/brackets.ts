/** Where a character of a text is: inside brackets or not, for each character in turn. */
function* depths(text: string): Generator<[char: string, index: number, outside: boolean]> {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    depth = Math.max(0, depth + (char === '(' ? 1 : char === ')' ? -1 : 0));
    yield [char, i, depth === 0 && char !== ')'];
  }
}

/**
 * Words in parentheses, as a title names its outlet: "(BNO News)". Parentheses within become square
 * brackets, as style guides nest them: "(Muslim Network TV [MNTV])", not "(Muslim Network TV (MNTV))".
 */
export const inParentheses = (text: string) => `(${text.replace(/\(/g, '[').replace(/\)/g, ']')})`;

/** Splits text at each `separator` outside brackets: "a (b; c); d" → ["a (b; c)", "d"], each part trimmed, empty ones left out. */
export function splitOutsideBrackets(text: string, separator = ';'): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const [char, i, outside] of depths(text)) {
    if (char !== separator || !outside) continue;
    parts.push(text.slice(from, i));
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/**
 * Words the data's notes shorten with a full stop that does not end a sentence: "Adm. Frank Bradley",
 * "Sen. Cotton", "Gerald R. Ford", "U.S.", and a month before its day ("Sept. 2"; "on 15 Sept. RTVC" ends one).
 */
const TITLE = /(?:^|[\s(])(?:Adm|Gen|Sen|Rep|Gov|Lt|Col|Capt|Cmdr|Mr|Mrs|Ms|Dr|St|incl|approx|vs|No|[A-Z]|[A-Z]\.[A-Z])$/;
const MONTH = /(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/**
 * A text's first sentence, without its full stop, as a note is quoted inside a sentence of ours: up to the
 * first ". " outside brackets and not after an abbreviation. The whole text, less a full stop at its end,
 * where it is one sentence.
 */
export function firstSentence(text: string): string {
  for (const [char, i, outside] of depths(text)) {
    if (char !== '.' || !outside || !/\s/.test(text[i + 1] ?? '')) continue;
    const before = text.slice(0, i);
    if (TITLE.test(before) || (MONTH.test(before) && /^\s+\d/.test(text.slice(i + 1)))) continue;
    return before;
  }
  return text.replace(/\.\s*$/, '');
}
