import { describe, expect, test } from 'vitest';
import { describeEachStrike, describeStrikeMap, describeStrikesOverTime, describeWhoReported, unconfirmedLeftOut } from '../../src/charts/describe';
import { describeStrike, eachStrike } from '../../src/charts/eachStrike';
import { chartEvents, eachStrikeFigure, strikeMapFigure, strikesOverTimeFigure, whoReportedFigure } from '../../src/charts/figures';
import { strikeMap } from '../../src/charts/strikeMap';
import { strikesOverTime } from '../../src/charts/strikesOverTime';
import { whoReported } from '../../src/charts/whoReported';
import { announcedSeries, cumulative, gaps } from '../../src/domain/strikeSeries';
import { parseDay } from '../../src/format/dates';
import type { Strike } from '../../src/schemas/strike';
import { loadData, spanishEdition } from './data';

const { strikes, reports, events, settings, geography, regions, places } = await loadData();
const layers = { geography, regions, places };
const es = await spanishEdition();
const text = { title: 'Título', desc: 'Descripción' };
const marked = chartEvents(events).map((e) => ({ ...e, label: es.translate(e.label) }));

/** Each chart in Spanish at both widths the site draws, named for its snapshot file. */
const charts: Record<string, () => string> = {
  'strikesOverTime-es-720': () => strikesOverTime(cumulative(strikes), { id: 'sot', ...text, events: marked, width: 720, edition: es }),
  'strikesOverTime-es-380': () => strikesOverTime(cumulative(strikes), { id: 'sot', ...text, events: marked, width: 380, edition: es }),
  'eachStrike-es-720': () => eachStrike(strikes, { id: 'each', ...text, width: 720, edition: es }),
  'eachStrike-es-380': () => eachStrike(strikes, { id: 'each', ...text, width: 380, edition: es }),
  'whoReported-es-720': () => whoReported(announcedSeries(strikes), gaps(reports, strikes), { id: 'who', ...text, width: 720, edition: es }),
  'whoReported-es-380': () => whoReported(announcedSeries(strikes), gaps(reports, strikes), { id: 'who', ...text, width: 380, edition: es }),
  'strikeMap-es-720': () => strikeMap(strikes, { id: 'map', ...text, ...layers, width: 720, panels: 'all', edition: es }),
  'strikeMap-es-380': () => strikeMap(strikes, { id: 'map', ...text, ...layers, width: 380, panels: 'each', edition: es }),
};

