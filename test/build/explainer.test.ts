import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { splitFile } from '../../src/checks/frontmatter';
import { figureIn, quotationIn, sentenceBounds } from '../../src/markdown/sentences';
import { sourceSchema } from '../../src/schemas/source';
import { readPage, textOf } from '../helpers/html';
import { buildSite } from '../helpers/site';
import { siteCopy } from '../helpers/siteCopy';

const siteDir = inject('siteDir');
const home = await readPage(siteDir, '/');
const article = home.querySelector('article.explainer')!;
const cites = article.querySelectorAll('a.cite');
/** The note a citation links to, on this page. */
const noteOf = (cite: HTMLElement) => article.querySelector(cite.getAttribute('href')!)!;
/** Where a citation leads, through its note: the paragraph or data row the note links to. */
const targetOf = (cite: HTMLElement) => noteOf(cite).querySelector('a')!.getAttribute('href')!;

const CITED = '⟦cited⟧';

/** The sentences of a block of prose as built, with each citation replaced by a marker. */
function sentences(block: HTMLElement): string[] {
  const clone = block.clone() as HTMLElement;
  for (const cite of clone.querySelectorAll('.cite-wrap')) cite.replaceWith(CITED);
  const text = clone.text.replace(/\s+/g, ' ');
  return sentenceBounds(text).map(([from, to]) => text.slice(from, to).trim()).filter(Boolean);
}

