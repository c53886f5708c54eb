import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, test } from 'vitest';
import { splitFile } from '../../src/checks/frontmatter';
import { outletName } from '../../src/domain/sources';
import { isoDay } from '../../src/format/dates';
import { literal } from '../../src/format/pattern';
import { sentencesOf } from '../../src/markdown/sentences';
import { blocksOf, parseBody } from '../../src/markdown/sourceText';
import { explainerSchema } from '../../src/schemas/explainer';
import { sourceSchema } from '../../src/schemas/source';
import { wordsFor } from '../../src/i18n/words';
import { EDITORIAL_TEAM, siteUrl } from '../../src/site';
import { readPage } from '../helpers/html';

/*
 * The site as clients without our stylesheet or scripts read it: Mozilla Readability (Firefox's reader view,
 * and read-later services built on it) and a text browser (w3m). Both read the built HTML as it is served.
 */

const siteDir = inject('siteDir');
const SITE = siteUrl();
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What Readability extracts from a built page, as Firefox's reader view would show it. */
async function readerView(path: string) {
  const html = await readFile(join(siteDir, path, 'index.html'), 'utf8');
  const article = new Readability(new JSDOM(html, { url: new URL(path, SITE).href }).window.document).parse();
  if (!article) throw new Error(`Readability found no article on ${path}`);
  return { ...article, text: fold(article.textContent ?? '') };
}

/** The runs of `n` words in a text, as they read. */
const runs = (text: string, n: number) => {
  const words = fold(text).split(' ');
  return words.slice(0, Math.max(0, words.length - n + 1)).map((_, i) => words.slice(i, i + n).join(' '));
};

describe('the explainer in a reader view (Mozilla Readability)', async () => {
  const { data, body } = splitFile(await readFile('content/explainer/index.mdx', 'utf8'));
  const explainer = explainerSchema.parse(data);
  // Our prose: the MDX body without its components (citations and charts), as a reader reads it.
  const prose = sentencesOf(parseBody(body)).map((s) => s.text).join(' ');
  const view = await readerView('/');
  const home = await readPage(siteDir, '/');
  const passages = home.querySelectorAll('.endnotes [id$="-passage"]').map((e) => e.text.replace(/^“|”$/g, ''));

  // The rest is the charts' tables read as text, whose strikes' notes are written out in full for readers
  // (1.3004 times on 3 December 2026, when they were): the prose must stay most of it.
  test('is at most 1.35 times as long as our prose', () => {
    expect(prose.length).toBeGreaterThan(10_000);
    expect(view.text.length).toBeLessThanOrEqual(1.35 * prose.length);
  });

  test('quotes no passage of a source, except the words our prose quotes', () => {
    expect(passages.length).toBeGreaterThan(50);
    const ours = fold(prose);
    const quoted = new Set(passages.flatMap((passage) => runs(passage, 6)).filter((run) => view.text.includes(run) && !ours.includes(run)));
    expect([...quoted]).toEqual([]);
  });

  test('keeps the prose, with each citation as its note’s number', () => {
    for (const sentence of sentencesOf(parseBody(body)).filter((s) => !s.cites.length && !s.heading).slice(0, 40))
      expect(view.text).toContain(sentence.text);
    const cites = home.querySelectorAll('article a.cite');
    expect(view.text.match(/\[\d+\]/g)).toEqual(cites.map((cite) => cite.text));
  });

  test('has a byline, the editorial team, and the date of publication', () => {
    expect(view.byline).toBe(EDITORIAL_TEAM.name);
    expect(view.publishedTime).toBe(isoDay(explainer.published));
  });

  test('leaves out the notes and the log, which end the page for every other reader', () => {
    expect(view.text).not.toContain('Notes: every passage cited');
    expect(view.text).not.toContain(explainer.log[0]!.text.slice(0, 60));
    expect(home.querySelector('article.explainer > footer .endnotes')).not.toBeNull();
  });
});

describe.each((await readdir('content/sources')).map((f) => f.replace(/\.mdx$/, '')))('/sources/%s/ in a reader view', async (id) => {
  const { data, body } = splitFile(await readFile(`content/sources/${id}.mdx`, 'utf8'));
  const source = sourceSchema.parse(data);
  const blocks = blocksOf(body);
  const headings: string[] = [];
  visit(parseBody(body), 'heading', (node: Heading) => void headings.push(fold(toString(node))));
  const view = await readerView(`/sources/${id}/`);

  test('is the article’s paragraphs in order, its subheadings and captions marked as such, and nothing else', () => {
    let rest = view.text;
    const between: string[] = [];
    for (const block of blocks) {
      const at = rest.indexOf(fold(block.text));
      expect(at, `paragraph ${block.n}`).toBeGreaterThanOrEqual(0);
      between.push(rest.slice(0, at));
      rest = rest.slice(at + fold(block.text).length);
    }
    between.push(rest);
    // What is left between the paragraphs: the article's own subheadings, and the label of a photo caption.
    const left = between.map((gap) => headings.reduce((text, heading) => text.replace(heading, ''), gap).replace('Photo caption:', '').trim());
    expect(left.filter(Boolean)).toEqual([]);
  });

  test('has the article’s byline, or its outlet, and the day it was published', () => {
    // Readability takes the byline from the page's JSON-LD, whose author is the outlet where it is known;
    // else from the page's own <meta name="author">.
    expect(view.byline).toBe(source.outlet.name ?? source.byline ?? outletName(source));
    expect(view.publishedTime).toBe(isoDay(source.published.date));
  });
});

