/**
 * Writes one line of article text so that MDX shows it exactly as it is: never as code, markup or
 * Markdown formatting. `<`, `{` and `}` become character references (&lt; &#123; &#125;), a line that
 * starts with `import` or `export` starts with a reference (&#105;mport), and Markdown's punctuation
 * is escaped with a backslash (a `~` too, where a line starts with one: `~~~` opens a code block).
 */
export function escapeMdx(line: string): string {
  let text = line
    .replace(/\\/g, '\\\\')
    // An "&" that would start a character reference is spelled as one itself.
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
    .replace(/[*_`[\]]/g, '\\$&');
  // What makes a line a heading, quote, list, rule, code fence or ESM in Markdown and MDX, but only at its start.
  text = text
    .replace(/^(import|export)\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`)
    .replace(/^([#>+~-])/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(=+)$/, '\\$1');
  return text;
}

/**
 * escapeMdx() for a subheading's text, written after `## `: a run of `#` at its end, after a space, would
 * close the heading and be dropped ("A #" would show "A"), so its first `#` is escaped too.
 */
export const escapeHeading = (line: string): string => escapeMdx(line).replace(/(\s)(#+\s*)$/, '$1\\$2');
