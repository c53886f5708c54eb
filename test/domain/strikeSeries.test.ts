import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { checkCsv } from '../../src/checks/csvCheck';
import { reportedTotalsAcross, strikesAcross } from '../../src/checks/rowChecks';
import { formatDate } from '../../src/format/dates';
import { byRegion, confirmed, cumulative, gaps, isUnexplained, totalsAsOf, unconfirmed } from '../../src/domain/strikeSeries';
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
    expect(gapOf('2025-11-17', 'A News').killed).toMatchObject({ reported: 82, sum: 82, verdict: 'matches' });
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

describe('gaps(reports, rows): the day a total was reported, and the presumed dead it counts', () => {
  const gapOf = (iso: string, outlet: string) => gaps(reports, rows).find((g) => g.report.outlet.startsWith(outlet) && g.report.asOf.getTime() === day(iso).getTime())!;
  /** A made-up total of `killed` deaths, reported on `iso`. */
  const report = (iso: string, killed: number, qualifier: 'exact' | 'at least' = 'exact') => ({ ...reports[0], asOf: day(iso), strikes: undefined, vessels: undefined, survivors: undefined, killed: { value: killed, qualifier } });

  test("Metro Radio HK's 'at least 115' of 1 January 2026: the 31 December strikes announced that day, plus the survivor of 27 October", () => {
    expect(gapOf('2026-01-01', 'Metro Radio HK').killed).toEqual({
      reported: 115,
      sum: 114,
      difference: 1,
      verdict: 'matches counting presumed dead',
      lostAtSea: [day('2025-10-27')],
    });
  });

  test('a day’s sum includes the strikes announced that day, and none announced after it', () => {
    // The two strikes of 31 December (5 killed) were announced on 1 January.
    // By 31 December, 109 deaths had been announced; "at least 115" fits only with the strikes of that day,
    // announced the next, and the survivor of 27 October presumed dead.
    expect(gaps([report('2025-12-31', 115, 'at least')], rows)[0].killed).toMatchObject({ sum: 109, verdict: 'counts a strike announced later', announcedLater: [day('2025-12-31')] });
    expect(gaps([report('2026-01-01', 115, 'at least')], rows)[0].killed).toMatchObject({ sum: 114, verdict: 'matches counting presumed dead' });
  });

  test("Task & Purpose's 6 strikes, 'at least 28' killed and 2 survivors of 17 October count the strike of 16 October, announced on 18 October", () => {
    const { strikes, killed, survivors } = gapOf('2025-10-17', 'Task & Purpose');
    expect(strikes).toMatchObject({ reported: 6, sum: 5, verdict: 'counts a strike announced later' });
    expect(killed).toMatchObject({ reported: 28, sum: 27, verdict: 'counts a strike announced later' });
    expect(survivors).toMatchObject({ reported: 2, sum: 0, verdict: 'counts a strike announced later', announcedLater: [day('2025-10-16')] });
  });

  test('a strike announced later brings its people lost at sea: a total of 27 October counting that day’s strikes and their survivor presumed dead', () => {
    // The three strikes of 27 October (14 killed, 1 survivor never found) were announced on 28 October.
    const k = gaps([report('2025-10-27', 0)], rows)[0].known.killed;
    expect(gaps([report('2025-10-27', k + 14 + 1)], rows)[0].killed).toMatchObject({ sum: k, verdict: 'counts a strike announced later', announcedLater: [day('2025-10-27')] });
  });

  test("Just Security's 67 of 6 November: the count before that day's last announcement, with the survivor of 27 October presumed dead", () => {
    expect(gapOf('2025-11-06', 'Just Security').killed).toMatchObject({ reported: 67, verdict: 'written before an announcement that day', lostAtSea: [day('2025-10-27')] });
  });

  test('a strike announced later explains only what the strikes that had happened by then add up to', () => {
    // By 31 December 114 killed had happened, 109 announced: 112 is neither, and nothing happened after to count.
    expect(gaps([report('2025-12-31', 112)], rows)[0].killed).toMatchObject({ sum: 109, verdict: 'higher' });
    expect(gaps([report('2025-12-31', 114)], rows)[0].killed).toMatchObject({ sum: 109, verdict: 'counts a strike announced later' });
    // With no strike yet to be announced, a figure above the sum stays unexplained.
    expect(gaps([report('2025-10-14', 28)], rows)[0].killed).toMatchObject({ sum: 27, verdict: 'higher' });
  });

  test('counts the presumed dead strike by strike, earliest first', () => {
    // 114 announced; 1 lost at sea on 27 October, 8 on 30 December.
    expect(gaps([report('2026-01-01', 115)], rows)[0].killed?.lostAtSea).toEqual([day('2025-10-27')]);
    expect(gaps([report('2026-01-01', 123)], rows)[0].killed).toMatchObject({ verdict: 'matches counting presumed dead', lostAtSea: [day('2025-10-27'), day('2025-12-30')] });
    // The crews of 30 December alone, without the survivor of 27 October, is no count an outlet keeps.
    expect(gaps([report('2026-01-01', 122)], rows)[0].killed?.verdict).toBe('higher');
  });

  test('every death toll published after 16 November is explained, most by the survivor of 27 October', () => {
    const after = gaps(reports, rows).filter((g) => g.killed && g.report.asOf > day('2025-11-16'));
    expect(after.filter((g) => isUnexplained(g.killed!.verdict))).toEqual([]);
    const presumed = after.filter((g) => g.killed!.verdict === 'matches counting presumed dead');
    expect(presumed.length).toBeGreaterThanOrEqual(5);
    for (const g of presumed) expect(g.killed).toMatchObject({ difference: 1, lostAtSea: [day('2025-10-27')] });
  });

  test("'2 rescued' on 4 December: the 3 survivors less the one of 27 October, never found", () => {
    const { survivors } = gapOf('2025-12-04', 'MercoPress');
    expect(gapOf('2025-12-04', 'MercoPress').report.survivors).toEqual({ value: 2, qualifier: 'exact', counts: 'rescued' });
    expect(survivors).toEqual({ reported: 2, sum: 3, difference: -1, verdict: 'matches leaving out survivors lost at sea', lostAtSea: [day('2025-10-27')] });
  });

  test('a strike count that is the vessel count (or the reverse) is explained as such, after any qualifier', () => {
    // CNN on 3 December: "at least 22" strikes, when 21 strikes had hit 22 vessels.
    expect(gapOf('2025-12-03', 'CNN').strikes).toMatchObject({ reported: 22, sum: 21, verdict: 'counts vessels as strikes, or strikes as vessels' });
    // Metro Radio HK: "35 vessels sunk", when 35 strikes had hit 36.
    expect(gapOf('2026-01-01', 'Metro Radio HK').vessels).toMatchObject({ reported: 35, sum: 36, verdict: 'counts vessels as strikes, or strikes as vessels' });
    // "nearly 20" strikes is true as worded of 19, though 20 vessels had been hit.
    expect(gapOf('2025-11-10', 'Washington Examiner').strikes?.verdict).toBe('consistent with its qualifier');
  });

  test('a figure that is the count as it stood before the day’s last announcement is explained as such, before its qualifier', () => {
    // Military Times's list of 6 November, updated before that day's strike: "at least 66" killed, the 66
    // announced before it; "at least" is true of the 69 by the day's end too, but says less.
    expect(gapOf('2025-11-06', 'Military Times').killed).toMatchObject({ reported: 66, sum: 69, verdict: 'written before an announcement that day' });
    // The same figure on a day with no earlier count to match is true as worded.
    const military = gapOf('2025-11-06', 'Military Times').report;
    expect(gaps([{ ...military, asOf: day('2025-11-07') }], rows)[0]!.killed?.verdict).toBe('consistent with its qualifier');
    // "More than 66" rules out the 66 it would match: true as worded of the 69.
    expect(gaps([{ ...military, killed: { value: 66, qualifier: 'more than' } }], rows)[0]!.killed?.verdict).toBe('consistent with its qualifier');
  });
});

describe('strikes and vessels', () => {
  test('differ on the days content/data/README.md names, and on no other', async () => {
    const days = confirmed(rows).filter((s) => s.strikes !== s.vessels).map((s) => formatDate(s.date).replace(/ \d{4}$/, ''));
    expect(days).toEqual(['27 October']);
    expect(await readFile('content/data/README.md', 'utf8')).toContain(`\`strikes\` and \`vessels\` differ on ${days.join(' and ')} `);
  });
});
