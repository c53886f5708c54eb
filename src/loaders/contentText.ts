import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../checks/problems';
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
