import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { siteUrl } from '../../src/site';
import { readPage, textOf } from '../helpers/html';
import { HTMLElement } from 'node-html-parser';
import { builtPages } from '../helpers/pages';
import { buildSite } from '../helpers/site';
import { siteCopy } from '../helpers/siteCopy';

const siteDir = inject('siteDir');
const SITE = siteUrl();
const pages = (await builtPages(siteDir)).filter((path) => path.endsWith('/'));
/** The English strikes' and charts' pages: each strike's, the list and its filtered views; each chart's, its embed and their list. */
const STRIKE_AND_CHART_PAGES = pages.filter((path) => path.startsWith('/strikes/') || path.startsWith('/charts/'));
/** The Spanish edition's pages: everything we write, under /es/, the strikes', the charts' and the timeline among them. */
const SPANISH = ['/es/', '/es/sources/', '/es/ledger/', '/es/data/', '/es/search/', '/es/timeline/', ...STRIKE_AND_CHART_PAGES.map((path) => `/es${path}`)];
/** Pages that say what they say in both languages: the host's 404 pages (each edition's first) and the service worker's offline page. */
const SHARED = ['/404.html', '/es/404/', '/offline/'];
const local = (href: string) => new URL(href, SITE).pathname;

/** The English pages with no Spanish counterpart yet (a source's page has its own rule). */
const ENGLISH_ONLY = ['/about/'];
/** A chart's embed, framed by other sites: the chart alone, with no header and so no language switch. */
const isEmbed = (path: string) => path.endsWith('/embed/');

