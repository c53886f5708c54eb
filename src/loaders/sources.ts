import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { CSV_FILES, idsOf } from '../checks/dataFiles';
import { ContentError } from '../checks/problems';
import { readSource } from '../checks/sourceCheck';
import { inFolderProblem, otherKindProblem, toolsFile } from '../checks/sourceName';
import { utf8Text } from '../checks/utf8';
import { sourcePieces } from '../markdown/sourceHtml';
import type { Source } from '../schemas/source';
import { readUtf8 } from './contentText';
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
      const strikes = await readUtf8(CSV_FILES.strikes.file, fileURLToPath(new URL(CSV_FILES.strikes.file, context.config.root)));
      const strikeIds = idsOf(strikes);
      const root = fileURLToPath(context.config.root);
      const dir = join(root, base);
      /** Reads a source the way the build does; a file that is not UTF-8 is refused before its accents are read wrong, one in a folder before it is read. */
      const check = async (path: string) => {
        const file = relative(root, path);
        if (relative(dir, path).includes(sep)) return { problems: [inFolderProblem(file.split(sep).join('/'), relative(root, dir).split(sep).join('/'))] };
        const { text, problems } = utf8Text(file, await readFile(path));
        return problems.length ? { problems } : readSource(file, text, { strikeIds });
      };
      await files.load({
        ...context,
        // Without deferredRender, Astro lists no module for the entry, and Vite compiles none.
        store: { ...context.store, set: (entry) => context.store.set({ ...entry, deferredRender: false }) },
        async parseData(entry) {
          const { problems, tree, blocks = [] } = await check(entry.filePath ?? '');
          if (problems.length || !tree) throw new ContentError(problems);
          const html = sourcePieces(tree, blocks);
          return context.parseData({ ...entry, data: { ...entry.data, html } });
        },
      });
      // The glob loader parses again only the files that changed since the last build, and keeps the others'
      // entries, checked against the strikes of then. A source that lists a strike strikes.csv no longer has
      // is read again, and fails with its file, line and field, as in a cold build.
      const stale = [...context.store.values()].filter((entry) => ((entry.data as Partial<Pick<Source, 'strikes'>>).strikes ?? []).some(({ id }) => strikeIds && !strikeIds.has(id)));
      const problems = (await Promise.all(stale.map(async (entry) => (await check(join(root, entry.filePath!))).problems))).flat();
      // A file of another kind ("x.md") would be left out without a word: it is named instead.
      const others = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.endsWith('.mdx') && !toolsFile(e.name));
      problems.push(...others.map((e) => otherKindProblem(relative(root, join(dir, e.name)).split(sep).join('/'))));
      if (problems.length) throw new ContentError(problems);
    },
  };
}
