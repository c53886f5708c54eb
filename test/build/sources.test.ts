import { copyFile, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { splitFile } from '../../src/checks/frontmatter';
import { blocksOf } from '../../src/markdown/sourceText';
import { readPage, textOf } from '../helpers/html';
import { astro } from '../../src/cli/astro';
import { ROOT, buildSite, removeDir, tempDir } from '../helpers/site';
import { siteCopy } from '../helpers/siteCopy';

const siteDir = inject('siteDir');
const ids = (await readdir('content/sources')).map((f) => f.replace(/\.mdx$/, ''));

/** Page furniture that the seeds contain and no built page may show. */
const FURNITURE = [
  'Our website uses cookies',
  'Accept !',
  'Also Read',
  'DONATE now',
  'Stand with Orinoco Tribune',
  'BigPhoto',
  'newsletters Newsletters',
  'X Instagram Youtube',
  'More From Türkiye Today',
  'OT/JRE/SH',
];

test('a source is parsed once, by its loader: Astro lists no module of it for Vite to compile as MDX', async () => {
  // The build of the suite's setup ran in ROOT, which is where Astro lists the entries it renders later.
  const modules = await readFile(join(ROOT, '.astro/content-modules.mjs'), 'utf8');
  expect(modules).toContain('content/explainer/index.mdx');
  expect(modules).not.toContain('content/sources/');
});

describe.each(ids)('/sources/%s/', async (id) => {
  const page = await readPage(siteDir, `/sources/${id}/`);
  const text = page.querySelector('[data-pagefind-body]')!;
  const blocks = blocksOf(splitFile(await readFile(`content/sources/${id}.mdx`, 'utf8')).body);

  test('shows every paragraph, word for word, at its anchor #p-N with a link to itself', () => {
    const anchored = text.querySelectorAll('[id^="p-"]');
    expect(anchored.map((e) => e.id)).toEqual(blocks.map((b) => b.id));
    for (const block of blocks) {
      const element = text.querySelector(`#${block.id}`)!;
      expect(textOf(element)).toBe(block.text);
      expect(element.querySelector(`a.para-link[href="#${block.id}"]`)).not.toBeNull();
    }
  });

  test('shows none of the page furniture in the article text', () => {
    for (const words of FURNITURE) expect(textOf(text)).not.toContain(words);
  });

  test('prints each caption once, marked as a caption', () => {
    const captions = text.querySelectorAll('.caption').map(textOf);
    expect(new Set(captions).size).toBe(captions.length);
    for (const c of text.querySelectorAll('.caption')) expect(c.querySelector('.caption-label')?.text).toBe('Photo caption:');
  });

  test('has a header with outlet, date, original link or its absence, what was removed and the claims', () => {
    const header = page.querySelector('.source-header')!;
    expect(header.querySelector('h1')?.text).toBeTruthy();
    expect(header.querySelector('time')?.getAttribute('datetime')).toBe(id.slice(-10));
    expect(header.querySelector('.removed summary')?.text).toMatch(/removed/i);
    const original = header.text.includes('The address of the original page is not known.');
    expect(original || header.querySelector('a[rel~="external"]') !== null).toBe(true);
  });
});

describe('source pages say plainly what is not known', () => {
  test('the unidentified outlet is named as not identified, and its date as inferred', async () => {
    const header = (await readPage(siteDir, '/sources/unidentified-outlet-2025-11-28/')).querySelector('.source-header')!;
    expect(header.text).toContain('Outlet not identified');
    expect(header.text).toContain('Not identified');
    expect(header.text).toContain('The address of the original page is not known.');
    // Punctuated as sentences: "28 November 2025, inferred: …" and "Not identified. Outlet not identified in …".
    expect(header.text.replace(/\s+/g, ' ')).toMatch(/28 November 2025, inferred: Our copy/);
    expect(header.text.replace(/\s+/g, ' ')).toMatch(/Not identified\. Outlet not identified in our copy/);
    expect(header.querySelector('.flag')?.text).toBe('inferred');
  });

  test('an outlet’s website follows its name after a comma, not in a second pair of brackets', async () => {
    const header = (await readPage(siteDir, '/sources/muslim-network-tv-2025-11-30/')).querySelector('.source-header')!;
    expect(header.text.replace(/\s+/g, ' ')).toContain('Muslim Network TV (MNTV), muslimnetwork.tv');
    // Nor in the page's title, where the outlet is in brackets already: its own are square there.
    const title = (await readPage(siteDir, '/sources/muslim-network-tv-2025-11-30/')).querySelector('title')!.text;
    expect(title).toMatch(/ \(Muslim Network TV \[MNTV\]\) · Strikes at Sea$/);
  });

  test('a title of ours says so, and, where it is the words of the article’s web address, says that too', async () => {
    const said = async (id: string) => (await readPage(siteDir, `/sources/${id}/`)).querySelector('[data-w^="headline"] + dd')!.text;
    expect(await said('indian-witness-2025-12-03')).toBe('Our copy has no headline; the title above is ours, in the words of the article’s web address.');
    // The Orinoco Tribune's copy has no address to compare.
    expect(await said('orinoco-tribune-2025-11-28')).toBe('Our copy has no headline; the title above is ours.');
  });

  test('a printed date is not marked as inferred', async () => {
    const header = (await readPage(siteDir, '/sources/turkiye-today-2025-12-01/')).querySelector('.source-header')!;
    expect(header.text).not.toContain('inferred');
    expect(header.text).toContain('11:59 AM GMT+03:00');
  });

  test('the claims table links each figure to the paragraph it comes from', async () => {
    const page = await readPage(siteDir, '/sources/orinoco-tribune-2025-11-28/');
    const rows = page.querySelectorAll('table.claims tbody tr');
    expect(rows.length).toBe(8);
    expect(rows[0].text).toContain('82');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('#p-7');
  });
});

test("a figure for part of one strike's toll says so in the figures' table, not that it is the strike's toll", async () => {
  const page = await readPage(siteDir, '/sources/turkiye-today-2025-12-01/');
  const part = page.querySelectorAll('.claims [data-w="inPartOfStrike"]');
  expect(part.map((el) => [el.text, el.getAttribute('data-arg')])).toEqual([[' (some of the toll of the strike of 2 September)', '2025-09-02']]);
  expect(page.querySelectorAll('.claims [data-w="inSingleStrike"]')).toHaveLength(0);
});

describe("a source's page has one copy, for every edition", () => {
  test('its furniture is written once, in English, each piece keyed for the reader of another edition; no Spanish copy of it is in the page, or in what search indexes', async () => {
    const html = await readFile(join(siteDir, 'sources/orinoco-tribune-2025-11-28/index.html'), 'utf8');
    const page = await readPage(siteDir, '/sources/orinoco-tribune-2025-11-28/');
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('en');
    expect(page.querySelector('html')!.getAttribute('data-editions')).toBe('follow');
    const keyed = page.querySelectorAll('.source-header [data-w]');
    expect(keyed.map((el) => el.getAttribute('data-w'))).toEqual(expect.arrayContaining(['published', 'outlet', 'removed', 'claimsCaption', 'figure', 'inSingleStrike', 'article']));
    expect(page.querySelector('[data-w="removed"]')!.getAttribute('data-arg')).toBe('7');
    // The Spanish words come with the shared script, not the page; only our Spanish summary is in it.
    for (const spanish of ['Fecha de publicación', 'Cifras que informa este artículo', 'Lo que quitamos', 'Saltar al contenido']) expect(html).not.toContain(spanish);
    expect(page.querySelector('script[src*="SourceEdition"]')).not.toBeNull();
    // Search indexes the article alone: the paragraphs' links back are keyed too, but search ignores them, and their words are attributes.
    const indexed = page.querySelectorAll('[data-pagefind-body] [data-w]').filter((el) => !el.closest('[data-pagefind-ignore]'));
    expect(indexed.map((el) => el.outerHTML)).toEqual([]);
    const back = page.querySelectorAll('.source-text a.backlink[data-w]');
    expect(new Set(back.map((a) => a.getAttribute('data-w')))).toEqual(new Set(['citedInParagraph', 'alsoCited', 'strike']));
    // The first link back draws "Cited in the explainer" and is named with its paragraph's number (data-arg).
    for (const a of back.filter((a) => a.getAttribute('data-w') === 'citedInParagraph')) {
      expect(a.getAttribute('data-label-w')).toBe('citedIn');
      expect(a.getAttribute('aria-label')).toBe(`Cited in the explainer: paragraph ${a.closest('[id^="p-"]')!.id.slice(2)}`);
    }
    for (const a of back.filter((a) => a.getAttribute('data-w') === 'strike')) expect(a.getAttribute('data-arg')).toMatch(/^2025-\d\d-\d\d$/);
    for (const a of back) expect(a.text).toBe('');
  });

  test('the pages of an edition are not marked, and so remember it; a page in one language for every reader leaves the choice as it is', async () => {
    const mark = async (path: string) => (await readPage(siteDir, path)).querySelector('html')!.getAttribute('data-editions');
    for (const path of ['/', '/es/', '/sources/', '/es/sources/', '/es/strikes/11/']) expect(await mark(path), path).toBeUndefined();
    for (const path of ['/about/', '/404.html', '/es/404/', '/offline/']) expect(await mark(path), path).toBe('none');
  });
});

describe('lists of sources', () => {
  test('/sources/ lists every source newest first, with outlet, date, headline and summary', async () => {
    const items = (await readPage(siteDir, '/sources/')).querySelectorAll('.source-list li');
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(items).toHaveLength(ids.length);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(items[0].querySelector('a')!.getAttribute('href')).toBe('/sources/indian-witness-2025-12-03/');
    for (const li of items) {
      expect(li.querySelector('.outlet')!.text).toBeTruthy();
      expect(li.querySelectorAll('p').length).toBe(2);
    }
  });

  test('says the figures of each strike come from further reports, and links to the strike data that names them, in each edition', async () => {
    for (const [path, href] of [['/sources/', '/data/#strikes'], ['/es/sources/', '/es/data/#strikes']]) {
      const main = (await readPage(siteDir, path)).querySelector('main')!;
      const link = main.querySelectorAll('p a').find((a) => a.getAttribute('href') === href);
      expect(link, path).toBeDefined();
    }
    expect(textOf((await readPage(siteDir, '/sources/')).querySelector('main')!)).toContain('The figures of each strike come from further reports');
  });

  test('a title our editors wrote (the source has no headline) says so in each list, in the list’s language; a headline does not', async () => {
    const lists: [string, string, string][] = [
      ['/sources/', '.source-list li', 'the title is ours'],
      ['/es/sources/', '.source-list li', 'el título es nuestro'],
      ['/search/', '.search-fallback li', 'the title is ours'],
      ['/es/search/', '.search-fallback li', 'el título es nuestro'],
    ];
    for (const [path, items, tag] of lists) {
      const page = await readPage(siteDir, path);
      // The search page's list is for readers without JavaScript.
      const html = page.querySelector('noscript')?.text ?? '';
      const listed = path.includes('search') ? parse(html).querySelectorAll(items) : page.querySelectorAll(items);
      const marked = listed.filter((li) => li.text.includes(`(${tag})`)).map((li) => li.querySelector('a')!.getAttribute('href'));
      expect(marked, path).toEqual(expect.arrayContaining(['/sources/indian-witness-2025-12-03/', '/sources/orinoco-tribune-2025-11-28/']));
      expect(marked, path).toHaveLength(2);
    }
  });

  test('a source’s page is titled with its outlet, and where its title is ours says so there too: a link shared shows that title alone', async () => {
    const titles = await Promise.all(
      ids.map(async (id) => {
        const page = await readPage(siteDir, `/sources/${id}/`);
        return [id, page.querySelector('meta[property="og:title"]')!.getAttribute('content'), page.querySelector('title')!.text];
      }),
    );
    expect(titles).toEqual(
      expect.arrayContaining([
        ['orinoco-tribune-2025-11-28', 'Trump and Maduro spoke about a possible meeting, NYT reports (Orinoco Tribune; the title is ours)', 'Trump and Maduro spoke about a possible meeting, NYT reports (Orinoco Tribune; the title is ours) · Strikes at Sea'],
        ['indian-witness-2025-12-03', 'Venezuelan President confirms cordial call with Trump (Indian Witness; the title is ours)', 'Venezuelan President confirms cordial call with Trump (Indian Witness; the title is ours) · Strikes at Sea'],
        ['turkiye-today-2025-12-01', 'Trump confirms call with Venezuela’s Maduro amid escalating tensions (Türkiye Today)', 'Trump confirms call with Venezuela’s Maduro amid escalating tensions (Türkiye Today) · Strikes at Sea'],
      ]),
    );
    expect(titles.filter(([, og]) => og!.includes('the title is ours'))).toHaveLength(2);
    // And for the reader of the Spanish edition, in its words (src/scripts/sourceEdition.ts writes it).
    const orinoco = await readPage(siteDir, '/sources/orinoco-tribune-2025-11-28/');
    expect(orinoco.querySelector('[data-title-es]')!.getAttribute('data-title-es')).toBe('Trump y Maduro hablaron de un posible encuentro, según el NYT (Orinoco Tribune; el título es nuestro)');
  });

  test('the home page, the explainer, links to every source', async () => {
    const links = (await readPage(siteDir, '/')).querySelectorAll('a[href^="/sources/"]').map((a) => a.getAttribute('href')!.split('#')[0]);
    for (const id of ids) expect(links).toContain(`/sources/${id}/`);
  });

  test('every page has a skip link, landmarks and one h1', async () => {
    for (const path of ['/', '/sources/', `/sources/${ids[0]}/`]) {
      const page = await readPage(siteDir, path);
      expect(page.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
      for (const landmark of ['header', 'nav', 'main#main', 'footer']) expect(page.querySelector(landmark)).not.toBeNull();
      expect(page.querySelectorAll('h1')).toHaveLength(1);
    }
  });
});

describe('a malformed source stops the build', () => {
  const copy = siteCopy('bad-dist');

  test('naming the file, the line and the field', async () => {
    const fixture = await readFile('test/fixtures/sources/missing-paragraph.mdx', 'utf8');
    await writeFile(join(copy.site, 'content/sources/example-outlet-2025-11-20.mdx'), fixture);
    const result = await buildSite(copy.out, copy.site);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'content/sources/example-outlet-2025-11-20.mdx:13 claims[0].p: paragraph 9 does not exist; this source has 5 (p-1 to p-5)',
    );
    // And nothing after it that sends the editor to our code: no place in it, no stack.
    expect(result.output).not.toMatch(/Stack trace:|Location:|src\/loaders\//);
  });

  test('frontmatter that is not valid YAML, at its line and in our words, not the YAML library\'s with its stack', async () => {
    const valid = await readFile('test/fixtures/sources/valid.mdx', 'utf8');
    const line = valid.split('\n').findIndex((l) => l.startsWith('title: ')) + 1;
    expect(line).toBeGreaterThan(1);
    // A colon left in an unquoted headline: the commonest slip in YAML.
    const broken = valid.replace(/^title: .*$/m, 'title: Strikes: what we know');
    await writeFile(join(copy.site, 'content/sources/example-outlet-2025-11-20.mdx'), broken);
    const result = await buildSite(copy.out, copy.site);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`content/sources/example-outlet-2025-11-20.mdx:${line} frontmatter: not valid YAML: `);
    expect(result.output).not.toContain('js-yaml');
    expect(result.output).not.toMatch(/Stack trace:|Location:|src\/loaders\//);
  });

  test('a source that is not UTF-8, rather than show its accents as U+FFFD', async () => {
    const valid = await readFile('test/fixtures/sources/valid.mdx', 'utf8');
    // Saved by a Windows editor: "é" is one byte, E9.
    await writeFile(join(copy.site, 'content/sources/example-outlet-2025-11-20.mdx'), Buffer.from(valid.replace('every check.', 'every check, café.'), 'latin1'));
    const result = await buildSite(copy.out, copy.site);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/sources/example-outlet-2025-11-20.mdx:8 encoding: not UTF-8 from this line on');
  });

  test('a YAML tag, which our reader passes by and Astro\'s refuses, at its line', async () => {
    const valid = await readFile('test/fixtures/sources/valid.mdx', 'utf8');
    await writeFile(join(copy.site, 'content/sources/example-outlet-2025-11-20.mdx'), valid.replace('title: "A valid source"', 'title: !foo "A valid source"'));
    const result = await buildSite(copy.out, copy.site);
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/sources/example-outlet-2025-11-20.mdx:2 frontmatter: not valid YAML: Unresolved tag: !foo');
  });

  test('a source in a folder, which would be published at another address', async () => {
    await rm(join(copy.site, 'content/sources/example-outlet-2025-11-20.mdx'));
    await mkdir(join(copy.site, 'content/sources/2025'));
    await copyFile('test/fixtures/sources/valid.mdx', join(copy.site, 'content/sources/2025/example-outlet-2025-11-20.mdx'));
    const result = await buildSite(copy.out, copy.site);
    await rm(join(copy.site, 'content/sources/2025'), { recursive: true });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/sources/2025/example-outlet-2025-11-20.mdx:1 file: is in a folder: content/sources/ holds its files directly');
  });

  test('a source saved as Markdown (.md), which the glob would leave out without a word', async () => {
    await copyFile('test/fixtures/sources/valid.mdx', join(copy.site, 'content/sources/example-outlet-2025-11-20.md'));
    const result = await buildSite(copy.out, copy.site);
    await rm(join(copy.site, 'content/sources/example-outlet-2025-11-20.md'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'content/sources/example-outlet-2025-11-20.md:1 file name: not published: only .mdx files in this folder become pages; if it is one, rename it content/sources/example-outlet-2025-11-20.mdx',
    );
  });

  test('a data file that is missing, by its name rather than Node\'s ENOENT', async () => {
    await rename(join(copy.site, 'content/data/charts.yml'), join(copy.site, 'charts.yml.away'));
    const result = await buildSite(copy.out, copy.site);
    await rename(join(copy.site, 'charts.yml.away'), join(copy.site, 'content/data/charts.yml'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('content/data/charts.yml:1 file: missing: the site is built from it');
    expect(result.output).not.toContain('ENOENT');
  });
});

describe('a source checked against strikes.csv as it is now, on a build that reuses the last build’s content cache', () => {
  const copy = siteCopy('warm-dist');

  test('fails, naming the file, the line and the field, when a strike it lists is no longer a row', async () => {
    const cache = await tempDir('warm-cache');
    try {
      const build = () => astro(['build'], copy.site, { ASTRO_OUT_DIR: copy.out, ASTRO_CACHE_DIR: cache });
      expect((await build()).ok).toBe(true);
      // The first source that lists a strike, and the line of its first: `  - id: "6"` under `strikes:`.
      const [file, lines] = (await Promise.all(ids.map(async (id) => [`content/sources/${id}.mdx`, (await readFile(join(copy.site, 'content/sources', `${id}.mdx`), 'utf8')).split('\n')] as const)))
        .find(([, lines]) => lines.includes('strikes:'))!;
      const at = lines.indexOf('strikes:') + 1;
      const id = /^ {2}- id: "([^"]+)"$/.exec(lines[at]!)![1]!;
      // The strike is renamed in strikes.csv; the source is as it was, so the glob loader keeps its entry.
      const csv = join(copy.site, 'content/data/strikes.csv');
      await writeFile(csv, (await readFile(csv, 'utf8')).replace(new RegExp(`^${id},`, 'm'), `${id}x,`));
      const result = await build();
      expect(result.ok).toBe(false);
      expect(result.output).toContain(`${file}:${at + 1} strikes[0].id: no strike "${id}" in content/data/strikes.csv`);
      // While the content is read, as a cold build fails, not later as a page is rendered.
      expect(result.output).not.toContain('generating static routes');
    } finally {
      await removeDir(cache);
    }
  });
});

describe('a source’s page on a build that reuses the last build’s content cache, after a change of code', () => {
  const copy = siteCopy('code-dist');

  test('is written by the code as it is now, as a cold build writes it, though no source changed', async () => {
    const cache = await tempDir('code-cache');
    try {
      const build = () => astro(['build'], copy.site, { ASTRO_OUT_DIR: copy.out, ASTRO_CACHE_DIR: cache });
      const label = async () => (await readPage(copy.out, '/sources/orinoco-tribune-2025-11-28/')).querySelector('.caption-label')?.text;
      expect((await build()).ok).toBe(true);
      expect(await label()).toBe('Photo caption:');
      // A word of the code a source's HTML is written with, as a pull would change it: imported by the loader, not by content.config.ts.
      const words = join(copy.site, 'src/i18n/en/pages.ts');
      const before = await readFile(words, 'utf8');
      expect(before).toContain("captionLabel: 'Photo caption:',");
      await writeFile(words, before.replace("captionLabel: 'Photo caption:',", "captionLabel: 'Caption:',"));
      expect((await build()).ok).toBe(true);
      expect(await label()).toBe('Caption:');
    } finally {
      await removeDir(cache);
    }
  });
});

describe('the sitemap', () => {
  test('lists the pages readers look for, and not the offline fallback', async () => {
    const sitemap = await readFile(join(siteDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/sources/orinoco-tribune-2025-11-28/</loc>');
    expect(sitemap).toContain('/data/</loc>');
    expect(sitemap).not.toContain('/offline/');
  });
});
