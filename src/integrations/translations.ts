import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { EXPLAINER_FILES, PAGE_FILES, strayExplainerProblem } from '../checks/explainerFiles';
import { ContentError, type Problem } from '../checks/problems';
import { contentNames, missingProblem } from '../loaders/contentText';
import { type ExplainerFile, translationProblems } from '../checks/translationCheck';

/** Where the explainer's pages and their translations are, from the project root. */
const EXPLAINER = 'content/explainer';

/** The .mdx files in content/explainer/ and its folders, as paths from the root, listed as `npm run check` lists them (contentNames). */
const mdxFiles = async (root: string) => (await contentNames(root, EXPLAINER, { pattern: /\.mdx$/ })).map((name) => `${EXPLAINER}/${name}`);

/** Every explainer page, in every language, read from disk. */
async function explainerFiles(root: string): Promise<ExplainerFile[]> {
  return Promise.all((await mdxFiles(root)).map(async (file) => ({ file, raw: await readFile(join(root, file), 'utf8') })));
}

/**
 * The files the build makes a page of by name, where one is missing (the explainer in an edition, the About
 * page), and any other file in content/explainer/, which would be published as a page of its own.
 */
async function layoutProblems(root: string): Promise<Problem[]> {
  const names = await mdxFiles(root);
  const there = async (file: string) => stat(join(root, file)).then(() => true, () => false);
  const missing = await Promise.all([...EXPLAINER_FILES, ...PAGE_FILES].map(async (file) => ((await there(file)) ? [] : [missingProblem(file)])));
  return [...missing.flat(), ...names.flatMap((file) => strayExplainerProblem(file) ?? [])];
}

/** Checks every translation against its English page: returns the problems, after logging each warning. */
async function check(root: string, logger: AstroIntegrationLogger) {
  const { problems, warnings } = translationProblems((await explainerFiles(root)).filter(({ file }) => !strayExplainerProblem(file)));
  for (const warning of warnings) logger.warn(warning);
  return problems;
}

/**
 * Keeps the editions in step (src/checks/translationCheck.ts): the build stops when a translation of the
 * explainer cites other paragraphs or rows than the English page it translates, naming both files, and
 * warns when the English has changed since the revision translated. The problems are said as the build
 * starts, and stop it once the pages are written: a mistake in a page itself (a citation to a missing
 * paragraph, which the translation then seems not to cite) stops it first, where the page is compiled, with
 * its own message. In dev, it checks again whenever an explainer page is saved, and says what it finds.
 */
export default function translations(): AstroIntegration {
  let root = '';
  let found: Awaited<ReturnType<typeof check>> = [];
  return {
    name: 'strikes:translations',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        // A page missing, or a file no page is made of, stops the build before anything is written.
        const layout = await layoutProblems(root);
        if (layout.length) throw new ContentError(layout);
        found = await check(root, logger);
        if (found.length) logger.error(new ContentError(found).message);
      },
      // Before search indexes the pages: listed first in astro.config.mjs.
      'astro:build:done': () => {
        if (found.length) throw new ContentError(found);
      },
      'astro:server:setup': ({ server, logger }) => {
        const recheck = async (path: string) => {
          if (!relative(root, path).startsWith(EXPLAINER)) return;
          const problems = await check(root, logger);
          if (problems.length) logger.error(new ContentError(problems).message);
        };
        server.watcher.on('change', (path) => void recheck(path));
        server.watcher.on('add', (path) => void recheck(path));
        void check(root, logger).then((problems) => problems.length && logger.error(new ContentError(problems).message));
      },
    },
  };
}
