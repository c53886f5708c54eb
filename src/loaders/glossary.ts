import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { GLOSSARY_FILES, readGlossary } from '../checks/glossaryCheck';
import { ContentError } from '../checks/problems';
import { readUtf8 } from './contentText';

/**
 * Each edition's glossary of the data's English words (content/data/glossary.es.yml) as a collection,
 * one entry per edition (`es`). A mistake stops the build at its line; in dev a file is reloaded when it changes.
 */
export function glossaryLoader(files = GLOSSARY_FILES): Loader {
  return {
    name: 'glossary-loader',
    async load({ config, store, parseData, watcher, logger }) {
      const paths = Object.entries(files).map(([locale, file]) => ({ locale, file, path: fileURLToPath(new URL(file, config.root)) }));
      const sync = async ({ locale, file, path }: (typeof paths)[number]) => {
        const { problems, data } = readGlossary(file, await readUtf8(file, path));
        if (problems.length || !data) throw new ContentError(problems);
        store.set({ id: locale, data: await parseData({ id: locale, data: { file, words: data } }) });
      };
      store.clear();
      for (const glossary of paths) await sync(glossary);
      for (const { path } of paths) watcher?.add(path);
      watcher?.on('change', (changed) => {
        const glossary = paths.find((p) => p.path === changed);
        if (glossary) sync(glossary).catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
