import { describe, expect, test } from 'vitest';
import { cardAlt, cardHref, cardName, chartCard, explainerCard, siteCard, socialCard, sourceCard, strikeCard } from '../../src/cards/cards';
import { editionOf, wordsFor } from '../../src/i18n/words';
import type { SourceEntry } from '../../src/domain/sources';
import { presumedLater, strikePage } from '../../src/domain/strikePages';
import { loadData } from '../charts/data';

const { strikes, settings } = await loadData();
/** A strike's page, as the build makes it. */
const pageOf = (id: string) => strikePage(strikes.find((s) => s.id === id)!, strikes, settings.regions, []);

const chart = { svg: '<svg viewBox="0 0 10 10"/>', title: 'Cumulative people killed' };
const source = {
  id: 'example-times-2025-12-05',
  data: { title: 'A headline', outlet: { name: 'Example Times' }, published: { date: new Date('2025-12-05T00:00:00Z') }, claims: [{}, {}, {}] },
} as unknown as SourceEntry;

describe('where a page’s card is', () => {
  test('is named by the page’s path, the home page’s as index', () => {
    expect(cardName('/')).toBe('index');
    expect(cardName('/sources/x/')).toBe('sources/x');
    expect(cardHref(cardName('/charts/each-strike/'))).toBe('/cards/charts/each-strike.png');
  });
  test('another edition’s cards are under its code, named by the English page’s path', () => {
    expect(cardName('/', 'es')).toBe('es/index');
    expect(cardName('/charts/each-strike/', 'es')).toBe('es/charts/each-strike');
    expect(cardName('/site/', 'en')).toBe('site');
  });
});

describe('what each card shows, and says in words', () => {
  test('the explainer: its headline, the day it was updated and its chart', () => {
    const spec = explainerCard({ title: 'The strikes', updated: new Date('2026-12-02T00:00:00Z') }, chart);
    expect(spec).toEqual({ kind: 'explainer', title: 'The strikes', updated: '2026-12-02', chart });
    expect(cardAlt(spec)).toBe('The strikes. Updated 2 December 2026. Chart: Cumulative people killed. Strikes at Sea.');
  });

  test('a source: its outlet, headline, day and the figures the ledger takes from it', () => {
    const spec = sourceCard(source);
    expect(spec).toEqual({ kind: 'source', outlet: 'Example Times', title: 'A headline', published: '2025-12-05', figures: 3 });
    expect(cardAlt(spec)).toBe('Example Times: A headline. Published 5 December 2025. 3 figures tracked in the ledger. Strikes at Sea.');
    const { figures } = wordsFor('en').cards;
    expect(figures(1)).toBe('1 figure tracked in the ledger');
    expect(figures(0)).toBe('No figures tracked in the ledger');
  });

  test('a source whose title is ours says so: shared, its card is not taken for the outlet’s headline', () => {
    const ours = { ...source, data: { ...source.data, titleFrom: 'editors' } } as SourceEntry;
    // On the outlet's line, which is never cut short, as a long title is.
    expect(sourceCard(ours)).toMatchObject({ outlet: 'Example Times (the title is ours)', title: 'A headline' });
    expect(cardAlt(sourceCard(ours))).toBe('Example Times (the title is ours): A headline. Published 5 December 2025. 3 figures tracked in the ledger. Strikes at Sea.');
  });

  test('a source whose outlet is not known says so rather than guess', () => {
    const unknown = { ...source, data: { ...source.data, outlet: {} } } as unknown as SourceEntry;
    expect(sourceCard(unknown)).toMatchObject({ outlet: 'Outlet not identified' });
  });

  test('a strike: its page’s title (its day), its region, its toll as announced, who was presumed dead later, and its position, on its map', () => {
    const map = { svg: chart.svg, title: 'Strikes of 27 October 2025 on the map of the eastern Pacific' };
    const spec = strikeCard(pageOf('11'), 'the eastern Pacific', map);
    expect(spec).toEqual({
      kind: 'strike',
      title: 'Strikes of 27 October 2025',
      date: '2025-10-27',
      region: 'the eastern Pacific',
      toll: '14 killed, 1 survivor',
      counted: true,
      later: 'the survivor was later lost at sea and presumed dead',
      position: pageOf('11').position.text,
      map,
    });
    expect(cardAlt(spec)).toBe(
      `Strikes of 27 October 2025, in the eastern Pacific: 14 killed, 1 survivor, as the US announced; the survivor was later lost at sea and presumed dead. ${pageOf('11').position.text}. Map: ${map.title}. Strikes at Sea.`,
    );
  });

  test('a strike claimed and never confirmed says so, with no toll and not counted', () => {
    const spec = strikeCard(pageOf('4a'), 'the Caribbean', chart);
    expect(spec).toMatchObject({ title: 'Claimed strike of 4 October 2025', toll: 'claimed, never confirmed', counted: false });
    expect(cardAlt(spec)).toMatch(/^Claimed strike of 4 October 2025, in the Caribbean: claimed, never confirmed, not counted\. /);
  });

  test('a chart, and any other page: the site', () => {
    expect(cardAlt(chartCard('Each strike', chart))).toBe('Chart: Each strike. Strikes at Sea.');
    expect(cardAlt(siteCard())).toMatch(/^Strikes at Sea: a sourced news explainer/);
  });

  test('as a page names it: its address, words and size', () => {
    expect(socialCard('index', siteCard())).toEqual({ src: '/cards/index.png', alt: cardAlt(siteCard()), width: 1200, height: 630 });
  });
});