describe('the Spanish edition', () => {
  test('has every page we write, under /es/, and none of the sources, which stay in English', () => {
    expect(pages.filter((path) => path.startsWith('/es/') && !SHARED.includes(path)).sort()).toEqual([...SPANISH].sort());
  });

  test.each(pages)('%s is in its edition’s language, and says it to machines: lang, og:locale, hreflang both ways', async (path) => {
    const html = await readPage(siteDir, path);
    const lang = path.startsWith('/es/') ? 'es' : 'en';
    expect(html.querySelector('html')!.getAttribute('lang')).toBe(lang);
    expect(html.querySelector('meta[property="og:locale"]')!.getAttribute('content')).toBe(lang === 'es' ? 'es_LA' : 'en_GB');
    const alternates = html.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), local(l.getAttribute('href')!)]);
    if (SHARED.includes(path) || !alternates.length) return;
    // Each alternate is a built page in its language, and names this one back (hreflang must be reciprocal).
    expect(alternates).toContainEqual([lang, path]);
    expect(alternates).toContainEqual(['x-default', alternates.find(([l]) => l === 'en')![1]]);
    for (const [other, target] of alternates.filter(([l]) => l !== 'x-default')) {
      const page = await readPage(siteDir, target!);
      expect(page.querySelector('html')!.getAttribute('lang'), target).toBe(other);
      const back = page.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), local(l.getAttribute('href')!)]);
      expect(back, target).toContainEqual([lang, path]);
    }
  });

  test.each(pages.filter((path) => !SHARED.includes(path) && !isEmbed(path)))('%s: the language switch lands on the counterpart, whose switch leads back', async (path) => {
    const html = await readPage(siteDir, path);
    const lang = path.startsWith('/es/') ? 'es' : 'en';
    const links = Object.fromEntries(html.querySelectorAll('[data-language-switch]').map((a) => [a.getAttribute('data-language-switch'), a.getAttribute('href')!]));
    expect(Object.keys(links).sort()).toEqual(['en', 'es']);
    expect(links[lang]).toBe(path);
    const other = lang === 'es' ? 'en' : 'es';
    const target = links[other]!;
    expect(pages, `${path} switches to ${target}`).toContain(target);
    const counterpart = await readPage(siteDir, target);
    expect(counterpart.querySelector('html')!.getAttribute('lang')).toBe(other);
    const english = lang === 'en' ? path : target;
    // A page with a counterpart (all but a source's and /about/, which are in English only) goes there and back.
    if (ENGLISH_ONLY.some((only) => english.startsWith(only))) {
      // One in English only: its Spanish switch leads to the Spanish home page.
      expect(target).toBe('/es/');
    } else if (!english.startsWith('/sources/') || english === '/sources/') {
      expect(target).toBe(lang === 'en' ? `/es${path}` : path.slice('/es'.length));
      expect(counterpart.querySelector(`[data-language-switch="${lang}"]`)!.getAttribute('href')).toBe(path);
    } else {
      // A source has one page, in English: from it the Spanish switch leads to the Spanish list of sources.
      expect(target).toBe('/es/sources/');
    }
  });

  test('the Spanish header leads to the Spanish page of every item, none of them in English', async () => {
    for (const path of SPANISH.filter((p) => !isEmbed(p))) {
      const nav = (await readPage(siteDir, path)).querySelector('.site-header nav[aria-label="Principal"]')!;
      const links = nav.querySelectorAll('a');
      expect(links.map((a) => a.getAttribute('href')), path).toEqual(['/es/', '/es/strikes/', '/es/timeline/', '/es/sources/', '/es/ledger/', '/es/data/']);
      for (const link of links) expect(link.getAttribute('hreflang'), path).toBeUndefined();
    }
  });

  test('no Spanish page links to an English page that has a Spanish counterpart, unless it says it means the English (hreflang="en")', async () => {
    const wrong: string[] = [];
    for (const path of SPANISH) {
      for (const a of (await readPage(siteDir, path)).querySelectorAll('a[href]:not([data-language-switch]):not([hreflang="en"])')) {
        const href = a.getAttribute('href')!;
        const url = new URL(href, new URL(path, SITE));
        if (url.origin !== new URL(SITE).origin) continue;
        if (!url.pathname.startsWith('/es/') && pages.includes(`/es${url.pathname}`)) wrong.push(`${path} → ${href}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('every link of a Spanish page to a data file, whose words are English, says so (hreflang="en"): the strikes’ rows, the charts’ and the data page’s files', async () => {
    const unmarked: string[] = [];
    let files = 0;
    for (const path of SPANISH) {
      for (const a of (await readPage(siteDir, path)).querySelectorAll('a[href^="/data/"][href$=".csv"]')) {
        files += 1;
        if (a.getAttribute('hreflang') !== 'en') unmarked.push(`${path} → ${a.getAttribute('href')}`);
      }
    }
    expect(files).toBeGreaterThan(SPANISH.filter((p) => p.startsWith('/es/strikes/')).length);
    expect(unmarked).toEqual([]);
  });

  test('the Spanish data page marks the English it quotes as English (WCAG 3.1.2), with our translation after it, as the explainer does', async () => {
    const page = await readPage(siteDir, '/es/data/');
    const english = page.querySelectorAll('#reported-totals-heading ~ p span[lang="en"], #reported-totals-heading ~ details dd span[lang="en"]').map(textOf);
    expect(english).toEqual(['at least 46', '2 rescued']);
    expect(textOf(page.querySelector('#reported-totals-heading ~ p')!)).toContain('(“at least 46” [«al menos 46»])');
    // So does a column's description: the timeline's English label for a strike of our data.
    expect(page.querySelectorAll('dl.columns dd span[lang="en"]').map(textOf)).toContain('First strike');
  });

  test('the data page sets the columns’ names and values apart as code, never as backticks, and marks them English on the Spanish page', async () => {
    for (const path of ['/data/', '/es/data/']) {
      const page = await readPage(siteDir, path);
      const descriptions = page.querySelectorAll('dl.columns dd');
      expect(descriptions.length, path).toBeGreaterThan(40);
      expect(descriptions.map(textOf).filter((text) => text.includes('`')), path).toEqual([]);
      // The names the columns stand under (dt) too, not only where a description names them.
      const codes = page.querySelectorAll('dl.columns code');
      expect(codes.map(textOf), path).toEqual(expect.arrayContaining(['killed', 'cited', 'unconfirmed', 'Caribbean', 'Eastern Pacific', 'described', 'yes', 'no']));
      for (const code of codes) expect(code.getAttribute('lang'), `${path} ${textOf(code)}`).toBe(path === '/data/' ? undefined : 'en');
    }
  });

  test('the Spanish byline says that its link, to the team’s page, leads to a page in English', async () => {
    const byline = (await readPage(siteDir, '/es/')).querySelector('article header .byline')!;
    expect(byline.querySelector('a[rel="author"]')?.getAttribute('hreflang')).toBe('en');
    expect(textOf(byline)).toMatch(/^Por el equipo editorial de Ataques en el mar \(página en inglés\) · Publicado /);
  });

  test('the explainer: Spanish prose, charts summed up in Spanish, the same citations as the English, and which English revision it translates', async () => {
    const [es, en] = await Promise.all([readPage(siteDir, '/es/'), readPage(siteDir, '/')]);
    expect(textOf(es.querySelector('h1')!)).not.toBe(textOf(en.querySelector('h1')!));
    const summaries = es.querySelectorAll('.chart-summary').map(textOf);
    expect(summaries).toHaveLength(en.querySelectorAll('.chart-summary').length);
    expect(summaries[0]).toMatch(/^Desde el primer ataque, el 2 de septiembre, hasta el .* según los anuncios de Estados Unidos, hubo \d+ ataques contra \d+ embarcaciones/);
    expect(summaries).toContainEqual(expect.stringMatching(/^El mapa muestra \d+ episodios de ataque/));
    // The map's marks lead to the strikes' Spanish pages, named in Spanish.
    const mark = es.querySelector('#strike-map a.mark')!;
    expect(mark.getAttribute('aria-label')).toMatch(/^(Supuesto ataque|Ataque) del \d+ de \w+ de 2025$/);
    expect(mark.getAttribute('href')).toMatch(/^\/es\/strikes\/\w+\/$/);
    // The same notes, citing the same passages, in the same order: a data row on the edition's own data page.
    const notes = (page: typeof es) => page.querySelectorAll('.endnotes li a[id]').map((a) => a.getAttribute('href')!.replace(/^\/es\//, '/'));
    expect(notes(es)).toEqual(notes(en));
    expect(notes(es).length).toBeGreaterThan(50);
    expect(textOf(es.querySelector('.translation-note')!)).toMatch(/^Traducción del inglés, puesta al día el \d+ de \w+ de \d{4} con la versión en inglés del \d+ de \w+ de \d{4}\./);
    // Quotations from English sources in English, with our translation marked as ours.
    const quote = es.querySelector('.quote')!;
    expect(quote.querySelector('[lang="en"]')).not.toBeNull();
    expect(quote.querySelector('.quote-translation')!.getAttribute('lang')).toBe('es');
    // So in its updates log: each “English” [«ours»] has its English words marked, and nothing else is.
    const log = es.querySelector('.update-log ol')!;
    const quoted = [...log.text.matchAll(/“([^“”]+)” \[«/g)].map((m) => m[1]);
    expect(quoted).toContain('flee');
    expect(log.querySelectorAll('[lang="en"]').map(textOf)).toEqual(quoted);
  });

  /** The heading of a table cell's column. */
  const headingOf = (cell: HTMLElement) => {
    const row = cell.parentNode!.childNodes.filter((n) => n instanceof HTMLElement);
    return textOf(cell.closest('table')!.querySelectorAll('thead th')[row.indexOf(cell)] ?? cell);
  };

  test('the data’s notes, quoted in English on Spanish pages (the ledger, the charts’ tables), are marked as English', async () => {
    const quoted: string[] = [];
    for (const path of SPANISH) {
      for (const cell of (await readPage(siteDir, path)).querySelectorAll('td, li, p, dd')) {
        // A column whose heading says it is in English is marked whole, cell by cell (the tests after next: the
        // map's column of what each position rests on quotes the data's words, or says in Spanish it has none).
        if (cell.tagName === 'TD' && /\(.*en inglés\)/.test(headingOf(cell))) continue;
        // Each “…” after "en inglés:" is the data's note, in English.
        const notes = [...cell.text.matchAll(/en inglés: “([^”]+)”/g)].map((m) => m[1]!);
        // And each article's words our Spanish note quotes, “…” before our translation [«…»].
        const quotes = [...cell.text.matchAll(/“([^”]+)” \[«/g)].map((m) => m[1]!);
        const english = [...notes, ...quotes].map((n) => n.replace(/\s+/g, ' ').trim());
        // A table's cell marks its note and nothing else; a paragraph or a list item may quote other English too.
        const marked = cell.querySelectorAll('[lang="en"]').map(textOf);
        expect(marked, `${path}: ${cell.text}`).toEqual(cell.tagName === 'TD' ? english : expect.arrayContaining(english));
        quoted.push(...notes);
      }
    }
    expect(quoted.length).toBeGreaterThan(0);
  });

  test('the Spanish ledger quotes each source’s English, marked as English, then our translation, as the Spanish pages quote the sources; the English ledger only the English', async () => {
    const rows = (await readPage(siteDir, '/es/ledger/')).querySelectorAll('.ledger tbody th');
    expect(rows.length).toBeGreaterThan(10);
    for (const th of rows) {
      // One passage, on one line: the English, marked so, then our translation in the page's language.
      const passages = th.querySelectorAll('.passage');
      expect(passages, th.text).toHaveLength(1);
      const marked = passages[0]!.querySelectorAll('[lang]');
      expect(marked.map((e) => [e.getAttribute('lang'), textOf(e)]), th.text).toEqual([['en', expect.stringMatching(/^“.+”$/)]]);
      // Every claim of the real sources gives its translation (es.quote).
      expect(textOf(passages[0]!), th.text).toMatch(/^“.+” \[«[^»]+»\]$/);
    }
    expect(textOf((await readPage(siteDir, '/es/ledger/')).querySelector('.ledger')!)).toContain('“82 civilians in 21 strikes on small boats” [«82 civiles en 21 ataques contra pequeñas embarcaciones»]');
    expect(textOf((await readPage(siteDir, '/ledger/')).querySelector('.ledger')!)).not.toContain('«');
  });

  test('a marked span of days reads as Spanish writes it, “del … al …”, and as English does, “… to …”, its year once', async () => {
    const sourceLine = async (path: string) => textOf((await readPage(siteDir, path)).querySelector('figure#strikes-over-time .chart-source')!).replace(/\s+/g, ' ');
    expect(await sourceLine('/es/')).toContain('(del 15 de noviembre al 4 de diciembre de 2025, Orinoco Tribune, párrafo 8; el período termina con el episodio 19)');
    expect(await sourceLine('/')).toContain('(15 November to 4 December 2025, Orinoco Tribune, paragraph 8; its end, strike event 19)');
  });

  test('the charts’ tables name each report’s outlet as the data does, in English, marked so, on every Spanish page that shows one', async () => {
    const outlets: string[] = [];
    for (const path of SPANISH) {
      for (const cell of (await readPage(siteDir, path)).querySelectorAll('figure[data-chart] table td, .chart-data-all table td')) {
        if (!['Fuente', 'Medio'].includes(headingOf(cell))) continue;
        expect(cell.getAttribute('lang'), `${path}: ${cell.text}`).toBe('en');
        outlets.push(textOf(cell));
      }
    }
    // The who-reported chart's table among them: "RSOE-EDIS (quoting unnamed outlet)" is the data's, in English.
    expect(outlets).toEqual(expect.arrayContaining(['BNO News', 'RSOE-EDIS (quoting unnamed outlet)']));
    // On an English page, no lang of its own.
    const english = (await readPage(siteDir, '/')).querySelectorAll('figure[data-chart] table td[lang]');
    expect(english.map((cell) => cell.getAttribute('lang'))).toEqual([]);
  });

  test('the map’s table: what each position rests on, the data’s words, is marked English, cell by cell; where the data has none, our Spanish', async () => {
    const page = await readPage(siteDir, '/es/charts/strike-map/');
    const table = page.querySelectorAll('table').find((t) => t.querySelector('thead')!.text.includes('En qué se basa la posición'))!;
    const cells = table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').at(-1)!);
    const ours = 'Ningún reporte lo sitúa con más precisión que su región.';
    expect(cells.filter((cell) => textOf(cell) !== ours).length).toBeGreaterThan(5);
    expect(cells.filter((cell) => textOf(cell) === ours).length).toBeGreaterThan(10);
    for (const cell of cells)
      expect(cell.querySelectorAll('[lang="en"]').map(textOf), cell.text).toEqual(textOf(cell) === ours ? [] : [textOf(cell)]);
  });

  test('the strikes’ pages and the timeline in Spanish: our words Spanish, agreeing with their counts; the data’s and the reports’ own words in English, marked so', async () => {
    const page = await readPage(siteDir, '/es/strikes/11/');
    expect(textOf(page.querySelector('h1')!)).toBe('Ataques del 27 de octubre de 2025');
    expect(textOf(page.querySelector('.standfirst')!)).toBe(
      '27 de octubre de 2025, en el Pacífico oriental: 3 ataques estadounidenses contra 4 embarcaciones, 14 personas muertas, 1 sobreviviente, según anunció Estados Unidos; el sobreviviente desapareció en el mar y se le dio por muerto.',
    );
    for (const id of ['position-source', 'notes', 'aboard']) expect(page.getElementById(id)!.getAttribute('lang'), id).toBe('en');
    // The English page's list of who was aboard is in its own language: no passage of its own.
    expect((await readPage(siteDir, '/strikes/11/')).getElementById('aboard')).toBeNull();
    expect(page.querySelectorAll('.prev-next a').map((a) => a.getAttribute('href'))).toEqual(['/es/strikes/10/', '/es/strikes/12/']);
    expect(page.querySelector('#here-map a.mark.here')!.getAttribute('href')).toBe('/es/strikes/11/');
    // Once the English in lang="en" is set aside, no English word of the interface is left.
    const spanishText = async (path: string) => {
      const html = await readPage(siteDir, path);
      for (const english of html.querySelectorAll('main [lang="en"]')) english.remove();
      return textOf(html.querySelector('main')!);
    };
    const ENGLISH_WORDS = /\b(killed|strikes?|vessels?|survivors?|presumed|unconfirmed|announced|Announced|Where|Source|paragraph|Region|Month|Dated|inferred|Every|the whole chart|of our)\b/;
    for (const path of ['/es/strikes/11/', '/es/strikes/4a/', '/es/strikes/', '/es/strikes/caribbean/2025-10/', '/es/timeline/']) expect(await spanishText(path), path).not.toMatch(ENGLISH_WORDS);
    const list = await readPage(siteDir, '/es/strikes/caribbean/2025-10/');
    expect(textOf(list.querySelector('h1')!)).toBe('Ataques en el Caribe, octubre de 2025');
    expect(list.querySelector('nav.filters')!.getAttribute('aria-label')).toBe('Filtrar los ataques');
    expect(list.querySelectorAll('.strike-list h2 a').every((a) => /^\/es\/strikes\/\w+\/$/.test(a.getAttribute('href')!))).toBe(true);
    const timeline = await readPage(siteDir, '/es/timeline/');
    expect(timeline.querySelectorAll('.month h2').map(textOf)).toEqual(['Septiembre de 2025', 'Octubre de 2025', 'Noviembre de 2025', 'Diciembre de 2025']);
    // An event of several days reads "Del … al …", its year once where both days share it.
    const span = timeline.querySelectorAll('.when').map(textOf).find((when) => when.includes(' al '));
    expect(span).toMatch(/^Del 15 de noviembre al 4 de diciembre de 2025 · /);
    // A source's title stays as published; its page is in English, and the link says so.
    const source = timeline.querySelector('#source-turkiye-today-2025-12-01 .what a')!;
    expect(source.getAttribute('hreflang')).toBe('en');
    expect(source.querySelector('[lang="en"]')).not.toBeNull();
    // How a source's date was worked out, in our Spanish where its file gives it, not marked English: only the article's words it quotes are.
    const dated = timeline.querySelector('#source-unidentified-outlet-2025-11-28 .dated')!;
    expect(textOf(dated)).toMatch(/^Fecha deducida: Nuestra copia no lleva fecha\./);
    expect(dated.querySelectorAll('[lang="en"]').map(textOf)).toEqual(['last week']);
    expect(textOf(dated)).toContain('“last week” [«la semana pasada»]');
  });

  test('the Spanish explainer’s notes say which link leads to an English page (a source’s), and no other', async () => {
    const links = (await readPage(siteDir, '/es/')).querySelectorAll('.endnotes li > a:first-child');
    expect(links.length).toBeGreaterThan(10);
    for (const a of links) {
      const href = a.getAttribute('href')!;
      expect(a.getAttribute('hreflang'), href).toBe(href.startsWith('/sources/') ? 'en' : undefined);
    }
    expect(links.some((a) => a.getAttribute('href')!.startsWith('/sources/'))).toBe(true);
    // And says it in words, for those who do not hear or see hreflang: once, above the notes.
    expect(textOf((await readPage(siteDir, '/es/')).querySelector('.endnotes > p.meta')!)).toContain('la página de la fuente, que está en inglés');
  });

  test('so do the links of its prose: one to a source’s page says it is English, one to a Spanish page does not', async () => {
    const prose = (await readPage(siteDir, '/es/')).querySelectorAll('article p a[href^="/"]').filter((a) => !a.closest('.endnotes, figure, sup'));
    const [english, spanish] = [prose.filter((a) => a.getAttribute('href')!.startsWith('/sources/')), prose.filter((a) => a.getAttribute('href')!.startsWith('/es/'))];
    // "se describe a sí mismo" leads to the Orinoco Tribune's page; the strikes it names, to their Spanish pages.
    expect(english.map((a) => a.text)).toContain('se describe a sí mismo');
    for (const a of english) expect(a.getAttribute('hreflang'), a.text).toBe('en');
    expect(spanish.length).toBeGreaterThan(3);
    for (const a of spanish) expect(a.getAttribute('hreflang'), a.text).toBeUndefined();
  });

  test('a title we wrote for a source with none is ours, in Spanish, and not quoted as the outlet’s: on the timeline and the search page’s list without JavaScript', async () => {
    const timeline = await readPage(siteDir, '/es/timeline/');
    const entry = timeline.querySelector('#source-indian-witness-2025-12-03 .what a')!;
    expect(textOf(entry)).toBe('Indian Witness publica un artículo; nuestra copia no tiene titular, así que lo llamamos: El presidente venezolano confirma una llamada cordial con Trump');
    expect(entry.querySelector('[lang="en"]')).toBeNull();
    const english = (await readPage(siteDir, '/timeline/')).querySelector('#source-indian-witness-2025-12-03 .what a')!;
    expect(textOf(english)).toBe('Indian Witness publishes an article; our copy has no headline, so we call it: Venezuelan President confirms cordial call with Trump');
    const search = await readFile(join(siteDir, 'es/search/index.html'), 'utf8');
    expect(search).toContain('>El presidente venezolano confirma una llamada cordial con Trump</a>');
    expect(search).not.toContain('Outlet not identified');
    expect(search).not.toContain('Venezuelan President confirms');
  });

  test('the charts’ pages and embeds in Spanish: the chart in Spanish, its embed code framing the Spanish embed, its own drawings to download and the CSV marked English', async () => {
    const page = await readPage(siteDir, '/es/charts/each-strike/');
    expect(textOf(page.querySelector('h1')!)).toBe('Cada episodio de ataque, por región, con tamaño proporcional a las muertes');
    expect(textOf(page.querySelector('.chart-summary')!)).toMatch(/^Hubo \d+ episodios de ataque en el Caribe/);
    expect(textOf(page.querySelector('#embed-heading')!)).toBe('Insertar este gráfico');
    expect(page.querySelector('.embed-code')!.textContent).toContain(`<iframe src="${SITE}es/charts/each-strike/embed/"`);
    expect(textOf(page.querySelector('.chart-citation')!)).toMatch(new RegExp(`^«.+». Ataques en el mar. ${SITE}es/charts/each-strike/ \\(datos hasta el \\d+ de \\w+ de \\d{4}\\)\\.$`));
    expect(page.querySelectorAll('.downloads a').map((a) => [a.getAttribute('href'), a.getAttribute('hreflang')])).toEqual([
      ['/es/charts/each-strike.svg', undefined],
      ['/es/charts/each-strike.png', undefined],
      ['/data/strikes.csv', 'en'],
    ]);
    // The CSV's columns and notes are said to be in English, once.
    expect(textOf(page.querySelector('.downloads li:last-child')!)).toBe('CSV: strikes.csv (cada ataque, con sus fuentes; los nombres de columna y las notas en inglés)');
    const embed = await readPage(siteDir, '/es/charts/strike-map/embed/');
    expect(embed.querySelector('html')!.getAttribute('lang')).toBe('es');
    expect(embed.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${SITE}es/charts/strike-map/`);
    expect(embed.querySelector('.chart-narrow a.mark')!.getAttribute('href')).toMatch(/^\/es\/strikes\/\w+\/$/);
    // Each chart on the Spanish explainer leads to its Spanish page.
    const explainer = await readPage(siteDir, '/es/');
    expect(explainer.querySelectorAll('.chart-share a').map((a) => [a.getAttribute('href'), textOf(a)])).toContainEqual(['/es/charts/each-strike/', 'Compartir, insertar o descargar este gráfico']);
  });

  test("the Spanish explainer's structured data is its own article, in Spanish, a translation of the English", async () => {
    const graph = (html: Awaited<ReturnType<typeof readPage>>) =>
      JSON.parse(html.querySelector('script[type="application/ld+json"]')!.textContent)['@graph'] as Record<string, unknown>[];
    const es = graph(await readPage(siteDir, '/es/'));
    const article = es.find((n) => n['@type'] === 'BackgroundNewsArticle')!;
    expect(article).toMatchObject({ '@id': `${SITE}es/#article`, inLanguage: 'es', translationOfWork: { '@id': `${SITE}#article` } });
    expect(article.headline).toBe(textOf((await readPage(siteDir, '/es/')).querySelector('h1')!));
    expect(es.find((n) => n['@type'] === 'WebSite')).toMatchObject({ '@id': `${SITE}es/#website`, inLanguage: 'es', name: 'Ataques en el mar' });
    const en = graph(await readPage(siteDir, '/'));
    expect(en.find((n) => n['@type'] === 'BackgroundNewsArticle')).toMatchObject({ '@id': `${SITE}#article`, inLanguage: 'en' });
  });

  test('has its own feed, in Spanish, of its explainer and the sources', async () => {
    const feed = await readFile(join(siteDir, 'es/feed.xml'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">');
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}es/feed.xml"/>`);
    // Its id is its own address, not the Spanish explainer's (that is its entry's).
    expect(feed).toContain(`<id>${SITE}es/feed.xml</id>`);
    expect(feed.split(`<id>${SITE}es/</id>`)).toHaveLength(2);
    expect(feed).toContain('<title>Ataques en el mar</title>');
    // The link's words are Spanish; the article it opens is English.
    expect(feed).toMatch(/&lt;a href=&quot;[^&]+\/sources\/[^&]+&quot; hreflang=&quot;en&quot;&gt;Leer el artículo, conservado palabra por palabra y en inglés&lt;\/a&gt;/);
    const english = await readFile(join(siteDir, 'feed.xml'), 'utf8');
    expect(english).toContain('xml:lang="en"');
    expect(english).not.toContain('/es/');
    // Each page names its own edition's feed.
    expect((await readPage(siteDir, '/es/ledger/')).querySelector('link[type="application/atom+xml"]')!.getAttribute('href')).toBe('/es/feed.xml');
  });

  test('both languages are in the sitemap, each page with its counterpart', async () => {
    const sitemap = await readFile(join(siteDir, 'sitemap-0.xml'), 'utf8');
    // An embed is for other sites to frame, not for search engines.
    for (const path of SPANISH.filter((p) => !isEmbed(p))) expect(sitemap).toContain(`<loc>${SITE}${path.slice(1)}</loc>`);
    expect(sitemap).toContain(`<url><loc>${SITE}ledger/</loc><xhtml:link rel="alternate" hreflang="es" href="${SITE}es/ledger/"/>`);
    // Every entry with a counterpart names the English page for readers of any other language, as the page itself does.
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, rest]) => ({
      loc: loc!,
      links: Object.fromEntries([...rest!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang!, href!])),
    }));
    const paired = entries.filter((e) => Object.keys(e.links).length > 0);
    expect(paired.length).toBeGreaterThan(SPANISH.length / 2);
    for (const { loc, links } of paired) expect(links['x-default'], loc).toBe(links.en);
    for (const { links } of entries.filter((e) => Object.keys(e.links).length === 0)) expect(links['x-default']).toBeUndefined();
    const ledger = await readPage(siteDir, '/es/ledger/');
    expect(ledger.querySelector('link[hreflang="x-default"]')?.getAttribute('href')).toBe(entries.find((e) => e.loc === `${SITE}es/ledger/`)!.links['x-default']);
  });

  test('the offline copy holds every Spanish page', async () => {
    const worker = await readFile(join(siteDir, 'sw.js'), 'utf8');
    for (const path of SPANISH) expect(worker).toContain(`"${path.slice(1)}index.html"`);
  });
});

describe('the build stops when the two editions cite differently', () => {
  const copy = siteCopy('editions');
  const SPANISH_FILE = 'content/explainer/es/index.mdx';
  let spanish: string;
  beforeAll(async () => {
    spanish = await readFile(join(copy.site, SPANISH_FILE), 'utf8');
  });

  test('a citation changed in the Spanish only: named in both files, at their lines', async () => {
    const from = '<Cite source="orinoco-tribune-2025-11-28" p="13" />';
    expect(spanish).toContain(from);
    await writeFile(join(copy.site, SPANISH_FILE), spanish.replace(from, '<Cite source="orinoco-tribune-2025-11-28" p="14" />'));
    const result = await buildSite(copy.out, copy.site);
    expect(result.ok).toBe(false);
    const english = await readFile(join(copy.site, 'content/explainer/index.mdx'), 'utf8');
    const lineOf = (text: string, words: string) => text.split('\n').findIndex((line) => line.includes(words)) + 1;
    expect(result.output).toContain(
      `${SPANISH_FILE}:${lineOf(spanish, from)} text: <Cite> of orinoco-tribune-2025-11-28#p-14 where content/explainer/index.mdx:${lineOf(english, from)} cites orinoco-tribune-2025-11-28#p-13`,
    );
  });
});
