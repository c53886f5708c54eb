import type { RegionArea } from '../schemas/region';
import { type ReportedTotal, reportedTotalId } from '../schemas/reportedTotal';
import { regions, type Strike } from '../schemas/strike';
import type { RowsCheck } from './csvCheck';
import { isoDay } from '../format/dates';
import type { Problem } from './problems';

/** No two rows may share an id, nor describe the same event (same day, region and report). */
export const strikesAcross: RowsCheck<Strike> = (rows, problem) => {
  const seen = new Map<string, (typeof rows)[number]>();
  const problems = [];
  for (const row of rows) {
    const { id, date, region, source } = row.data;
    for (const [key, column, what] of [
      [`id ${id}`, 'id', `id "${id}"`],
      [`event ${isoDay(date)} ${region} ${source.url}`, 'date', `event: the same date, region and source_url`],
    ] as const) {
      const first = seen.get(key);
      if (first) problems.push(problem(row, column, `duplicate ${what} as row ${first.row} (line ${first.line})`));
      else seen.set(key, row);
    }
  }
  return problems;
};

/** No outlet may be listed twice for the same day (nor spelt twice: its id is made from its name, so "CBS-News" is "CBS News"). */
export const reportedTotalsAcross: RowsCheck<ReportedTotal> = (rows, problem) => {
  const seen = new Map<string, (typeof rows)[number]>();
  const problems = [];
  for (const row of rows) {
    const key = reportedTotalId(row.data);
    const first = seen.get(key);
    if (!first) seen.set(key, row);
    else if (first.data.outlet === row.data.outlet) problems.push(problem(row, 'outlet', `duplicate report: ${row.data.outlet} on this day is row ${first.row} (line ${first.line})`));
    else problems.push(problem(row, 'outlet', `duplicate report: "${row.data.outlet}" is "${first.data.outlet}" of row ${first.row} (line ${first.line}) on this day, spelt otherwise: their ids are the same`));
  }
  return problems;
};

/** Each region once, and every region strikes.csv may name. */
export const regionsAcross: RowsCheck<RegionArea> = (rows, problem) => {
  const seen = new Set<string>();
  const problems = rows.flatMap((row) => {
    if (!seen.has(row.data.region)) return (seen.add(row.data.region), []);
    return [problem(row, 'region', `duplicate region: ${row.data.region} has a row already`)];
  });
  const missing = regions.filter((r) => !seen.has(r));
  const last = rows.at(-1);
  if (missing.length && last) problems.push(problem(last, 'region', `expected a row for each region strikes.csv may name; missing: ${missing.join(', ')}`));
  return problems;
};

/**
 * Each row's id, as its collection names it (made from `column`), given once and not empty: a second row
 * with the same id would replace the first in the build without a word.
 */
export function idsAcross<T>(idOf: (row: T) => string, column: string, what: string): RowsCheck<T> {
  return (rows, problem) => {
    const seen = new Map<string, (typeof rows)[number]>();
    return rows.flatMap((row): Problem[] => {
      const id = idOf(row.data);
      if (!id) return [problem(row, column, `expected some letters or digits: a ${what}'s id is made of them`)];
      const first = seen.get(id);
      if (!first) return (seen.set(id, row), []);
      return [problem(row, column, `duplicate ${what}: the same id ("${id}") as row ${first.row} (line ${first.line})`)];
    });
  };
}
