import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { CSV_FILES, readCsv } from '../checks/dataFiles';
import { ContentError } from '../checks/problems';
import { readSource } from '../checks/sourceCheck';
import { utf8Text } from '../checks/utf8';
import { sourcePieces } from '../markdown/sourceHtml';
import { withYamlProblems } from './yamlProblems';

/**
 * The sources collection: every MDX file in `base`, each read by readSource, so a mistake stops the build
 * with the file, line and field. Its text is parsed here, once per build: each entry keeps it as the HTML
 * its page shows (`html`), the numbered blocks apart, from which everything that quotes or counts them
 * reads them (`pieceBlocks`). So a source is never compiled as MDX: its entry is not rendered later, and
 * keeps no body; and it holds its words once, which keeps the content store Astro writes and loads small.
 */
export function sourcesLoader(base = './content/sources'): Loader {
  const files = withYamlProblems(glob({ base, pattern: '**/*.mdx', retainBody: false }));
  return {
    name: 'sources-loader',
    async load(context) {
      // The strikes a source says its paragraphs speak of must be rows of strikes.csv (whose own loader checks it).
      const strikes = await readFile(fileURLToPath(new URL(CSV_FILES.strikes.file, context.config.root)), 'utf8');
      const strikeIds = new Set(readCsv(CSV_FILES.strikes, strikes).rows.map((r) => r.data.id));
      return files.load({
        ...context,
        // Without deferredRender, Astro lists no module for the entry, and Vite compiles none.
        store: { ...context.store, set: (entry) => context.store.set({ ...entry, deferredRender: false }) },
        async parseData(entry) {
          const path = entry.filePath ?? '';
          const file = relative(fileURLToPath(context.config.root), path);
          // A file that is not UTF-8 is refused before its accents are read wrong.
          const { text, problems: unreadable } = utf8Text(file, await readFile(path));
          const { problems, tree, blocks = [] } = unreadable.length ? { problems: unreadable } : readSource(file, text, { strikeIds });
          if (problems.length || !tree) throw new ContentError(problems);
          const html = sourcePieces(tree, blocks);
          return context.parseData({ ...entry, data: { ...entry.data, html } });
        },
      });
    },
  };
}
