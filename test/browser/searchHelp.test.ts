import { readdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { wcagViolations } from '../helpers/browser';
import { openSearch, paragraphWith, resultFor, resultPaths, settled, sourcePath } from '../helpers/searchPage';
import { siteInChromium } from '../helpers/siteInChromium';

const siteDir = inject('siteDir');
const sourceIds = (await readdir('content/sources')).map((f) => f.replace(/\.mdx$/, ''));
const SPANISH_ONLY = 'indian-witness-2025-12-03';

const site = siteInChromium();
let context: BrowserContext | undefined;
afterEach(() => context?.close());

/** A page in a fresh browser profile, recording the address of every request it makes. */
async function freshPage(options: Parameters<typeof site.browser.newContext>[0] = {}) {
  context = await site.browser.newContext({ viewport: { width: 1100, height: 800 }, ...options });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  return { page, requested };
}
/** What Pagefind alone finds for a query, as addresses. As text: the test's own module loader would rewrite an import() written here. */
const pagefindFinds = (page: Page, q: string): Promise<string[]> =>
  page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    return Promise.all((await pagefind.search(${JSON.stringify(q)})).results.map(async (r) => (await r.data()).url));
  })()`);

const note = (page: Page, which: 'names' | 'spelling') => page.locator(`[data-search-${which}]`);

describe('names in every form (content/search/aliases.yml)', () => {
  test('"Cartel of the Suns" also finds the source that says only "Cartel de los Soles", at that paragraph, marked', async () => {
    const { page } = await freshPage();
    await openSearch(page, site.server.url, { q: 'Cartel of the Suns' });
    // Every source: four by the English name, one by the Spanish; the explainer and the data page, once each.
    const paths = await resultPaths(page);
    expect(paths.filter((p) => p.startsWith('/sources/')).sort()).toEqual(sourceIds.map(sourcePath).sort());
    expect(new Set(paths).size).toBe(paths.length);
    expect(await note(page, 'names').textContent()).toBe('Also searched for: Cartel de los Soles. Search only for “Cartel of the Suns”');

    const paragraph = await paragraphWith(siteDir, SPANISH_ONLY, 'Cartel de los Soles');
    const result = resultFor(page, sourcePath(SPANISH_ONLY));
    expect(await result.locator('.search-passages mark').allTextContents()).toEqual(['"Cartel', 'de', 'los', 'Soles"']);
    await result.locator('h3 a').click();
    await page.waitForURL((url) => url.pathname === sourcePath(SPANISH_ONLY) && url.hash === `#${paragraph}`);
    // The name is marked where it stands, as one phrase, and nowhere else.
    await page.waitForSelector('mark.search-hit');
    expect(await page.$$eval('mark.search-hit', (ms) => ms.map((m) => [m.closest('[id^="p-"]')?.id, m.textContent]))).toEqual([[paragraph, 'Cartel de los Soles']]);
  });

  test('the other way round: "Cartel de los Soles" finds the sources that say only "Cartel of the Suns"', async () => {
    const { page } = await freshPage();
    await openSearch(page, site.server.url, { q: 'Cartel de los Soles' });
    expect((await resultPaths(page)).filter((p) => p.startsWith('/sources/')).sort()).toEqual(sourceIds.map(sourcePath).sort());
    const english = resultFor(page, sourcePath('turkiye-today-2025-12-01'));
    expect((await english.locator('.search-passages mark').allTextContents()).join(' ')).toMatch(/Cartel of the Suns/);
  });

  test('exact-words mode turns it off, stays in the address, and a link turns it back on', async () => {
    const { page } = await freshPage();
    await openSearch(page, site.server.url, { q: 'Cartel of the Suns' });
    await page.getByRole('link', { name: 'Search only for “Cartel of the Suns”' }).click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('exact')).toBe('1');
    expect(await resultPaths(page)).not.toContain(sourcePath(SPANISH_ONLY));
    expect(await note(page, 'names').textContent()).toBe('Searched for these words only. Also search for Cartel de los Soles');
    await page.reload();
    await settled(page);
    expect(await resultPaths(page)).not.toContain(sourcePath(SPANISH_ONLY));
    await page.getByRole('link', { name: 'Also search for Cartel de los Soles' }).click();
    await settled(page);
    expect(new URL(page.url()).searchParams.has('exact')).toBe(false);
    expect(await resultPaths(page)).toContain(sourcePath(SPANISH_ONLY));
  });

  test('an abbreviation: "SEMAR" also searches "Mexican Navy", and says so, in the header’s box too', async () => {
    const { page } = await freshPage();
    await page.goto(`${site.server.url}sources/`);
    await page.fill('#site-search', 'SEMAR');
    await page.waitForSelector('#site-search-panel:not([hidden]) .search-note');
    expect(await page.textContent('#site-search-panel .search-note')).toBe('Also searched for: Mexican Navy. Search only for “SEMAR”');
    expect(await page.getAttribute('#site-search-panel .search-note a', 'href')).toBe('/search/?q=SEMAR&exact=1');
  });

  test('an abbreviation put in beside other words, or with punctuation, matches that word alone: "Associated Press strike" finds no page for its “approximately”', async () => {
    const { page } = await freshPage();
    await page.goto(`${site.server.url}search/`);
    const found = (q: string) => pagefindFinds(page, q);
    const named = new Set([...(await found('"AP"')), ...(await found('"Associated Press"'))]);
    const strike = new Set(await found('strike'));
    // Pagefind alone, given `"AP" strike`, finds pages for "approximately", "apart" or "appeals" beside "strike".
    expect((await found('"AP" strike')).filter((url) => !named.has(url)).length).toBeGreaterThan(0);

    await openSearch(page, site.server.url, { q: 'Associated Press strike' });
    expect(await note(page, 'names').textContent()).toMatch(/^Also searched for: AP\./);
    const own = new Set(await found('Associated Press strike'));
    const paths = await resultPaths(page);
    expect(paths.filter((path) => !own.has(path) && !(named.has(path) && strike.has(path)))).toEqual([]);
    // The pages that say only "AP" are found, and both the abbreviation and the reader's other word are marked there.
    const onlyAp = paths.filter((path) => !own.has(path));
    expect(onlyAp.length).toBeGreaterThan(0);
    for (const path of onlyAp) {
      const href = new URL((await resultFor(page, path).locator('h3 a').getAttribute('href'))!, site.server.url);
      const marked = href.searchParams.getAll('highlight').join(' ').toLowerCase();
      expect(marked, path).toMatch(/\bap\b/);
      expect(marked, path).toMatch(/\bstrike/);
    }

    // A name with punctuation round it is no exact search either (`"AP"?`): it is searched alone.
    await openSearch(page, site.server.url, { q: 'Associated Press?' });
    const asked = new Set(await found('Associated Press?'));
    expect((await resultPaths(page)).filter((path) => !asked.has(path) && !named.has(path))).toEqual([]);
  });

  test('the reader’s own quoted phrase beside other words is searched exactly: `"drug boat" Venezuela` finds only pages that say “drug boat”', async () => {
    const { page } = await freshPage();
    await page.goto(`${site.server.url}search/`);
    const found = (q: string) => pagefindFinds(page, q);
    const phrase = new Set(await found('"drug boat"'));
    const word = new Set(await found('Venezuela'));
    // Pagefind alone, given the phrase beside a word, finds pages that say "drug" and "boat" apart (or words they begin).
    expect((await found('"drug boat" Venezuela')).filter((url) => !phrase.has(url)).length).toBeGreaterThan(0);

    await openSearch(page, site.server.url, { q: '"drug boat" Venezuela' });
    const paths = await resultPaths(page);
    expect(paths.sort()).toEqual([...phrase].filter((url) => word.has(url)).sort());
    // The phrase is marked as one (as Pagefind found it: "drug-trafficking boat" too), beside the reader's other word.
    const hrefs = await page.$$eval('[data-search-results] > li h3 a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(paths.length);
    for (const href of hrefs) {
      const marked = new URL(href).searchParams.getAll('highlight').map((w) => w.toLowerCase());
      expect(marked.filter((w) => /^drug\S* boat$/.test(w)).length, href).toBeGreaterThan(0);
      expect(marked.filter((w) => w === 'drug' || w === 'boat'), href).toEqual([]);
      expect(marked.some((w) => w.startsWith('venezuela')), href).toBe(true);
    }
  });
});

