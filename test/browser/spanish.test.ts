import { describe, expect, test } from 'vitest';
import { offlineStatus, visitOnce } from '../helpers/offline';
import { openSearch, resultPaths, settled, sourcePath } from '../helpers/searchPage';
import { pagePerTest, siteInChromium } from '../helpers/siteInChromium';

const site = siteInChromium();
const tab = pagePerTest(site);

const spanishSearch = (params: Record<string, string>) => openSearch(tab.page, site.server.url, params, 'es/search/');
/** The result for exactly this page (not /es/data/ for /es/): its link is the path, then a query or an anchor. */
const result = (path: string) =>
  tab.page.locator('[data-search-results] > li').filter({ has: tab.page.locator(`h3 a[href="${path}"], h3 a[href^="${path}?"], h3 a[href^="${path}#"]`) });
const status = () => tab.page.textContent('[data-search-app] [role="status"]');
/** The language label of one result ("en inglés"), or null where it is in the page's language. */
const languageOf = (path: string) => result(path).locator('.search-lang').first().getAttribute('data-lang', { timeout: 1000 }).catch(() => null);

describe('search in Spanish', () => {
  test('a Spanish word finds the Spanish explainer through Spanish stemming: "anunciaron" is on no tab.page, "anunció" and "anunciadas" are', async () => {
    // Every Spanish strike page says "según anunció" too, and comes first: look among the explainers.
    await spanishSearch({ q: 'anunciaron', kind: 'explainer' });
    expect(await resultPaths(tab.page)).toContain('/es/');
    // In the Spanish explainer's own words, and in the page's language: no label.
    expect(await result('/es/').locator('.search-passages').textContent()).toMatch(/anunci/i);
    expect(await languageOf('/es/')).toBeNull();
    expect(await status()).toMatch(/^\d+ resultados? para «anunciaron»$/);
  });

  test('"llamadas" finds the explainer that says "llamada", with the result in Spanish', async () => {
    await spanishSearch({ q: 'llamadas' });
    expect((await resultPaths(tab.page))[0]).toBe('/es/');
    await expect(result('/es/').locator('.search-meta .search-kind').textContent()).resolves.toBe('Explicación');
  });

  test('an English query from the Spanish search page finds the English sources, each said to be in English', async () => {
    // A name the Spanish pages print seldom, so that the sources are among the first results: the strike
    // pages' English notes name Hegseth on fifteen of them.
    await spanishSearch({ q: 'Rubio' });
    const sources = (await resultPaths(tab.page)).filter((path) => path.startsWith('/sources/'));
    expect(sources.length).toBeGreaterThan(1);
    for (const path of sources) {
      expect(await languageOf(path), path).toBe('en');
      await expect(result(path).locator('.search-lang').textContent()).resolves.toBe('en inglés');
      await expect(result(path).locator('h3 a').getAttribute('hreflang')).resolves.toBe('en');
    }
    // A source's passages are its English words, named in the page's: "Párrafo 4", marked Spanish inside the English list.
    const labels = tab.page.locator('[data-search-results] .search-passages[lang="en"] .search-label');
    const named = await labels.evaluateAll((spans) => spans.map((span) => [span.textContent, span.getAttribute('lang')]));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter(([text]) => /^(Paragraph \d|Top of the page)/.test(text!))).toEqual([]);
    expect(named.filter(([text]) => /^(Párrafo \d+|Inicio de la página)$/.test(text!)).every(([, lang]) => lang === 'es')).toBe(true);
    expect(named.some(([text]) => /^Párrafo \d+$/.test(text!))).toBe(true);
    // Its own language first: the Spanish explainer, which names him too, before any English page.
    const paths = await resultPaths(tab.page);
    expect(paths.indexOf('/es/')).toBeGreaterThanOrEqual(0);
    expect(paths.indexOf('/es/')).toBeLessThan(paths.indexOf(sources[0]!));
    // No spelling help for a word that only the English index has.
    expect(await tab.page.isHidden('[data-search-spelling]')).toBe(true);
  });

  test('spelling help offers the Spanish word before an English word as near: “electiones” is one edit from “elecciones” and from the sources’ “elections”', async () => {
    await spanishSearch({ q: 'electiones' });
    await tab.page.waitForSelector('[data-search-spelling] [data-suggestion]');
    const offered = await tab.page.$$eval('[data-search-spelling] [data-suggestion]', (links) => links.map((a) => a.getAttribute('data-suggestion')));
    expect(offered[0]).toBe('elecciones');
    // The English word is offered too, after it: it finds the sources.
    expect(offered).toContain('elections');
    // On an English page, English words only: the Spanish pages are not searched there.
    await openSearch(tab.page, site.server.url, { q: 'electiones' });
    await tab.page.waitForSelector('[data-search-spelling] [data-suggestion]');
    const english = await tab.page.$$eval('[data-search-spelling] [data-suggestion]', (links) => links.map((a) => a.getAttribute('data-suggestion')));
    expect(english[0]).toBe('elections');
    expect(english).not.toContain('elecciones');
  });

  test('sorted by date, the Spanish pages and the English sources are one list, newest or oldest first, the undated last', async () => {
    const listed = () =>
      tab.page.$$eval('[data-search-results] > li', (lis) =>
        lis.map((li) => ({ date: li.querySelector('time')?.dateTime ?? '', path: new URL(li.querySelector('h3 a')!.getAttribute('href')!, location.href).pathname })),
      );
    const inOrder = (dates: string[], newest: boolean) => {
      const dated = dates.filter(Boolean);
      expect(dated).toEqual(newest ? [...dated].sort().reverse() : [...dated].sort());
      expect(dates.slice(dated.length).every((date) => !date)).toBe(true);
    };
    await spanishSearch({ q: 'Maduro' });
    const best = (await listed()).map((r) => r.path);
    await spanishSearch({ q: 'Maduro', sort: 'newest' });
    const newest = await listed();
    // Both editions' pages, dated on both sides of each other: the Spanish explainer and strike pages, the English sources.
    expect(newest.some((r) => r.path.startsWith('/es/') && r.date)).toBe(true);
    expect(newest.some((r) => r.path.startsWith('/sources/'))).toBe(true);
    inOrder(newest.map((r) => r.date), true);
    expect(newest.map((r) => r.path).sort()).toEqual([...best].sort());
    await spanishSearch({ q: 'Maduro', sort: 'oldest' });
    const oldest = await listed();
    inOrder(oldest.map((r) => r.date), false);
    expect(oldest.map((r) => r.path).sort()).toEqual([...best].sort());
  });

  test('from the English index, its sources only: no page is listed twice, once in each edition, and the filters count each page once', async () => {
    await spanishSearch({ q: 'Rubio' });
    const paths = await resultPaths(tab.page);
    expect(paths).toContain('/es/');
    expect(paths.some((path) => path.startsWith('/sources/'))).toBe(true);
    // Not the English explainer, data page or strikes beside their Spanish pages.
    expect(paths.filter((path) => !path.startsWith('/es/') && !path.startsWith('/sources/'))).toEqual([]);
    const kinds = await tab.page.$$eval('[data-search-filters] fieldset:first-child label', (ls) => ls.map((l) => l.textContent!.trim()));
    expect(kinds.find((kind) => kind.startsWith('Explicación'))).toBe('Explicación (1)');
    // A kind only the edition's own pages have searches no other index.
    await spanishSearch({ q: 'Rubio', kind: 'explainer' });
    expect(await resultPaths(tab.page)).toEqual(['/es/']);
  });

  test('the filters and the notes are in Spanish, and count the English sources too', async () => {
    await spanishSearch({ q: 'Cartel de los Soles' });
    const legends = await tab.page.$$eval('[data-search-filters] legend', (ls) => ls.map((l) => l.textContent));
    // A month, not a month of publication: a strike's page is dated by its strike.
    expect(legends).toEqual(['Tipo de página', 'Medio', 'Mes']);
    const kinds = await tab.page.$$eval('[data-search-filters] fieldset:first-child label', (ls) => ls.map((l) => l.textContent!.trim()));
    expect(kinds.map((k) => k.replace(/\s*\(\d+\)$/, ''))).toEqual(['Explicación', 'Ataque', 'Cronología', 'Datos', 'Fuente']);
    await expect(tab.page.textContent('[data-search-names]')).resolves.toMatch(/^También se buscó: Cartel of the Suns\. Buscar solo «Cartel de los Soles»$/);
    expect(await resultPaths(tab.page)).toContain(sourcePath('indian-witness-2025-12-03'));
  });

  test('a source whose outlet is not known is named so in Spanish, in its result and in the outlet filter, and the filter still finds it', async () => {
    const unknown = sourcePath('unidentified-outlet-2025-11-28');
    await spanishSearch({ q: 'off-ramp' });
    await expect(result(unknown).locator('.search-outlet').textContent()).resolves.toBe('Medio no identificado');
    const outlets = await tab.page.$$eval('[data-search-filters] fieldset:nth-child(2) label', (ls) => ls.map((l) => l.textContent!.replace(/\s*\(\d+\)\s*$/, '').trim()));
    expect(outlets).toContain('Medio no identificado');
    expect(outlets).not.toContain('Outlet not identified');
    // In the order a Spanish reader reads the names: "Medio…" among the M's.
    expect(outlets).toEqual([...outlets].sort((a, b) => a.localeCompare(b, 'es')));
    await tab.page.getByRole('checkbox', { name: /^Medio no identificado/ }).check();
    await settled(tab.page);
    expect(await resultPaths(tab.page)).toEqual([unknown]);
  });

  test('the header box of a Spanish page searches both languages and opens the Spanish search page', async () => {
    await tab.page.goto(`${site.server.url}es/ledger/`);
    await tab.page.fill('#site-search', 'Hegseth');
    const panel = tab.page.locator('[data-search-panel]');
    await panel.locator('.search-all a').waitFor();
    expect(new URL((await panel.locator('.search-all a').getAttribute('href'))!, site.server.url).pathname).toBe('/es/search/');
    await expect(panel.locator('.search-hits > li').first().locator('.search-title a').getAttribute('href')).resolves.toMatch(/^\/es\//);
  });
});

