import { describe, expect, test } from 'vitest';
import { explainGap } from '../../src/domain/gapText';
import { allInEnglish } from '../../src/domain/sources';
import type { FigureGap } from '../../src/domain/strikeSeries';
import { parseDay } from '../../src/format/dates';
import { editionOf, wordsFor, type Verdict } from '../../src/i18n/words';
import { offlineWords } from '../../src/i18n/offline';
import { offlineControlsWords } from '../../src/i18n/offlineControls';
import { locales } from '../../src/site';

const en = wordsFor('en');
const es = wordsFor('es');
const spanish = editionOf('es');

/** Every string an edition's words hold, by its path: "sources.removedKinds.masthead". */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

describe('the words of each edition', () => {
  test('every edition has every word', () => {
    const paths = (words: unknown) => strings(words).map(([path]) => path);
    for (const locale of locales) expect(paths(wordsFor(locale))).toEqual(expect.arrayContaining(paths(en)));
  });

  test('the Spanish words are Spanish: none is left in English but names', () => {
    const same = strings(es).filter(([path, text]) => strings(en).some(([p, t]) => p === path && t === text));
    // The same in both, and rightly: a word the languages share, a sign, a name, and the compass points Spanish writes as English does (west is "O").
    expect(same.map(([path]) => path).sort()).toEqual([
      'chartSources.strikeMap.naturalEarth',
      'charts.strikeMap.compass.E',
      'charts.strikeMap.compass.N',
      'charts.strikeMap.compass.S',
      'metrics.cocaine_transit_share_pct.unit',
      'sources.original',
    ]);
  });

  test('the Spanish list of sources says they are all in English only while every one is', () => {
    const intro = (allEnglish: boolean) => wordsFor('es').sources.listIntro(6, allEnglish);
    expect(intro(true)).toContain('en el idioma en que se publicó (todos en inglés), sin');
    expect(intro(false)).toContain('en el idioma en que se publicó, sin');
    expect(intro(false)).not.toContain('inglés');
    const source = (language: string) => ({ data: { language } });
    expect(allInEnglish([source('en'), source('en-US'), source('EN-gb')])).toBe(true);
    expect(allInEnglish([source('en'), source('es')])).toBe(false);
    expect(allInEnglish([source('eng-x')])).toBe(false);
  });
});

describe('a map’s box of strikes whose position is not known, in each edition', () => {
  test('counts the strikes, and names apart the unconfirmed claims drawn in it, whichever there are', () => {
    expect([en.charts.strikeMap.notKnown(14, 0), en.charts.strikeMap.notKnown(9, 1), en.charts.strikeMap.notKnown(0, 1)]).toEqual([
      'Position not known: 14',
      'Position not known: 9 + 1 unconfirmed',
      'Position not known: 1 unconfirmed',
    ]);
    expect([es.charts.strikeMap.notKnown(14, 0), es.charts.strikeMap.notKnown(9, 1), es.charts.strikeMap.notKnown(0, 2)]).toEqual([
      'Posición desconocida: 14',
      'Posición desconocida: 9 + 1 sin confirmar',
      'Posición desconocida: 2 sin confirmar',
    ]);
  });
});

