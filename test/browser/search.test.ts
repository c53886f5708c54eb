import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { withPage } from '../helpers/browser';
import { readPage, textOf } from '../helpers/html';
import {
  openSearch,
  paragraphsWith as paragraphsIn,
  paragraphWith as paragraphIn,
  resultFor as resultOf,
  resultPaths as pathsOf,
  settled as settledPage,
  sourcePath,
} from '../helpers/searchPage';
import { pagePerTest, siteInChromium } from '../helpers/siteInChromium';
import { loadedByItself } from '../helpers/visit';

const siteDir = inject('siteDir');
const sourceIds = (await readdir('content/sources')).map((f) => f.replace(/\.mdx$/, ''));

const site = siteInChromium();
const tab = pagePerTest(site);

const searchPage = (params: Record<string, string | string[]>) => openSearch(tab.page, site.server.url, params);
const settled = () => settledPage(tab.page);
const resultPaths = () => pathsOf(tab.page);
/** The sources among the results, leaving out the explainer, which quotes them. */
const sourceResults = async () => (await resultPaths()).filter((path) => path.startsWith('/sources/'));
const resultFor = (path: string) => resultOf(tab.page, path);
const status = () => tab.page.textContent('[data-search-app] [role="status"]');
const paragraphsWith = (id: string, words: string) => paragraphsIn(siteDir, id, words);
const paragraphWith = (id: string, words: string) => paragraphIn(siteDir, id, words);

test('the site is served by nginx with the generated config, as npm start serves it', () => {
  expect(site.server.kind).toBe('nginx');
});