describe('offline in Spanish', () => {
  test('the footer says what is saved, and offers and removes the whole site, in Spanish, with sizes as Spanish writes them', async () => {
    expect(await visitOnce(tab.page, `${site.server.url}es/`)).toMatch(
      /^Disponible sin conexión: la explicación, la búsqueda y cada página que abra, \d+,\d MB guardados en este dispositivo\. Las demás páginas necesitan conexión\.$/,
    );
    const save = tab.page.getByRole('button', { name: /^Guardar todo el sitio para leerlo sin conexión \(\d+,\d MB\)$/ });
    await save.click();
    await tab.page.locator('[data-offline-controls][data-archive="saved"]').waitFor();
    expect(await offlineStatus(tab.page, 'ready')).toMatch(/^Disponible sin conexión: todas las páginas y la búsqueda, \d+,\d MB guardados en este dispositivo\.$/);
    await tab.page.getByRole('button', { name: 'Eliminar la copia guardada de todo el sitio' }).click();
    await tab.page.locator('[data-offline-controls][data-archive="none"]').waitFor();
    await save.waitFor();
  });

  test('an English page keeps its English words', async () => {
    expect(await visitOnce(tab.page, `${site.server.url}ledger/`)).toMatch(/^Available offline: the explainer, search and each page you open, \d+\.\d MB saved/);
    await tab.page.getByRole('button', { name: /^Save the whole site for offline reading \(\d+\.\d MB\)$/ }).waitFor();
  });
});