/** A built page as a text browser (w3m) prints it, wrapped lines and all. */
async function dump(path: string) {
  const file = join(siteDir, path, 'index.html');
  const run = promisify(execFile)('w3m', ['-dump', '-cols', '100', '-I', 'UTF-8', '-O', 'UTF-8', '-T', 'text/html', file], { maxBuffer: 1 << 24 });
  const { stdout } = await run.catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' ? new Error('w3m is not installed: apt-get install -y w3m (.ci/run does this)') : error;
  });
  return stdout;
}

describe.each([
  ['/', 'en'],
  ['/search/', 'en'],
  ['/ledger/', 'en'],
  ['/es/', 'es'],
  ['/es/search/', 'es'],
] as const)('%s in a text browser (w3m), which knows no <header> and shows what our stylesheet hides', async (path, locale) => {
  const words = wordsFor(locale);
  const lines = (await dump(path)).split('\n').map((line) => line.trim()).filter(Boolean);

  test('the skip link and the site’s name are lines of their own', () => {
    expect(lines.slice(0, 2)).toEqual([words.site.skipLink, words.site.name]);
  });

  test('the header’s search box reads as its label, its field, its key’s hint and its button, apart', () => {
    const box = new RegExp(`^${literal(words.search.boxLabel)} \\[ +\\] Ctrl K ${literal(words.search.button)}$`);
    expect(lines.filter((line) => box.test(line))).toHaveLength(1);
  });

  test.runIf(path.endsWith('/search/'))('the search page’s form reads as its label, its field and its button, apart', () => {
    const form = new RegExp(`^${literal(words.search.label)} \\[ +\\] ${literal(words.search.button)}$`);
    expect(lines.filter((line) => form.test(line))).toHaveLength(1);
  });

  test.runIf(path === '/ledger/')('each figure’s paragraph number and the words it quotes are apart', () => {
    expect(lines.filter((line) => /¶/.test(line)).length).toBeGreaterThan(5);
    expect(lines.filter((line) => /\d“/.test(line))).toEqual([]);
  });
});

test('a source page in a text browser (w3m): its notes, in English and in Spanish for the other edition, both shown, are apart', async () => {
  const path = '/sources/indian-witness-2025-12-03/';
  const page = await readPage(siteDir, path);
  const text = fold(await dump(path));
  const pairs = page.querySelectorAll('[data-english]').map((en) => [fold(en.text), fold(en.nextElementSibling!.text)] as const);
  expect(pairs.length).toBeGreaterThan(0);
  for (const [en, es] of pairs) expect(text).toContain(`${en} ${es.split(' ').slice(0, 4).join(' ')}`);
});

describe('the charts in a text browser (w3m)', async () => {
  // Words are compared without spaces: w3m wraps lines, and runs a drawing's labels together.
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const count = (text: string, words: string) => text.split(squeeze(words)).length - 1;

  describe.each(['/', '/data/'])('%s', async (path) => {
    const page = await readPage(siteDir, path);
    const text = squeeze(await dump(path));
    const figures = page.querySelectorAll('figure[data-chart]');

    test.each(figures.map((f) => [f.id, f] as const))('#%s shows its caption and summary once, its drawing’s words at most once', (_, figure) => {
      expect(count(text, figure.querySelector('figcaption')!.text)).toBe(1);
      expect(count(text, figure.querySelector('.chart-summary')!.text)).toBe(1);
      const labels = figure.querySelectorAll('svg text').map((t) => t.text).join('');
      expect(labels.length).toBeGreaterThan(0);
      expect(count(text, labels)).toBeLessThanOrEqual(1);
      // Once per figure: two figures of as many rows ("The data: 27 rows") share the words.
      const data = figure.querySelector('.chart-data summary')!.text;
      expect(count(text, data)).toBe(figures.filter((f) => f.querySelector('.chart-data summary')!.text === data).length);
    });
  });

  test.each(['/strikes/4/', '/es/strikes/4/'])('%s shows each drawing’s description and labels apart, one after another, and its two links to the strikes either side', async (path) => {
    const page = await readPage(siteDir, path);
    const text = fold(await dump(path));
    // The drawings shown inline (a figure's drawing in a data block, which w3m skips, is not in the parsed page).
    const drawings = page.querySelectorAll('svg');
    expect(drawings.length).toBeGreaterThan(1);
    for (const svg of drawings) {
      // Its description where it has one of its own (w3m shows no <title>).
      const words = [svg.querySelector('desc'), ...svg.querySelectorAll('text')].map((e) => fold(e?.text ?? '')).filter(Boolean);
      expect(words.length).toBeGreaterThan(5);
      for (const [i, word] of words.slice(1).entries()) expect(text, svg.id).toContain(`${words[i]} ${word}`);
    }
    const [previous, next] = page.querySelectorAll('.prev-next a').map((a) => fold(a.text));
    expect(text).toContain(`${previous} ${next}`);
  });

  test('the explainer quotes each cited passage once, in its note', async () => {
    const text = squeeze(await dump('/'));
    const notes = (await readPage(siteDir, '/')).querySelectorAll('.endnotes [id$="-passage"]');
    expect(notes.length).toBeGreaterThan(50);
    for (const passage of notes) expect(count(text, passage.text)).toBe(1);
  });
});