describe('a card in Spanish: the same card, in the Spanish edition’s words', () => {
  test('the explainer: its date as Spanish writes it, and the site’s Spanish name', () => {
    const spec = explainerCard({ title: 'Los ataques', updated: new Date('2026-12-02T00:00:00Z') }, chart, 'es');
    expect(spec).toEqual({ kind: 'explainer', title: 'Los ataques', updated: '2026-12-02', chart, locale: 'es' });
    expect(cardAlt(spec)).toBe('Los ataques. Actualizado el 2 de diciembre de 2026. Gráfico: Cumulative people killed. Ataques en el mar.');
  });

  test('a chart, and any other page: the site, with its Spanish description', () => {
    expect(cardAlt(chartCard('Cada ataque', chart, 'es'))).toBe('Gráfico: Cada ataque. Ataques en el mar.');
    expect(siteCard('es')).toEqual({ kind: 'site', title: 'Ataques en el mar', locale: 'es' });
    expect(cardAlt(siteCard('es'))).toMatch(/^Ataques en el mar: una explicación con fuentes/);
  });

  test('its counts agree in number: "1 cifra", "3 cifras", with Spanish digit grouping', () => {
    const { figures, tollNote, region } = wordsFor('es').cards;
    expect(figures(0)).toBe('Ninguna cifra en el registro de cifras');
    expect(figures(1)).toBe('1 cifra en el registro de cifras');
    expect(figures(3)).toBe('3 cifras en el registro de cifras');
    expect(figures(1000)).toBe('1.000 cifras en el registro de cifras');
    expect([tollNote(true), tollNote(false), region('el Caribe')]).toEqual(['según anunció EE. UU.', 'no contado', 'en el Caribe']);
  });

  test('an English card carries no edition, so that its cached drawing stays valid', () => {
    expect(explainerCard({ title: 't', updated: new Date('2026-12-02T00:00:00Z') }, chart, 'en')).not.toHaveProperty('locale');
    expect(siteCard()).not.toHaveProperty('locale');
  });

  test('a strike: its toll and its region in Spanish, agreeing with its counts; a claim never confirmed says so', async () => {
    const es = editionOf('es', (english) => ({ 'the eastern Pacific': 'el Pacífico oriental', 'the Caribbean': 'el Caribe' })[english] ?? english);
    const map = { svg: chart.svg, title: wordsFor('es').cards.mapTitle('Ataques del 27 de octubre de 2025', 'el Pacífico oriental') };
    expect(map.title).toBe('Ataques del 27 de octubre de 2025 en el mapa del Pacífico oriental');
    const page = strikePage(strikes.find((s) => s.id === '11')!, strikes, settings.regions, [], es);
    const spec = strikeCard(page, 'el Pacífico oriental', map, es);
    expect(spec).toMatchObject({ kind: 'strike', toll: '14 personas muertas, 1 sobreviviente', counted: true, later: 'el sobreviviente desapareció en el mar y se le dio por muerto', locale: 'es' });
    expect(cardAlt(spec)).toMatch(/, en el Pacífico oriental: 14 personas muertas, 1 sobreviviente, según anunció EE\. UU\.; el sobreviviente desapareció en el mar y se le dio por muerto\. .*Mapa: Ataques del 27 de octubre de 2025 en el mapa del Pacífico oriental\. Ataques en el mar\.$/);
    const claim = strikeCard(strikePage(strikes.find((s) => s.id === '4a')!, strikes, settings.regions, [], es), 'el Caribe', map, es);
    expect(claim).toMatchObject({ toll: 'anunciado de palabra, nunca confirmado', counted: false });
    expect(cardAlt(claim)).toContain(': anunciado de palabra, nunca confirmado, no contado. ');
  });

  test('a toll that ends with the abbreviation “EE. UU.” takes no second full stop (read aloud and shown in shared previews)', () => {
    const es = editionOf('es', (english) => ({ 'the Caribbean': 'el Caribe' })[english] ?? english);
    // A strike no one was presumed dead after: its toll's note, "según anunció EE. UU.", ends its sentence.
    const strike = strikes.find((s) => s.status !== 'unconfirmed' && !presumedLater(s, es))!;
    const spec = strikeCard(strikePage(strike, strikes, settings.regions, [], es), 'el Caribe', chart, es);
    expect(cardAlt(spec)).toContain(', según anunció EE. UU. ');
    expect(cardAlt(spec)).not.toMatch(/\.\./);
  });
});