describe('spelling help', () => {
  test('a misspelt name finds nothing, offers the right word, and the suggestion runs that search', async () => {
    const { page, requested } = await freshPage();
    await openSearch(page, site.server.url, { q: 'Maduro' });
    // A search that finds enough never fetches the vocabulary.
    expect(requested.filter((p) => p.endsWith('/vocabulary.json'))).toEqual([]);

    await openSearch(page, site.server.url, { q: 'Madurro' });
    expect(await page.textContent('[data-search-app] [role="status"]')).toBe('No results for “Madurro”');
    expect(requested.filter((p) => p.endsWith('/vocabulary.json'))).toEqual(['/pagefind/vocabulary.json']);
    const suggestion = page.getByRole('link', { name: 'Maduro', exact: true });
    expect(await note(page, 'spelling').textContent()).toMatch(/^Did you mean Maduro \(\d+ results\)\?$/);
    await suggestion.click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Maduro');
    expect(await page.inputValue('#search-q')).toBe('Maduro');
    expect((await resultPaths(page)).length).toBeGreaterThan(3);
    expect(await note(page, 'spelling').isHidden()).toBe(true);
  });

  test('in the header’s box, a name typed letter by letter never fetches the vocabulary; a misspelt one offers the word', async () => {
    const { page, requested } = await freshPage();
    await page.goto(`${site.server.url}sources/`);
    for (const typed of ['Ma', 'Mad', 'Madu', 'Madur', 'Maduro']) {
      await page.fill('#site-search', typed);
      await page.waitForFunction((q) => document.querySelector('header [role="status"]')?.textContent?.endsWith(` for ${q}`), typed);
    }
    expect(requested.filter((p) => p.endsWith('/vocabulary.json'))).toEqual([]);
    await page.fill('#site-search', 'Madurro');
    await page.waitForSelector('#site-search-panel [data-suggestion]');
    expect(requested.filter((p) => p.endsWith('/vocabulary.json'))).toHaveLength(1);
    expect(await page.getAttribute('#site-search-panel [data-suggestion]', 'href')).toBe('/search/?q=Maduro');
  });

  test('in the header’s box, the results come first, not after the spelling help, which may wait on the vocabulary', async () => {
    const { page } = await freshPage({ serviceWorkers: 'block' });
    // The vocabulary never arrives.
    await page.route('**/pagefind/vocabulary.json', () => undefined);
    await page.goto(`${site.server.url}sources/`);
    await page.fill('#site-search', 'Hegseth Trinidadd');
    await page.waitForFunction(() => document.querySelector('header [role="status"]')?.textContent?.endsWith(' for Hegseth Trinidadd'));
    await page.waitForSelector('#site-search-panel:not([hidden]) .search-all a');
    expect(await page.isVisible('#site-search-panel [data-suggestion]')).toBe(false);
  });

  test('a word no index has finds nothing, not the pages of its first letters: "lancha" is not "la", in either edition', async () => {
    const { page } = await freshPage();
    await openSearch(page, site.server.url, { q: 'lancha' }, 'es/search/');
    expect(await page.textContent('[data-search-app] [role="status"]')).toBe('No hay resultados para «lancha»');
    expect(await resultPaths(page)).toEqual([]);
    // Pagefind alone finds, for a word its index lacks, the pages of the longest word of the index it starts with.
    expect((await pagefindFinds(page, 'lancha')).length).toBeGreaterThan(0);
    await openSearch(page, site.server.url, { q: 'lancha' });
    expect(await page.textContent('[data-search-app] [role="status"]')).toBe('No results for “lancha”');
    // A word the index has, beside it, finds what the two find together, as before.
    await openSearch(page, site.server.url, { q: 'Hegseth Trinidadd' });
    expect(await resultPaths(page)).toContain(sourcePath('orinoco-tribune-2025-11-28'));
    // A word being typed keeps what it finds: "killin" (Pagefind's stem "kill"), "cara" for Caracas ("car"), "timel" (a title).
    for (const [q, path] of [['killin', 'search/'], ['timel', 'search/'], ['cara', 'es/search/'], ['cronolog', 'es/search/']] as const) {
      await openSearch(page, site.server.url, { q }, path);
      expect((await resultPaths(page)).length, q).toBeGreaterThan(0);
    }
  });

  test('a word no index has, beside one it has: the results are the known word’s, and the status says the other is on no page', async () => {
    const { page } = await freshPage();
    await openSearch(page, site.server.url, { q: 'Hegseth' });
    const hegseth = await resultPaths(page);
    const count = await page.textContent('[data-search-app] [role="status"]');
    expect(count).toMatch(/^\d+ results for “Hegseth”$/);
    await openSearch(page, site.server.url, { q: 'Hegseth lancha' });
    expect(await page.textContent('[data-search-app] [role="status"]')).toBe(`${count} (no page has “lancha”)`);
    // Not the pages with "Hegseth" and "La Guaira", marked at "La".
    expect(await resultPaths(page)).toEqual(hegseth);
    const marked = await page.$$eval('[data-search-results] mark', (marks) => marks.map((m) => m.textContent!));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((text) => /^la/i.test(text))).toEqual([]);
    await openSearch(page, site.server.url, { q: 'Hegseth lancha' }, 'es/search/');
    expect(await page.textContent('[data-search-app] [role="status"]')).toMatch(/^\d+ resultados? para «Hegseth» \(ninguna página tiene «lancha»\)$/);
    // Where one index has none of the words (the English sources: "ataques"), the other's results say it all the same.
    await openSearch(page, site.server.url, { q: 'ataques lancha' }, 'es/search/');
    expect(await page.textContent('[data-search-app] [role="status"]')).toMatch(/^\d+ resultados para «ataques» \(ninguna página tiene «lancha»\)$/);
    // A word of a name of the alias groups is not left out: the name is searched in its other names (Rubio's, in English).
    await openSearch(page, site.server.url, { q: 'secretario de Estado' });
    expect(await page.textContent('[data-search-app] [role="status"]')).toMatch(/^\d+ results? for “secretario de Estado”$/);
    expect(await note(page, 'names').textContent()).toMatch(/^Also searched for: .*Secretary of State/);
    // A word one index lacks and the other has is on a page: nothing is said, and the pages of the index without it are not listed.
    await openSearch(page, site.server.url, { q: 'Hegseth ataques' }, 'es/search/');
    expect(await page.textContent('[data-search-app] [role="status"]')).toMatch(/^\d+ resultados? para «Hegseth ataques»$/);
    expect((await resultPaths(page)).filter((path) => path.startsWith('/sources/'))).toEqual([]);
    // The header's box says so too.
    await page.goto(`${site.server.url}timeline/`);
    await page.fill('#site-search', 'Hegseth lancha');
    await page.waitForSelector('#site-search-panel:not([hidden]) .search-note');
    expect(await page.textContent('#site-search-panel .search-note')).toBe(`${count} (no page has “lancha”).`);
  });

  test('one word of several: the rest of the query is kept', async () => {
    const { page } = await freshPage();
    await openSearch(page, site.server.url, { q: 'Hegseth Trinidadd' });
    await page.getByRole('link', { name: 'Hegseth Trinidad', exact: true }).click();
    await settled(page);
    expect(await resultPaths(page)).toContain(sourcePath('orinoco-tribune-2025-11-28'));
  });
});

