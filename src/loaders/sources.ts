import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { ContentError } from '../checks/problems';
import { readSource } from '../checks/sourceCheck';

/**
 * The sources collection: every MDX file in `base`, each read by readSource before Astro parses it, so
 * a mistake stops the build with the file, line and field. Its text is parsed here, once: each entry
 * keeps its numbered blocks (`blocks`) for everything that quotes or counts them.
 */
export function sourcesLoader(base = './content/sources'): Loader {
  const files = glob({ base, pattern: '**/*.mdx' });
  return {
    name: 'sources-loader',
    load: (context) =>
      files.load({
        ...context,
        async parseData(entry) {
          const path = entry.filePath ?? '';
          const { problems, blocks = [] } = readSource(relative(fileURLToPath(context.config.root), path), await readFile(path, 'utf8'));
          if (problems.length) throw new ContentError(problems);
          return context.parseData({ ...entry, data: { ...entry.data, blocks: blocks.map(({ n, kind, text }) => ({ n, kind, text })) } });
        },
      }),
  };
}
