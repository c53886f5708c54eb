import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CSV_FILES } from '../../src/checks/dataFiles';
import { ContentError } from '../../src/checks/problems';
import { csvLoader } from '../../src/loaders/csv';
import { propertySettings } from '../helpers/properties';
import { ROOT, removeDir, tempDir } from '../helpers/site';

/** Cases per property (500 unless PROPERTY_RUNS says otherwise): enough to find each broken version below, few enough for npm test. */
const SETTINGS = propertySettings(500);
const RUNS = SETTINGS.numRuns;

/** A loader for a CSV file at a path relative to the project root. */
type LoaderFor = (file: string) => Loader;

/** The two loaders, as src/content.config.ts makes them (from src/checks/dataFiles.ts). */
const LOADERS: { name: string; file: string; loader: LoaderFor }[] = [
  { name: 'strikes', file: CSV_FILES.strikes.file, loader: (file) => csvLoader({ ...CSV_FILES.strikes, file }) },
  { name: 'reported totals', file: CSV_FILES.reportedTotals.file, loader: (file) => csvLoader({ ...CSV_FILES.reportedTotals, file }) },
];

/** Cells an editor might type, right or wrong: numbers, dates, addresses, quotes, commas and line breaks. */
const cell = (real: string) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(real) },
    { weight: 2, arbitrary: fc.constantFrom('', ' ', '0', '-1', '1.5', '83', 'at least 46', 'about 70', 'cited', 'unconfirmed', 'Caribbean') },
    { weight: 2, arbitrary: fc.constantFrom('2025-09-02', '2025-13-45', '2025-02-30', '02/09/2025', 'https://example.com/a', 'example.com') },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 2, arbitrary: fc.constantFrom('a "quoted" word', '"Tren de Aragua" members', '5" gun', 'one, two', 'line one\nline two', 'old Mac\rline', '"', ',', '\r\n') },
  );

