import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError, type Problem } from '../checks/problems';
import { readUtf8 } from './contentText';

/** How to read one YAML file of content: its path from the project root, its entry's id, and its check. */
export interface YamlFile {
  file: string;
  id: string;
  read: (file: string, text: string) => { problems: Problem[]; data?: Record<string, unknown> };
}

/**
 * One YAML file of content as a collection of one entry. A mistake stops the build at its line; in dev
 * the file is reloaded when it changes.
 */
export function yamlFileLoader({ file, id, read }: YamlFile): Loader {
  return {
    name: `${id}-loader`,
    async load({ config, store, parseData, watcher, logger }) {
      const path = fileURLToPath(new URL(file, config.root));
      const sync = async () => {
        const { problems, data } = read(file, await readUtf8(file, path));
        if (problems.length || !data) throw new ContentError(problems);
        store.clear();
        store.set({ id, data: await parseData({ id, data }) });
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
