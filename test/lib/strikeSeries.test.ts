import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { checkCsv } from '../../src/lib/csvCheck';
import { reportedTotalsAcross, strikesAcross } from '../../src/lib/strikeChecks';
import { byRegion, cumulative, gaps, totalsAsOf, unconfirmed } from '../../src/lib/strikeSeries';
import { reportedTotalRowSchema } from '../../src/schemas/reportedTotal';
import { strikeRowSchema } from '../../src/schemas/strike';

const load = async () => {
  const strikes = checkCsv('strikes.csv', await readFile('content/data/strikes.csv', 'utf8'), strikeRowSchema, strikesAcross);
  const reports = checkCsv('reported-totals.csv', await readFile('content/data/reported-totals.csv', 'utf8'), reportedTotalRowSchema, reportedTotalsAcross);
  expect(strikes.problems).toEqual([]);
  expect(reports.problems).toEqual([]);
  return { rows: strikes.rows.map((r) => r.data), reports: reports.rows.map((r) => r.data) };
};
const { rows, reports } = await load();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('totalsAsOf(rows, day)', () => {
  test('through 2025-11-15: 21 strikes, 22 vessels, 82 killed, 3 survivors (one presumed dead)', () => {
    const { totals } = totalsAsOf(rows, day('2025-11-15'));
    expect(totals).toMatchObject({ strikes: 21, vessels: 22, killed: 82, survivors: 3, presumedDead: 1 });
    expect(totals.killed + totals.presumedDead).toBe(83);
  });

  test('leaves the unconfirmed 4 October claim out of the sums and lists it apart', () => {
    const before = totalsAsOf(rows, day('2025-10-03')).totals;
    const after = totalsAsOf(rows, day('2025-10-04'));
    expect(after.totals).toEqual(before);
    expect(after.unconfirmed.map((s) => s.id)).toEqual(['4a']);
    expect(unconfirmed(rows)).toHaveLength(1);
  });

  test('counts an unconfirmed row if it is marked cited (the exclusion is by status)', () => {
    const claimed = rows.map((r) => (r.id === '4a' ? { ...r, status: 'cited' as const, strikes: 1, vessels: 1, killed: 5 } : r));
    expect(totalsAsOf(claimed, day('2025-11-15')).totals.killed).toBe(87);
  });

  test('by announcement, counts only the strikes made public by that day', () => {
    // The 10 November strike was announced on 14 November.
    expect(totalsAsOf(rows, day('2025-11-11'), 'announced').totals).toMatchObject({ strikes: 19, killed: 75 });
    expect(totalsAsOf(rows, day('2025-11-11'), 'date').totals).toMatchObject({ strikes: 20, killed: 79 });
  });
});

describe('cumulative(rows)', () => {
  test('steps up at each confirmed event, in date order', () => {
    const series = cumulative(rows);
    expect(series.map((p) => p.date.toISOString().slice(0, 10))).toEqual([...series.map((p) => p.date.toISOString().slice(0, 10))].sort());
    expect(series[0]).toMatchObject({ strikes: 1, killed: 11 });
    expect(series.find((p) => p.event.id === '18')).toMatchObject({ strikes: 21, vessels: 22, killed: 82, survivors: 3 });
    expect(series.some((p) => p.event.status === 'unconfirmed')).toBe(false);
  });
});

describe('byRegion(rows)', () => {
  test('splits the confirmed totals between the Caribbean and the eastern Pacific', () => {
    const regions = byRegion(rows.filter((r) => r.date <= day('2025-11-15')));
    expect(regions.Caribbean.vessels + regions['Eastern Pacific'].vessels).toBe(22);
    // BNO on 16 November: 22 vessels, 11 in each region.
    expect(regions.Caribbean.vessels).toBe(11);
    expect(regions['Eastern Pacific'].vessels).toBe(11);
  });
});

describe('gaps(reports, rows)', () => {
  const gapOf = (iso: string, outlet: string) => gaps(reports, rows).find((g) => g.report.outlet.startsWith(outlet) && g.report.asOf.getTime() === day(iso).getTime())!;

  test("AP's 'at least 46' on 24 October is 3 above the 43 announced", () => {
    expect(gapOf('2025-10-24', 'The Independent').killed).toEqual({ reported: 46, sum: 43, difference: 3, verdict: 'higher' });
  });

  test("BNO's 72 on 11 November is 3 below the 75 announced", () => {
    expect(gapOf('2025-11-11', 'BNO').killed).toMatchObject({ reported: 72, sum: 75, difference: -3, verdict: 'lower' });
  });

  test('83 on 16 November matches once the 27 October survivor presumed dead is counted', () => {
    expect(gapOf('2025-11-16', 'BNO').killed).toMatchObject({ reported: 83, sum: 82, verdict: 'matches counting presumed dead' });
    expect(gapOf('2025-11-17', 'Anadolu').killed).toMatchObject({ reported: 82, sum: 82, verdict: 'matches' });
  });
});

describe('gaps(reports, rows): explanations', () => {
  const verdicts = gaps(reports, rows).map((g) => `${g.report.asOf.toISOString().slice(0, 10)} ${g.report.outlet}: ${g.killed?.verdict}`);

  test('a report written between two announcements of the same day is explained', () => {
    // TRT World reported 34 on 22 October, after the first of that day's two announcements (2 killed) and before the second (3 killed).
    expect(verdicts).toContain('2025-10-22 TRT World: written before an announcement that day');
  });

  test("'more than 80' is consistent with 82", () => {
    expect(verdicts).toContain('2025-12-03 UPI (via origonews.com): consistent with its qualifier');
  });

  test("'at least 46' is not consistent with 43", () => {
    expect(verdicts).toContain('2025-10-24 The Independent (AP): higher');
  });
});
