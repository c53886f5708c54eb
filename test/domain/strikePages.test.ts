import { describe, expect, test } from 'vitest';
import {
  filterLinks,
  nationalityClaims,
  otherReports,
  neighbours,
  positionText,
  strikeFacts,
  strikeListHref,
  strikeLists,
  strikeName,
  strikePage,
  strikePassageLanguages,
  strikesAndVessels,
  tollText,
  presumedLater,
} from '../../src/domain/strikePages';
import type { Strike } from '../../src/schemas/strike';
import { loadData, spanishEdition } from '../charts/data';

const { strikes, settings, outlets } = await loadData();
const byId = (id: string) => strikes.find((s) => s.id === id)!;

describe('a strike in words', () => {
  test('its name, toll and position', () => {
    expect(strikeName(byId('3'))).toBe('Strike of 19 September 2025');
    expect(strikeName(byId('4a'))).toBe('Claimed strike of 4 October 2025');
    // An event of several strikes is named for them all (three on 27 October).
    expect(byId('11').strikes).toBe(3);
    expect(strikeName(byId('11'))).toBe('Strikes of 27 October 2025');
    expect(tollText(byId('11'))).toBe('14 killed, 1 survivor later lost at sea and presumed dead');
    // The presumed dead are the survivors first (27 October), the rest lost at sea from the start (30 December).
    expect(tollText({ ...byId('11'), killed: 2, survivors: 3, presumedDead: 1 })).toBe('2 killed, 3 survivors (1 later lost at sea and presumed dead)');
    expect(tollText({ ...byId('11'), killed: 2, survivors: 1, presumedDead: 3 })).toBe('2 killed, 1 survivor later lost at sea and presumed dead, 2 more presumed dead');
    expect(tollText(byId('25'))).toBe('3 killed, 8 presumed dead');
    expect(tollText(byId('4a'))).toBe('no toll reported; not counted');
    // "As announced" is said of what an announcement counted; the people presumed dead later come after it, as a later count's.
    expect(strikePage(byId('11'), strikes, settings.regions, []).summary).toBe(
      '27 October 2025, in the eastern Pacific: 3 US strikes on 4 vessels, 14 killed, 1 survivor, as the US announced; the survivor was later lost at sea and presumed dead.',
    );
    expect(strikePage(byId('25'), strikes, settings.regions, []).summary).toMatch(/: 3 US strikes on 3 vessels, 3 killed, as the US announced; 8 presumed dead by a later count\.$/);
    expect(strikePage(byId('3'), strikes, settings.regions, []).summary).toMatch(/: 1 US strike on a vessel, 3 killed, as the US announced\.$/);
    expect(presumedLater({ ...byId('11'), survivors: 3, presumedDead: 1 })).toBe('1 of the survivors was later lost at sea and presumed dead');
    expect(presumedLater({ ...byId('11'), survivors: 2, presumedDead: 4 })).toBe('the 2 survivors were later lost at sea and presumed dead; 2 more presumed dead by a later count');
    expect(presumedLater(byId('3'))).toBe('');
    expect(positionText(byId('3'), 'the Caribbean')).toBe('Worked out from a report’s description: 16.25° N, 71.52° W');
    expect(positionText(byId('2'), 'the Caribbean')).toBe('Only the region is known: the Caribbean');
    // The claim of 4 October named no place: it is not known to be in the region the map shows it in.
    expect(byId('4a').position.precision).toBe('region');
    expect(positionText(byId('4a'), 'the Caribbean')).toBe('No place known; shown in the Caribbean');
    expect(positionText({ ...byId('2'), status: 'unconfirmed' }, 'the Caribbean')).toBe('No place known; shown in the Caribbean');
  });

  test('its facts leave out what the row does not say, and never count an unconfirmed claim', () => {
    const terms = (id: string) => strikeFacts(byId(id)).map((f) => f.term);
    expect(terms('6')).toEqual(['Date', 'Announced', 'How it was dated', 'Region', 'Strikes', 'Vessels', 'Killed', 'Survivors of the event', 'Presumed dead', 'People aboard', 'Announced by']);
    expect(terms('4a')).toEqual(['Date', 'How it was dated', 'Region', 'Announced by']);
    // Announced the same day: no separate line.
    expect(terms('1')).not.toContain('Announced');
  });

  test('in Spanish, a date note the glossary translates is in Spanish; any other is quoted in English, marked so', async () => {
    const es = await spanishEdition();
    const dated = (id: string) => strikeFacts(byId(id), es).find((f) => f.term === 'Cómo se fechó')!;
    expect(dated('1')).toEqual({ term: 'Cómo se fechó', value: 'ataque y anuncio el mismo día' });
    expect(dated('20')).toEqual({ term: 'Cómo se fechó', value: 'la fecha que da el anuncio' });
    expect(dated('2')).toEqual({ term: 'Cómo se fechó', value: "Trump said strike was 'this morning'", lang: 'en' });
  });

  test('nationalities split into one claim each, keeping who reported it', () => {
    expect(nationalityClaims(byId('2'))).toEqual([
      "Trump: 'narcoterrorists from Venezuela'",
      "the family's petition to the Inter-American Commission on Human Rights (IACHR): Colombian fisherman Alejandro Carranza Medina among the dead",
    ]);
    expect(nationalityClaims(byId('9'))).toEqual([]);
    // A semicolon inside brackets belongs to its claim.
    expect(nationalityClaims(byId('1'))).toEqual([
      'Venezuelan, according to Airwars (8 reportedly from San Juan de Unare; 3 from nearby towns, including Los Testigos and Guiria)',
      'US said Tren de Aragua',
    ]);
  });

  test('previous and next, in date order', () => {
    expect(neighbours(strikes, '4').next?.id).toBe('4a');
    expect(neighbours(strikes, '4a')).toMatchObject({ previous: { id: '4' }, next: { id: '5' } });
    expect(neighbours(strikes, '1').previous).toBeUndefined();
    expect(neighbours(strikes, '26').next).toBeUndefined();
  });
});

