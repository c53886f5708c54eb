import { readFile } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { CSV_FILES, readCsv } from '../../src/checks/dataFiles';
import { notesProse } from '../../src/domain/notesProse';
import { otherReports } from '../../src/domain/strikePages';
import { drawingsOf, readPage, textOf } from '../helpers/html';
import { builtPages } from '../helpers/pages';

const siteDir = inject('siteDir');
const strikes = readCsv(CSV_FILES.strikes, await readFile(CSV_FILES.strikes.file, 'utf8')).rows.map((r) => r.data);
const pages = await builtPages(siteDir);
const hrefsOn = async (path: string, selector = 'a') =>
  new Set((await readPage(siteDir, path)).querySelectorAll(selector).map((a) => a.getAttribute('href')));

describe('a page per strike', () => {
  test('27 pages, one per row of strikes.csv (26 events and the unconfirmed claim)', () => {
    const strikePages = pages.filter((p) => /^\/strikes\/\d+[a-z]?\/$/.test(p));
    expect(strikePages.sort()).toEqual(strikes.map((s) => `/strikes/${s.id}/`).sort());
    expect(strikePages).toHaveLength(27);
  });

  test('each is reachable from /strikes/, the map, the timeline and the data table', async () => {
    const list = await hrefsOn('/strikes/', '.strike-list a');
    // The map's two drawings: the narrow one in the page, the wide one in its data block.
    const [narrow, wide] = drawingsOf((await readPage(siteDir, '/strikes/')).querySelector('#strike-map')!);
    const marksOf = (svg: typeof narrow) => new Set(svg!.querySelectorAll('a.mark').map((a) => a.getAttribute('href')));
    const [map, narrowMap] = [marksOf(wide), marksOf(narrow)];
    const timeline = await hrefsOn('/timeline/');
    const data = await hrefsOn('/data/', '#all-strikes ~ .scroll a');
    for (const s of strikes)
      for (const [where, links] of Object.entries({ list, map, narrowMap, timeline, data })) expect(links.has(`/strikes/${s.id}/`), `${s.id} from ${where}`).toBe(true);
  });

  test('names its row of the strike data by its event, not by a row number the claim 4a would put off by one, in either edition', async () => {
    for (const [path, words] of [
      ['/strikes/5/', 'a row of its own in our strike data (event 5)'],
      ['/es/strikes/5/', 'una fila propia en nuestros datos de ataques (episodio 5)'],
    ] as const) {
      const link = (await readPage(siteDir, path)).querySelector(`a[href="${path.startsWith('/es/') ? '/es' : ''}/data/#strike-5"]`)!;
      expect(textOf(link), path).toBe(words);
    }
  });

  test('the page of the claim of 4 October says plainly that it is unconfirmed and not counted', async () => {
    const page = await readPage(siteDir, '/strikes/4a/');
    expect(page.querySelector('h1')!.textContent).toBe('Claimed strike of 4 October 2025');
    expect(textOf(page.querySelector('.notice')!)).toBe(
      'Unconfirmed. No report confirms this strike: it is listed because it was claimed, and it is not counted in any total on this site.',
    );
    expect(page.querySelector('.facts')!.textContent).not.toContain('Killed');
  });

  test('shows the row: its facts, its position and the words it rests on, its notes, and every report as a link', async () => {
    const row = strikes.find((s) => s.id === '3')!;
    const page = await readPage(siteDir, '/strikes/3/');
    const facts = Object.fromEntries(page.querySelectorAll('.facts div').map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]));
    expect(facts).toMatchObject({ Date: '19 September 2025', Region: 'Caribbean', Strikes: '1', Killed: '3', 'Survivors of the event': '0' });
    expect(textOf(page.querySelector('#position-source')!)).toBe(row.position.source);
    expect(textOf(page.querySelector('#notes')!)).toBe(notesProse(row.notes));
    const links = await hrefsOn('/strikes/3/');
    for (const url of [row.source.url, ...otherReports(row).map((r) => r.href)]) expect(links.has(url), url).toBe(true);
    expect(links.has('/data/#strike-3')).toBe(true);
    // The figures link to nothing themselves: the line under them says where they come from.
    const from = page.querySelector('.facts-from')!;
    expect(textOf(from)).toBe('These are our strike data’s figures, taken from the reports listed below.');
    expect(from.querySelector('a')!.getAttribute('href')).toBe('#reports');
    expect(page.querySelector('#reports')).not.toBeNull();
  });

  test('says what “presumed dead” means where a row counts anyone so, in either edition', async () => {
    for (const s of strikes) {
      const means = textOf((await readPage(siteDir, `/strikes/${s.id}/`)).querySelector('.facts-from')!).includes('“Presumed dead” counts people lost at sea');
      expect(means, s.id).toBe(s.status === 'cited' && s.presumedDead > 0);
    }
    expect(textOf((await readPage(siteDir, '/es/strikes/25/')).querySelector('.facts-from')!)).toBe(
      'Estas son las cifras de nuestros datos de ataques, tomadas de los reportes que se enumeran más abajo. «Personas dadas por muertas» cuenta a quienes desaparecieron en el mar y nunca se encontraron, aparte de las «Personas muertas».',
    );
  });

  test('a region-only position whose row has no words gives our line only; the map’s table says no report places it more closely', async () => {
    const regionOnly = strikes.filter((s) => s.position.precision === 'region' && !s.position.source);
    expect(regionOnly.length).toBeGreaterThan(10);
    const row = regionOnly.find((s) => s.region === 'Eastern Pacific')!;
    const page = await readPage(siteDir, `/strikes/${row.id}/`);
    expect(page.querySelector('#position-source')).toBeNull();
    expect(textOf(page.querySelector('#where')!.nextElementSibling!)).toBe('Only the region is known: the eastern Pacific.');
    const table = (await readPage(siteDir, '/charts/strike-map/')).querySelectorAll('table').find((t) => t.querySelector('thead')!.text.includes('What the position rests on'))!;
    const cells = Object.fromEntries(table.querySelectorAll('tbody tr').map((tr) => [textOf(tr.querySelector('th')!), textOf(tr.querySelectorAll('td').at(-1)!)]));
    for (const s of regionOnly) expect(cells[s.id], s.id).toBe('No report places it more closely than its region.');
    expect(cells['3']).toBe(strikes.find((s) => s.id === '3')!.position.source);
  });

  test('says who was aboard as the row gives it: not reported, where the row says so; not recorded, where its cell is empty', async () => {
    const who = async (path: string) => textOf((await readPage(siteDir, path)).querySelector('#who + *')!);
    expect(strikes.find((s) => s.id === '15')!.nationalities).toBe('not reported');
    expect(await who('/strikes/15/')).toBe('Not reported.');
    expect(strikes.find((s) => s.id === '20')!.nationalities).toBe('');
    expect(await who('/strikes/20/')).toBe('Not recorded in our data.');
    expect(await who('/es/strikes/20/')).toBe('Nuestros datos no lo recogen.');
  });

  test('names each further report by its outlet, from outlets.csv, with its site; a site not listed by its address', async () => {
    const reports = async (path: string) => (await readPage(siteDir, path)).querySelectorAll('.reports li').map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    expect(await reports('/strikes/10/')).toEqual(['Airwars, airwars.org', 'Baird Maritime, bairdmaritime.com']);
    expect((await reports('/es/strikes/1/')).slice(0, 3)).toEqual(['Airwars, airwars.org', 'Just Security, justsecurity.org', 'bbs.wenxuecity.com (repost of The Hill)']);
  });

  test('names the outlet the row was taken from before its title, so an agency’s credit is never a bracket in a bracket', async () => {
    const reportLine = async (path: string) => (await readPage(siteDir, path)).querySelector('#reports + p')!.textContent.replace(/\s+/g, ' ').trim();
    expect(await reportLine('/strikes/6/')).toBe(
      'Taken from Dayton Daily News (AP): US will send survivors of strike on suspected drug vessel back to Ecuador and Colombia, Trump says.',
    );
    expect(await reportLine('/strikes/4/')).toBe(
      'Taken from Fox News: US strikes another alleged drug-trafficking boat near Venezuela, killing 4 (its headline as its web address spells it).',
    );
    expect(await reportLine('/es/strikes/6/')).toMatch(/^Tomado de Dayton Daily News \(AP\): US will send survivors/);
    // Each kind of title: our words, said before them; a headline read elsewhere, said where.
    expect(await reportLine('/strikes/8/')).toMatch(/^Taken from TRT World, its headline not recorded, in our words: TRT World report on .*\.$/);
    expect(await reportLine('/es/strikes/8/')).toMatch(/^Tomado de TRT World, sin titular registrado; lo describimos así, en inglés: TRT World report on .*\.$/);
    expect(await reportLine('/strikes/5/')).toMatch(/^Taken from CBS News Miami \(AP\): Trump says US strikes .* \(AP headline as carried by journal-news\.com\)\.$/);
    // Where it was read, in the edition's words.
    expect(await reportLine('/es/strikes/5/')).toMatch(/^Tomado de CBS News Miami \(AP\): Trump says US strikes .* \(titular de AP tal como lo publicó journal-news\.com\)\.$/);
    // Never a bracket in a bracket, nor two side by side.
    for (const s of strikes)
      for (const path of [`/strikes/${s.id}/`, `/es/strikes/${s.id}/`]) expect(await reportLine(path), path).not.toMatch(/\([^()]*\(|\) \(/);
  });

  test('quotes each paragraph of our sources that speaks of it, linked to the paragraph', async () => {
    const page = await readPage(siteDir, '/strikes/1/');
    const quoted = page.querySelectorAll('.mentions li');
    expect(quoted.map((li) => li.querySelector('.meta a')!.getAttribute('href'))).toEqual([
      '/sources/orinoco-tribune-2025-11-28/#p-12',
      '/sources/muslim-network-tv-2025-11-30/#p-8',
      '/sources/muslim-network-tv-2025-11-30/#p-9',
      '/sources/turkiye-today-2025-12-01/#p-17',
      '/sources/turkiye-today-2025-12-01/#p-18',
      '/sources/turkiye-today-2025-12-01/#p-19',
    ]);
    // Each quote is the paragraph, word for word.
    const source = await readPage(siteDir, '/sources/turkiye-today-2025-12-01/');
    expect(textOf(quoted[5]!.querySelector('blockquote')!)).toBe(textOf(source.querySelector('#p-19')!));
    // Each names its source's day, inferred where the copy carries none, as the source's page says.
    expect(quoted.map((li) => textOf(li.querySelector('.meta')!))).toEqual([
      'Orinoco Tribune, 28 November 2025 (date inferred), paragraph 12',
      'Muslim Network TV (MNTV), 30 November 2025 (date inferred), paragraph 8',
      'Muslim Network TV (MNTV), 30 November 2025 (date inferred), paragraph 9',
      'Türkiye Today, 1 December 2025, paragraph 17',
      'Türkiye Today, 1 December 2025, paragraph 18',
      'Türkiye Today, 1 December 2025, paragraph 19',
    ]);
  });

  test('says when none of our sources speaks of it, of one strike or of several', async () => {
    // Event 3 is one strike, event 26 two: neither is quoted by a source.
    const said = async (path: string) => textOf((await readPage(siteDir, path)).querySelector('#in-our-sources + p')!);
    expect(await said('/strikes/3/')).toBe('None of our sources speaks of this strike in particular.');
    expect(await said('/strikes/26/')).toBe('None of our sources speaks of these strikes in particular.');
    expect(await said('/es/strikes/26/')).toBe('Ninguna de nuestras fuentes habla de estos ataques en particular.');
  });

  test('picks out its mark on the map and the three charts, and links to the strikes before and after', async () => {
    const page = await readPage(siteDir, '/strikes/11/');
    expect(page.querySelectorAll('.here-figure svg')).toHaveLength(4);
    // Each figure's link to its whole chart says which chart, as a list of the page's links reads it.
    const whole = page.querySelectorAll('.here-figure figcaption > a').map((a) => textOf(a));
    expect(whole).toHaveLength(4);
    expect(new Set(whole).size).toBe(4);
    expect(whole[0]).toBe('On the map of the eastern Pacific: the whole chart, with its data');
    expect(page.querySelector('#here-map a.mark.here')!.getAttribute('href')).toBe('/strikes/11/');
    expect(page.querySelector('#here-each .mark.here')).not.toBeNull();
    expect(page.querySelectorAll('.here-mark')).toHaveLength(2);
    const around = page.querySelectorAll('nav.prev-next a').map((a) => [a.getAttribute('rel'), a.getAttribute('href')]);
    expect(around).toEqual([
      ['prev', '/strikes/10/'],
      ['next', '/strikes/12/'],
    ]);
  });
});