describe('a gap, in Spanish: each count agrees with its noun', () => {
  const gap = (verdict: Verdict, fields: Partial<FigureGap> = {}): FigureGap => ({ reported: 83, sum: 82, difference: 1, verdict, ...fields });
  const day = parseDay('2025-11-28');
  test.each([
    [gap('matches', { reported: 82, difference: 0 }), 'killed', 'Coincide con las 82 muertes anunciadas hasta el 28 de noviembre.'],
    [gap('matches', { reported: 1, sum: 1, difference: 0 }), 'strikes', 'Coincide con el único ataque anunciado hasta el 28 de noviembre.'],
    [gap('matches', { reported: 1, sum: 1, difference: 0 }), 'vessels', 'Coincide con la única embarcación anunciada hasta el 28 de noviembre.'],
    [gap('matches counting presumed dead', { lostAtSea: [parseDay('2025-10-27')] }), 'killed', 'Coincide si a las 82 muertes anunciadas hasta el 28 de noviembre se suma una persona desaparecida en el mar y dada por muerta (27 de octubre).'],
    [gap('counts vessels as strikes, or strikes as vessels', { reported: 22, sum: 21 }), 'strikes', '22 es el número de embarcaciones anunciadas hasta el 28 de noviembre; 21 ataques anunciados.'],
    [gap('consistent with its qualifier', { reported: 80, difference: -2 }), 'killed', 'La cifra es correcta tal como está redactada (82 muertes anunciadas hasta el 28 de noviembre).'],
    [gap('higher', { reported: 46, sum: 43, difference: 3 }), 'killed', '3 más que las 43 muertes anunciadas hasta el 28 de noviembre; los datos no explican la diferencia.'],
    [gap('lower', { reported: 72, sum: 75, difference: -3 }), 'strikes', '3 menos que los 75 ataques anunciados hasta el 28 de noviembre; los datos no explican la diferencia.'],
    [gap('higher', { reported: 2, sum: 0, difference: 2 }), 'survivors', '2 más, cuando no se anunció ningún sobreviviente hasta el 28 de noviembre; los datos no explican la diferencia.'],
    [gap('matches', { reported: 0, sum: 0, difference: 0 }), 'vessels', 'Coincide: no se anunció ninguna embarcación hasta el 28 de noviembre.'],
    // A sentence that begins with the data's none begins with a capital.
    [gap('counts a strike announced later', { reported: 2, sum: 0, difference: 2, announcedLater: [parseDay('2025-10-16')] }), 'survivors', 'No se anunció ningún sobreviviente hasta el 28 de noviembre; la cifra coincide si se cuenta el ataque del 16 de octubre, anunciado después.'],
    [gap('matches leaving out survivors lost at sea', { reported: 2, sum: 3, difference: -1, lostAtSea: [parseDay('2025-10-27')] }), 'survivors', '3 sobrevivientes anunciados hasta el 28 de noviembre, menos un sobreviviente desaparecido luego en el mar y dado por muerto (27 de octubre).'],
  ] as const)('%j (%s)', (g, metric, words) => {
    expect(explainGap(g, metric, day, spanish)).toBe(words);
    expect(explainGap(g, metric, day)).not.toBe(words);
  });
});

describe('the words of the offline copy, in each edition', () => {
  /** Every word of a set, strings as they are and sentences made with sample sizes. */
  const sample = (words: object) =>
    Object.fromEntries(
      Object.entries(words).flatMap(([key, value]) =>
        typeof value === 'function'
          ? [[key, (value as (...args: unknown[]) => string)('1,2 MB', 3, '4,5 MB', '6,7 MB')]]
          : typeof value === 'object'
            ? Object.entries(value as object).map(([k, v]) => [`${key}.${k}`, typeof v === 'function' ? v('1,2 MB') : v])
            : [[key, value]],
      ),
    );

  test.each([
    ['the footer’s line (every page)', offlineWords('en'), offlineWords('es')],
    ['the whole site’s controls', offlineControlsWords('en'), offlineControlsWords('es')],
  ])('%s: the Spanish has every word, none left in English', (_, english, spanishWords) => {
    const [en, es] = [sample(english), sample(spanishWords)];
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) if (key !== 'locale') expect(es[key], key).not.toBe(en[key]);
    expect(offlineWords('es-419')).toBe(offlineWords('es'));
  });

  test('Spanish counts agree: one file, several', () => {
    expect(offlineControlsWords('es').progress(1, 10, '0,1 MB', '0,2 MB')).toBe('Guardando todo el sitio: 1 archivo de 10, 0,1 MB de 0,2 MB…');
    expect(offlineControlsWords('es').progress(2, 1000, '0,1 MB', '0,2 MB')).toBe('Guardando todo el sitio: 2 archivos de 1.000, 0,1 MB de 0,2 MB…');
    expect(offlineControlsWords('en').progress(1, 1000, '0.1 MB', '0.2 MB')).toBe('Saving the whole site: 1 file of 1,000, 0.1 MB of 0.2 MB…');
  });
});

describe('a chart’s citation, in each edition', () => {
  test.each([
    ['en', '“Each strike”. Strikes at Sea. https://example.org/charts/each-strike/ (data as of 31 December 2025).'],
    ['es', '«Cada ataque». Ataques en el mar. https://example.org/es/charts/each-strike/ (datos hasta el 31 de diciembre de 2025).'],
  ] as const)('%s: names the chart, the site, its address and the day of its newest data', (locale, words) => {
    const { chartPages, site } = wordsFor(locale);
    const url = `https://example.org${locale === 'es' ? '/es' : ''}/charts/each-strike/`;
    expect(chartPages.citation(locale === 'es' ? 'Cada ataque' : 'Each strike', site.name, url, new Date('2025-12-31T00:00:00Z'))).toBe(words);
  });
});
