import { utcMonday, utcMonth } from 'd3';
import { describe, expect, test } from 'vitest';
import { ALL_ROWS_PAGE, allRowsHref, allRowsPage, allRowsPages, hereFigures, whoReportedFigure } from '../../src/charts/figures';
import { GROUP_ABOVE, kindOf, reportGroups, span } from '../../src/charts/reportGroups';
import { killedVerdict, whoReported } from '../../src/charts/whoReported';
import { announcedSeries, gaps } from '../../src/domain/strikeSeries';
import { loadData, spanishEdition } from './data';
import { manyReports } from './manyReports';

const { strikes, reports, settings, geography, regions, places } = await loadData();
const real = gaps(reports, strikes).filter((g) => g.killed);
/** The real tolls and n made-up ones. */
const archive = (n: number) => gaps([...reports, ...manyReports(reports, n)], strikes).filter((g) => g.killed);
const known = announcedSeries(strikes);
const draw = (tolls: typeof real, width = 720) => whoReported(known, tolls, { id: 'who', title: 'Title', width });
/** The rows a drawing's marks point to, in row order (the marks are drawn largest first). */
const marks = (svg: string) => [...svg.matchAll(/class="mark report[^"]*" data-row="(\d+)"/g)].map((m) => Number(m[1])).sort((a, b) => a - b);

describe('the who-reported-what chart at any size of archive', () => {
  test(`up to ${GROUP_ABOVE} tolls, one mark and one row per toll, in order, as before`, () => {
    expect(real.length).toBeLessThanOrEqual(GROUP_ABOVE);
    const { groups, band } = reportGroups(real);
    expect(band).toBeUndefined();
    expect(groups.map((g) => g.reports)).toEqual(real.map((g) => [g]));
    const upTo = archive(GROUP_ABOVE - real.length);
    expect(reportGroups(upTo).groups).toHaveLength(GROUP_ABOVE);
    expect(marks(draw(upTo))).toEqual(upTo.map((_, i) => i));
    const figure = whoReportedFigure(strikes, real);
    expect(figure.table.rows).toHaveLength(real.length);
    expect(figure.table.all).toBeUndefined();
    expect(figure.summary).not.toContain('group');
  });

  test.each([GROUP_ABOVE + 1, 1_000, 10_000])('with %i tolls more, every toll is in exactly one group, and there are at most GROUP_ABOVE groups', (n) => {
    const tolls = archive(n);
    const { groups, band, period } = reportGroups(tolls);
    expect(band).toBeGreaterThan(0);
    const floor = period === 'week' ? utcMonday.floor : utcMonth.floor;
    // Each toll once: the groups' counts add up to the tolls, and no toll is left out or counted twice.
    expect(groups.reduce((sum, g) => sum + g.reports.length, 0)).toBe(tolls.length);
    expect(new Set(groups.flatMap((g) => g.reports))).toEqual(new Set(tolls));
    // A group's tolls coincide: one week or month, one kind of verdict, one kind of report, one band.
    for (const g of groups) {
      expect(new Set(g.reports.map((r) => floor(r.report.asOf).getTime())).size).toBe(1);
      expect(new Set(g.reports.map((r) => kindOf(r.killed!.verdict)))).toEqual(new Set([g.kind]));
      expect(new Set(g.reports.map((r) => r.report.source.sourceId !== undefined))).toEqual(new Set([g.fromSource]));
      expect(new Set(g.reports.map((r) => Math.floor(r.killed!.reported / band!))).size).toBe(1);
    }
    expect(groups.length).toBeLessThanOrEqual(GROUP_ABOVE);
  });

  test('groups a list once however often it is asked (every strike page asks, in each edition), and another list afresh', () => {
    const tolls = archive(1_000);
    const grouping = reportGroups(tolls);
    expect(reportGroups(tolls)).toBe(grouping);
    // A copy with one toll more is another list: its own groups, which count that toll.
    const more = [...tolls, tolls[0]!];
    expect(reportGroups(more)).not.toBe(grouping);
    expect(reportGroups(more).groups.reduce((sum, g) => sum + g.reports.length, 0)).toBe(tolls.length + 1);
  });

  test('a larger archive adds no marks or rows past those of its weeks and bands: 10,000 more tolls draw as much as 1,000', () => {
    const [thousand, tenThousand] = [archive(1_000), archive(10_000)];
    const [small, large] = [reportGroups(thousand).groups.length, reportGroups(tenThousand).groups.length];
    expect(large).toBeLessThanOrEqual(small * 1.1);
    for (const width of [380, 720]) {
      const [a, b] = [draw(thousand, width), draw(tenThousand, width)];
      expect(marks(b)).toEqual(reportGroups(tenThousand).groups.map((_, i) => i));
      expect(b.length).toBeLessThan(a.length * 1.15);
      expect(b.length).toBeLessThan(60_000);
    }
  });

  test('a group is one mark, its area by how many tolls it holds, its count written where it fits; the legend says so', () => {
    const tolls = archive(1_000);
    const { groups } = reportGroups(tolls);
    const svg = draw(tolls);
    expect(svg).toContain('several (area: how many)');
    expect(draw(real)).not.toContain('several (area');
    // No toll's label, which would read as its group's: the summary names them.
    expect(svg).not.toContain('point-label');
    expect(draw(real)).toContain('point-label');
    const biggest = groups.reduce((a, g, i) => (g.reports.length > groups[a]!.reports.length ? i : a), 0);
    const mark = new RegExp(`data-row="${biggest}">(?:<circle[^>]* r="([\\d.]+)"/>|<rect[^>]* width="([\\d.]+)"[^>]*/>)<text[^>]*class="mark-count">(\\d+)</text>`).exec(svg);
    expect(mark, 'the largest group’s mark').not.toBeNull();
    // The largest mark is drawn first, under the others.
    expect(/class="mark [^"]*" data-row="(\d+)"/.exec(svg)![1]).toBe(String(biggest));
    expect(Number(mark![3])).toBe(groups[biggest]!.reports.length);
    expect(Number(mark![1] ?? Number(mark![2]) / 2)).toBeGreaterThan(10);
  });

  test('the table groups its rows the same way, each naming a few outlets and how many others, and adds up to every toll; every toll is a row of the chart page’s table', () => {
    const tolls = archive(1_000);
    const figure = whoReportedFigure(strikes, tolls);
    const { groups } = reportGroups(tolls);
    expect(figure.table.columns).toEqual(['Reported between', 'Tolls', 'Outlets', 'Killed, as reported', 'Announced by then', 'Explanation']);
    expect(figure.table.rows).toHaveLength(groups.length);
    expect(figure.table.rows.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(tolls.length);
    const row = figure.table.rows.find((r) => Number(r[1]) > 5)!;
    expect(row[2]).toMatch(/^[^,]+, [^,]+, [^,]+,? and [\d,]+ others$/);
    expect(Number(/and ([\d,]+) others/.exec(String(row[2]))![1]!.replace(/,/g, ''))).toBe(Number(row[1]) - 3);
    // The explanation: each toll's verdict as its own row words it, or where a group's tolls differ in it, how many have each.
    for (const [i, g] of groups.entries()) {
      const verdicts = g.reports.map((r) => killedVerdict(r));
      const cell = String(figure.table.rows[i]![5]);
      if (new Set(verdicts).size === 1) expect(cell).toBe(verdicts[0]);
      else
        for (const part of cell.split('; ')) {
          const [, verdict, n] = /^(.*) \((\d+)\)$/.exec(part)!;
          expect(verdicts.filter((v) => v === verdict)).toHaveLength(Number(n));
        }
    }
    // A count written before the day's last announcement says so with the presumed dead, grouped as in its own row.
    expect(figure.table.rows.some((r) => String(r[5]).includes('written before an announcement that day, with the presumed dead'))).toBe(true);
    expect(figure.table.all!.rows).toHaveLength(tolls.length);
    expect(figure.table.all!.columns).toEqual(whoReportedFigure(strikes, real).table.columns);
    expect(figure.table.all!.link).toBe(`Every toll, one per row (${tolls.length.toLocaleString('en')}), on the chart’s page`);
    // Every mark of the drawing is a row of the grouped table, the tooltip's words.
    const drawn = marks(figure.draw({ id: 'x', width: 720 }));
    expect(drawn).toEqual(figure.table.rows.map((_, i) => i));
    expect(figure.summary).toContain(`With ${tolls.length.toLocaleString('en')} tolls, the drawing and the table group those of one ${reportGroups(tolls).period},`);
    expect(figure.summary).toContain(`${groups.length} marks and rows`);
    // The tolls it does not name are each on the chart's page, not in the grouped table.
    expect(figure.summary).toMatch(/furthest from the sum: .*; and [\d,]+ more, each on the chart’s page\./);
    expect(figure.summary).not.toContain('in the table');
  });

  test(`every toll’s row is on a page of at most ${ALL_ROWS_PAGE}: the first on the chart’s page, each other at an address of its own`, () => {
    const all = whoReportedFigure(strikes, archive(1_000)).table.all!;
    const pages = allRowsPages(all);
    expect(pages).toBe(Math.ceil(all.rows.length / ALL_ROWS_PAGE));
    expect(pages).toBeGreaterThan(1);
    const shown = Array.from({ length: pages }, (_, i) => allRowsPage(all, i + 1));
    expect(shown.flatMap((p) => p.items)).toEqual(all.rows);
    expect(shown.map((p) => [p.page, p.pages, p.start, p.total])).toEqual(shown.map((_, i) => [i + 1, pages, i * ALL_ROWS_PAGE, all.rows.length]));
    expect(shown.every((p) => p.items.length <= ALL_ROWS_PAGE)).toBe(true);
    expect(() => allRowsPage(all, pages + 1)).toThrow(`pages 1 to ${pages}`);
    expect(allRowsHref('en', 'who-reported', 1)).toBe('/charts/who-reported/#who-reported-all');
    expect(allRowsHref('en', 'who-reported', 2)).toBe('/charts/who-reported/all/2/');
    expect(allRowsHref('es', 'who-reported', 3)).toBe('/es/charts/who-reported/all/3/');
  });

  test('in Spanish too', async () => {
    const tolls = archive(1_000);
    const figure = whoReportedFigure(strikes, tolls, await spanishEdition());
    expect(figure.table.columns[0]).toBe('Publicadas entre');
    expect(figure.table.rows.find((r) => Number(r[1]) > 5)![2]).toMatch(/^[^,]+, [^,]+, [^,]+ y [\d.]+ más$/);
    expect(figure.summary).toContain('el gráfico y la tabla agrupan');
    expect(figure.summary).toContain('más, cada una en la página del gráfico');
    expect(figure.summary).not.toContain('en la tabla');
  });

  test('a strike page’s drawing groups them too, and its description says how', () => {
    const tolls = archive(1_000);
    const strike = strikes.find((s) => s.id === '1')!;
    const here = (all: typeof real) => hereFigures(strike, { strikes, reports: all, layers: { geography, regions, places }, settings }).charts.find((c) => c.id === 'here-who')!.svg;
    const svg = here(tolls);
    const { groups, band, period } = reportGroups(tolls);
    expect(marks(svg)).toHaveLength(groups.length);
    expect(svg).toContain(`Its ${tolls.length.toLocaleString('en')} tolls are drawn as ${groups.length} marks: those of one ${period}, of one kind of verdict and in one band of ${band} deaths are one mark`);
    expect(here(real)).not.toContain('are drawn as');
    expect(here(archive(10_000)).length).toBeLessThan(svg.length * 1.15);
  });

  test('a span of values or days is one cell', () => {
    expect(span([24])).toBe('24');
    expect(span([30, 24, 27])).toBe('24–30');
    expect(span([Date.UTC(2025, 9, 19), Date.UTC(2025, 9, 13)], (t) => new Date(t).toISOString().slice(0, 10))).toBe('2025-10-13 – 2025-10-19');
  });
});
