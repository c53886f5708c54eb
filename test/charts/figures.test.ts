import { describe, expect, test } from 'vitest';
import { unconfirmedLeftOut } from '../../src/charts/describe';
import { eachStrikeFigure, strikesOverTimeFigure, whoReportedFigure } from '../../src/charts/figures';
import { gaps } from '../../src/domain/strikeSeries';
import { parseDay } from '../../src/format/dates';
import { loadData } from './data';

const { strikes, reports, events, settings } = await loadData();
const figures = {
  strikesOverTime: strikesOverTimeFigure(strikes, events, settings),
  eachStrike: eachStrikeFigure(strikes, settings),
  whoReported: whoReportedFigure(strikes, gaps(reports, strikes)),
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

describe('what the charts say that their data cannot: content/data/charts.yml', () => {
  test('the strikes-over-time summary counts to its checkpoint', () => {
    expect(figures.strikesOverTime.summary).toContain('By 15 November 2025 the count stood at 21 strikes, 22 vessels and 82 killed (83 with the presumed dead).');
    const later = strikesOverTimeFigure(strikes, events, { ...settings, checkpoint: parseDay('2025-12-04') });
    expect(later.summary).toContain('By 4 December 2025 the count stood at 22 strikes');
  });

  test('the each-strike summary names each region as charts.yml does', () => {
    expect(figures.eachStrike.summary).toMatch(/^\d+ strike events were in the Caribbean \(\d+ killed\) and \d+ in the eastern Pacific \(\d+ killed\)\. The deadliest was on .* in the (Caribbean|eastern Pacific):/);
    const renamed = eachStrikeFigure(strikes, { ...settings, regions: { Caribbean: 'the Caribbean Sea', 'Eastern Pacific': 'the Pacific off South America' } });
    expect(renamed.summary).toMatch(/in the Caribbean Sea \(\d+ killed\) and \d+ in the Pacific off South America/);
  });
});

describe('unconfirmedLeftOut(rows)', () => {
  const claim = strikes.find((s) => s.status === 'unconfirmed')!;
  test('names the claims no report confirms, from the data', () => {
    expect(unconfirmedLeftOut(strikes)).toBe('the unconfirmed claim of 4 October 2025 is left out');
    expect(unconfirmedLeftOut([...strikes, { ...claim, id: '4b', date: parseDay('2025-10-09') }])).toBe(
      'the 2 unconfirmed claims of 4 October 2025 and 9 October 2025 are left out',
    );
    expect(unconfirmedLeftOut(strikes.filter((s) => s.status === 'cited'))).toBe('');
  });
});