describe('the list of strikes and its filters', () => {
  const lists = strikeLists(strikes, settings.regions);
  const find = (href: string) => lists.find((l) => l.href === href)!;

  test('every view with a strike in it: all, by region, by month, and both', () => {
    expect(find('/strikes/').strikes).toHaveLength(strikes.length);
    expect(find('/strikes/').strikes[0].id).toBe('26');
    expect(find('/strikes/caribbean/').strikes.every((s) => s.region === 'Caribbean')).toBe(true);
    expect(find('/strikes/2025-10/').title).toBe('Strikes, October 2025');
    expect(find('/strikes/eastern-pacific/2025-12/').title).toBe('Strikes in the eastern Pacific, December 2025');
    // No strike in the Caribbean in December, nor in the eastern Pacific in September: no such pages.
    expect(lists.find((l) => l.href === '/strikes/caribbean/2025-12/')).toBeUndefined();
    expect(lists.find((l) => l.href === '/strikes/eastern-pacific/2025-09/')).toBeUndefined();
    expect(lists).toHaveLength(1 + 2 + 4 + 6);
    expect(strikeListHref('Eastern Pacific', '2025-09')).toBe('/strikes/eastern-pacific/2025-09/');
  });

  test('filter links keep the other filter, count what they lead to (the unconfirmed claim apart, as every other count leaves it out), and mark the view shown', () => {
    const links = filterLinks(lists, { region: 'Caribbean', month: '2025-10' });
    expect(links.regions.map((l) => [l.label, l.count, l.href, l.current])).toEqual([
      ['All regions', '9 + 1 unconfirmed', '/strikes/2025-10/', false],
      ['Caribbean', '5 + 1 unconfirmed', '/strikes/caribbean/2025-10/', true],
      ['Eastern Pacific', '4', '/strikes/eastern-pacific/2025-10/', false],
    ]);
    // The Caribbean's cited strikes, as the data page's summary counts them.
    const all = filterLinks(lists, {});
    expect(all.regions.find((l) => l.label === 'Caribbean')?.count).toBe(`${strikes.filter((s) => s.region === 'Caribbean' && s.status === 'cited').length} + 1 unconfirmed`);
    expect(links.months.map((l) => l.label)).toEqual(['All months', 'September 2025', 'October 2025', 'November 2025']);
    expect(filterLinks(lists, {}).months.find((l) => l.current)?.label).toBe('All months');
  });
});

