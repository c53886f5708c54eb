import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate, type Report } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { builtFiles } from '../helpers/pages';

const siteDir = inject('siteDir');
const htmlFiles = (await builtFiles(siteDir)).filter((f) => f.endsWith('.html'));

/** The spec's rules (html-validate:standard) plus document structure and accessibility; see htmlvalidate.json. */
const validator = new HtmlValidate(JSON.parse(await readFile(new URL('htmlvalidate.json', import.meta.url), 'utf8')));

/** One line per error: "file:line:column rule: message". */
const errorsOf = (report: Report) =>
  report.results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));

describe('the HTML validator', () => {
  // A class repeated on one element is how a shared spread object shows (Astro adds its scoping class to the
  // object itself): the timeline at 1,000 sources once weighed 8.8 MB, not 0.8 MB, from it.
  test('reports errors in invalid HTML: a duplicate id, a skipped heading level, a class repeated on one element', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>Bad</title></head><body><main><h1>A</h1><h3 id="x">B</h3><p id="x"><div>C</div></p><p class="a b a">D</p></main></body></html>',
      'bad.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'heading-level', 'no-dup-class']));
    expect(report.valid).toBe(false);
  });
});

describe('every built page is valid HTML', () => {
  test.each(htmlFiles)('%s', async (file) => {
    const path = join(siteDir, file);
    expect(errorsOf(await validator.validateString(await readFile(path, 'utf8'), file))).toEqual([]);
  });
});

/**
 * Where a link's words run into the words beside it ("the sources</a>and", "Source:<a"): a template that
 * ends a line with a link or a word and starts the next with an expression or a link loses the space
 * between them (so can an expression before a link in a component's slot). An empty link (a paragraph's
 * number, drawn by CSS) is not words; an opening bracket, a quotation mark, a slash or a dash may touch a link.
 */
function runTogether(html: string): string[] {
  const text = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
  return [
    ...[...text.matchAll(/([^<>\s][^<>]{0,30})<\/a>([\p{L}\p{N}(][^<]{0,20})/gu)].map((m) => m[0]),
    ...[...text.matchAll(/([^\s<>(“‘"'/–—-]{1,20})<a\b[^>]*>([^<]{0,20})/gu)].map((m) => `${m[1]}<a>${m[2]}`),
  ];
}

describe('no link runs into the words beside it', () => {
  test('the check finds a lost space after a link or before one, and not an empty link before a paragraph or a link in brackets', () => {
    expect(runTogether('<p>Read <a href="/s/">the sources</a>and <a href="/d/">the data</a>.</p>')).toEqual(['the sources</a>and ']);
    expect(runTogether('<p>All sources ·<a href="/about/">About us</a>. Source:<a href="/d/">our data</a>.</p>')).toEqual(['·<a>About us', 'Source:<a>our data']);
    expect(runTogether('<p><a class="pnum" href="#p-2"></a>The exchange <a href="/x/">follows</a> (1:50m) (<a href="/y/">y</a>), “<a href="/z/">z</a>”</p>')).toEqual([]);
  });

  test.each(htmlFiles)('%s', async (file) => {
    expect(runTogether(await readFile(join(siteDir, file), 'utf8'))).toEqual([]);
  });
});
