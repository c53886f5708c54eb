import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { IndexFile } from 'pagefind';
import { describe, expect, inject, test } from 'vitest';
import { ALIASES_FILE } from '../../src/checks/aliasCheck';
import { idOf, indexedPages } from '../../src/integrations/indexText';
import { vocabularyOf } from '../../src/scripts/search/vocabulary';
import { buildSite, copySite, removeDir, tempDir } from '../helpers/site';

const siteDir = inject('siteDir');

/** The files of the built index, as Pagefind's API gives them. */
async function indexFiles(dir: string): Promise<IndexFile[]> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return Promise.all(names.map(async (e) => ({ path: join(e.parentPath, e.name).slice(dir.length + 1), content: await readFile(join(e.parentPath, e.name)) })));
}

describe('the date order across languages (dist/pagefind/date-order.json)', () => {
  test('places each dated Spanish page by its id among the English dated pages, from the days the fragments hold', async () => {
    const pages = indexedPages(await indexFiles(join(siteDir, 'pagefind')));
    const order = JSON.parse(await readFile(join(siteDir, 'pagefind/date-order.json'), 'utf8'));
    const english = pages.filter((page) => idOf(page).language === 'en' && page.day).map((page) => page.day!);
    const spanish = pages.filter((page) => idOf(page).language === 'es' && page.day);
    // Every Spanish page but the list of strikes is dated: the explainer by its last revision, each strike by its day.
    expect(spanish.length).toBeGreaterThan(25);
    expect(Object.keys(order).sort()).toEqual(spanish.map((page) => idOf(page).id).sort());
    for (const page of spanish) {
      expect(order[idOf(page).id], page.url).toEqual([english.filter((day) => day > page.day!).length, english.filter((day) => day < page.day!).length]);
    }
    // The English sources' days are among them: the five are dated 28 November to 3 December 2025.
    expect(english).toEqual(expect.arrayContaining(['2025-11-28', '2025-12-03']));
  });
});

describe('the vocabulary for spelling help (dist/pagefind/vocabulary.json)', () => {
  test('holds the words of exactly the text the index holds, with their counts, read back from its fragments', async () => {
    const files = await indexFiles(join(siteDir, 'pagefind'));
    const pages = indexedPages(files);
    const texts = pages.map((page) => page.content);
    // One text per indexed page: the five sources, the explainer, the data page, the 27 strikes, their list
    // and the timeline (36); and in Spanish the explainer, the data page, the 27 strikes, their list and the timeline (31).
    expect(texts).toHaveLength(67);
    expect(texts.some((t) => t.includes('“Cartel de los Soles”') || t.includes('"Cartel de los Soles"'))).toBe(true);
    const vocabulary = JSON.parse(await readFile(join(siteDir, 'pagefind/vocabulary.json'), 'utf8'));
    expect(vocabulary).toEqual(vocabularyOf(pages.map((page) => ({ text: page.content, language: idOf(page).language }))));
    // Each word says which edition’s pages print it: the Spanish explainer’s “elecciones”, the English sources’ “elections”, “Maduro” in both.
    const on = (word: string) => vocabulary.languages.filter((_: string, j: number) => vocabulary.in[vocabulary.words.indexOf(word)] & (1 << j));
    expect([on('elecciones'), on('elections'), on('Maduro')]).toEqual([['es'], ['en'], ['en', 'es']]);
    const count = (word: string) => vocabulary.counts[vocabulary.words.indexOf(word)];
    expect(count('Soles')).toBe(texts.join(' ').match(/\bSoles\b/g)!.length);
    // Nothing from outside the indexed text: our summaries, navigation, the footer.
    expect(vocabulary.words).not.toContain('Ledger');
  });

  test('the pages read back from the fragments carry their addresses and filters: each says its kind', async () => {
    const pages = indexedPages(await indexFiles(join(siteDir, 'pagefind')));
    const urls = pages.map((page) => page.url);
    expect(new Set(urls).size).toBe(pages.length);
    expect(urls).toEqual(expect.arrayContaining(['/', '/es/', '/data/', '/sources/orinoco-tribune-2025-11-28/']));
    for (const page of pages) expect(page.filters.kind, page.url).toHaveLength(1);
    expect(pages.find((page) => page.url === '/sources/orinoco-tribune-2025-11-28/')!.filters.kind).toEqual(['source']);
  });

  test('a Spanish strike page names its English passages in a filter, not in its metadata, whose words search would match', async () => {
    const files = await indexFiles(join(siteDir, 'pagefind'));
    const pages = indexedPages(files);
    const page = pages.find((p) => p.url === '/es/strikes/4/')!;
    expect(page.filters.languages?.sort()).toEqual(['aboard=en', 'notes=en', 'position-source=en']);
    const fragment = files.find((file) => file.path === page.fragment)!;
    const text = gunzipSync(fragment.content).toString('utf8');
    const { meta } = JSON.parse(text.slice(text.indexOf('{'))) as { meta: Record<string, string> };
    expect(meta.kind).toBe('strike');
    expect(Object.values(meta).join(' ')).not.toMatch(/notes|position|=en/);
    // The English page has none: its passages are in its own language.
    expect(pages.find((p) => p.url === '/strikes/4/')!.filters.languages).toBeUndefined();
  });
});

