import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';

/** Our imports of our own modules: `from './x'`, `import './x'`, `import('./x')`. */
const LOCAL_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"?]+)(?:\?[^'"]*)?['"]/g;

/** Where Node and Vite find `./x`: the file itself, or with one of these endings. */
const ENDINGS = ['', '.ts', '.mts', '.mjs', '.js', '/index.ts'];

/** The text of the first file an import names, with its path; none where it finds none (a package's, or a file that is not there). */
async function resolve(from: string, specifier: string): Promise<{ path: string; text: string } | undefined> {
  for (const ending of ENDINGS) {
    const path = join(dirname(from), specifier + ending);
    try {
      return { path, text: await readFile(path, 'utf8') };
    } catch {
      // Not this ending: the next.
    }
  }
  return undefined;
}

/**
 * A digest of the code something the build makes is made with: `entry` (the content config, by default; the
 * service worker, for its version's name) and every module of ours it imports, however deep, found by
 * following their relative imports, with the packages' lockfile. For the content: Astro keeps an entry its glob loader read in an earlier build while the entry's file is unchanged, and
 * clears what it stored only when the content config's own text or Astro's config changes: a change to the
 * code that config imports (how a source's page HTML is written, a schema, a word in it) would leave the entries of the
 * build before in place, until each file changed.
 */
export async function codeDigest(root: string, entry = 'src/content.config.ts'): Promise<string> {
  const start = join(root, entry);
  const files = new Map([[start, await readFile(start, 'utf8')]]);
  // Level by level, each level's files read at once.
  for (let level = [start]; level.length; ) {
    const imports = level.flatMap((path) => [...files.get(path)!.matchAll(LOCAL_IMPORT)].map(([, specifier]) => resolve(path, specifier!)));
    level = [];
    for (const found of await Promise.all(imports)) {
      if (!found || files.has(found.path)) continue;
      files.set(found.path, found.text);
      level.push(found.path);
    }
  }
  const hash = createHash('sha256');
  // In one order, whatever the order they were found in.
  for (const path of [...files.keys()].sort()) hash.update(relative(root, path).split(sep).join('/')).update('\0').update(files.get(path)!).update('\0');
  hash.update(await readFile(join(root, 'package-lock.json'), 'utf8').catch(() => ''));
  return hash.digest('hex').slice(0, 32);
}

/** The digest of each project's code, by its folder, as this process has it. */
const digests = new Map<string, Promise<string>>();

/** The key of the digest in each collection's meta store. */
const CODE_KEY = 'strikes:code-digest';

/**
 * A loader whose entries are read again, every one, when the code they are made with has changed since they
 * were stored (codeDigest): a build after a change of code, by a pull or an upgrade, writes what a cold build
 * would. The digest is stored once a load has ended without error.
 */
export function readAgainWhenCodeChanges(loader: Loader): Loader {
  return {
    ...loader,
    async load(context) {
      const root = fileURLToPath(context.config.root);
      // Worked out once a process: its modules, once loaded, stay as they were (after a change, the dev server is started again).
      if (!digests.has(root)) digests.set(root, codeDigest(root));
      const digest = await digests.get(root)!;
      if (context.meta.get(CODE_KEY) !== digest) context.store.clear();
      await loader.load(context);
      context.meta.set(CODE_KEY, digest);
    },
  };
}