describe('the pages that serve every edition, for a Spanish reader', () => {
  /** What a reader sees first: the page's title and language, its one <h1>, the sections' order, the menu's first link. */
  const seen = async () => ({
    title: await tab.page.title(),
    lang: await tab.page.getAttribute('html', 'lang'),
    h1: await tab.page.locator('main h1').allTextContents(),
    sections: await tab.page.locator('.shared-page').evaluateAll((sections) => sections.map((s) => s.getAttribute('lang'))),
    menu: await tab.page.locator('.site-header nav a').first().textContent(),
  });

  test('the 404 page of an address under /es/ is in Spanish first, its furniture too; under any other, in English first', async () => {
    const response = await tab.page.goto(`${site.server.url}es/no-hay-tal-pagina/`);
    expect(response?.status()).toBe(404);
    // The host sends the Spanish edition's 404 page: Spanish first before any script runs, so never English for a moment.
    const sent = await response!.text();
    expect([/<html lang="(\w+)"/.exec(sent)?.[1], /<h1[^>]*>([^<]*)/.exec(sent)?.[1]]).toEqual(['es', 'No hay ninguna página en esta dirección']);
    await tab.page.waitForFunction(() => document.documentElement.lang === 'es');
    expect(await seen()).toEqual({
      title: 'Página no encontrada · Ataques en el mar',
      lang: 'es',
      h1: ['No hay ninguna página en esta dirección'],
      sections: ['es', 'en'],
      menu: 'Explicación',
    });
    await expect(tab.page.locator('.shared-page[lang="en"] h2').textContent()).resolves.toBe('There is no page at this address');
    // The language switch still leads to each edition's home page, in each one's name, Spanish marked current.
    const switchLinks = await tab.page
      .locator('.language-switch a')
      .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current')]));
    expect(switchLinks).toEqual([
      ['English', '/', null],
      ['Español', '/es/', 'true'],
    ]);
    await expect(tab.page.locator('.skip-link').textContent()).resolves.toBe('Saltar al contenido');

    await tab.page.goto(`${site.server.url}no-such-page/`);
    expect(await seen()).toEqual({ title: 'Page not found · Strikes at Sea', lang: 'en', h1: ['There is no page at this address'], sections: ['en', 'es'], menu: 'Explainer' });
  });

  test('a reader who chose the Spanish edition gets it first at any address, each section’s links saying their language where it is not the page’s', async () => {
    /** Each section's language, and its links' hreflang values. */
    const hreflangs = () =>
      tab.page.locator('.shared-page').evaluateAll((sections) => sections.map((s) => [s.getAttribute('lang'), [...new Set([...s.querySelectorAll('a')].map((a) => a.getAttribute('hreflang')))]]));
    await tab.page.goto(`${site.server.url}es/no-hay-tal-pagina/`);
    const sent = await hreflangs();
    expect(sent).toEqual([['es', [null]], ['en', ['en']]]);
    await tab.page.goto(`${site.server.url}es/`);
    await tab.page.goto(`${site.server.url}no-such-page/`);
    await tab.page.waitForFunction(() => document.documentElement.lang === 'es');
    expect((await seen()).h1).toEqual(['No hay ninguna página en esta dirección']);
    // As the Spanish edition's own 404 page is sent.
    expect(await hreflangs()).toEqual(sent);
  });
});