describe('on a phone', () => {
  test.each(['light', 'dark'] as const)('at 390 px (%s) the first result starts on the first screen; filters wait in a disclosure that counts them; no WCAG 2.2 AA failure', async (scheme) => {
    const { page } = await freshPage({ viewport: { width: 390, height: 844 }, colorScheme: scheme, isMobile: true, hasTouch: true });
    await openSearch(page, site.server.url, { q: 'Maduro', outlet: 'Türkiye Today' });
    const first = await page.locator('[data-search-results] > li').first().boundingBox();
    expect(first!.y).toBeLessThan(844);
    // Results before the filters: the disclosure is closed, and says how many are on.
    const refine = page.locator('[data-search-refine]');
    expect(await refine.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await refine.locator('summary').textContent()).toBe('Filters and sort (1 active)');
    expect(await page.getByRole('checkbox', { name: /^Türkiye Today/ }).isVisible()).toBe(false);
    expect(await wcagViolations(page)).toEqual([]);

    await refine.locator('summary').click();
    await page.getByRole('checkbox', { name: /^Indian Witness/ }).check();
    await settled(page);
    expect(await refine.locator('summary').textContent()).toBe('Filters and sort (2 active)');
    await page.selectOption('select[name="sort"]', 'newest');
    await settled(page);
    expect(await refine.locator('summary').textContent()).toBe('Filters and sort (3 active)');
    expect(page.url()).toContain('sort=newest');
  });

  test('where results and filters fit side by side, the filters are beside the results, open, with nothing to open', async () => {
    const { page } = await freshPage({ viewport: { width: 1100, height: 800 } });
    await openSearch(page, site.server.url, { q: 'Maduro' });
    const results = (await page.locator('[data-search-results]').boundingBox())!;
    const filters = (await page.locator('[data-search-filters]').boundingBox())!;
    expect(filters.x).toBeGreaterThanOrEqual(results.x + results.width);
    expect(filters.y).toBeLessThan(results.y + results.height);
    expect(await page.locator('[data-search-refine] summary').isVisible()).toBe(false);
    // Narrowed to a phone's width, the filters close and the results come first.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction(() => !document.querySelector<HTMLDetailsElement>('[data-search-refine]')!.open);
  });

  test('the shortcut hint shows only where a keyboard is likely, a fine pointer that hovers, and where the shortcut works, with JavaScript', async () => {
    const desk = await freshPage({ viewport: { width: 1280, height: 800 } });
    await desk.page.goto(`${site.server.url}search/`);
    expect(await desk.page.locator('.search-key').isVisible()).toBe(true);
    // Said of the box it focuses: on the search page, the page's own; elsewhere, the header's.
    expect(await desk.page.getAttribute('#search-q', 'aria-keyshortcuts')).toBe('Control+K Meta+K');
    expect(await desk.page.getAttribute('#site-search', 'aria-keyshortcuts')).toBe(null);
    await desk.page.keyboard.press('Control+k');
    expect(await desk.page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await desk.page.goto(`${site.server.url}ledger/`);
    expect(await desk.page.getAttribute('#site-search', 'aria-keyshortcuts')).toBe('Control+K Meta+K');
    await context!.close();
    // Without JavaScript Ctrl K does nothing: neither the hint nor assistive technology offers it.
    const plain = await freshPage({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    await plain.page.goto(`${site.server.url}search/`);
    expect(await plain.page.locator('.search-key').isVisible()).toBe(false);
    expect(await plain.page.$$eval('[aria-keyshortcuts]', (all) => all.length)).toBe(0);
    await context!.close();
    const phone = await freshPage({ viewport: { width: 1280, height: 800 }, isMobile: true, hasTouch: true });
    await phone.page.goto(`${site.server.url}search/`);
    expect(await phone.page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(false);
    expect(await phone.page.locator('.search-key').isVisible()).toBe(false);
  });

  test.each([390, 1100])('at %i px every control of the search page is a target of 24 × 24 px or more', async (width) => {
    const { page } = await freshPage({ viewport: { width, height: 844 }, isMobile: width < 500, hasTouch: width < 500 });
    await openSearch(page, site.server.url, { q: 'Cartel of the Suns' });
    await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const small = await page.$$eval('main a, main button, main select, main summary, main input', (controls) =>
      controls.flatMap((control) => {
        // A checkbox's target is its label, which ticks it too.
        const target = control.matches('input[type=checkbox]') ? control.closest('label')! : control;
        const { width, height } = target.getBoundingClientRect();
        if (!width && !height) return [];
        return width < 24 || height < 24 ? [`${control.outerHTML.slice(0, 80)}: ${width.toFixed(1)} × ${height.toFixed(1)}`] : [];
      }),
    );
    expect(small).toEqual([]);
  });
});