describe('the list of strikes', () => {
  test('newest first, with filters by region and month as plain links to pages of their own', async () => {
    const page = await readPage(siteDir, '/strikes/');
    const names = page.querySelectorAll('.strike-list .name a').map((a) => a.getAttribute('href'));
    expect(names[0]).toBe('/strikes/26/');
    expect(names.at(-1)).toBe('/strikes/1/');
    const filters = page.querySelectorAll('nav.filters a').map((a) => a.getAttribute('href'));
    expect(filters).toEqual(expect.arrayContaining(['/strikes/caribbean/', '/strikes/eastern-pacific/', '/strikes/2025-09/', '/strikes/2025-12/']));
    for (const href of filters) expect(pages).toContain(href);
  });

  test('under a strike page’s map, each of its marks’ links in a line of text, by day, the page’s own marked current (WCAG 2.5.8)', async () => {
    for (const path of ['/strikes/11/', '/es/strikes/4a/']) {
      const figure = (await readPage(siteDir, path)).querySelector('.here-figure')!;
      const marks = figure.querySelectorAll('svg a.mark').map((a) => a.getAttribute('href'));
      const line = figure.querySelector('.here-links')!;
      const links = line.querySelectorAll('a');
      expect(marks.length, path).toBeGreaterThan(5);
      expect(links.map((a) => a.getAttribute('href')).sort(), path).toEqual([...marks].sort());
      // By day: the strikes of the page's region, earliest first.
      const here = strikes.find((s) => path.endsWith(`/${s.id}/`))!;
      const byDay = strikes.filter((s) => s.region === here.region).sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id, 'en', { numeric: true }));
      expect(links.map((a) => a.getAttribute('href')!.split('/').at(-2)), path).toEqual(byDay.map((s) => s.id));
      expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('href')), path).toEqual([path]);
    }
    const claim = (await readPage(siteDir, '/es/strikes/4a/')).querySelector('.here-links')!;
    expect(textOf(claim)).toMatch(/^Cada ataque de este mapa: 2 sept\., .*4 oct\. \(no confirmado\)/);
  });

  test('the site’s menu marks Strikes as the page on /strikes/, and as the section, not the page, on a strike’s page', async () => {
    const current = async (path: string) =>
      (await readPage(siteDir, path)).querySelectorAll('.site-header nav:not(.language-switch) a[aria-current]').map((a) => [a.getAttribute('href'), a.getAttribute('aria-current')]);
    expect(await current('/strikes/')).toEqual([['/strikes/', 'page']]);
    expect(await current('/strikes/3/')).toEqual([['/strikes/', 'true']]);
    expect(await current('/es/strikes/3/')).toEqual([['/es/strikes/', 'true']]);
    expect(await current('/')).toEqual([['/', 'page']]);
  });

  test('says of the claim of 4 October what its page says, that it named no place; the filters count it apart, as the data page’s counts leave it out', async () => {
    for (const [path, position, caribbean] of [
      ['/strikes/', 'Position: no place known; shown in the Caribbean. Source: Airwars.', 'Caribbean (11 + 1 unconfirmed)'],
      ['/es/strikes/', 'Sin lugar conocido; se muestra en el Caribe. Fuente: Airwars.', 'Caribe (11 + 1 sin confirmar)'],
    ]) {
      const page = await readPage(siteDir, path);
      const claim = page.querySelectorAll('.strike-list li').find((li) => li.querySelector('a')?.getAttribute('href')?.endsWith('/strikes/4a/'))!;
      expect(textOf(claim.querySelectorAll('.meta').at(-1)!), path).toBe(position);
      expect(page.querySelectorAll('nav.filters a').map((a) => textOf(a)), path).toContain(caribbean);
    }
    expect(strikes.filter((s) => s.region === 'Caribbean' && s.status === 'cited')).toHaveLength(11);
  });

  test('a filtered view holds only its strikes, and marks its own link as current', async () => {
    const page = await readPage(siteDir, '/strikes/caribbean/2025-10/');
    const shown = page.querySelectorAll('.strike-list .name a').map((a) => a.getAttribute('href')!.split('/')[2]);
    const expected = strikes.filter((s) => s.region === 'Caribbean' && s.date.toISOString().startsWith('2025-10'));
    expect(shown.sort()).toEqual(expected.map((s) => s.id).sort());
    expect(page.querySelectorAll('nav.filters a[aria-current="page"]').map((a) => a.getAttribute('href'))).toEqual([
      '/strikes/caribbean/2025-10/',
      '/strikes/caribbean/2025-10/',
    ]);
  });
});

