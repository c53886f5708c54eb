import type { z } from 'astro/zod';
import type { Problem } from './problems';
import { type CsvRow, parseCsv } from './csv';

/** A parsed row with the line it came from. */
export interface CheckedRow<T> {
  line: number;
  /** The row's number among the data rows (the first row under the header is row 1). */
  row: number;
  data: T;
}

/** A check across rows (duplicates and the like), given every row that passed the schema. */
export type RowsCheck<T> = (rows: CheckedRow<T>[], problem: (row: CheckedRow<T>, column: string, message: string) => Problem) => Problem[];

/**
 * Parses and checks a CSV file: every row against the schema, then across rows. Returns the rows and every
 * problem, each naming the file, the line, the row number and the column.
 */
export function checkCsv<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  across?: RowsCheck<z.output<S>>,
): { rows: CheckedRow<z.output<S>>[]; problems: Problem[] } {
  const { columns, rows } = parseCsv(text);
  const problems: Problem[] = [];
  const at = (line: number, row: number, column: string, message: string): Problem => ({
    file,
    line,
    field: `${column} (row ${row})`,
    message,
  });
  // A wrong header would be blamed on every row, or lose a column without a word: said once, at its line.
  const header = headerProblems(file, columns, schema);
  if (header.length) return { rows: [], problems: header };
  const checked: CheckedRow<z.output<S>>[] = [];
  rows.forEach(({ line, cells, values, runsOn, extra }: CsvRow, i) => {
    // A row of the wrong size has its cells under the wrong columns, or some dropped: say so, and nothing else.
    // A cell is one line. One that runs over a line break is most often a double quote never closed, which
    // reads the rows after it into the cell (the whole rest of the file, unseen, where it is the last column).
    if (runsOn !== undefined)
      return void problems.push(
        at(
          line,
          i + 1,
          columns[runsOn] ?? columns.at(-1) ?? 'row',
          `runs over a line break, and a cell is one line: if its double quote is not closed, the lines after it are read into it, so close it (a quote inside a quoted cell is written twice, ""); else remove the line break`,
        ),
      );
    if (cells > columns.length) {
      const split = splitCell(columns, extra ?? [], schema);
      return void problems.push(
        split
          ? at(line, i + 1, columns[split.column]!, `${cells} cells where the header has ${columns.length}: "${split.cell}" reads as ${cells - columns.length + 1} cells, split at its comma; a cell that holds a comma must be in double quotes ("…, …")${split.number ? `, and a number is written ${split.number.includes('.') ? 'with a decimal point' : 'without a thousands separator'} (${split.number})` : ''}`)
          : at(line, i + 1, columns.at(-1) ?? 'row', `${cells} cells where the header has ${columns.length}: a cell that holds a comma must be in double quotes ("…, …")`),
      );
    }
    if (cells < columns.length)
      return void problems.push(
        at(
          line,
          i + 1,
          columns[cells]!,
          `missing: the row has ${cells} cells where the header has ${columns.length}: a cell left out anywhere in it moves the ones after it a column to the left, so find where (an empty cell is nothing between two commas)`,
        ),
      );
    const result = schema.safeParse(values);
    if (result.success) checked.push({ line, row: i + 1, data: result.data });
    else for (const issue of result.error.issues) problems.push(at(line, i + 1, issue.path.map(String).join('.') || 'row', issue.message));
  });
  if (across && problems.length === 0) problems.push(...across(checked, (r, column, message) => at(r.line, r.row, column, message)));
  return { rows: checked, problems };
}

/**
 * The header's problems, at line 1: a column named twice (the row would keep only the last one's cell), and
 * a column the schema does not know (a misspelt name, which every row would otherwise be blamed for; the
 * schema must be strict, z.strictObject, for it to say so), or a column with no name (a comma at the end).
 */