/** A cell as written in the file: quoted where CSV needs it, or, an editor's slip, left bare (a line break is always quoted). */
const write = (cell: string, careful: boolean) =>
  /[\r\n]/.test(cell) || (careful && /[",]/.test(cell)) ? `"${cell.replace(/"/g, '""')}"` : cell;

/**
 * The file line on which data record `n` starts (1 is the first under the header), as d3-dsv splits
 * records, counting lines as an editor's text editor does: at every line break, CR, LF or CRLF.
 */
function recordLine(text: string, n: number): number {
  const lineStarts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)];
  for (let k = 1; k <= lineStarts.length; k++) if (csvParseRows(text.slice(0, lineStarts[k] ?? text.length)).length > n) return k;
  return -1;
}

/** A store, a logger and a config like Astro's: enough for a loader to run outside a build. */
function contextFor(root: string) {
  const entries = new Map<string, unknown>();
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: { clear: () => entries.clear(), set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data) },
    parseData: async ({ data }: { data: unknown }) => data,
    logger: { error: () => undefined },
  };
  return { entries, context: context as unknown as Parameters<Loader['load']>[0] };
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir('csv-property');
  await mkdir(join(dir, 'content/data'), { recursive: true });
  // The strikes' positions are checked against the regions' edges, which the strikes loader reads too.
  await copyFile(join(ROOT, CSV_FILES.regions.file), join(dir, CSV_FILES.regions.file));
});
afterAll(() => removeDir(dir));

/**
 * A file of real rows with one row of random cells among them (some not quoted where they should be,
 * one or two too few or too many): the loader never crashes; when it accepts the file it has kept
 * every row, each with exactly one cell per column; when it refuses it, each problem names the file,
 * a column of it, and the row with the line that row starts on.
 */
async function loadsOrSaysWhere(name: string, file: string, loaderFor: LoaderFor) {
  const [header, ...rows] = csvParseRows(await readFile(join(ROOT, file), 'utf8'));
  const columns = header!;
  const randomRow = fc
    .tuple(fc.nat(rows.length - 1), fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.constantFrom(-2, -1, 1, 2) }))
    .chain(([at, extra]) =>
      fc.tuple(...Array.from({ length: columns.length + extra }, (_, i) => fc.tuple(cell(rows[at]![i] ?? ''), fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) })))),
    );
  return fc.asyncProperty(
    randomRow,
    fc.nat(2),
    fc.constantFrom('\n', '\r\n'),
    // A real row's notes run over two lines, inside their quotes: refused at that row's line (a cell is one line).
    fc.boolean(),
    async (random, at, eol, longNote) => {
      const real = rows.slice(0, 3).map((cells, i) => (longNote && i === 0 ? [...cells.slice(0, -1), `${cells.at(-1)}\nand a second line`] : cells));
      const lines = real.map((cells) => cells.map((c) => write(c, true)).join(','));
      lines.splice(at, 0, random.map(([c, careful]) => write(c, careful)).join(','));
      const text = `${[columns.join(','), ...lines].join(eol)}${eol}`;
      await writeFile(join(dir, file), text);
      const { entries, context } = contextFor(dir);
      try {
        await loaderFor(file).load(context);
      } catch (error) {
        if (!(error instanceof ContentError)) throw new Error(`the ${name} loader crashed: ${(error as Error).stack}`);
        for (const problem of error.problems) {
          const [, column, n] = /^(.+) \(row (\d+)\)$/.exec(problem.field) ?? [];
          expect(problem.file).toBe(file);
          expect(columns, `${problem.field}: no such column`).toContain(column);
          expect(problem.line, `${problem.field}: ${problem.message}`).toBe(recordLine(text, Number(n)));
        }
        return;
      }
      const records = csvParseRows(text).slice(1).filter((cells) => cells.length > 1 || cells[0] !== '');
      expect(entries.size, 'rows lost').toBe(records.length);
      for (const cells of records) expect(cells.length, `a row of ${cells.length} cells accepted under ${columns.length} columns`).toBe(columns.length);
    },
  );
}

describe.each(LOADERS)('the $name loader, given a row of random cells', ({ name, file, loader }) => {
  test('never crashes: it keeps every row whole, or names the file, line, row and column of each problem', async () => {
    await fc.assert(await loadsOrSaysWhere(name, file, loader), SETTINGS);
  });
});

describe('the property catches a loader that puts a problem on the wrong line', () => {
  test('one that counts a row’s line as its number plus one, forgetting cells that run over several lines', async () => {
    const { name, file, loader } = LOADERS[0]!;
    const naive: LoaderFor = (path) => ({
      name: 'naive',
      load: (context) =>
        loader(path)
          .load(context)
          .catch((error: unknown) => {
            if (!(error instanceof ContentError)) throw error;
            throw new ContentError(error.problems.map((p) => ({ ...p, line: Number(/\(row (\d+)\)$/.exec(p.field)![1]) + 1 })));
          }),
    });
    const result = await fc.check(await loadsOrSaysWhere(name, file, naive), { numRuns: RUNS, endOnFailure: true });
    expect(result.failed, 'the property found no file whose problems this loader misplaces').toBe(true);
  });
});

describe.each(LOADERS)('the $name loader, given a file that is not UTF-8', ({ file, loader }) => {
  test('refuses it at the line where it stops being UTF-8, rather than lose its accents', async () => {
    const [header, first, second] = (await readFile(join(ROOT, file), 'utf8')).split('\n');
    // As Excel saves "CSV" on Windows: one byte per letter, "é" as E9.
    await writeFile(join(dir, file), Buffer.from(`${header}\n${first}\n${second!.replace(/,/, ',é')}\n`, 'latin1'));
    const { context } = contextFor(dir);
    await expect(loader(file).load(context)).rejects.toThrow(`${file}:3 encoding: not UTF-8 from this line on`);
  });
});