describe('otherReports(strike)', () => {
  test('each further report as a link, with the site and the row’s note', () => {
    expect(otherReports(byId('1')).slice(1, 3)).toEqual([
      { href: 'https://www.justsecurity.org/124002/timeline-vessel-strikes-related-actions/page/3', site: 'justsecurity.org', note: undefined },
      { href: 'https://bbs.wenxuecity.com/bbs/currentevent/3845314.html', site: 'bbs.wenxuecity.com', note: 'repost of The Hill' },
    ]);
    expect(otherReports(byId('20'))).toEqual([]);
    for (const s of strikes) for (const r of otherReports(s)) expect(r.href, s.id).toMatch(/^https?:\/\/\S+$/);
  });

  test('names the outlet behind a report’s site where outlets.csv lists it, whatever the address’s case or "www."; otherwise only the site', () => {
    const names = new Map(outlets.map((o) => [o.site, o.name]));
    expect(otherReports(byId('1'), names).slice(0, 3).map(({ site, outlet }) => [site, outlet])).toEqual([
      ['airwars.org', 'Airwars'],
      ['justsecurity.org', 'Just Security'],
      ['bbs.wenxuecity.com', undefined],
    ]);
    const row = { ...byId('20'), otherSources: ['https://WWW.Stripes.com/a (AP)'] };
    expect(otherReports(row, names)).toEqual([{ href: 'https://WWW.Stripes.com/a', site: 'stripes.com', outlet: 'Stars and Stripes', note: 'AP' }]);
    // Every site outlets.csv lists is one a report is on: a row for no report is a mistake in the site.
    const sites = new Set(strikes.flatMap((s) => otherReports(s).map((r) => r.site)));
    for (const { site } of outlets) expect(sites.has(site), site).toBe(true);
  });
});