describe('the timeline', () => {
  test('groups its entries by month, each linked and cited (a busy day’s further sources are a link to the list)', async () => {
    const page = await readPage(siteDir, '/timeline/');
    expect(page.querySelectorAll('section.month h2').map((h) => h.textContent)).toEqual(['September 2025', 'October 2025', 'November 2025', 'December 2025']);
    const entries = page.querySelectorAll('li.entry');
    expect(entries.length).toBeGreaterThan(strikes.length + 5);
    for (const entry of entries) {
      expect(entry.querySelector('.what a')!.getAttribute('href'), entry.id).toBeTruthy();
      if (!entry.classList.contains('more')) expect(entry.querySelector('.cite a')!.getAttribute('href'), entry.id).toBeTruthy();
    }
  });

  test('an event of several days gives its span with the year once, day before month', async () => {
    const page = await readPage(siteDir, '/timeline/');
    const span = page.querySelectorAll('.when').map((p) => p.text.replace(/\s+/g, ' ').trim()).find((when) => when.includes(' to '));
    expect(span).toMatch(/^15 November to 4 December 2025 · /);
  });
});

describe('links back to the strikes', () => {
  test('a source paragraph that speaks of a strike links to its page', async () => {
    const page = await readPage(siteDir, '/sources/orinoco-tribune-2025-11-28/');
    const linked = (p: string) => page.querySelectorAll(`#${p} a.strike-link`).map((a) => a.getAttribute('href'));
    expect(linked('p-12')).toEqual(['/strikes/1/']);
    expect(linked('p-8')).toEqual(['/strikes/18/']);
    expect(linked('p-7')).toEqual(['/strikes/6/']);
    expect(linked('p-9')).toEqual([]);
  });

  test('the explainer links to the page of each strike it names', async () => {
    const links = await hrefsOn('/', 'article a');
    for (const id of ['1', '8', '11', '18', '19', '2', '3', '4a']) expect(links.has(`/strikes/${id}/`), id).toBe(true);
  });
});
