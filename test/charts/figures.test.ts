import { describe, expect, test } from 'vitest';
import { unconfirmedLeftOut } from '../../src/charts/describe';
import { eachStrikeFigure, hereFigures, strikeMapFigure, strikesOverTimeFigure, whoReportedFigure } from '../../src/charts/figures';
import { gaps } from '../../src/domain/strikeSeries';
import { formatDate, isoDay, parseDay } from '../../src/format/dates';
import { loadData, spanishEdition } from './data';

const { strikes, reports, events, settings, geography, regions, places } = await loadData();
const layers = { geography, regions, places };
const figures = {
  strikesOverTime: strikesOverTimeFigure(strikes, events, settings),
  eachStrike: eachStrikeFigure(strikes, settings),
  whoReported: whoReportedFigure(strikes, gaps(reports, strikes)),
  strikeMap: strikeMapFigure(strikes, layers, settings),
};

describe.each(Object.entries(figures))('the %s figure', (_, figure) => {
  test('draws with the ids it is given; each mark of the drawing, where it has marks, is a row of its table', () => {
    const svg = figure.draw({ id: 'x-wide', desc: { id: 'x-summary' }, width: 720 });
    expect(svg).toContain('id="x-wide"');
    expect(svg).toContain('aria-describedby="x-summary"');
    const rows = [...svg.matchAll(/data-row="(\d+)"/g)].map((m) => Number(m[1]));
    if (rows.length) expect(Math.max(...rows)).toBe(figure.table.rows.length - 1);
    for (const row of figure.table.rows) expect(row).toHaveLength(figure.table.columns.length);
  });
});

describe('the key events: events.csv', () => {
  test('the chart of strikes over time marks those whose `chart` is yes; the timeline alone lists the others', () => {
    const svg = figures.strikesOverTime.draw({ id: 'sot', width: 720 });
    const [marked, left] = [events.filter((e) => e.onChart), events.filter((e) => !e.onChart)];
    expect(marked.map((e) => e.label)).toContain('Call, dated by Indian Witness');
    expect(left.map((e) => e.label)).toEqual(['Trump speaks of action “by land”', 'Post reports “double tap” strike', 'New York Times reports the call', 'Trump confirms the call', 'Maduro confirms the call']);
    for (const e of marked) expect(svg).toContain(`>${e.label}<`);
    for (const e of left) expect(svg).not.toContain(`>${e.label}<`);
  });
});

