import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type IndexFile, type PagefindIndex, createIndex } from 'pagefind';

/** Files Pagefind writes for its ready-made UIs and highlighter, which our own search does not load. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

/** Throws Pagefind's own errors, if a response has any, saying which step failed. */
export function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length) throw new Error(`Pagefind could not ${step}:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/**
 * Creates an index, lets `add` fill it, and returns its files without the UIs we do not use. The index
 * is deleted afterwards; the caller closes Pagefind's service when it has no more indexes to build.
 */
export async function buildIndex(add: (index: PagefindIndex) => Promise<void>): Promise<IndexFile[]> {
  const { index } = check('start', await createIndex({}));
  if (!index) throw new Error('Pagefind could not start: it returned no index');
  try {
    await add(index);
    const { files } = check('build the index', await index.getFiles());
    return files.filter((file) => !UNUSED.test(file.path));
  } finally {
    await index.deleteIndex();
  }
}

/** Writes an index's files into `dir`, replacing what was there. */
export async function writeIndex(files: readonly IndexFile[], dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const file of files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
}

/** "24 files, 231.5 kB" */
export function describeIndex(files: readonly IndexFile[]): string {
  const bytes = files.reduce((sum, file) => sum + file.content.byteLength, 0);
  return `${files.length} files, ${(bytes / 1000).toFixed(1)} kB`;
}
