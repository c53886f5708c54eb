import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ContentError, type Problem } from '../checks/problems';
import { utf8Text } from '../checks/utf8';

/**
 * A content file's text (`file` from the project's `root`), or the problem that it is not UTF-8 (then its
 * text is empty); undefined where the project has no such file.
 */
export const readContentText = (root: string, file: string): Promise<{ text: string; problems: Problem[] } | undefined> =>
  readFile(join(root, file)).then(
    (bytes) => utf8Text(file, bytes),
    () => undefined,
  );

/** A content file the site is built from is not there. */
export const missingProblem = (file: string): Problem => ({ file, line: 1, field: 'file', message: `missing: the site is built from it; restore it with git checkout -- ${file}` });

/** A content file's bytes (`file` as the editor knows it, read from `path`); one that is not there stops the load with its name, not Node's ENOENT. */
export async function contentBytes(file: string, path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ContentError([missingProblem(file)]);
    throw error;
  }
}

/** The text of a content file (`file` as the editor knows it, read from `path`); one that is not UTF-8 stops the load at its line. */
export async function readUtf8(file: string, path: string): Promise<string> {
  const { text, problems } = utf8Text(file, await contentBytes(file, path));
  if (problems.length) throw new ContentError(problems);
  return text;
}