describe('the explainer at /', () => {
  test('has a table of contents listing every section', () => {
    const toc = article.querySelectorAll('nav.toc a').map((a) => a.getAttribute('href'));
    const sections = article.querySelectorAll('h2[id]').map((h) => `#${h.id}`).filter((id) => !['#toc-heading', '#log-heading', '#notes-heading'].includes(id));
    expect(toc).toEqual(sections);
    expect(toc.length).toBeGreaterThanOrEqual(8);
  });

  test('shows its byline, linked to the team’s page, its dates, its reading time and its log', () => {
    const [byline, meta] = article.querySelectorAll('header .meta').map((p) => p.text.replace(/\s+/g, ' '));
    expect(byline).toMatch(/^By the Strikes at Sea editorial team · Published \d+ \w+ \d{4} · Updated \d+ \w+ \d{4}$/);
    expect(article.querySelector('header a[rel="author"]')?.getAttribute('href')).toBe('/about/');
    expect(article.querySelectorAll('header time').map((t) => t.getAttribute('datetime'))).toEqual(['2026-11-21', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
    expect(meta).toMatch(/^\d+ minute read · Updates and corrections · \d+ citations/);
    expect(article.querySelector('footer section.update-log h2')?.text).toBe('Updates and corrections');
  });

  test('is 2,000 to 3,500 words of prose', () => {
    const words = article.querySelectorAll('p, li')
      .filter((e) => !e.closest('figure, .ledger, .endnotes, .update-log, nav, header'))
      .flatMap((e) => sentences(e).join(' ').replaceAll(CITED, '').split(/\s+/).filter(Boolean));
    expect(words.length).toBeGreaterThanOrEqual(2000);
    expect(words.length).toBeLessThanOrEqual(3500);
  });

  test('as built, cites every figure and quotation in its prose in the same sentence (the build checks the MDX)', () => {
    const prose = article.querySelectorAll('p, li').filter((e) => !e.closest('figure, .ledger, .endnotes, .update-log, nav, header'));
    const stated = prose.flatMap(sentences).filter((s) => figureIn(s.replaceAll(CITED, '')) || quotationIn(s.replaceAll(CITED, '')));
    expect(stated.length).toBeGreaterThan(50);
    expect(stated.filter((s) => !s.includes(CITED))).toEqual([]);
  });

  test('every citation is its note’s number, linked to the note, which links to an anchor that exists in the built site', async () => {
    expect(cites.length).toBeGreaterThan(50);
    for (const cite of cites) {
      const note = noteOf(cite);
      expect(note.id).toMatch(/^note-\d+$/);
      expect(cite.text).toBe(`[${note.id.slice('note-'.length)}]`);
      expect(cite.getAttribute('aria-label')).toBe(`Note ${note.id.slice('note-'.length)}`);
      const [path, hash] = targetOf(cite).split('#');
      const target = await readPage(siteDir, path);
      expect(target.querySelector(`[id="${hash}"]`), targetOf(cite)).not.toBeNull();
    }
  });

  test('quotes no passage in the text: each citation is described by its note’s passage, from the source’s own text', async () => {
    expect(article.querySelectorAll('.cite-wrap').every((wrap) => wrap.text.trim().length <= '[999]'.length)).toBe(true);
    for (const cite of cites.filter((c) => targetOf(c).startsWith('/sources/'))) {
      const [path, hash] = targetOf(cite).split('#');
      const paragraph = (await readPage(siteDir, path)).querySelector(`#${hash}`)!;
      const described = cite.getAttribute('aria-describedby')!.split(' ').map((id) => article.querySelector(`#${id}`)!.text);
      expect(described[0]).toBe(noteOf(cite).querySelector('a')!.text);
      expect(described[1]).toBe(`“${textOf(paragraph)}”`);
    }
  });

  test('ends with one note per cited passage, quoting it once, with a way back to each citation of it', () => {
    const notes = article.querySelectorAll('.endnotes li');
    const passages = [...new Set(cites.map(targetOf))];
    // Notes are numbered in the order their passages are first cited.
    expect(notes.map((li) => li.querySelector('a')!.getAttribute('href'))).toEqual(passages);
    expect(notes.map((li) => li.id)).toEqual(passages.map((_, i) => `note-${i + 1}`));
    expect(notes.length).toBeLessThan(cites.length);
    // Each way back has a name of its own, which holds the letter it shows.
    const backs = article.querySelectorAll('.endnotes a.note-back');
    const names = backs.map((a) => a.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(backs.length);
    for (const a of backs) if (a.text.trim() !== '↩') expect(a.getAttribute('aria-label')).toMatch(new RegExp(`citation ${a.text.trim()}$`));
    for (const [i, li] of notes.entries()) {
      const citing = cites.filter((c) => targetOf(c) === passages[i]);
      expect(li.querySelectorAll('a.note-back').map((a) => a.getAttribute('href'))).toEqual(citing.map((c) => `#${c.id}`));
      // Each citation of it is marked with its number, in print as on screen.
      for (const c of citing) expect(c.getAttribute('href')).toBe(`#note-${i + 1}`);
      // The passage is on the page once: here.
      const quote = li.querySelector(`#note-${i + 1}-passage`)?.text;
      if (quote) expect(home.text.split(quote)).toHaveLength(2);
    }
  });

  test('a note says where its source’s date is ours, inferred from an undated copy, and not where it is printed', () => {
    const label = (source: string) => article.querySelector(`.endnotes li > a[href^="/sources/${source}/"]`)!.text.replace(/\s+/g, ' ').trim();
    expect(label('muslim-network-tv-2025-11-30')).toMatch(/^Muslim Network TV \(MNTV\), 30 November 2025 \(date inferred\), paragraph \d+$/);
    expect(label('turkiye-today-2025-12-01')).toMatch(/^Türkiye Today, 1 December 2025, paragraph \d+$/);
  });

  test('a note of a strike event’s row links to that strike’s page too, which prints what the row’s summary on the data page leaves out', async () => {
    const notes = article.querySelectorAll('.endnotes li').filter((li) => li.querySelector('a')!.getAttribute('href')!.startsWith('/data/#strike-'));
    expect(notes.length).toBeGreaterThan(5);
    for (const li of notes) {
      const row = li.querySelector('a')!.getAttribute('href')!.slice('/data/#strike-'.length);
      const page = li.querySelectorAll('a').find((a) => a.getAttribute('href') === `/strikes/${row}/`);
      expect(page?.text, row).toBe('the strike’s page: who was aboard, what each report says');
      expect((await readPage(siteDir, `/strikes/${row}/`)).querySelector('#who'), row).not.toBeNull();
    }
    // A reported total has no page of its own: its row is all there is.
    const report = article.querySelectorAll('.endnotes li').find((li) => li.querySelector('a')!.getAttribute('href')!.startsWith('/data/#report-'))!;
    expect(report.querySelectorAll('a:not(.note-back)')).toHaveLength(1);
  });

  test('links to the figure ledger', () => {
    expect(article.querySelector('a[href="/ledger/"]')).not.toBeNull();
  });
});

describe('the explainer’s paragraphs, where search lands', () => {
  test('in each edition, each paragraph and list item of the text has an id of its section and its place there, and the editions have as many in each section', async () => {
    /** How many blocks each section of an edition's text has, each block's id checked: the text is the article's own children. */
    const sections = async (path: string) => {
      const page = await readPage(siteDir, path);
      const body = page.querySelector('article.explainer')!;
      const ids = page.querySelectorAll('[id]').map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), `${path}: ids on the page twice`).toEqual([]);
      const counts: number[] = [];
      let section: string | undefined;
      for (const block of body.children) {
        if (/^H[1-6]$/.test(block.tagName)) {
          section = block.id;
          counts.push(0);
          continue;
        }
        const items = block.tagName === 'P' ? [block] : ['UL', 'OL'].includes(block.tagName) ? block.querySelectorAll(':scope > li') : [];
        for (const item of items) expect(item.id, `${path}: ${textOf(item).slice(0, 40)}`).toBe(`${section}-p${++counts[counts.length - 1]!}`);
      }
      return counts;
    };
    const english = await sections('/');
    expect(english.every((n) => n > 0)).toBe(true);
    expect(english.reduce((a, b) => a + b)).toBeGreaterThan(30);
    expect(await sections('/es/')).toEqual(english);
  });
});

describe('the figure ledger at /ledger/', () => {
  test('has a row for every claim of every source, linked to its paragraph', async () => {
    const ledgerPage = (await readPage(siteDir, '/ledger/')).querySelector('main')!;
    const rows = ledgerPage.querySelectorAll('.ledger tbody tr');
    const links = rows.map((r) => r.querySelector('a')!.getAttribute('href'));
    let claims = 0;
    for (const file of await readdir('content/sources')) {
      const source = sourceSchema.parse(splitFile(await readFile(`content/sources/${file}`, 'utf8')).data);
      for (const claim of source.claims) {
        claims++;
        expect(links).toContain(`/sources/${file.replace('.mdx', '')}/#p-${claim.p}`);
      }
    }
    expect(rows).toHaveLength(claims);
    const killed = ledgerPage.querySelector('#ledger-killed')!.text;
    expect(killed).toContain('are counted with the 1 person lost at sea and presumed dead (27 October)');
  });

  test('a figure of one strike event links, in the data’s column, to that strike’s page, in each edition', async () => {
    for (const prefix of ['', '/es']) {
      const page = (await readPage(siteDir, `${prefix}/ledger/`)).querySelector('main')!;
      const row = page.querySelectorAll('#ledger-killed tbody tr').find((r) => r.querySelector('th a')!.getAttribute('href') === '/sources/turkiye-today-2025-12-01/#p-19')!;
      const data = row.querySelectorAll('td')[2]!.querySelector('a')!;
      expect(data.getAttribute('href'), prefix).toBe(`${prefix}/strikes/1/`);
      expect(data.text).toBe('11');
    }
  });

  test('a figure dated by its source’s day of publication, which we inferred, says so beside its day, in each edition', async () => {
    // The claims dated by an inferred day of publication: those without a day of their own, of a source whose day is inferred.
    let expected = 0;
    const inferred = new Set<string>();
    for (const file of await readdir('content/sources')) {
      const source = sourceSchema.parse(splitFile(await readFile(`content/sources/${file}`, 'utf8')).data);
      if (!source.published.inferred) continue;
      inferred.add(`/sources/${file.replace('.mdx', '')}/`);
      expected += source.claims.filter((claim) => !claim.asOf).length;
    }
    expect(expected).toBeGreaterThan(0);
    for (const [prefix, word] of [['', '(inferred)'], ['/es', '(deducida)']]) {
      const rows = (await readPage(siteDir, `${prefix}/ledger/`)).querySelectorAll('.ledger tbody tr');
      const marked = rows.filter((row) => textOf(row.querySelectorAll('td')[1]!).endsWith(` ${word}`));
      expect(marked, prefix).toHaveLength(expected);
      for (const row of marked) expect(inferred.has(row.querySelector('th a')!.getAttribute('href')!.split('#')[0]!), prefix).toBe(true);
    }
  });

  test('each metric is a heading in its table’s caption, so that a screen reader reaches it by heading; a row’s link says “paragraph”, not “¶”', async () => {
    for (const [path, paragraph] of [['/ledger/', 'paragraph'], ['/es/ledger/', 'párrafo']]) {
      const page = (await readPage(siteDir, path)).querySelector('main')!;
      const tables = page.querySelectorAll('.ledger table');
      expect(tables.length, path).toBeGreaterThan(5);
      for (const table of tables) expect(table.querySelector('caption > h2')?.text.trim(), path).toBeTruthy();
      expect(page.querySelectorAll('h2').length, path).toBe(tables.length);
      const link = page.querySelector('#ledger-killed tbody th a')!;
      expect(link.querySelector('[aria-hidden="true"]')!.text).toBe('¶');
      expect(textOf(link.querySelector('.sr-only')!)).toBe(paragraph);
    }
  });
});

describe('back-links from the sources', () => {
  test('each cited paragraph links back to the citation in the explainer', async () => {
    const cited = cites.filter((c) => targetOf(c).startsWith('/sources/'));
    for (const cite of cited) {
      const [path, hash] = targetOf(cite).split('#');
      const paragraph = (await readPage(siteDir, path)).querySelector(`#${hash}`)!;
      const backs = paragraph.querySelectorAll('a.backlink').map((a) => a.getAttribute('href'));
      expect(backs, `${path}#${hash}`).toContain(`/#${cite.id}`);
    }
  });

  test('a paragraph the explainer does not cite has no back-link', async () => {
    const page = await readPage(siteDir, '/sources/unidentified-outlet-2025-11-28/');
    const citedHere = new Set(cites.map(targetOf).filter((h) => h.startsWith('/sources/unidentified')).map((h) => h.split('#')[1]));
    for (const p of page.querySelectorAll('.source-text [id^="p-"]'))
      expect(p.querySelector('a.backlink') !== null).toBe(citedHere.has(p.id));
  });
});

describe('the build stops', () => {
  const copy = siteCopy('cite-dist');
  let original: string;
  const file = () => join(copy.site, 'content/explainer/index.mdx');
  /** Builds the copy with one change to the explainer; returns the build's output and the line of `marker`. */
  async function buildWith(change: (mdx: string) => string, marker: string) {
    const mdx = change(original);
    await writeFile(file(), mdx);
    const line = mdx.split('\n').findIndex((l) => l.includes(marker)) + 1;
    const result = await buildSite(copy.out, copy.site);
    expect(result.ok).toBe(false);
    return { output: result.output, line };
  }
  beforeAll(async () => {
    original = await readFile(file(), 'utf8');
  });

  test('on a citation to a missing paragraph, naming the MDX file, the line and what was wrong', async () => {
    const { output, line } = await buildWith((mdx) => mdx.replace('## In brief', '## In brief\n\nA claim <Cite source="indian-witness-2025-12-03" p="42" />.'), 'p="42"');
    // As `npm run check` names it, and named once: not again as a citation without a review (the Spanish
    // translation, which does not cite it, is named too).
    expect(output).toContain(`content/explainer/index.mdx:${line} text: <Cite> p: paragraph 42 does not exist in indian-witness-2025-12-03; it has 5 (p-1 to p-5)`);
    expect(output).not.toContain('<Cite> of indian-witness-2025-12-03#p-42 has no row');
  });

  test('on a citation added without a row in the review file', async () => {
    const added = 'Indian Witness calls the call brief <Cite source="indian-witness-2025-12-03" p="2" />.';
    const { output, line } = await buildWith((mdx) => mdx.replace('## In brief', `## In brief\n\n${added}`), added);
    expect(output).toContain(
      `content/explainer/index.mdx:${line} text: <Cite> of indian-witness-2025-12-03#p-2 has no row in content/explainer/index.review.csv: read the passage, then add a row with cites indian-witness-2025-12-03#p-2`,
    );
  });

  test('on frontmatter that is not valid YAML, at its line and in our words rather than the YAML library\'s', async () => {
    const broken = 'title: US strikes: what is reported';
    const { output, line } = await buildWith((mdx) => mdx.replace(/^title: .*$/m, broken), broken);
    expect(output).toContain(`content/explainer/index.mdx:${line} frontmatter: not valid YAML: `);
    expect(output).not.toContain('js-yaml');
  });

  test('on a chart with a misspelt prop, a component the explainer does not have, one in lower case and an import, each at its line (they failed the render with neither, or passed)', async () => {
    const map = '<StrikeMap captoin="Where the boats were struck" />';
    const unknown = '<StrikeChart />';
    const lowerCase = '<eachStrike />';
    const imported = "import Map from '../../src/components/mdx/StrikeMap.astro';";
    const { output, line } = await buildWith(
      (mdx) => mdx.replace('<StrikeMap />', map).replace('## In brief', `## In brief\n\n${unknown}\n\n${lowerCase}\n\n${imported}`),
      map,
    );
    const lines = (await readFile(file(), 'utf8')).split('\n');
    const at = (text: string) => `content/explainer/index.mdx:${lines.indexOf(text) + 1} text: `;
    expect(output).toContain(`content/explainer/index.mdx:${line} text: <StrikeMap> captoin: unknown prop; expected only id, caption`);
    expect(output).toContain(`${at(unknown)}unknown component <StrikeChart>: the explainer may use <Cite>, <StrikesOverTime>,`);
    expect(output).toContain(`${at(lowerCase)}<eachStrike> is an HTML element, not a component: did you mean <EachStrike>?`);
    expect(output).toContain(`${at(imported)}import/export line: the page gives its components, so none is imported`);
  });

  test('on a quotation with no citation in its sentence', async () => {
    const quoted = 'Maduro called it "respectful and cordial".';
    const { output, line } = await buildWith((mdx) => mdx.replace('## In brief', `## In brief\n\n${quoted}`), quoted);
    expect(output).toContain(
      `content/explainer/index.mdx:${line} text: this sentence quotes "respectful and cordial" but cites nothing: add a <Cite> of the passage or row it comes from, in the same sentence`,
    );
  });
});

describe('a page about the site', () => {
  const copy = siteCopy('about-dist');

  test('cites as the explainer does: a citation is its note\'s number, and its note quotes the passage', async () => {
    const about = join(copy.site, 'content/pages/about.mdx');
    const claim = 'One outlet reported 82 people killed';
    await writeFile(about, (await readFile(about, 'utf8')).replace('## How we work', `${claim} <Cite source="orinoco-tribune-2025-11-28" p="7" />.\n\n## How we work`));
    await writeFile(join(copy.site, 'content/pages/about.review.csv'), `cites,claim,verdict,reviewer,note\norinoco-tribune-2025-11-28#p-7,${claim},holds,A. Reviewer,\n`);
    const result = await buildSite(copy.out, copy.site);
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
    const page = await readPage(copy.out, '/about/');
    const cite = page.querySelector('article a.cite')!;
    expect(textOf(cite)).toBe('[1]');
    const note = page.querySelector(cite.getAttribute('href')!)!;
    expect(note.querySelector('a')!.getAttribute('href')).toBe('/sources/orinoco-tribune-2025-11-28/#p-7');
    expect(textOf(note)).toContain('82');
  });

  test('ends its corrections with the address for them, where the build is given one (CORRECTIONS_URL), and gives none where it is not', async () => {
    expect(inject('siteDir')).toBeTruthy();
    const without = await readPage(inject('siteDir'), '/about/');
    expect(without.querySelector('[data-corrections]')).toBeNull();
    const result = await buildSite(copy.out, copy.site, { CORRECTIONS_URL: 'mailto:corrections@example.org' });
    expect(result.ok, result.output).toBe(true);
    const page = await readPage(copy.out, '/about/');
    const last = page.querySelectorAll('article > *').filter((el) => el.tagName !== 'SECTION' && !el.classList.contains('endnotes')).at(-1)!;
    expect(textOf(last)).toBe('To tell us of a mistake, write to corrections@example.org, naming the page and, where you can, the paragraph.');
    expect(last.querySelector('a')!.getAttribute('href')).toBe('mailto:corrections@example.org');
    // In the section "Corrections": the heading before it is that section's (the notes' come after it).
    const inOrder = page.querySelectorAll('article h2, article [data-corrections]');
    const at = inOrder.findIndex((el) => el.hasAttribute('data-corrections'));
    expect(textOf(inOrder[at - 1]!)).toBe('Corrections');
  });
});