describe('the search page finds passages', () => {
  test('with the reader’s words only, "Cartel of the Suns" finds the four sources that use that name, not the one that says "Cartel de los Soles"', async () => {
    // Pagefind stems "Suns" to "sun", never to "soles": alone, it does not find the Indian Witness piece
    // (test/browser/searchHelp.test.ts has the aliases that do).
    await searchPage({ q: 'Cartel of the Suns', exact: '1' });
    const users = sourceIds.filter((id) => id !== 'indian-witness-2025-12-03');
    expect((await sourceResults()).sort()).toEqual(users.map(sourcePath).sort());
    // Besides the sources, only the explainer, and the data page and the timeline (the note on the designation's date), which use the name too.
    expect(await resultPaths()).toEqual(expect.arrayContaining(['/', '/data/', '/timeline/']));
    expect(await resultPaths()).toHaveLength(7);

    await searchPage({ q: 'Cartel de los Soles', exact: '1' });
    expect(await sourceResults()).toEqual([sourcePath('indian-witness-2025-12-03')]);
  });

  test('each result links to the paragraph that matches best, not to the top of the page', async () => {
    await searchPage({ q: 'Cartel of the Suns', exact: '1' });
    const links = await tab.page.$$eval('[data-search-results] > li h3 a[href^="/sources/"]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(4);
    for (const link of links) {
      const url = new URL(link);
      const id = url.pathname.split('/')[2]!;
      expect((await paragraphsWith(id, 'Cartel of the Suns')).map((p) => `#${p}`)).toContain(url.hash);
      expect(url.searchParams.getAll('highlight')).toEqual(expect.arrayContaining(['cartel', 'suns']));
    }
  });

  test.each([
    { edition: '/', word: 'OPEC' },
    { edition: '/es/', word: 'OPEP' },
  ])('in $edition, a word deep in a section of the explainer lands on its paragraph, named by the section’s heading, not on the heading', async ({ edition, word }) => {
    // The paragraph that holds the word, as built: each block of our own pages has an id of its section and its place.
    const explainer = await readPage(siteDir, edition);
    const blocks = explainer.querySelectorAll('article.explainer > p[id], article.explainer > ul > li[id]').filter((block) => textOf(block).includes(word));
    expect(blocks).toHaveLength(1);
    const { id } = blocks[0]!;
    const [, section, n] = /^(.+)-p(\d+)$/.exec(id)!;
    expect(Number(n)).toBeGreaterThan(2);
    await openSearch(tab.page, site.server.url, { q: word, kind: 'explainer' }, `${edition.slice(1)}search/`);
    expect(await resultPaths()).toEqual([edition]);
    const passage = tab.page.locator('[data-search-results] .search-passages a').filter({ hasText: word });
    await expect.poll(() => passage.count()).toBe(1);
    // The address names the block (percent-encoded where its section's words have accents).
    const hash = new URL((await passage.getAttribute('href'))!, site.server.url).hash;
    expect(decodeURIComponent(hash.slice(1))).toBe(id);
    expect(await passage.locator('.search-label').textContent()).toBe(textOf(explainer.querySelector(`[id="${section}"]`)!));
    await passage.click();
    await tab.page.waitForURL((url) => url.pathname === edition && url.hash === hash);
    // The paragraph is the page's target, and in view.
    const target = tab.page.locator(`[id="${id}"]`);
    expect(await target.evaluate((block) => block.matches(':target'))).toBe(true);
    await expect.poll(() => target.evaluate((block) => ({ top: block.getBoundingClientRect().top >= 0, inView: block.getBoundingClientRect().top < innerHeight }))).toEqual({ top: true, inView: true });
  });

  test('"slave\'s peace" finds the Indian Witness piece, at its paragraph', async () => {
    await searchPage({ q: "slave's peace" });
    const path = sourcePath('indian-witness-2025-12-03');
    expect(await sourceResults()).toEqual([path]);
    const href = await resultFor(path).locator('h3 a').getAttribute('href');
    expect(href!.endsWith(`#${await paragraphWith('indian-witness-2025-12-03', '"slave\'s peace"')}`)).toBe(true);
    expect(await resultFor(path).locator('.search-passages').textContent()).toContain('slave\'s peace');
  });

  test('"OPEC" finds Türkiye Today only, and says which outlet and when', async () => {
    await searchPage({ q: 'OPEC' });
    const path = sourcePath('turkiye-today-2025-12-01');
    expect(await sourceResults()).toEqual([path]);
    expect(await resultFor(path).locator('.search-meta').textContent()).toBe('Source · Türkiye Today · 1 December 2025');
    expect(await resultFor(path).locator('mark').allTextContents()).toContain('OPEC');
  });

  test('a quoted phrase finds only the pages that have those words together', async () => {
    await searchPage({ q: 'military strikes' });
    const loose = await sourceResults();
    await searchPage({ q: '"military strikes"' });
    const exact = await sourceResults();
    expect(exact).toEqual([sourcePath('orinoco-tribune-2025-11-28')]);
    expect(loose.length).toBeGreaterThan(exact.length);
    expect(loose).toEqual(expect.arrayContaining(exact));
  });

  test('in the Spanish edition, a strike’s page is found by the English words of its data (its notes, who was aboard), as the English page is', async () => {
    for (const [q, id] of [
      ['Gibraltar', '14'],
      ['Petro', '4'],
    ]) {
      await openSearch(tab.page, site.server.url, { q: q! }, 'es/search/');
      expect(await resultPaths(), q).toContain(`/es/strikes/${id}/`);
      await searchPage({ q: q! });
      expect(await resultPaths(), q).toContain(`/strikes/${id}/`);
    }
  });

  test('in the Spanish edition, a strike’s notes and who was aboard, in the data’s English, show in a result marked as English (WCAG 3.1.2); the same result in English is not', async () => {
    /** The languages of the passages that show the word, on a search page: each passage's own `lang`, else the page's. */
    const passageLangs = (path: string, word: string) =>
      resultFor(path)
        .locator('.search-passages > li')
        .filter({ hasText: word })
        .evaluateAll((items) => items.map((li) => [li.getAttribute('lang'), li.closest('[lang]')!.getAttribute('lang')]));
    await openSearch(tab.page, site.server.url, { q: 'Gibraltar' }, 'es/search/');
    expect(await passageLangs('/es/strikes/14/', 'Gibraltar')).toEqual([['en', 'en']]);
    // Only that passage: the result's title and where it is from are in the page's Spanish.
    expect(await resultFor('/es/strikes/14/').locator('[lang]').count()).toBe(1);
    await searchPage({ q: 'Gibraltar' });
    expect(await passageLangs('/strikes/14/', 'Gibraltar')).toEqual([[null, 'en']]);
    // Who was aboard: the list in English is a passage of its own, apart from its Spanish heading, and opens at the list.
    await openSearch(tab.page, site.server.url, { q: 'Petro' }, 'es/search/');
    // Its notes say "Petro" too.
    expect(await passageLangs('/es/strikes/4/', 'Petro')).toEqual([['en', 'en'], ['en', 'en']]);
    const links = await resultFor('/es/strikes/4/').locator('.search-passages > li[lang="en"] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash));
    expect(links.sort()).toEqual(['#aboard', '#notes']);
    // Named by nothing but its excerpt, which begins with the list's words: no label cut short to repeat them.
    const aboard = resultFor('/es/strikes/4/').locator('.search-passages > li').filter({ has: tab.page.locator('a[href*="#aboard"]') });
    await expect(aboard.locator('.search-label').count()).resolves.toBe(0);
  });

  test('a table’s row is a place a result opens, named by its words: a key event of the data page, not the row above its table', async () => {
    await searchPage({ q: 'Maduro', kind: 'data' });
    const result = resultFor('/data/');
    const links = await result.locator('a').evaluateAll((as) => as.map((a) => ({ href: new URL((a as HTMLAnchorElement).href).hash, text: a.textContent })));
    expect(links.some(({ href }) => href.startsWith('#event-'))).toBe(true);
    expect(links.filter(({ text }) => /^(report|strike|event)-/.test(text!.trim()))).toEqual([]);
  });

  test('only article text is indexed: words from our own summary or the site’s footer find nothing', async () => {
    // Our summary of the Türkiye Today piece, which its page shows above the article.
    const summary = 'A Turkish English-language outlet reports';
    expect(await readFile('content/sources/turkiye-today-2025-12-01.mdx', 'utf8')).toContain(summary);
    await searchPage({ q: `"${summary}"` });
    expect(await resultPaths()).toEqual([]);
    expect(await status()).toBe(`No results for “"${summary}"”`);
    expect(await tab.page.textContent('footer')).toContain('Every figure links to the paragraph');
    await searchPage({ q: '"Every figure links to the paragraph"' });
    expect(await resultPaths()).toEqual([]);
  });
});

describe('filters and sorting', () => {
  test('checking an outlet narrows the results to it, and the address keeps the filter', async () => {
    await searchPage({ q: 'Maduro' });
    const all = await resultPaths();
    expect(all.length).toBeGreaterThan(2);
    await tab.page.getByRole('checkbox', { name: /^Türkiye Today/ }).check();
    await settled();
    expect(await resultPaths()).toEqual([sourcePath('turkiye-today-2025-12-01')]);
    expect(new URL(tab.page.url()).searchParams.getAll('outlet')).toEqual(['Türkiye Today']);

    // Two outlets: either one.
    await tab.page.getByRole('checkbox', { name: /^Indian Witness/ }).check();
    await settled();
    expect((await resultPaths()).sort()).toEqual([sourcePath('indian-witness-2025-12-03'), sourcePath('turkiye-today-2025-12-01')]);
  });

  test('kind and month filters: the explainer alone, the data alone, then the sources of November 2025', async () => {
    await searchPage({ q: 'Maduro', kind: 'explainer' });
    expect(await resultPaths()).toEqual(['/']);
    // The data page's rows are places a result can land on.
    await searchPage({ q: 'Trinidad', kind: 'data' });
    expect(await resultPaths()).toEqual(['/data/']);
    expect(await tab.page.getAttribute('[data-search-results] h3 a', 'href')).toMatch(/^\/data\/\?highlight=trinidad[^#]*#strike-/);
    await searchPage({ q: 'Maduro', month: '2025-11' });
    expect((await resultPaths()).sort()).toEqual(
      ['muslim-network-tv-2025-11-30', 'orinoco-tribune-2025-11-28', 'unidentified-outlet-2025-11-28'].map(sourcePath),
    );
    expect(await tab.page.getByRole('checkbox', { name: /^November 2025/ }).isChecked()).toBe(true);
    // A month, not a month of publication: a strike's page is dated by its strike, the explainer by its last update.
    expect(await tab.page.$$eval('[data-search-filters] legend', (ls) => ls.map((l) => l.textContent))).toEqual(['Kind of page', 'Outlet', 'Month']);
  });

  test('sorting by date orders the same results newest or oldest first', async () => {
    const dates = () => tab.page.$$eval('[data-search-results] > li', (lis) => lis.map((li) => li.querySelector('time')!.dateTime));
    await searchPage({ q: 'Maduro' });
    const best = await resultPaths();
    // The five sources, the explainer, the timeline (which names each source's headline) and the data page
    // (whose key events name his confirmation of the call).
    expect(best).toHaveLength(8);
    expect(best).toContain('/data/');

    await tab.page.selectOption('select[name="sort"]', 'newest');
    await settled();
    const newest = await dates();
    expect(newest).toEqual([...newest].sort().reverse());
    expect((await resultPaths()).sort()).toEqual([...best].sort());
    expect(new URL(tab.page.url()).searchParams.get('sort')).toBe('newest');

    await tab.page.selectOption('select[name="sort"]', 'oldest');
    await settled();
    expect(await dates()).toEqual([...newest].sort());
  });
});

describe('the address carries the search', () => {
  test('typing updates ?q=, and reloading shows the same results', async () => {
    await tab.page.goto(`${site.server.url}search/`);
    await settled();
    await tab.page.fill('#search-q', 'OPEC');
    await tab.page.waitForURL((url) => url.searchParams.get('q') === 'OPEC');
    await settled();
    expect(await resultPaths()).toHaveLength(2);
    await tab.page.getByRole('checkbox', { name: /^Source/ }).check();
    await settled();
    const before = await resultPaths();
    expect(before).toEqual([sourcePath('turkiye-today-2025-12-01')]);
    await tab.page.reload();
    await settled();
    expect(await tab.page.inputValue('#search-q')).toBe('OPEC');
    expect(await tab.page.getByRole('checkbox', { name: /^Source/ }).isChecked()).toBe(true);
    expect(await resultPaths()).toEqual(before);
  });

  test('going back from a result returns to the same search', async () => {
    await searchPage({ q: 'OPEC' });
    const before = await resultPaths();
    await resultFor(sourcePath('turkiye-today-2025-12-01')).locator('h3 a').click();
    await tab.page.waitForURL(/turkiye-today/);
    await tab.page.goBack();
    await settled();
    expect(await tab.page.inputValue('#search-q')).toBe('OPEC');
    expect(await resultPaths()).toEqual(before);
  });
});

describe('opening a result', () => {
  test('lands on the paragraph, in view, with the matched words marked', async () => {
    await searchPage({ q: "slave's peace" });
    const id = await paragraphWith('indian-witness-2025-12-03', '"slave\'s peace"');
    await resultFor(sourcePath('indian-witness-2025-12-03')).locator('.search-passages a').first().click();
    await tab.page.waitForURL((url) => url.hash === `#${id}`);
    await tab.page.waitForSelector(`#${id} mark.search-hit`);
    expect(await tab.page.$$eval(`#${id} mark.search-hit`, (ms) => ms.map((m) => m.textContent))).toEqual(
      expect.arrayContaining(["slave's", 'peace']),
    );
    await tab.page.waitForFunction((sel) => {
      const { top, bottom } = document.querySelector(sel)!.getBoundingClientRect();
      return top >= 0 && bottom <= innerHeight;
    }, `#${id}`);
    expect(await tab.page.$eval(`#${id}`, (e) => e.matches(':target'))).toBe(true);
    // Marks go in the article's text only, never in the page's number links.
    expect(await tab.page.$$eval('[data-pagefind-ignore] mark, header mark', (ms) => ms.length)).toBe(0);
  });
});

describe('caching', () => {
  test('Pagefind asks for its entry file afresh, and the spelling help for the vocabulary by its plain address: no version of the site is baked into the scripts', async () => {
    const asked: string[] = [];
    tab.page.on('request', (request) => /pagefind-entry\.json|vocabulary\.json/.test(request.url()) && asked.push(((url) => url.pathname + url.search)(new URL(request.url()))));
    await searchPage({ q: 'OPEC' });
    await searchPage({ q: 'Madurro' });
    expect(asked.filter((url) => url.includes('pagefind-entry.json'))).toHaveLength(2);
    for (const url of asked.filter((url) => url.includes('pagefind-entry.json'))) expect(url).toMatch(/^\/pagefind\/pagefind-entry\.json\?ts=\d{13}$/);
    expect(asked).toContain('/pagefind/vocabulary.json');
  });
});

describe('keyboard and screen readers', () => {
  test('on the search page: arrow down from the box into the results, Enter opens one', async () => {
    await searchPage({ q: 'Maduro' });
    /** Which of the result links has focus, and where it goes. */
    const focused = () =>
      tab.page.evaluate(() => {
        const links = [...document.querySelectorAll('[data-search-results] a')];
        return { at: links.indexOf(document.activeElement!), href: document.activeElement?.getAttribute('href') };
      });
    await tab.page.focus('#search-q');
    await tab.page.keyboard.press('ArrowDown');
    expect((await focused()).at).toBe(0);
    await tab.page.keyboard.press('ArrowDown');
    await tab.page.keyboard.press('ArrowDown');
    expect((await focused()).at).toBe(2);
    await tab.page.keyboard.press('ArrowUp');
    const { at, href } = await focused();
    expect(at).toBe(1);
    await tab.page.keyboard.press('Enter');
    await tab.page.waitForURL((url) => `${url.pathname}${url.search}${url.hash}` === href);
  });

  test('the results count is in a status region, which screen readers announce', async () => {
    await searchPage({ q: 'OPEC' });
    const n = await tab.page.locator('[data-search-results] > li').count();
    expect(n).toBe(2);
    expect(await tab.page.getByRole('status').filter({ hasText: 'result' }).textContent()).toBe('2 results for “OPEC”');
  });
});

test('on the search page the results’ titles sit under a heading of their own: no level is skipped from the h1 (WCAG 1.3.1)', async () => {
  await searchPage({ q: 'Maduro' });
  const levels = await tab.page.$$eval('main :is(h1, h2, h3, h4, h5, h6)', (hs) => hs.filter((h) => !h.closest('[hidden]')).map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  expect(levels.filter((level) => level === 3).length).toBeGreaterThan(1);
  levels.forEach((level, i) => i > 0 && expect(level, `heading ${i + 1} of ${levels.join(', ')}`).toBeLessThanOrEqual(levels[i - 1]! + 1));
});

describe('the header search box', () => {
  test.each([1280, 800, 520, 390])('at %i px the whole placeholder shows, and the shortcut hint only beside it, inside the box', async (width) => {
    const narrow = await site.browser.newPage({ viewport: { width, height: 600 } });
    try {
      await narrow.goto(`${site.server.url}sources/`);
      const box = narrow.locator('#site-search');
      const input = (await box.boundingBox())!;
      const { padding, placeholder } = await box.evaluate((el: HTMLInputElement) => {
        const style = getComputedStyle(el);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = style.font;
        return { padding: [parseFloat(style.paddingLeft), parseFloat(style.paddingRight)], placeholder: context.measureText(el.placeholder).width };
      });
      // The placeholder is not cut short.
      expect(placeholder).toBeLessThanOrEqual(input.width - padding[0] - padding[1]);
      const hint = narrow.locator('.search-key').first();
      if (await hint.isVisible()) {
        const at = (await hint.boundingBox())!;
        expect(at.x + at.width).toBeLessThan(input.x + input.width - 2);
        // The placeholder ends where the padding starts, before the hint.
        expect(input.x + input.width - padding[1]).toBeLessThanOrEqual(at.x);
      }
      if (width === 1280) expect(await hint.isVisible()).toBe(true);
    } finally {
      await narrow.close();
    }
  });

  test('Ctrl+K focuses it; results open under it; arrow keys and Enter open one', async () => {
    await tab.page.goto(`${site.server.url}sources/`);
    await tab.page.keyboard.press('Control+k');
    expect(await tab.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    // Only the Türkiye Today piece mentions Florida.
    await tab.page.keyboard.type('Florida');
    // Wait for the results of the whole word: under load, those of "Flori" can show first.
    await tab.page.waitForFunction(() => document.querySelector('header [role="status"]')?.textContent === '1 result for Florida');
    await tab.page.waitForSelector('#site-search-panel:not([hidden]) .search-hit');
    // Open, the results come before the page's own h1: they add no heading there, and their list is named (WCAG 1.3.1).
    expect(await tab.page.$$eval('#site-search-panel :is(h1, h2, h3, h4, h5, h6)', (hs) => hs.length)).toBe(0);
    const shown = await tab.page.$$eval(':is(h1, h2, h3, h4, h5, h6)', (hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.tagName));
    expect(shown[0]).toBe('H1');
    expect(await tab.page.getAttribute('#site-search-panel .search-hits', 'aria-label')).toBe('Results');
    expect(await tab.page.textContent('#site-search-panel .search-title a')).toMatch(/^Trump confirms call/);
    await tab.page.keyboard.press('ArrowDown');
    const href = await tab.page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^\/sources\/turkiye-today-2025-12-01\/\?highlight=florida#p-\d+$/);
    await tab.page.keyboard.press('Escape');
    expect(await tab.page.isHidden('#site-search-panel')).toBe(true);
    expect(await tab.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await tab.page.keyboard.press('ArrowDown'); // reopens nothing: the panel is closed
    await tab.page.keyboard.press('Enter');
    await tab.page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'Florida');
    await settled();
    expect(await resultPaths()).toEqual([sourcePath('turkiye-today-2025-12-01')]);
  });
});

describe('the header’s box, with a note above its results', () => {
  test('ArrowDown goes to the first result, past the note’s link; a press on a result keeps the focus in the box, as Safari would not move it', async () => {
    await tab.page.goto(`${site.server.url}sources/`);
    await tab.page.fill('#site-search', 'Cartel of the Suns');
    // The note names the other names searched, with a link to search only the reader's words, above the results.
    await tab.page.waitForSelector('#site-search-panel:not([hidden]) .search-note a');
    await tab.page.waitForSelector('#site-search-panel .search-hits a');
    await tab.page.keyboard.press('ArrowDown');
    expect(await tab.page.evaluate(() => document.activeElement?.closest('.search-hits') !== null)).toBe(true);
    await tab.page.keyboard.press('Escape');
    await tab.page.fill('#site-search', 'Cartel of the Suns Maduro');
    // The results of the whole query: those of a part of it can show first.
    await tab.page.waitForFunction(() => / for Cartel of the Suns Maduro$/.test(document.querySelector('header [role="status"]')?.textContent ?? ''));
    const first = tab.page.locator('#site-search-panel:not([hidden]) .search-hits a').first();
    await first.waitFor();
    await first.hover();
    await tab.page.mouse.down();
    expect(await tab.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    expect(await tab.page.isVisible('#site-search-panel')).toBe(true);
    await tab.page.mouse.up();
    await tab.page.waitForURL((url) => url.pathname.startsWith('/sources/') && url.pathname !== '/sources/');
  });

  test('results that arrive once the reader has left the box do not open over the page', async () => {
    await tab.page.goto(`${site.server.url}sources/`);
    await tab.page.fill('#site-search', 'Florida');
    // Left before the search runs (it waits for typing to pause).
    await tab.page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await tab.page.waitForFunction(() => document.querySelector('header [role="status"]')?.textContent === '1 result for Florida');
    expect(await tab.page.isHidden('#site-search-panel')).toBe(true);
    // Back in the box, they show.
    await tab.page.focus('#site-search');
    await tab.page.waitForSelector('#site-search-panel:not([hidden]) .search-hit');
  });
});

describe('pages that are only read load no search code', () => {
  const readPages = ['/', '/sources/', '/data/', ...sourceIds.map(sourcePath)];

  test.each(readPages)('%s requests no search script and nothing from /pagefind/ until the reader uses search', async (path) => {
    const scripts: { url: string; body: Promise<string> }[] = [];
    tab.page.on('response', (response) => {
      if (response.request().resourceType() === 'script' || response.url().includes('/pagefind/'))
        // Read now, while the page is open; what is never awaited must not reject unhandled later.
        scripts.push({ url: response.url(), body: response.text().catch((e: Error) => `unreadable: ${e.message}`) });
    });
    await tab.page.goto(`${site.server.url}${path.slice(1)}`);
    await loadedByItself(tab.page);
    // The page's own scripts (charts, citations) may load; none of them may be search code.
    for (const { url, body } of scripts) {
      expect(url).not.toContain('/pagefind/');
      expect(await body, url).not.toMatch(/pagefind|data-search-box/);
    }
    const before = scripts.length;

    await tab.page.focus('#site-search');
    await tab.page.waitForFunction(() => document.querySelector<HTMLFormElement>('[data-search-box]')!.dataset.ready !== undefined);
    expect(scripts.slice(before).some(({ url }) => url.includes('/_astro/header.'))).toBe(true);
  });
});

describe('without JavaScript', () => {
  test('/search/ says search needs JavaScript and lists every source by outlet and date, with no box that could only reload it', async () => {
    await withPage(site.browser, { javaScriptEnabled: false }, async (plain) => {
      await plain.goto(`${site.server.url}search/?q=OPEC`);
      expect(await plain.textContent('main')).toContain('Search needs JavaScript');
      expect(await plain.isVisible('[data-search-page]')).toBe(false);
      const links = await plain.$$eval('.search-fallback a', (as) => as.map((a) => a.getAttribute('href')));
      expect(links.sort()).toEqual(sourceIds.map(sourcePath).sort());
      expect(await plain.isVisible('a[href="/sources/"]')).toBe(true);
      // Nor is the header's box shown, on any page: it could only lead here.
      for (const path of ['', 'search/', 'es/ledger/']) {
        await plain.goto(`${site.server.url}${path}`);
        expect(await plain.locator('form.search-box').count(), path).toBe(1);
        expect(await plain.isVisible('form.search-box'), path).toBe(false);
      }
    });
  });
});