describe('what the charts say that their data cannot: content/data/charts.yml', () => {
  test('the strikes-over-time summary counts to its checkpoint', () => {
    expect(figures.strikesOverTime.summary).toContain('Up to and including 15 November 2025, there had been 21 strikes on 22 vessels, with 82 killed (83 with the presumed dead).');
    const later = strikesOverTimeFigure(strikes, events, { ...settings, checkpoint: parseDay('2025-12-04') });
    expect(later.summary).toContain('Up to and including 4 December 2025, there had been 22 strikes');
  });

  test('the strikes-over-time summary counts the strikes of its days as announced, not what was announced by its last day', () => {
    // The strike of 31 December was announced on 1 January: "the US announced 35 strikes … to 31 December" was wrong.
    expect(strikes.some((s) => isoDay(s.date) === '2025-12-31' && s.announcedDate && isoDay(s.announcedDate) === '2026-01-01')).toBe(true);
    expect(figures.strikesOverTime.summary).toMatch(/^From the first strike on 2 September to 31 December 2025, according to US announcements, 35 strikes on 36 vessels killed 114 people;/);
  });

  test('the who-reported table says where a count written before the day\'s last announcement also counts the presumed dead', async () => {
    const verdictOf = (figure: typeof figures.whoReported, day: string, printed: string) =>
      figure.table.rows.find((r) => r[0] === day && String(r[2]).includes(printed))!.at(-1);
    // Just Security's 67 (6 November) is the count before that day's last strike, with the survivor lost at sea on 27 October.
    expect(verdictOf(figures.whoReported, '2025-11-06', '67')).toBe('written before an announcement that day, with the presumed dead');
    // TRT World's of 22 October was written before 27 October: no one was yet lost at sea.
    expect(verdictOf(figures.whoReported, '2025-10-22', '')).toBe('written before an announcement that day');
    const es = whoReportedFigure(strikes, gaps(reports, strikes), await spanishEdition());
    expect(verdictOf(es, '2025-11-06', '67')).toBe('escrita antes de un anuncio de ese día, contando a los dados por muertos');
  });

  test('a toll that matches counting the presumed dead names the strikes they were lost after, which may be fewer than the data’s by its day', async () => {
    const verdictOf = (figure: typeof figures.whoReported, day: string, printed: string) =>
      figure.table.rows.find((r) => r[0] === day && String(r[2]).includes(printed))!.at(-1);
    // Metro Radio HK’s “at least 115” (1 January) is the 114 announced and the survivor lost on 27 October,
    // not yet the 8 lost on 30 December: the chart’s “114 + 9” would make it 123.
    expect(verdictOf(figures.whoReported, '2026-01-01', '115')).toBe('matches counting the presumed dead of 27 October 2025');
    const es = whoReportedFigure(strikes, gaps(reports, strikes), await spanishEdition());
    expect(verdictOf(es, '2026-01-01', '115')).toBe('coincide si se cuentan los dados por muertos del 27 de octubre de 2025');
    const both = gaps([{ ...reports.find((r) => isoDay(r.asOf) === '2026-01-01')!, killed: { value: 123, qualifier: 'exact' } }], strikes);
    expect(whoReportedFigure(strikes, both).table.rows[0]!.at(-1)).toBe('matches counting the presumed dead of 27 October 2025 and 30 December 2025');
  });

  test('the who-reported table names every outlet of a report and the site it was read on, as its row does', () => {
    const row = (day: string) => figures.whoReported.table.rows.find((r) => r[0] === day)!;
    expect(row('2025-10-23')[1]).toBe('MercoPress; ABC News (via okbroadcast.com)');
    expect(row('2025-12-04')[1]).toBe('MercoPress; Just the News; particle.news');
    expect(row('2025-10-28')[1]).toBe('Stars and Stripes; CNN via Business Standard');
    for (const r of figures.whoReported.table.rows) expect(reports.some((report) => report.outlet === r[1]), String(r[1])).toBe(true);
  });

  test('the each-strike summary names each region as charts.yml does', () => {
    expect(figures.eachStrike.summary).toMatch(/^\d+ strike events were in the Caribbean \((\d+ strikes, )?\d+ killed\) and \d+ in the eastern Pacific \((\d+ strikes, )?\d+ killed\)\. The deadliest event was on .* in the (Caribbean|eastern Pacific): \d+ strikes?( on \d+ vessels?)?, \d+ killed\./);
    const renamed = eachStrikeFigure(strikes, { ...settings, regions: { Caribbean: 'the Caribbean Sea', 'Eastern Pacific': 'the Pacific off South America' } });
    expect(renamed.summary).toMatch(/in the Caribbean Sea \((\d+ strikes, )?\d+ killed\) and \d+ in the Pacific off South America/);
  });

  test('the each-strike summary counts each region’s strikes where its events hold more than one', () => {
    const pacific = strikes.filter((s) => s.status === 'cited' && s.region === 'Eastern Pacific');
    const events = pacific.length;
    const inAll = pacific.reduce((sum, s) => sum + s.strikes, 0);
    expect(inAll).toBeGreaterThan(events);
    expect(figures.eachStrike.summary).toContain(`and ${events} in the eastern Pacific (${inAll} strikes, `);
    const caribbean = strikes.filter((s) => s.status === 'cited' && s.region === 'Caribbean');
    expect(caribbean.every((s) => s.strikes === 1)).toBe(true);
    expect(figures.eachStrike.summary).toMatch(/^\d+ strike events were in the Caribbean \(\d+ killed\)/);
  });

  test('the each-strike summary calls the deadliest an event, with its strikes and vessels, and names each where two tie', async () => {
    const most = Math.max(...strikes.filter((s) => s.status === 'cited').map((s) => s.killed));
    const [first, deadliest] = [strikes.find((s) => s.id === '1')!, strikes.find((s) => s.status === 'cited' && s.killed === most)!];
    const one = eachStrikeFigure([first, { ...deadliest, strikes: 3, vessels: 4 }], settings).summary;
    expect(one).toContain(`The deadliest event was on ${formatDate(deadliest.date)} in the eastern Pacific: 3 strikes on 4 vessels, ${most} killed.`);
    const tied = eachStrikeFigure([{ ...first, killed: most }, deadliest], settings).summary;
    expect(tied).toContain(`The deadliest events, ${most} killed in each, were on 2 September 2025 in the Caribbean (1 strike) and ${formatDate(deadliest.date)}`);
    const es = eachStrikeFigure([{ ...first, killed: most }, deadliest], settings, await spanishEdition()).summary;
    expect(es).toContain(`Los episodios más letales, con ${most} personas muertas cada uno, fueron el del 2 de septiembre de 2025, en el Caribe (1 ataque) y el del`);
  });
});

