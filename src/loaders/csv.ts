import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { ContentError } from '../checks/problems';
import { type RowsCheck, checkCsv } from '../checks/csvCheck';

interface CsvLoaderOptions<S extends z.ZodType> {
  /** The CSV file, relative to the project root. */
  file: string;
  /** Checks and types one row. */
  schema: S;
  /** A row's id in the collection; must be unique. */
  idOf: (row: z.output<S>) => string;
  /** Checks across rows, such as duplicates. */
  across?: RowsCheck<z.output<S>>;
}

/**
 * A collection with one entry per row of a CSV file. Any bad row stops the build with the file, line,
 * row number and column; in dev the file is reloaded when it changes.
 */
export function csvLoader<S extends z.ZodType>({ file, schema, idOf, across }: CsvLoaderOptions<S>): Loader {
  return {
    name: 'csv-loader',
    async load({ config, store, parseData, watcher, logger }) {
      const path = fileURLToPath(new URL(file, config.root));
      const sync = async () => {
        const { rows, problems } = checkCsv(file, await readFile(path, 'utf8'), schema, across);
        if (problems.length) throw new ContentError(problems);
        store.clear();
        for (const { data } of rows) {
          const id = idOf(data);
          store.set({ id, data: await parseData({ id, data: data as Record<string, unknown> }) });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
