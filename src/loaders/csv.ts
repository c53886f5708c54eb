import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { type CsvFile, readCsv } from '../checks/dataFiles';
import { ContentError } from '../checks/problems';
import { utf8Text } from '../checks/utf8';

/**
 * A collection with one entry per row of a CSV file. Any bad row stops the build with the file, line,
 * row number and column; in dev the file is reloaded when it changes.
 */
export function csvLoader<S extends z.ZodType>(csv: CsvFile<S>): Loader {
  return {
    name: 'csv-loader',
    async load({ config, store, parseData, watcher, logger }) {
      const path = fileURLToPath(new URL(csv.file, config.root));
      const sync = async () => {
        const read = utf8Text(csv.file, await readFile(path));
        if (read.problems.length) throw new ContentError(read.problems);
        const { rows, problems } = readCsv(csv, read.text);
        if (problems.length) throw new ContentError(problems);
        store.clear();
        for (const { data } of rows) {
          const id = csv.idOf(data);
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
