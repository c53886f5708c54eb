import type { z } from 'astro/zod';
import { isoDay } from '../format/dates';
import { slug } from '../format/slug';
import { chartSettingsSchema } from '../schemas/chartSettings';
import { keyEventRowSchema } from '../schemas/keyEvent';
import { reportedTotalId, reportedTotalRowSchema } from '../schemas/reportedTotal';
import { strikeRowSchema } from '../schemas/strike';
import { type CheckedRow, checkCsv, type RowsCheck } from './csvCheck';
import { readYaml } from './frontmatter';
import { frontmatterProblems } from './frontmatterCheck';
import type { Problem } from './problems';
import { reportedTotalsAcross, strikesAcross } from './rowChecks';

/** A CSV file in content/data/: where it is, how each row is checked and named, and what is checked across rows. */
export interface CsvFile<S extends z.ZodType> {
  /** The file, from the project root. */
  file: string;
  schema: S;
  /** A row's id in its collection; unique. */
  idOf: (row: z.output<S>) => string;
  across?: RowsCheck<z.output<S>>;
}

const csvFile = <S extends z.ZodType>(file: CsvFile<S>) => file;

/** The data files, each named once for the build's loaders (src/content.config.ts) and for `npm run check`. */
export const CSV_FILES = {
  strikes: csvFile({ file: 'content/data/strikes.csv', schema: strikeRowSchema, idOf: (row) => row.id, across: strikesAcross }),
  reportedTotals: csvFile({ file: 'content/data/reported-totals.csv', schema: reportedTotalRowSchema, idOf: reportedTotalId, across: reportedTotalsAcross }),
  keyEvents: csvFile({ file: 'content/data/events.csv', schema: keyEventRowSchema, idOf: (row) => `${isoDay(row.date)}-${slug(row.label)}` }),
};

/** Every row of a CSV file and every problem in it. */
export const readCsv = <S extends z.ZodType>({ file, schema, across }: CsvFile<S>, text: string): { rows: CheckedRow<z.output<S>>[]; problems: Problem[] } =>
  checkCsv(file, text, schema, across);

/** content/data/charts.yml: the charts' editorial settings. */
export const CHART_SETTINGS_FILE = 'content/data/charts.yml';

/** The chart settings in a YAML file, and every problem in them at its line. */
export function readChartSettings(file: string, text: string) {
  return frontmatterProblems(file, readYaml(text), chartSettingsSchema, 'yaml');
}
