import type { z } from 'astro/zod';
import { csvParse } from 'd3-dsv';
import { slug } from '../format/slug';
import { chartSettingsSchema } from '../schemas/chartSettings';
import { keyEventId, keyEventRowSchema } from '../schemas/keyEvent';
import { reportedTotalId, reportedTotalRowSchema } from '../schemas/reportedTotal';
import { type Outlet, outletRowSchema } from '../schemas/outlet';
import { type Place, placeRowSchema } from '../schemas/place';
import { regionRowSchema } from '../schemas/region';
import { strikeRowSchema } from '../schemas/strike';
import { around, LAND_AROUND } from '../domain/geography';
import { naturalEarth } from '../domain/naturalEarth';
import { allChecks, type CheckedRow, checkCsv, type RowsCheck } from './csvCheck';
import { readYaml } from './frontmatter';
import { frontmatterProblems } from './frontmatterCheck';
import type { Problem } from './problems';
import { idsAcross, regionsAcross, reportedTotalsAcross, strikesAcross } from './rowChecks';
import { positionsAcross } from './strikePositions';

/** A CSV file in content/data/: where it is, how each row is checked and named, and what is checked across rows. */
export interface CsvFile<S extends z.ZodType, N extends z.ZodType = z.ZodType> {
  /** The file, from the project root. */
  file: string;
  schema: S;
  /** A row's id in its collection; unique. */
  idOf: (row: z.output<S>) => string;
  across?: RowsCheck<z.output<S>>;
  /** Whether each entry keeps where its row is (`at`), for a check at render time that needs other collections. */
  located?: boolean;
  /** Another file whose rows a check across this one's needs; it is read first, and its own problems are its own. */
  needs?: { csv: CsvFile<N>; across: (rows: z.output<N>[]) => RowsCheck<z.output<S>> };
}

const csvFile = <S extends z.ZodType, N extends z.ZodType = z.ZodType>(file: CsvFile<S, N>) => file;

const placeId = (row: Place) => slug(row.name);
const outletId = (row: Outlet) => row.site;

const regions = csvFile({ file: 'content/data/regions.csv', schema: regionRowSchema, idOf: (row) => row.region, across: regionsAcross });

/** The data files, each named once for the build's loaders (src/content.config.ts) and for `npm run check`. */
export const CSV_FILES = {
  strikes: csvFile({
    file: 'content/data/strikes.csv',
    schema: strikeRowSchema,
    idOf: (row) => row.id,
    across: strikesAcross,
    // Each position at sea by the coastlines the map draws, and near its region's edges.
    needs: { csv: regions, across: (areas) => positionsAcross(areas, naturalEarth(around(areas.map((a) => a.bounds), LAND_AROUND))) },
  }),
  regions,
  places: csvFile({ file: 'content/data/places.csv', schema: placeRowSchema, idOf: placeId, across: idsAcross(placeId, 'name', 'place') }),
  reportedTotals: csvFile({ file: 'content/data/reported-totals.csv', schema: reportedTotalRowSchema, idOf: reportedTotalId, across: reportedTotalsAcross }),
  // Where each row is, for the check of its citation against the sources (src/checks/keyEventCites.ts).
  keyEvents: csvFile({ file: 'content/data/events.csv', schema: keyEventRowSchema, idOf: keyEventId, across: idsAcross(keyEventId, 'label', 'event on this day'), located: true }),
  outlets: csvFile({ file: 'content/data/outlets.csv', schema: outletRowSchema, idOf: outletId, across: idsAcross(outletId, 'site', 'site') }),
};

/**
 * Every row of a CSV file and every problem in it; `needed` is the text of the file it `needs`, whose rows
 * its checks across rows read (a problem in that file is reported where that file is read).
 */
export function readCsv<S extends z.ZodType, N extends z.ZodType>(csv: CsvFile<S, N>, text: string, needed?: string): { rows: CheckedRow<z.output<S>>[]; problems: Problem[] } {
  const others = csv.needs && needed !== undefined ? readCsv(csv.needs.csv, needed) : undefined;
  const checks = [csv.across, others && !others.problems.length ? csv.needs!.across(others.rows.map((r) => r.data)) : undefined];
  const across = checks.filter((c) => c !== undefined);
  return checkCsv(csv.file, text, csv.schema, across.length ? allChecks(...across) : undefined);
}

/** content/data/charts.yml: the charts' editorial settings. */
export const CHART_SETTINGS_FILE = 'content/data/charts.yml';

/** The chart settings in a YAML file, and every problem in them at its line. */
export function readChartSettings(file: string, text: string) {
  return frontmatterProblems(file, readYaml(text), chartSettingsSchema, 'yaml');
}

/**
 * The id of each row of a CSV file's text (its `id` cell, or what `idOf` makes of its cells), however the
 * rest of its row reads: a row with a problem is named at its own line, and what cites it is not named
 * again. None where the file has no such column, or where a cell runs over a line break (a quote never
 * closed reads the rows after it into one cell, so their ids are not there to read).
 */
export function idsOf(text: string | undefined, idOf = (row: Record<string, string | undefined>) => row.id?.trim()): ReadonlySet<string> | undefined {
  if (text === undefined) return undefined;
  const rows = csvParse(text);
  if (rows.some((row) => Object.values(row).some((cell) => /[\n\r]/.test(cell ?? '')))) return undefined;
  const ids = rows.map(idOf);
  return ids.every((id) => id) ? new Set(ids as string[]) : undefined;
}