describe('unconfirmedLeftOut(rows)', () => {
  const claim = strikes.find((s) => s.status === 'unconfirmed')!;
  test('names the claims no report confirms, from the data', () => {
    expect(unconfirmedLeftOut(strikes)).toBe('the claimed strike of 4 October 2025, never confirmed, is left out');
    expect(unconfirmedLeftOut([...strikes, { ...claim, id: '4b', date: parseDay('2025-10-09') }])).toBe(
      'the 2 claimed strikes of 4 October 2025 and 9 October 2025, never confirmed, are left out',
    );
    expect(unconfirmedLeftOut(strikes.filter((s) => s.status === 'cited'))).toBe('');
  });
});

describe('the strike map figure', () => {
  const figure = figures.strikeMap;

  test('is one map wide and a map per region narrow, each mark a link to its strike’s page', () => {
    const wide = figure.draw({ id: 'm-wide', desc: { id: 'm-summary' }, width: 720 });
    const narrow = figure.draw({ id: 'm-narrow', desc: { id: 'm-summary' }, width: 380 });
    expect(wide.match(/class="panel-title"/g)).toBeNull();
    expect(narrow.match(/class="panel-title"/g)).toHaveLength(2);
    for (const svg of [wide, narrow]) {
      expect(svg).toContain('role="group"');
      expect(svg.match(/<a href="\/strikes\/\w+\/" class="mark /g)).toHaveLength(strikes.length);
    }
  });

  test('its table gives each position and the words it rests on', () => {
    const row = figure.table.rows.find((r) => r[0] === '3')!;
    expect(row.slice(4)).toEqual(['Worked out from a report’s description: 16.25° N, 71.52° W', strikes.find((s) => s.id === '3')!.position.source]);
    expect(figure.table.rows.find((r) => r[0] === '4a')![3]).toBe('unconfirmed');
  });
});

describe('hereFigures(strike, data): one strike picked out, for its page', () => {
  const data = { strikes, reports: gaps(reports, strikes), layers, settings };

  test('a map of its region and three charts, each with an id of its own and the strike picked out', () => {
    const { map, charts } = hereFigures(strikes.find((s) => s.id === '11')!, data);
    const all = [map, ...charts];
    expect(new Set(all.map((f) => f.id)).size).toBe(4);
    for (const f of all) expect(f.svg).toContain(`id="${f.id}"`);
    expect(map.svg).not.toContain('c-caribbean');
    expect(map.svg).toContain('<a href="/strikes/11/" class="mark c-pacific p-described here"');
    expect(charts[0]!.svg).toMatch(/class="mark c-pacific here"/);
    // Event 11 is three strikes on one day: the line is theirs, and says so.
    for (const chart of charts.slice(1)) expect(chart.svg).toContain('>These strikes</text>');
    expect(charts[1]!.svg).toContain('with a line at 27 October 2025, the day of these strikes: 14 killed');
    const single = hereFigures(strikes.find((s) => s.id === '1')!, data).charts;
    for (const chart of single.slice(1)) expect(chart.svg).toContain('>This strike</text>');
  });

  test('describes itself in words a screen reader can use, saying when a claim is not counted', () => {
    const { map, charts } = hereFigures(strikes.find((s) => s.id === '4a')!, data);
    expect(map.svg).toContain('Claimed strike of 4 October 2025, picked out among the strikes in the Caribbean. No place known; shown in the Caribbean.');
    // Said apart from "each sized by its deaths", which is every strike's.
    expect(charts[0]!.svg).toContain('Claimed strike of 4 October 2025, picked out among every strike event, each sized by its deaths. This claim is unconfirmed and not counted.');
    // Its line is at the claim's own day: with no announcement of it, not "the day this strike was announced".
    expect(charts[2]!.svg).toContain('with a line at 4 October 2025, the day of this strike.');
    const announced = strikes.find((s) => s.announcedDate && s.announcedDate.getTime() !== s.date.getTime())!;
    expect(hereFigures(announced, data).charts[2]!.svg).toMatch(/with a line at \d+ \w+ 2025, the day this strike was announced\./);
  });
});

describe('hereFigures(strike, data, edition): in Spanish, for the Spanish page', async () => {
  const es = await spanishEdition();
  const data = { strikes, reports: gaps(reports, strikes), layers, settings };

  test('captions, titles and descriptions in Spanish; links to the Spanish pages and charts', () => {
    const { map, charts } = hereFigures(strikes.find((s) => s.id === '11')!, data, es);
    expect(map.caption).toBe('En el mapa del Pacífico oriental');
    expect(map.href).toBe('/es/strikes/#strike-map');
    expect(map.svg).toContain('<a href="/es/strikes/11/" class="mark c-pacific p-described here"');
    expect(charts.map((c) => [c.caption, c.href])).toEqual([
      ['Entre todos los ataques, por fecha y región', '/es/#each-strike'],
      ['En los totales acumulados', '/es/#strikes-over-time'],
      ['Frente a las cifras de muertos que publicaron los medios', '/es/#who-reported'],
    ]);
    expect(charts[0]!.svg).toContain('Ataques del 27 de octubre de 2025, destacados entre todos los episodios de ataque, cada uno con tamaño proporcional a sus muertes: 14 personas muertas, 1 sobreviviente desaparecido luego en el mar y dado por muerto.');
    for (const chart of charts.slice(1)) expect(chart.svg).toContain('>Estos ataques</text>');
    expect(charts[1]!.svg).toContain('con una línea que marca el 27 de octubre de 2025, el día de estos ataques: 14 personas muertas');
    const single = hereFigures(strikes.find((s) => s.id === '1')!, data, es).charts;
    for (const chart of single.slice(1)) expect(chart.svg).toContain('>Este ataque</text>');
  });

  test('a claim: unconfirmed and not counted, its position in Spanish', () => {
    const { map, charts } = hereFigures(strikes.find((s) => s.id === '4a')!, data, es);
    expect(map.svg).toContain('Supuesto ataque del 4 de octubre de 2025, destacado entre los ataques en el Caribe. Sin lugar conocido; se muestra en el Caribe.');
    expect(charts[1]!.svg).toContain('con una línea que marca el 4 de octubre de 2025, el día de este ataque, no confirmado y no contado.');
    expect(charts[0]!.svg).toContain('cada uno con tamaño proporcional a sus muertes. Este supuesto ataque no está confirmado y no se cuenta.');
  });
});
