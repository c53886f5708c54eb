import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ContentError, type Problem } from '../checks/problems';
import { toolsFile } from '../checks/sourceName';
import { utf8Text } from '../checks/utf8';

/**
 * The files an editor wrote in the folder `dir` (from `root`) and the folders in it, as paths from `dir` with
 * "/" on every system, in name order: those whose name matches `pattern`, and with `allContent` every other
 * file directly in `dir` too. Never a folder, nor a file an editor's tools keep (Emacs's lock file
 * `.#name.mdx`, a backup `x.mdx~`: toolsFile) or one in a folder they keep. None where `dir` is not there.
 * The build's check of the explainer's files and `npm run check` list content this one way.
 */
export async function contentNames(root: string, dir: string, { pattern, allContent = false }: { pattern: RegExp; allContent?: boolean }): Promise<string[]> {
  const base = join(root, dir);
  const entries = await readdir(base, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(base, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((name) => !name.split('/').some(toolsFile) && (pattern.test(name) || (allContent && !name.includes('/'))))
    .sort();
}

/**
 * Why a content file that is there cannot be read, in an editor's words: a folder in its place, or no
 * permission; undefined for any other error.
 */
export function unreadableProblem(file: string, error: NodeJS.ErrnoException): Problem | undefined {
  const why: Record<string, string> = {
    EISDIR: 'is a folder, not a file: the site is built from a file of this name',
    EACCES: 'could not be read: permission denied (check its permissions: chmod u+r)',
    EPERM: 'could not be read: permission denied (check its permissions: chmod u+r)',
  };
  const message = why[error.code ?? ''];
  return message ? { file, line: 1, field: 'file', message } : undefined;
}

/**
 * A content file's text (`file` from the project's `root`), or the problem that it is not UTF-8, or that it
 * cannot be read (then its text is empty); undefined where the project has no such file.
 */
export const readContentText = (root: string, file: string): Promise<{ text: string; problems: Problem[] } | undefined> =>
  readFile(join(root, file)).then(
    (bytes) => utf8Text(file, bytes),
    (error: NodeJS.ErrnoException) => {
      const problem = unreadableProblem(file, error);
      return problem ? { text: '', problems: [problem] } : undefined;
    },
  );

/** A content file the site is built from is not there. */
export const missingProblem = (file: string): Problem => ({ file, line: 1, field: 'file', message: `missing: the site is built from it; restore it with git checkout -- ${file}` });

/** A content file's bytes (`file` as the editor knows it, read from `path`); one that is not there stops the load with its name, not Node's ENOENT. */
export async function contentBytes(file: string, path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ContentError([missingProblem(file)]);
    const problem = unreadableProblem(file, error as NodeJS.ErrnoException);
    throw problem ? new ContentError([problem]) : error;
  }
}

/** The text of a content file (`file` as the editor knows it, read from `path`); one that is not UTF-8 stops the load at its line. */
export async function readUtf8(file: string, path: string): Promise<string> {
  const { text, problems } = utf8Text(file, await contentBytes(file, path));
  if (problems.length) throw new ContentError(problems);
  return text;
}
