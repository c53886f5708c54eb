import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { splitFile } from '../../src/checks/frontmatter';
import { CHART_IDS } from '../../src/charts/figures';
import { CARDS_FILE } from '../../src/integrations/socialCards';
import { sourceSchema } from '../../src/schemas/source';
import { siteUrl } from '../../src/site';
import { loadData } from '../charts/data';
import { readPage, textOf } from '../helpers/html';
import { builtFiles } from '../helpers/pages';

const siteDir = inject('siteDir');
const SITE = siteUrl();
const files = await builtFiles(siteDir);
const CHARTS = CHART_IDS;

/** A PNG's width and height, from its header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('every chart has a page of its own: /charts/<id>/', () => {
  test('the charts’ index lists each chart, and the explainer links each of its figures to its chart’s page', async () => {
    const index = await readPage(siteDir, '/charts/');
    expect(index.querySelectorAll('main a[href^="/charts/"]').map((a) => a.getAttribute('href'))).toEqual(CHARTS.map((id) => `/charts/${id}/`));
    // Each named as its own page's heading names it.
    for (const a of index.querySelectorAll('main a[href^="/charts/"]')) {
      expect(a.text, a.getAttribute('href')!).toBe((await readPage(siteDir, a.getAttribute('href')!)).querySelector('h1')!.text);
    }
    const home = await readPage(siteDir, '/');
    const figures = home.querySelectorAll('figure.chart-figure');
    expect(figures.length).toBeGreaterThanOrEqual(3);
    for (const figure of figures) expect(CHARTS.map((id) => `/charts/${id}/`)).toContain(figure.querySelector('.chart-share a')?.getAttribute('href'));
  });

  test('each mark that links to a strike has its row’s link to the same page, a full-size target where a phone draws the mark small (WCAG 2.5.8)', async () => {
    for (const path of ['/', '/es/']) {
      const page = await readPage(siteDir, path);
      for (const id of ['strike-map', 'each-strike'].filter((id) => page.querySelector(`figure#${id}`))) {
        const figure = page.querySelector(`figure#${id}`)!;
        const rows = figure.querySelectorAll('.chart-data tbody tr');
        // The link heads its row, and its name says where it leads out of the row: not "4a" alone (WCAG 2.4.9).
        const heads = rows.map((tr) => tr.querySelector('th[scope="row"]:first-child a'));
        const rowLinks = heads.map((a) => a?.getAttribute('href'));
        expect(rowLinks.every((href) => href?.startsWith(path === '/' ? '/strikes/' : '/es/strikes/')), `${path} ${id}`).toBe(true);
        for (const a of heads) expect(a!.getAttribute('aria-label'), `${path} ${id}`).toBe(path === '/' ? `Event ${a!.text}: its page` : `Episodio ${a!.text}: su página`);
        // Every linked mark's page is its row's.
        for (const mark of figure.querySelectorAll('a.mark')) expect(rowLinks[Number(mark.getAttribute('data-row'))], `${path} ${id}`).toBe(mark.getAttribute('href'));
      }
    }
    expect((await readPage(siteDir, '/')).querySelector('figure#strike-map a.mark')).not.toBeNull();
  });

  test('the figures’ links, alike in words, are each named with their own figure’s caption (WCAG 2.4.9)', async () => {
    for (const path of ['/', '/data/', '/es/', '/es/data/']) {
      const page = await readPage(siteDir, path);
      const links = page.querySelectorAll('figure.chart-figure .chart-share a');
      expect(links.length, path).toBeGreaterThanOrEqual(3);
      // The words a reader sees, then the caption: a list of the page's links tells each figure's apart.
      for (const a of links) expect(a.getAttribute('aria-label'), `${path} ${a.getAttribute('href')}`).toBe(`${a.text.trim()}: ${a.closest('figure')!.querySelector('figcaption')!.text.trim()}`);
      expect(new Set(links.map((a) => a.getAttribute('aria-label'))).size, path).toBe(links.length);
    }
  });

  describe.each(CHARTS)('%s', async (id) => {
    const page = await readPage(siteDir, `/charts/${id}/`);
    const figure = page.querySelector(`figure#${id}`)!;

    test('shows the chart with its caption, summary, source line and data table, and no link to itself', () => {
      expect(figure.querySelector('figcaption')!.text.length).toBeGreaterThan(10);
      expect(figure.querySelector('.chart-narrow svg')).not.toBeNull();
      expect(figure.querySelector('.chart-wide script[type="image/svg+xml"]')).not.toBeNull();
      expect(figure.querySelector('.chart-summary')!.text.length).toBeGreaterThan(50);
      expect(figure.querySelector('.chart-source a')).not.toBeNull();
      expect(figure.querySelectorAll('.chart-data tbody tr').length).toBeGreaterThan(3);
      // The table is named for a screen reader's list of tables, by its chart.
      expect(figure.querySelector('.chart-data table')!.getAttribute('aria-label')).toContain(figure.querySelector('figcaption')!.text.trim());
      expect(page.querySelector('.chart-share')).toBeNull();
    });

    test('describes itself to search results and shared links by its summary’s lead, short enough to show whole, in both editions and on its embed', async () => {
      for (const path of [`/charts/${id}/`, `/charts/${id}/embed/`, `/es/charts/${id}/`, `/es/charts/${id}/embed/`]) {
        const shown = await readPage(siteDir, path);
        const summary = textOf(shown.querySelector('.chart-summary')!);
        const description = shown.querySelector('meta[name="description"]')!.getAttribute('content')!;
        expect(description.length, path).toBeLessThanOrEqual(200);
        expect(description.length, path).toBeGreaterThan(60);
        // Its first sentences, or its first sentence cut where a clause or a word ends, marked so.
        expect(summary.startsWith(description.replace(/…$/, '')), path).toBe(true);
        if (description.endsWith('…')) expect(summary.charAt(description.length - 1), path).toMatch(/[;:\s,]/);
        else expect(summary.charAt(description.length), path).toMatch(/^(\s|)$/);
        expect(shown.querySelector('meta[property="og:description"]')!.getAttribute('content'), path).toBe(description);
      }
    });

    test('gives the embed code: an iframe of its embed page, and the script that sizes it', () => {
      const code = page.querySelector('textarea.embed-code')!.text;
      expect(code).toContain(`<iframe src="${new URL(`/charts/${id}/embed/`, SITE).href}" title="${figure.querySelector('figcaption')!.text}"`);
      expect(code).toContain('addEventListener("message"');
    });

    test('offers the SVG, the PNG at twice its size and the CSV, each a file the build made', async () => {
      const links = page.querySelectorAll('.downloads a').map((a) => a.getAttribute('href')!);
      expect(links).toEqual([`/charts/${id}.svg`, `/charts/${id}.png`, expect.stringMatching(/^\/data\/[\w-]+\.csv$/)]);
      for (const link of links) expect(files).toContain(link.slice(1));
      const svg = await readFile(join(siteDir, `charts/${id}.svg`), 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 720 [\d.]+"[^>]* width="720" height="[\d.]+" font-size="12"/);
      expect(svg).not.toMatch(/<style|var\(/);
      // Opened on its own, its words are read in English (as a page says with <html lang>).
      expect(svg).toMatch(/^<svg [^>]* lang="en" xml:lang="en"/);
      // A link in it (a mark of the map) leads to the site from wherever the file is opened.
      expect(svg).not.toMatch(/ href="\/(?!\/)/);
      // Described by the chart's summary, as the page describes it.
      expect(svg).toContain(`<desc id="${id}-desc">`);
      // It says where it comes from, wherever it is shown: the chart's title above, and how to cite it below, as the page does.
      const drawn = (size: number) => parse(svg).querySelectorAll(`svg > text[font-size="${size}"]`).map((t) => t.text).join(' ');
      expect(drawn(16)).toBe(page.querySelector('h1')!.text.trim());
      // …and on what terms, as the page says under the citation.
      expect(drawn(11)).toBe(`${page.querySelector('.chart-citation')!.text.trim()} CC BY 4.0.`);
      const png = await readFile(join(siteDir, `charts/${id}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(pngSize(png)).toEqual({ width: 1440, height: 2 * Math.round(Number(/ height="([\d.]+)"/.exec(svg)![1])) });
    });

    test('in Spanish, offers its own drawings, in Spanish words, and the same CSV, whose words are English', async () => {
      const es = await readPage(siteDir, `/es/charts/${id}/`);
      const links = es.querySelectorAll('.downloads a');
      expect(links.map((a) => a.getAttribute('href'))).toEqual([`/es/charts/${id}.svg`, `/es/charts/${id}.png`, page.querySelectorAll('.downloads a')[2].getAttribute('href')]);
      expect(links.map((a) => a.getAttribute('download'))).toEqual([`${id}-es.svg`, `${id}-es.png`, '']);
      expect(links.map((a) => a.getAttribute('hreflang'))).toEqual([undefined, undefined, 'en']);
      const [svg, english] = await Promise.all([`es/charts/${id}.svg`, `charts/${id}.svg`].map((f) => readFile(join(siteDir, f), 'utf8')));
      // Described by the Spanish page's summary, not the English one.
      const desc = (drawing: string) => parse(drawing).querySelector('desc')!.text;
      expect(desc(svg)).toBe(es.querySelector('.chart-summary')!.text.trim());
      expect(desc(svg)).not.toBe(desc(english));
      // Opened on its own, its words are read in Spanish, not in the reader's language.
      expect(svg).toMatch(/^<svg [^>]* lang="es" xml:lang="es"/);
      const png = await readFile(join(siteDir, `es/charts/${id}.png`));
      expect(pngSize(png)).toEqual({ width: 1440, height: 2 * Math.round(Number(/ height="([\d.]+)"/.exec(svg)![1])) });
      // Its JSON-LD names the Spanish drawings.
      const image = JSON.stringify(es.querySelectorAll('script[type="application/ld+json"]').map((s) => s.text));
      expect(image).toContain(new URL(`/es/charts/${id}.png`, SITE).href);
      expect(image).toContain(new URL(`/es/charts/${id}.svg`, SITE).href);
    });

    test('says how to cite it: its title, the site, its address and the date of its data', () => {
      expect(page.querySelector('.chart-citation')!.text).toMatch(
        new RegExp(`^“.+”\\. Strikes at Sea\\. ${new URL(`/charts/${id}/`, SITE).href} \\(data as of \\d{1,2} \\w+ \\d{4}\\)\\.$`),
      );
    });

    test('says on what terms it may be reused: on its page, in its embed and in its structured data, the licence of our data', async () => {
      const licence = 'https://creativecommons.org/licenses/by/4.0/';
      const onPage = page.querySelector('.chart-licence a[rel="license"]')!;
      expect([onPage.getAttribute('href'), onPage.text]).toEqual([licence, 'CC BY 4.0']);
      // The data page names the same licence for the rows the chart is drawn from.
      const data = await readPage(siteDir, '/data/');
      expect(data.querySelector('a[rel="license"]')?.getAttribute('href')).toBe(licence);
      const embed = await readPage(siteDir, `/charts/${id}/embed/`);
      expect(embed.querySelector('.chart-back a[rel~="license"]')?.getAttribute('href')).toBe(licence);
      const image = page.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text)).flatMap((d) => d['@graph'] ?? [d]).find((n) => n['@type'] === 'ImageObject');
      expect(image).toMatchObject({ license: licence, acquireLicensePage: new URL(`/charts/${id}/`, SITE).href });
    });

    test('has an embed page: the chart, its caption, its source line and a link back, no table, header, footer, search or service worker', async () => {
      const embed = await readPage(siteDir, `/charts/${id}/embed/`);
      expect(embed.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(embed.querySelector('figcaption')!.text).toBe(figure.querySelector('figcaption')!.text);
      // Its one heading, for a screen reader's reader who lands in the frame: the caption.
      expect(embed.querySelectorAll('h1, h2, h3').map((h) => h.toString())).toEqual([`<h1>${figure.querySelector('figcaption')!.text}</h1>`]);
      expect(embed.querySelector('.chart-narrow svg')).not.toBeNull();
      // The source line says where the figures come from, as on the chart's page: an embed is read without it.
      expect(embed.querySelector('.chart-source')!.text).toBe(figure.querySelector('.chart-source')!.text);
      expect(embed.querySelector('.chart-source')!.text).toMatch(/^Sources?:/);
      expect(embed.querySelector('.chart-back a')?.getAttribute('href')).toBe(new URL(`/charts/${id}/`, SITE).href);
      // Every link in it, the source line's and the map's marks too, opens a new tab: the pages it leads to
      // refuse to be framed. The page's <base> says so for all; none says otherwise.
      expect(embed.querySelector('head base')?.getAttribute('target')).toBe('_blank');
      expect(embed.querySelectorAll('main a[href]').length).toBeGreaterThan(1);
      for (const a of embed.querySelectorAll('main a[href]')) expect(a.getAttribute('target') ?? '_blank', a.getAttribute('href')!).toBe('_blank');
      // And each says so to a screen reader, in the page's language: those of the wide drawing, held as text
      // until a script puts it in place, as well.
      for (const [path, said] of [[`/charts/${id}/embed/`, 'Opens in a new tab.'], [`/es/charts/${id}/embed/`, 'Se abre en una pestaña nueva.']]) {
        const shown = await readPage(siteDir, path);
        const wide = parse(shown.querySelector('.chart-wide script')!.text);
        const links = [...shown.querySelectorAll('main a[href]'), ...wide.querySelectorAll('a[href]')];
        expect(links.length, path).toBeGreaterThan(1);
        for (const a of links) expect(shown.getElementById(a.getAttribute('aria-describedby')!)?.text, `${path} ${a.getAttribute('href')}`).toBe(said);
      }
      // The summary is still there for screen readers.
      expect(embed.querySelector('.chart-summary.sr-only')).not.toBeNull();
      for (const absent of ['.chart-data', '.site-header', '.site-footer', 'input[type=search]', '.chart-share']) expect(embed.querySelector(absent), absent).toBeNull();
      expect(embed.toString()).not.toMatch(/register\.ts|serviceWorker|sw\.js/);
    });
  });
});

describe('social cards', () => {
  test('each is drawn into a PNG, and nothing of what the pages wrote for it is left', async () => {
    const { strikes } = await loadData();
    expect(files.filter((f) => f.startsWith('cards/') && !f.endsWith('.png'))).toEqual([]);
    expect(files).not.toContain(CARDS_FILE);
    const pagesWithCards = files.filter((f) => /^sources\/[^/]+\/index\.html$/.test(f)).concat(strikes.map((s) => `strikes/${s.id}/index.html`));
    expect(files.filter((f) => f.startsWith('cards/')).sort()).toEqual(
      ['cards/index.png', 'cards/site.png', ...CHARTS.map((id) => `cards/charts/${id}.png`)]
        .concat(pagesWithCards.map((f) => `cards/${f.replace(/\/index\.html$/, '')}.png`))
        // The Spanish edition's own: its explainer's, its charts', its strikes' and its site card.
        .concat(['index', 'site', ...CHARTS.map((id) => `charts/${id}`), ...strikes.map((s) => `strikes/${s.id}`)].map((name) => `cards/es/${name}.png`))
        .sort(),
    );
  });

  test('a source’s card says its outlet, headline, date and how many of its figures the ledger tracks', async () => {
    for (const file of (await readdir('content/sources')).filter((f) => f.endsWith('.mdx'))) {
      const id = file.replace(/\.mdx$/, '');
      const source = sourceSchema.parse(splitFile(await readFile(`content/sources/${file}`, 'utf8')).data);
      const page = await readPage(siteDir, `/sources/${id}/`);
      expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(new URL(`/cards/sources/${id}.png`, SITE).href);
      const alt = page.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')!;
      expect(alt).toContain(source.title);
      expect(alt).toContain(source.outlet.name ?? 'Outlet not identified');
      expect(alt).toMatch(new RegExp(`Published \\d{1,2} \\w+ ${source.published.date.getUTCFullYear()}`));
      expect(alt).toContain(source.claims.length === 1 ? '1 figure tracked' : `${source.claims.length || 'No'} figures tracked`);
    }
  });

  test('a strike’s card says its title, region, toll and position, and shows its map; the lists of strikes and the timeline share the site’s', async () => {
    const { strikes, settings } = await loadData();
    for (const strike of strikes) {
      const page = await readPage(siteDir, `/strikes/${strike.id}/`);
      expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(new URL(`/cards/strikes/${strike.id}.png`, SITE).href);
      const alt = page.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')!;
      const where = settings.regions[strike.region];
      const toll = strike.status === 'unconfirmed' ? 'claimed, never confirmed, not counted' : `${strike.killed} killed`;
      expect(alt.startsWith(`${page.querySelector('h1')!.text.trim()}, in ${where}: ${toll}`), alt).toBe(true);
      expect(alt).toMatch(/\. ((Given by a report|Worked out from a report’s description|Only the region is known): .+|No place known; shown in .+)\. Map: .+ on the map of .+\. Strikes at Sea\.$/);
      expect(pngSize(await readFile(join(siteDir, `cards/strikes/${strike.id}.png`)))).toEqual({ width: 1200, height: 630 });
    }
    const lists = files.filter((f) => /^strikes\/.+\/index\.html$/.test(f) && !strikes.some((s) => f === `strikes/${s.id}/index.html`));
    expect(lists.length).toBeGreaterThan(4);
    for (const path of ['/strikes/', '/timeline/', ...lists.map((f) => `/${f.replace(/index\.html$/, '')}`)]) {
      const page = await readPage(siteDir, path);
      expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content'), path).toBe(new URL('/cards/site.png', SITE).href);
    }
  });

  test('the explainer’s names its headline, the day it was updated and its chart; a chart’s page and its embed share the chart’s card', async () => {
    const home = await readPage(siteDir, '/');
    expect(home.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')).toMatch(/Updated \d{1,2} \w+ \d{4}\. Chart: People killed and strikes, added up/);
    for (const path of ['/charts/each-strike/', '/charts/each-strike/embed/']) {
      const page = await readPage(siteDir, path);
      expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(new URL('/cards/charts/each-strike.png', SITE).href);
    }
    const about = await readPage(siteDir, '/about/');
    expect(about.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(new URL('/cards/site.png', SITE).href);
  });

  test('are not in the offline copy, nor are the charts’ PNGs: they are for other sites', async () => {
    const sw = await readFile(join(siteDir, 'sw.js'), 'utf8');
    expect(sw).toContain('charts/each-strike.svg');
    expect(sw).not.toMatch(/cards\/|charts\/[\w-]+\.png/);
  });
});
