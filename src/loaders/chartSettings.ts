import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { CHART_SETTINGS_FILE, readChartSettings } from '../checks/dataFiles';
import { ContentError } from '../checks/problems';

/**
 * The charts' settings (content/data/charts.yml) as a collection of one entry, `charts`. A mistake stops
 * the build at its line; in dev the file is reloaded when it changes.
 */
export function chartSettingsLoader(file = CHART_SETTINGS_FILE): Loader {
  return {
    name: 'chart-settings-loader',
    async load({ config, store, parseData, watcher, logger }) {
      const path = fileURLToPath(new URL(file, config.root));
      const sync = async () => {
        const { problems, data } = readChartSettings(file, await readFile(path, 'utf8'));
        if (problems.length || !data) throw new ContentError(problems);
        store.clear();
        store.set({ id: 'charts', data: await parseData({ id: 'charts', data }) });
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed === path) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