function headerProblems(file: string, columns: string[], schema: z.ZodType): Problem[] {
  const at = (field: string, message: string): Problem => ({ file, line: 1, field, message });
  // A row of empty cells under these columns: what the schema says of it.
  const issuesOf = (named: string[]) => {
    const result = schema.safeParse(Object.fromEntries(named.map((column) => [column, ''])));
    return result.success ? [] : result.error.issues;
  };
  // The columns every row needs that the header does not name (a column a row may go without, such as a date it
  // may leave empty, is not needed), each said once here rather than on every row.
  const needed = (named: string[], issues = issuesOf(named)) => [
    ...new Set(issues.filter((issue) => issue.path.length === 1 && !named.includes(String(issue.path[0]))).map((issue) => String(issue.path[0]))),
  ];
  // An empty file (or one whose first line is empty) has no header: what it needs, in one problem.
  if (columns.length === 0 || (columns.length === 1 && !columns[0]!.trim()))
    return [at('header', `the file has no header: its first line must name its columns, at least ${needed([]).join(',')}, and each row comes on a line of its own after it`)];
  // A spreadsheet's other separators (Excel's where a comma marks decimals, or tabs) leave the header one column.
  const separator = columns.length === 1 ? [';', '\t'].find((s) => columns[0]!.includes(s)) : undefined;
  if (separator)
    return [at('header', `the columns are separated by ${separator === ';' ? 'semicolons (;)' : 'tabs'}, not commas: save the file as CSV with commas (in Excel, "CSV UTF-8 (Comma delimited)")`)];
  const unnamed = columns.flatMap((name, i) => (name.trim() ? [] : [at('header', `column ${i + 1} has no name: is there a comma at the end of the header?`)]));
  if (unnamed.length) return unnamed;
  const twice = columns.flatMap((name, i) => {
    const first = columns.indexOf(name);
    return first < i ? [at(name, `the header names columns ${first + 1} and ${i + 1} alike: each column needs its own name, or one column's cells are lost`)] : [];
  });
  if (twice.length) return twice;
  const issues = issuesOf(columns);
  const unknown = issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : []));
  const missing = needed(columns, issues).map((name) => at(name, `missing column: the header does not name ${name}, which every row needs: add it, with a cell in each row`));
  return [...unknown.map((name) => at(name, 'unknown column in the header: check its spelling, or remove it')), ...missing];
}

/** Several checks across rows as one: every problem each finds. */
export const allChecks =
  <T>(...checks: RowsCheck<T>[]): RowsCheck<T> =>
  (rows, problem) =>
    checks.flatMap((check) => check(rows, problem));

/**
 * The cell of a row with too many cells that a comma split, where putting it back together (a number's decimal
 * comma as a point) makes a row its schema takes (the first such): its column and its words as written. None
 * where no one cell does.
 */
function splitCell<S extends z.ZodType>(columns: readonly string[], cells: readonly string[], schema: S): { column: number; cell: string; number?: string } | undefined {
  const over = cells.length - columns.length;
  const found: { column: number; cell: string; number?: string }[] = [];
  for (let column = 0; column < columns.length; column++) {
    const cell = cells.slice(column, column + over + 1).join(',');
    // A number written with a decimal comma (11,1) or a thousands separator (1,200), as it would be written here.
    const numbers = [...(/^-?\d+,\d+$/.test(cell) ? [cell.replace(',', '.')] : []), ...(/^-?\d{1,3}(,\d{3})+$/.test(cell) ? [cell.replaceAll(',', '')] : [])];
    for (const mended of [cell, ...numbers]) {
      const joined = [...cells.slice(0, column), mended, ...cells.slice(column + over + 1)];
      if (!schema.safeParse(Object.fromEntries(columns.map((name, k) => [name, joined[k]!]))).success) continue;
      found.push(mended === cell ? { column, cell } : { column, cell, number: mended });
      break;
    }
  }
  // A number split at its comma, where there is one: joining two other cells (an empty one with its neighbour) may make a row its file takes too.
  return found.find((split) => split.number) ?? found[0];
}
