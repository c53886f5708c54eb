import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * The layers of src/, first to last: a module may import from its own layer or from one before it, never
 * from one after. Data moves the same way: content/ is read by the loaders through the schemas, markdown
 * and checks; the domain computes on it; charts draw it, and structured data and the app's manifest describe
 * it to machines; components and pages show it; integrations
 * index and package the built pages; the commands use all of it. A folder or file not listed here fails.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['site.ts', 'format'],
  ['schemas'],
  ['i18n'],
  ['markdown'],
  ['domain'],
  ['checks'],
  ['loaders', 'content.config.ts', 'importer'],
  ['charts'],
  ['jsonld', 'webapp', 'cards'],
  ['scripts'],
  ['collections'],
  ['components', 'layouts'],
  ['pages'],
  ['host'],
  ['integrations'],
  ['server'],
  ['cli'],
];

/** Where Node's own modules may be used: the build's hooks, the servers and the commands, never code a page or browser runs. */
const NODE = new Set(['loaders', 'integrations', 'server', 'cli']);
/** Where the collections may be read: the build's one reader, the pages, and their definition. */
const COLLECTIONS = new Set(['collections', 'pages', 'content.config.ts']);

/** One import in a source file. */
interface Import {
  specifier: string;
  /** True for `import type …`: gone from the built code, so it needs no runtime dependency. */
  typeOnly: boolean;
}

// import x from '…', import { a } from '…', import type …, export … from '…', import '…', import('…')
const IMPORT = /\b(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import in a module's text: a .ts file, or an .astro file's frontmatter and scripts. */
export function importsOf(text: string): Import[] {
  return [...text.matchAll(IMPORT)].map((m) => ({ specifier: (m[2] ?? m[3])!, typeOnly: Boolean(m[1]) }));
}

/** The top folder (or file) of a path under src/, which names its layer: "charts" for src/charts/axes.ts. */
const topOf = (path: string) => path.split('/')[1]!;
/** The index of the layer a path under src/ is in; -1 for none. */
export const layerOf = (path: string) => LAYERS.findIndex((layer) => layer.includes(topOf(path)));

/** The package a bare specifier names: "astro" for "astro/zod", "@astrojs/mdx" for itself. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** The file a relative import names, trying the endings the code leaves out. */
function resolve(root: string, from: string, specifier: string, exists: (path: string) => boolean): string {
  const base = normalize(join(dirname(from), specifier.split('?')[0]!));
  return ['', '.ts', '.astro', '.mjs', '/index.ts'].map((ending) => base + ending).find((path) => exists(join(root, path))) ?? base;
}

/**
 * Everything in src/ that breaks the layering: an import of a later layer, a Node module outside the
 * build's hooks and the commands, the collections read outside their reader and the pages, a package
 * the code runs that package.json does not list in `dependencies`, or a folder with no layer.
 * `files` maps paths from the project root ("src/charts/axes.ts") to their text.
 */
export function layerProblems(
  root: string,
  files: ReadonlyMap<string, string>,
  dependencies: readonly string[],
  exists = (path: string) => existsSync(path) || files.has(path.slice(root.length + 1)),
): string[] {
  const problems: string[] = [];
  for (const [file, text] of files) {
    const layer = layerOf(file);
    if (layer < 0) {
      problems.push(`${file}: src/${topOf(file)} is in no layer; add it to LAYERS in test/helpers/layers.ts and to the README's layout table`);
      continue;
    }
    for (const { specifier, typeOnly } of importsOf(text)) {
      const at = `${file} imports '${specifier}'`;
      if (specifier.startsWith('.')) {
        const target = resolve(root, file, specifier, exists);
        // content/ comes before every layer: a page may serve a content file as it is.
        if (target.startsWith('content/')) continue;
        if (!target.startsWith('src/')) problems.push(`${at}: outside src/`);
        else if (layerOf(target) > layer)
          problems.push(`${at}: src/${topOf(target)} comes after src/${topOf(file)} in the layers, so this import runs up them`);
      } else if (specifier.startsWith('node:')) {
        if (!NODE.has(topOf(file))) problems.push(`${at}: Node's modules belong in src/loaders, src/integrations, src/server or src/cli`);
      } else if (specifier === 'astro:content') {
        if (!COLLECTIONS.has(topOf(file))) problems.push(`${at}: only src/collections and the pages read the collections`);
      } else if (!specifier.startsWith('astro:') && !typeOnly && !dependencies.includes(packageOf(specifier))) {
        problems.push(`${at}: ${packageOf(specifier)} is not in package.json's dependencies`);
      }
    }
  }
  return problems;
}
