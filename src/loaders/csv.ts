import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { type CsvFile, readCsv } from '../checks/dataFiles';
import { ContentError } from '../checks/problems';
import { utf8Text } from '../checks/utf8';
import { contentBytes } from './contentText';

/**
 * A collection with one entry per row of a CSV file. Any bad row stops the build with the file, line,
 * row number and column; in dev the file is reloaded when it, or a file it needs, changes.
 */
export function csvLoader<S extends z.ZodType, N extends z.ZodType>(csv: CsvFile<S, N>): Loader {
  return {
    name: 'csv-loader',
    async load({ config, store, parseData, watcher, logger }) {
      const [path, needed] = [csv.file, csv.needs?.csv.file].map((file) => file && fileURLToPath(new URL(file, config.root)));
      const sync = async () => {
        // Each file must be UTF-8; the one this needs is named as itself, at its own line.
        const read = utf8Text(csv.file, await contentBytes(csv.file, path!));
        const other = needed ? utf8Text(csv.needs!.csv.file, await contentBytes(csv.needs!.csv.file, needed)) : undefined;
        const encoding = [...read.problems, ...(other?.problems ?? [])];
        if (encoding.length) throw new ContentError(encoding);
        const { rows, problems } = readCsv(csv, read.text, other?.text);
        if (problems.length) throw new ContentError(problems);
        store.clear();
        for (const { data, line, row } of rows) {
          const id = csv.idOf(data);
          const entry = (csv.located ? { ...(data as object), at: { line, row } } : data) as Record<string, unknown>;
          store.set({ id, data: await parseData({ id, data: entry }) });
        }
      };
      await sync();
      const watched = [path!, ...(needed ? [needed] : [])];
      for (const file of watched) watcher?.add(file);
      watcher?.on('change', (changed) => {
        if (watched.includes(changed)) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
