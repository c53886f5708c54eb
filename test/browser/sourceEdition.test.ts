import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { wcagViolations, withPage } from '../helpers/browser';
import { offlineStatus } from '../helpers/offline';
import { pagePerTest, siteInChromium } from '../helpers/siteInChromium';

const site = siteInChromium();
const tab = pagePerTest(site);

/** A source with every kind of furniture: a byline, an outlet's own description, removed pieces, a figure about one strike, our Spanish summary. */
const SOURCE = 'sources/orinoco-tribune-2025-11-28/';
const url = (path: string) => `${site.server.url}${path}`;

/** The page's state once its scripts have run: the furniture in Spanish (`data-swapped`), or left in English. */
const settled = (page: Page) => page.waitForFunction(() => document.readyState === 'complete');
const spanish = (page: Page) => page.locator('html[data-swapped][lang="es"]').waitFor({ state: 'attached' });
const text = (page: Page, selector: string) => page.locator(selector).first().textContent();
const href = (page: Page, selector: string) => page.locator(selector).first().getAttribute('href');
/**
 * The article as the page holds it: its markup, exactly, but for our furniture in it, in the reader's edition:
 * the links back from its paragraphs, each paragraph's link to itself and the label of a photo's caption.
 */
const article = (page: Page) =>
  page.locator('.source-text').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.backlinks, .para-link, .caption-label').forEach((furniture) => furniture.remove());
    return copy.innerHTML;
  });

/** The article's markup as the server sends it, before any script. */
function servedArticle(): Promise<string> {
  return withPage(site.browser, { javaScriptEnabled: false }, async (page) => {
    await page.goto(url(SOURCE));
    return article(page);
  });
}