describe.each(Object.entries(charts))('%s', (name, draw) => {
  const svg = draw();

  test('matches its snapshot file (test/output/<name>.svg)', async () => {
    await expect(svg).toMatchFileSnapshot(`../output/${name}.svg`);
  });

  test('labels it in Spanish: no English word of the drawing is left', () => {
    const words = [...svg.matchAll(/<text[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(words.join(' ')).not.toMatch(/\b(killed|strikes?|presumed|survivor|unconfirmed|announced|outlet|sources|cumulative|Caribbean|Pacific|Sept?|Oct|Nov|Dec|Jan|Position|position|region|Mexico|Sea|Ocean|Island|W)\b/);
  });
});

describe('the axis and the marked events in Spanish', () => {
  test('months as Spanish abbreviates them (with a full stop), the year at the first and at January', () => {
    const svg = charts['strikesOverTime-es-720']();
    expect(svg).toContain('>sept. 2025<');
    expect(svg).toContain('>oct.<');
    expect(svg).toContain('>ene. 2026<');
  });

  test('each marked event under its Spanish label, from the glossary', () => {
    const svg = charts['strikesOverTime-es-720']();
    expect(svg).toContain('>Primer ataque<');
    expect(svg).toContain('>Llamada, fechada por Indian Witness<');
    expect(svg).toContain('>114 muertos + 9 dados por muertos<');
    expect(svg).toContain('>35 ataques<');
  });
});

describe('the summaries in Spanish, generated from the data', () => {
  const figures = {
    strikesOverTime: strikesOverTimeFigure(strikes, events, settings, es),
    eachStrike: eachStrikeFigure(strikes, settings, es),
    whoReported: whoReportedFigure(strikes, gaps(reports, strikes), es),
    strikeMap: strikeMapFigure(strikes, layers, settings, es),
  };

  test('match their snapshot (test/output/summaries.es.txt)', async () => {
    const all = Object.entries(figures).map(([name, figure]) => `${name}: ${figure.caption}\n${figure.summary}\n`);
    await expect(all.join('\n')).toMatchFileSnapshot('../output/summaries.es.txt');
  });

  test('the map: how each position is known, in Spanish, with the names of its regions', () => {
    const map = strikeMapFigure(strikes, layers, settings, es);
    expect(map.caption).toBe('Dónde ocurrieron los ataques, según los reportes');
    expect(map.summary).toMatch(
      /^El mapa muestra 27 episodios de ataque, uno de ellos no confirmado\. Ningún reporte da coordenadas de ningún ataque\. Tres tienen posiciones deducidas de la descripción de un reporte, dibujadas con un anillo: 2 de septiembre de 2025, 19 de septiembre de 2025 y 27 de octubre de 2025\. /,
    );
    expect(map.summary).toMatch(
      /De 23 solo se conoce la región \(9 en el Caribe y 14 en el Pacífico oriental\): se agrupan en un recuadro dentro de su región, no en un lugar\. El supuesto ataque del 4 de octubre de 2025 no indica ningún lugar; se muestra en el recuadro de su región, el Caribe\. La tabla de datos de la página del mapa da las palabras en que se basa cada posición\.$/,
    );
    const described = map.table.rows.find((row) => row[0] === '3')!;
    expect(described.slice(2, 5)).toEqual(['Caribe', described[3], 'Posición deducida de la descripción de un reporte: 16,25° N, 71,52° O']);
    const claim = map.table.rows.find((row) => row[0] === '4a')!;
    expect(claim[3]).toBe('no confirmado');
    const svg = map.draw({ id: 'strike-map', width: 720 });
    expect(svg).toContain('aria-label="Ataque del 19 de septiembre de 2025"');
    expect(svg).toContain('aria-label="Supuesto ataque del 4 de octubre de 2025"');
    expect(svg).toContain('>Mar Caribe<');
    expect(svg).toContain('>deducida de una descripción: 3<');
  });

  test('the count at the checkpoint, with its days and its dead', () => {
    expect(figures.strikesOverTime.summary).toContain('Hasta el 15 de noviembre de 2025 inclusive, hubo 21 ataques contra 22 embarcaciones, con 82 personas muertas (83 con las dadas por muertas).');
  });

  test('each region as a sentence names it in Spanish', () => {
    expect(figures.eachStrike.summary).toMatch(/^Hubo \d+ episodios de ataque en el Caribe \((\d+ ataques, )?\d+ personas muertas\) y \d+ en el Pacífico oriental \((\d+ ataques, )?\d+ personas muertas\)\. El episodio más letal fue el del .* en el (Caribe|Pacífico oriental): \d+ ataques?( contra \d+ embarcaciones?)?, \d+ personas muertas\./);
  });

  test('a tooltip line never says its heading twice (“Dónde: Posición…”, not “Posición: Posición…”)', async () => {
    const { ENGLISH } = await import('../../src/i18n/words');
    const english = {
      strikesOverTime: strikesOverTimeFigure(strikes, events, settings, ENGLISH),
      eachStrike: eachStrikeFigure(strikes, settings, ENGLISH),
      whoReported: whoReportedFigure(strikes, gaps(reports, strikes), ENGLISH),
      strikeMap: strikeMapFigure(strikes, layers, settings, ENGLISH),
    };
    const firstWord = (text: string) => text.trim().split(/[\s:,.]+/)[0]!.toLowerCase();
    const repeated = [figures, english].flatMap((all) =>
      Object.values(all).flatMap(({ table }) =>
        (table.tip ?? table.columns.map((_, i) => i)).flatMap((column) =>
          table.rows.filter((row) => firstWord(table.columns[column]!) === firstWord(String(row[column]))).map((row) => `${table.columns[column]}: ${row[column]}`),
        ),
      ),
    );
    expect(repeated).toEqual([]);
  });

  test('the tables: Spanish headings, regions, statuses and verdicts; the outlets and the data’s notes as written', () => {
    expect(figures.eachStrike.table.columns).toEqual(['Episodio', 'Fecha', 'Región', 'Estado', 'Lo que se informó', 'Fuente']);
    const claim = figures.eachStrike.table.rows.find((row) => row[0] === '4a')!;
    expect(claim.slice(2, 4)).toEqual(['Caribe', 'no confirmado']);
    expect(claim[4]).toMatch(/^4 de octubre de 2025, Caribe: ataque no confirmado, no se cuenta\. Nota de los datos, en inglés: “Airwars: unclear/);
    const verdicts = new Set(figures.whoReported.table.rows.map((row) => row[5]));
    expect(verdicts).toContain('coincide');
    expect(verdicts).toContain('coincide si se cuentan los dados por muertos del 27 de octubre de 2025');
    expect(figures.whoReported.table.rows.map((row) => row[2])).toContain('al menos 46');
  });
});

/** A made-up strike event: one strike on one vessel, in the Caribbean, as announced. */
const strike = (id: string, day: string, fields: Partial<Strike> = {}): Strike => ({
  ...strikes[0]!,
  id,
  status: 'cited',
  date: parseDay(day),
  announcedDate: parseDay(day),
  region: 'Caribbean',
  strikes: 1,
  vessels: 1,
  killed: 1,
  survivors: 0,
  presumedDead: 0,
  ...fields,
});

describe('agreement: every count in Spanish agrees with its noun, in number and in gender', () => {
  test('one strike, one vessel, one person killed: the singular', () => {
    const one = [strike('1', '2025-09-02')];
    expect(describeStrike(one[0]!, es)).toBe('2 de septiembre de 2025, Caribe: 1 ataque, 1 persona muerta. Fuente: BNO News.');
    expect(describeStrikesOverTime(one, parseDay('2025-09-02'), es)).toBe(
      'Desde el primer ataque, el 2 de septiembre, hasta el 2 de septiembre de 2025, según los anuncios de Estados Unidos, hubo 1 ataque contra 1 embarcación, ' +
        'con 1 persona muerta; nadie más desapareció en el mar. Hasta el 2 de septiembre de 2025 inclusive, hubo 1 ataque contra 1 embarcación, con 1 persona muerta ' +
        '(1 con las dadas por muertas). El período más largo sin ataques fue de 0 días, del 2 de septiembre al 2 de septiembre de 2025.',
    );
  });

  test('many: the plural, the gap in days, one person lost at sea and then several', () => {
    const rows = [
      strike('1', '2025-09-02', { killed: 11 }),
      strike('2', '2025-09-03', { strikes: 3, vessels: 4, killed: 70, survivors: 2, presumedDead: 1 }),
      strike('3', '2025-09-05'),
    ];
    expect(describeStrike(rows[1]!, es)).toBe('3 de septiembre de 2025, Caribe: 3 ataques contra 4 embarcaciones, 70 personas muertas, 2 sobrevivientes (1 desaparecido luego en el mar y dado por muerto). Fuente: BNO News.');
    const summary = describeStrikesOverTime(rows, parseDay('2025-09-05'), es);
    expect(summary).toContain('según los anuncios de Estados Unidos, hubo 5 ataques contra 6 embarcaciones, con 82 personas muertas; nuestros datos dan por muerta a otra persona, desaparecida en el mar tras el ataque del 3 de septiembre de 2025.');
    expect(summary).toContain('El período más largo sin ataques fue de 2 días, del 3 de septiembre al 5 de septiembre de 2025.');
    const more = describeStrikesOverTime([...rows, strike('4', '2025-09-06', { presumedDead: 2 })], parseDay('2025-09-06'), es);
    expect(more).toContain('; nuestros datos dan por muertas a otras 3 personas, desaparecidas en el mar tras los ataques del 3 de septiembre de 2025 y el 6 de septiembre de 2025.');
  });

  test('a day: "1 día"; an event with survivors: "1 ataque"; one unconfirmed claim, then two', () => {
    const rows = [strike('1', '2025-09-02'), strike('2', '2025-09-03', { survivors: 1 })];
    expect(describeStrikesOverTime(rows, parseDay('2025-09-03'), es)).toContain('fue de 1 día, del');
    const claim = { ...strike('2a', '2025-09-04'), status: 'unconfirmed' as const };
    const summary = describeEachStrike([...rows, claim], settings.regions, es);
    expect(summary).toContain('Se informó de sobrevivientes tras 1 episodio de ataque: el 3 de septiembre de 2025 (1).');
    expect(summary).toContain('Un supuesto ataque no está confirmado y no se cuenta (4 de septiembre de 2025).');
    expect(summary).toMatch(/^Hubo 2 episodios de ataque en el Caribe \(2 personas muertas\) y 0 en el Pacífico oriental \(0 personas muertas\)\./);
    const twice = describeEachStrike([...rows, claim, { ...claim, id: '2b', date: parseDay('2025-09-05') }], settings.regions, es);
    expect(twice).toContain('Dos supuestos ataques no están confirmados y no se cuentan (4 de septiembre de 2025, 5 de septiembre de 2025).');
    expect(unconfirmedLeftOut([...rows, claim], es)).toBe('se deja fuera el supuesto ataque del 4 de septiembre de 2025, nunca confirmado');
    expect(unconfirmedLeftOut([...rows, claim, { ...claim, id: '2b', date: parseDay('2025-09-05') }], es)).toBe(
      'se dejan fuera los 2 supuestos ataques del 4 de septiembre de 2025 y 5 de septiembre de 2025, nunca confirmados',
    );
  });

  test('the who-reported summary agrees with each of its counts', () => {
    const real = gaps(reports, strikes);
    const summary = describeWhoReported(real, es);
    expect(summary).toMatch(/^De \d+ cifras de muertos publicadas, \d+ son iguales a la suma/);
    expect(summary).toContain('Dos difieren sin explicación: The Independent (AP) dio al menos 46 el 24 de octubre de 2025, cuando se habían anunciado 43');
    expect(summary).toContain('y 1 coincide si se suma un ataque que ya había ocurrido y se anunció después.');
    const one = describeWhoReported(real.filter((g) => g.killed?.verdict !== 'higher' && g.killed?.verdict !== 'lower').concat(real.filter((g) => g.killed?.verdict === 'lower')), es);
    expect(one).toContain('Una difiere sin explicación: BNO News dio 72 el 11 de noviembre de 2025, cuando se habían anunciado 75.');
    expect(one).not.toMatch(/ 1 (difieren|cuentan|son|se escribieron) /);
  });

  test('the map summary agrees with its counts: one strike with coordinates, one with a described position, one claim', () => {
    const reported = strikes.map((s) => (s.id === '3' ? { ...s, position: { precision: 'reported' as const, lat: 16, lon: -71, source: 'Made up' } } : s));
    const summary = describeStrikeMap(reported, settings.regions, es);
    expect(summary).toContain('uno de ellos no confirmado. Uno tiene sus coordenadas tomadas de un reporte (19 de septiembre de 2025). Dos tienen posiciones deducidas');
    const oneDescribed = reported.map((s) => (s.id === '1' ? { ...s, position: { precision: 'region' as const, source: 'Made up' } } : s));
    expect(describeStrikeMap(oneDescribed, settings.regions, es)).toContain('. Uno tiene una posición deducida de la descripción de un reporte, dibujada con un anillo: 27 de octubre de 2025.');
  });
});