/** The alias file's group for Hegseth, its names in the first match. */
const HEGSETH = /^- names: \[(Pete Hegseth, [^\]]*)\]/m;

/** Builds a copy of the site whose alias file `edit` changes, and hands `check` the build's result, its output folder and the file's old text. */
async function buildWithAliases(edit: (text: string) => string, check: (result: Awaited<ReturnType<typeof buildSite>>, out: string, text: string) => Promise<void>) {
  const site = await copySite();
  const out = await tempDir('dist');
  try {
    const file = join(site, ALIASES_FILE);
    const text = await readFile(file, 'utf8');
    await writeFile(file, edit(text));
    await check(await buildSite(out, site), out, text);
  } finally {
    await removeDir(site);
    await removeDir(out);
  }
}

describe('the alias groups (content/search/aliases.yml) are checked at build', () => {
  test('a name in two groups stops the build at its line; an empty group too', () =>
    buildWithAliases(
      (text) => `${text}\n- names: [Washington Post, NYT]\n- names: []\n`,
      async (result, _, text) => {
        const lines = text.split('\n').length;
        expect(result.ok).toBe(false);
        expect(result.output).toContain(`${ALIASES_FILE}:${lines + 1} [10].names[1]: "NYT" is already in group 5 (New York Times): a name belongs to one group; keep it once`);
        expect(result.output).toContain(`${ALIASES_FILE}:${lines + 2} [11].names: an empty group is no group`);
      },
    ));

  test('a name that no page prints is a warning naming its entry, and the build goes on; the name is served all the same', () =>
    buildWithAliases(
      (text) => text.replace(HEGSETH, (group) => `${group.slice(0, -1)}, War Secretary]`),
      async (result, out, text) => {
        const lines = text.split('\n');
        const line = lines.findIndex((l) => HEGSETH.test(l)) + 1;
        const group = lines.slice(0, line).filter((l) => l.startsWith('- ')).length - 1;
        const names = HEGSETH.exec(text)![1].split(', ');
        expect(result.ok, result.output).toBe(true);
        expect(result.output).toMatch(
          new RegExp(`\\[WARN\\].*${ALIASES_FILE}:${line} \\[${group}\\]\\.names\\[${names.length}\\]: "War Secretary" \\(a name for Pete Hegseth\\) is printed on no page that search indexes`),
        );
        expect(JSON.parse(await readFile(join(out, 'search/aliases.json'), 'utf8'))).toContainEqual([...names, 'War Secretary']);
      },
    ));
});