describe("a source's page follows the reader's edition", () => {
  test('after a Spanish page, its furniture is in Spanish, its links lead to the Spanish pages, and the article is as published', async () => {
    const { page } = tab;
    await page.goto(url('es/ledger/'));
    await settled(page);
    // A page in one language for every reader (the about page, in English, linked from the Spanish footer) leaves the choice as it is.
    await page.goto(url('about/'));
    await settled(page);
    await page.goto(url(SOURCE));
    await spanish(page);

    expect(await page.getAttribute('html', 'lang')).toBe('es');
    // Its title as the Spanish edition names the source: our title, said to be ours, in Spanish.
    expect(await page.title()).toBe('Trump y Maduro hablaron de un posible encuentro, según el NYT (Orinoco Tribune; el título es nuestro) · Ataques en el mar');
    // The facts, the list of what was removed, the figures' table, in Spanish and marked so.
    expect(await text(page, '[data-w="published"]')).toBe('Fecha de publicación');
    expect(await text(page, '.facts time')).toBe('28 de noviembre de 2025');
    expect(await text(page, '[data-w="describesItself"]')).toBe(', que se describe a sí mismo como');
    expect(await text(page, '.removed summary')).toBe('Lo que quitamos: 7 elementos de la página');
    expect(await text(page, '[data-w="removed.masthead"]')).toBe('Cabecera del medio:');
    expect(await text(page, '.claims caption')).toBe('Cifras que informa este artículo');
    expect(await page.locator('.claims th').allTextContents()).toEqual(['Cifra', 'Qué cuenta', 'Fecha', 'Dónde']);
    expect(await page.locator('.claims [data-w="inSingleStrike"]').textContent()).toMatch(/^ en el ataque del \d+ de [a-z]+$/);
    expect(await page.locator('.claims td.num').allTextContents()).toContain('50 millones de dólares');
    expect(await text(page, '#text')).toBe('El artículo');
    for (const el of await page.locator('[data-w]').all()) if (await el.isVisible()) expect(await el.getAttribute('lang')).toBe('es');
    // Our summary in Spanish, not the English one beside it.
    expect(await page.locator('.facts dt:visible').allTextContents()).toContain('Nuestro resumen');
    expect(await page.locator('[data-w="summary"]').isHidden()).toBe(true);
    // Our notes in Spanish where the source's file gives them (how its date was worked out, a figure's note), not the English.
    expect(await page.locator('.facts [data-spanish]').textContent()).toMatch(/^\s*Nuestra copia no lleva fecha\./);
    // The article's words it quotes are marked as the article's language; our translation beside them is not.
    expect(await page.locator('.facts [data-spanish] [lang]').evaluateAll((els) => els.map((el) => [el.getAttribute('lang'), el.textContent]))).toEqual(
      (await page.locator('.facts [data-spanish]').textContent())!.match(/“[^”]+”/g)!.map((quote) => ['en', quote.slice(1, -1)]),
    );
    expect(await page.locator('.facts [data-english]').isHidden()).toBe(true);
    expect(await page.locator('.claims [data-spanish]').textContent()).toContain('La fuente menciona a un sobreviviente ecuatoriano');
    expect(await page.locator('.claims [data-english]').isHidden()).toBe(true);
    // Styled as the note it is, on a line of its own.
    expect(await page.locator('.claims [data-spanish]').evaluate((el) => getComputedStyle(el).display)).toBe('block');
    // The article stays in its language, word for word, and the outlet's own words (its title, its description) in theirs.
    expect(await page.getAttribute('article', 'lang')).toBe('en');
    expect(await page.locator('h1').evaluate((el) => el.closest('[lang]')!.getAttribute('lang'))).toBe('en');
    expect(await article(page)).toBe(await servedArticle());
    // Our furniture in it is in Spanish: each paragraph's link to itself (named, its number drawn by CSS), a photo's caption's label.
    const selfLinks = await page.locator('.source-text a.para-link').evaluateAll((as) => as.map((a) => [a.getAttribute('aria-label'), a.getAttribute('lang'), a.closest('[id^="p-"]')!.id]));
    expect(selfLinks.length).toBeGreaterThan(10);
    for (const [name, lang, id] of selfLinks) expect([name, lang]).toEqual([`Párrafo ${id!.slice(2)}`, 'es']);
    expect(await page.locator('.source-text .caption-label').allTextContents()).toEqual(['Pie de foto:']);
    // The frame: header, navigation, search, footer, in Spanish, leading to the Spanish pages.
    expect(await text(page, '.skip-link')).toBe('Saltar al contenido');
    expect(await text(page, '.site-name')).toBe('Ataques en el mar');
    expect(await href(page, '.site-name')).toBe('/es/');
    const nav = page.locator('.site-header nav[aria-label="Principal"] a');
    expect(await nav.allTextContents()).toEqual(['Explicación', 'Ataques', 'Cronología', 'Fuentes', 'Cifras', 'Datos']);
    expect(await nav.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/es/', '/es/strikes/', '/es/timeline/', '/es/sources/', '/es/ledger/', '/es/data/']);
    expect(await page.getAttribute('[data-search-box]', 'action')).toBe('/es/search/');
    expect(await page.getAttribute('[data-search-box]', 'aria-label')).toBe('Buscar en el sitio');
    expect(await page.getAttribute('#site-search', 'placeholder')).toBe('Buscar en el sitio');
    expect(await text(page, '[data-search-box] button[type="submit"]')).toBe('Buscar');
    expect(await text(page, '.site-footer a[href="/es/sources/"]')).toBe('Todas las fuentes');
    expect(await text(page, '.site-footer p')).toMatch(/^Ataques en el mar explica /);
    // The language switch: Spanish is this page, English the same page in English.
    expect(await page.getAttribute('.language-switch', 'aria-label')).toBe('Idioma');
    expect(await page.getAttribute('[data-language-switch="es"]', 'aria-current')).toBe('true');
    expect(await page.getAttribute('[data-language-switch="en"]', 'aria-current')).toBeNull();
    expect(await href(page, '[data-language-switch="en"]')).toBe(`/${SOURCE}`);
    // The offline line, written once the page has loaded, in the page's language.
    expect(await offlineStatus(page, 'ready')).toMatch(/^Disponible sin conexión/);

    // A paragraph's links back: named in Spanish, drawn in Spanish after their arrows, leading to the Spanish pages.
    const back = await page.locator('a.backlink').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href')!,
        name: a.getAttribute('aria-label')!,
        label: a.getAttribute('data-label')!,
        lang: a.getAttribute('lang'),
        paragraph: a.closest('[id^="p-"]')!.id.slice(2),
      })),
    );
    const cited = back.filter((b) => b.href.startsWith('/es/#cite-'));
    const strikes = back.filter((b) => b.href.startsWith('/es/strikes/'));
    expect(cited.length + strikes.length).toBe(back.length);
    expect(strikes.length).toBeGreaterThan(0);
    expect(back.every((b) => b.lang === 'es')).toBe(true);
    // Each named with its paragraph (a list of the page's links tells them apart), the first drawn without it.
    expect(cited[0]).toMatchObject({ name: `Citado en la explicación: párrafo ${cited[0]!.paragraph}`, label: '↩ Citado en la explicación' });
    const second = cited.find((b) => b.label === '2')!;
    expect(second.name).toBe(`Citado en la explicación: cita 2 del párrafo ${second.paragraph}`);
    for (const s of strikes) {
      expect(s.name).toMatch(/^(Supuesto ataque|Ataque) del \d+ de [a-z]+ de 2025$/);
      expect(s.label).toBe(`↪ ${s.name}`);
    }
    // What CSS draws is the Spanish label, and the paragraph's own text is still the article's alone.
    const drawn = await page.locator('a.backlink').first().evaluate((a) => getComputedStyle(a, '::before').content);
    expect(drawn).toBe('"↩ Citado en la explicación"');
    // The Spanish explainer's citation of that number cites this source, as the English one does.
    const first = cited[0]!.href;
    await page.goto(url(first.slice(1)));
    expect(await page.locator(`#${first.split('#')[1]}`).count()).toBe(1);
    const note = await page.locator(`#${first.split('#')[1]}`).getAttribute('href');
    expect(await page.locator(`${note} a[href^="/${SOURCE}#p-"]`).count()).toBeGreaterThan(0);
    await page.goto(url(strikes[0]!.href.slice(1)));
    expect(await page.locator('h1').textContent()).toContain(strikes[0]!.name);
  });

  test('a source with no summary of ours in Spanish keeps the English one for a Spanish reader', async () => {
    const { page } = tab;
    await page.addInitScript(() => localStorage.setItem('strikes-edition', 'es'));
    // The same page without its Spanish summary, as a source whose frontmatter has none is built.
    await page.route(url(SOURCE), async (route) => {
      const response = await route.fetch();
      const served = await response.text();
      const body = served.replace(/<dt lang="es"[^>]*>[\s\S]*?<\/dd>/, '');
      expect(body).not.toBe(served);
      await route.fulfill({ response, body });
    });
    await page.goto(url(SOURCE));
    await spanish(page);
    expect(await page.locator('.facts :is(dt, dd)[lang="es"]:not([data-w])').count()).toBe(0);
    expect(await page.isVisible('[data-w="summary"]')).toBe(true);
    expect(await page.isVisible('[data-w="summary"] + dd')).toBe(true);
    expect(await text(page, '.site-footer a[href="/about/"]')).toMatch(/\(en inglés\)$/);
    expect(await page.getAttribute('.site-footer a[href="/about/"]', 'hreflang')).toBe('en');
  });

  test('its outlet’s line is in Spanish too: the country as Spanish names it, an outlet not identified said so in Spanish', async () => {
    const { page } = tab;
    await page.addInitScript(() => localStorage.setItem('strikes-edition', 'es'));
    await page.goto(url('sources/turkiye-today-2025-12-01/'));
    await spanish(page);
    expect((await text(page, '.kicker'))!.replace(/\s+/g, ' ').trim()).toBe('Türkiye Today · Turquía');
    expect(await page.getAttribute('.kicker [data-w="country"]', 'lang')).toBe('es');
    await page.goto(url('sources/unidentified-outlet-2025-11-28/'));
    await spanish(page);
    expect(await text(page, '.kicker .outlet')).toBe('Medio no identificado');
    expect(await page.getAttribute('.kicker .outlet', 'lang')).toBe('es');
  });

  test('after an English page it is in English; the switch changes it in place, and the choice holds', async () => {
    const { page } = tab;
    await page.goto(url('es/'));
    await settled(page);
    await page.goto(url('ledger/'));
    await settled(page);
    await page.goto(url(SOURCE));
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('html', 'data-swapped')).toBeNull();
    expect(await text(page, '[data-w="published"]')).toBe('Published');
    expect(await page.locator('.facts [data-english]').textContent()).toMatch(/^\s*Our copy carries no date\./);
    expect(await page.locator('.facts [data-spanish]').isHidden()).toBe(true);
    expect(await href(page, '.site-name')).toBe('/');
    expect(await href(page, '[data-language-switch="es"]')).toBe('/es/sources/');

    // Español: this page, in place, and the next source page too.
    expect(await offlineStatus(page, 'ready')).toMatch(/^Available offline/);
    const saveButton = () => text(page, '[data-offline-controls] button');
    expect(await saveButton()).toMatch(/^Save the whole site/);
    await page.click('[data-language-switch="es"]');
    await spanish(page);
    expect(page.url()).toBe(url(SOURCE));
    expect(await text(page, '[data-w="published"]')).toBe('Fecha de publicación');
    // The footer's offline line and its control follow the page's language.
    await page.waitForFunction(() => document.querySelector('[data-offline-status]')?.textContent?.startsWith('Disponible sin conexión'));
    await page.waitForFunction(() => !document.querySelector('[data-offline-controls] button')?.textContent?.startsWith('Save'));
    expect(await saveButton()).toMatch(/^Guardar/);
    await page.goto(url('sources/turkiye-today-2025-12-01/'));
    await spanish(page);

    // English: the same page, in English, and so it stays.
    await Promise.all([page.waitForURL(url('sources/turkiye-today-2025-12-01/')), page.click('[data-language-switch="en"]')]);
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.readyState === 'complete');
    expect(await text(page, '[data-w="published"]')).toBe('Published');
    await page.goto(url(SOURCE));
    await settled(page);
    expect(await page.getAttribute('html', 'data-swapped')).toBeNull();
    expect(await text(page, '.skip-link')).toBe('Skip to content');
  });

  test('without JavaScript it is the English page, drawn at once', async () => {
    await withPage(site.browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(url('es/'));
      await page.goto(url(SOURCE));
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await text(page, '[data-w="published"]')).toBe('Published');
      expect(await page.locator('.claims [data-english]').evaluate((el) => getComputedStyle(el).display)).toBe('block');
      expect(await page.locator('.claims [data-spanish]').isHidden()).toBe(true);
      expect(await href(page, '[data-language-switch="es"]')).toBe('/es/sources/');
      expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    });
  });

  test('for a Spanish reader, the furniture is not drawn in English before it is in Spanish; without its script, it is drawn in English after a moment', async () => {
    const { page } = tab;
    await page.goto(url('es/'));
    await settled(page);
    // The script that writes the furniture never arrives.
    await page.route(/\/_astro\/SourceEdition\./, (route) => route.abort());
    await page.goto(url(SOURCE), { waitUntil: 'domcontentloaded' });
    expect(await page.getAttribute('html', 'data-edition')).toBe('es');
    expect(await page.getAttribute('html', 'data-swapped')).toBeNull();
    const visibility = () => page.locator('[data-w="published"]').evaluate((el) => getComputedStyle(el).visibility);
    const header = () => page.locator('.site-header').evaluate((el) => getComputedStyle(el).visibility);
    expect([await visibility(), await header()]).toEqual(['hidden', 'hidden']);
    await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-w="published"]')!).visibility === 'visible');
    expect(await header()).toBe('visible');
    expect(await text(page, '[data-w="published"]')).toBe('Published');
  });

  test('read offline, a source page read before is still in Spanish', async () => {
    const { page } = tab;
    await page.goto(url('es/'));
    await offlineStatus(page, 'ready');
    await page.goto(url(SOURCE));
    await spanish(page);
    await page.context().setOffline(true);
    await page.reload();
    await spanish(page);
    expect(await text(page, '[data-w="published"]')).toBe('Fecha de publicación');
  });

  test.each(['light', 'dark'] as const)('the Spanish furniture passes axe at WCAG 2.2 AA (%s)', async (colorScheme) => {
    await withPage(site.browser, { colorScheme }, async (page) => {
      await page.goto(url('es/'));
      await settled(page);
      await page.goto(url(SOURCE));
      await spanish(page);
      await page.locator('details.removed').evaluate((el) => ((el as HTMLDetailsElement).open = true));
      expect(await wcagViolations(page)).toEqual([]);
    });
  });
});