describe('a strike in Spanish: each count agrees with its noun', async () => {
  const es = await spanishEdition();
  const made = (fields: Partial<Strike>): Strike => ({ ...byId('11'), ...fields });

  test.each([
    [{ killed: 1, survivors: 0, presumedDead: 0 }, '1 persona muerta'],
    [{ killed: 14, survivors: 1, presumedDead: 1 }, '14 personas muertas, 1 sobreviviente desaparecido luego en el mar y dado por muerto'],
    // The presumed dead are the survivors first: two survivors lost at sea, and one more person lost from the start.
    [{ killed: 2, survivors: 2, presumedDead: 3 }, '2 personas muertas, 2 sobrevivientes desaparecidos luego en el mar y dados por muertos, 1 persona más dada por muerta'],
    [{ killed: 2, survivors: 3, presumedDead: 1 }, '2 personas muertas, 3 sobrevivientes (1 desaparecido luego en el mar y dado por muerto)'],
    [{ killed: 3, survivors: 0, presumedDead: 8 }, '3 personas muertas, 8 personas dadas por muertas'],
    [{ killed: 1000, survivors: 0, presumedDead: 0 }, '1.000 personas muertas'],
  ] as const)('tollText(%j)', (fields, words) => {
    expect(tollText(made(fields), es)).toBe(words);
  });

  test.each([
    [{ strikes: 1, vessels: 1 }, '1 ataque'],
    [{ strikes: 21, vessels: 21 }, '21 ataques'],
    [{ strikes: 1, vessels: 2 }, '1 ataque contra 2 embarcaciones'],
    [{ strikes: 3, vessels: 4 }, '3 ataques contra 4 embarcaciones'],
  ] as const)('strikesAndVessels(%j)', (fields, words) => {
    expect(strikesAndVessels(made(fields), es)).toBe(words);
  });

  test('its page: name, summary, facts and links in Spanish; the data’s own words kept in English, and marked so', () => {
    const page = strikePage(byId('11'), strikes, settings.regions, [], es);
    expect(page.href).toBe('/es/strikes/11/');
    expect(page.title).toBe('Ataques del 27 de octubre de 2025');
    expect(page.summary).toMatch(/^27 de octubre de 2025, en el Pacífico oriental: 3 ataques estadounidenses contra 4 embarcaciones, 14 personas muertas, 1 sobreviviente, según anunció Estados Unidos; el sobreviviente desapareció en el mar y se le dio por muerto\.$/);
    expect(strikePage(byId('25'), strikes, settings.regions, [], es).summary).toMatch(/: 3 ataques estadounidenses contra 3 embarcaciones, 3 personas muertas, según anunció Estados Unidos; 8 personas dadas por muertas en un recuento posterior\.$/);
    expect(es.words.strikes.presumedLater(3, 1)).toBe('1 de los sobrevivientes desapareció en el mar y se le dio por muerto');
    expect(es.words.strikes.presumedLater(2, 3)).toBe('los 2 sobrevivientes desaparecieron en el mar y se les dio por muertos; 1 persona más dada por muerta en un recuento posterior');
    expect(page.facts.find((f) => f.term === 'Región')).toEqual({ term: 'Región', value: 'Pacífico oriental' });
    for (const f of page.facts) expect(f.lang, f.term).toBe(['Cómo se fechó', 'Anunciado por'].includes(f.term) ? 'en' : undefined);
    expect(page.position.text).toMatch(/^(Posición dada por un reporte|Posición deducida de la descripción de un reporte|Solo se conoce la región)/);
    expect([page.previous?.href, page.next?.href]).toEqual(['/es/strikes/10/', '/es/strikes/12/']);
    const claim = strikePage(byId('4a'), strikes, settings.regions, [], es);
    expect(claim.title).toBe('Supuesto ataque del 4 de octubre de 2025');
    expect(claim.summary).toBe('4 de octubre de 2025, en el Caribe: un supuesto ataque estadounidense que nunca se confirmó y no se cuenta.');
    expect(tollText(byId('4a'), es)).toBe('no se informaron víctimas; no se cuenta');
  });

  test('its list and filters: Spanish titles and names, Spanish addresses', () => {
    const lists = strikeLists(strikes, settings.regions, es);
    expect(lists.map((l) => l.href)).toEqual(strikeLists(strikes, settings.regions).map((l) => `/es${l.href}`));
    expect(lists.find((l) => l.href === '/es/strikes/eastern-pacific/2025-12/')!.title).toBe('Ataques en el Pacífico oriental, diciembre de 2025');
    const links = filterLinks(lists, { region: 'Caribbean', month: '2025-10' }, es);
    expect(links.regions.map((l) => [l.label, l.href])).toEqual([
      ['Todas las regiones', '/es/strikes/2025-10/'],
      ['Caribe', '/es/strikes/caribbean/2025-10/'],
      ['Pacífico oriental', '/es/strikes/eastern-pacific/2025-10/'],
    ]);
    expect(links.months.map((l) => l.label)).toEqual(['Todos los meses', 'Septiembre de 2025', 'Octubre de 2025', 'Noviembre de 2025']);
  });
});

describe('strikePassageLanguages(page, locale)', () => {
  test('in Spanish, a strike page’s notes, the words its position rests on and who was aboard are the data’s English, where it has them; nothing in English', () => {
    const both = { notes: 'Stars and Stripes: at least 66 killed.', position: { text: 'x', words: '“off Venezuela”' }, nationalities: [] };
    expect(strikePassageLanguages(both, 'es')).toEqual({ notes: 'en', 'position-source': 'en' });
    expect(strikePassageLanguages({ ...both, nationalities: ['Petro: Colombian'] }, 'es')).toEqual({ notes: 'en', 'position-source': 'en', aboard: 'en' });
    expect(strikePassageLanguages({ ...both, nationalities: ['Petro: Colombian'] }, 'en')).toBeUndefined();
    expect(strikePassageLanguages({ ...both, notes: '' }, 'es')).toEqual({ 'position-source': 'en' });
    expect(strikePassageLanguages({ ...both, position: { text: 'x', words: '' } }, 'es')).toEqual({ notes: 'en' });
    expect(strikePassageLanguages(both, 'en')).toBeUndefined();
  });
});
