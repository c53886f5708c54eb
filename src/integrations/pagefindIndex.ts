import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type IndexFile, type PagefindIndex, createIndex } from 'pagefind';
import { mapAtOnce } from './atOnce';
import { type IndexedPage, indexedPages, vocabularyFile } from './indexText';

/**
 * Files Pagefind writes that our search never loads: its ready-made UIs and highlighter, and its web
 * worker (src/scripts/search/pagefind.ts runs Pagefind on the main thread).
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./;

/** Leaves out the unused files, and the WebAssembly of languages the index does not have. */
function usedFiles(files: IndexFile[]): IndexFile[] {
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  const languages: Record<string, { wasm?: string }> = entry ? JSON.parse(new TextDecoder().decode(entry.content)).languages : {};
  const wasm = new Set(Object.values(languages).map((language) => `wasm.${language.wasm}.pagefind`));
  return files.filter((file) => !UNUSED.test(file.path) && (!/^wasm\..*\.pagefind$/.test(file.path) || wasm.has(file.path)));
}

/** Throws Pagefind's own errors, if a response has any, saying which step failed. */
export function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length) throw new Error(`Pagefind could not ${step}:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/**
 * Creates an index, lets `add` fill it, and returns the files our search uses, with the vocabulary of its
 * pages for spelling help, and its pages as it holds them (read once, for the checks). The index is deleted
 * afterwards; the caller closes Pagefind's service when it has no more indexes to build.
 */
export async function buildIndex(add: (index: PagefindIndex) => Promise<void>): Promise<{ files: IndexFile[]; pages: IndexedPage[] }> {
  const { index } = check('start', await createIndex({}));
  if (!index) throw new Error('Pagefind could not start: it returned no index');
  try {
    await add(index);
    const { files } = check('build the index', await index.getFiles());
    const used = usedFiles(files);
    const pages = indexedPages(used);
    return { files: [...used, vocabularyFile(pages.map((page) => page.content))], pages };
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Writes an index's files into `dir`, replacing what was there: each folder made once, then the files a
 * few at a time (one after another, a thousand sources' index took 0.6 s to write).
 */
export async function writeIndex(files: readonly IndexFile[], dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  const written = files.map((file) => ({ path: join(dir, file.path), content: file.content }));
  for (const folder of new Set(written.map(({ path }) => dirname(path)))) await mkdir(folder, { recursive: true });
  await mapAtOnce(written, 16, ({ path, content }) => writeFile(path, content));
}

/** "24 files, 231.5 kB" */
export function describeIndex(files: readonly IndexFile[]): string {
  const bytes = files.reduce((sum, file) => sum + file.content.byteLength, 0);
  return `${files.length} files, ${(bytes / 1000).toFixed(1)} kB`;
}
