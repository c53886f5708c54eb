import { afterAll, beforeAll } from 'vitest';
import { copySite, removeDir, tempDir } from './site';

/** Makes temporary folders for a test file's tests, named from `prefix`, all removed after them. */
export function scratchDirs(prefix: string): () => Promise<string> {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map(removeDir)));
  return async () => {
    const dir = await tempDir(prefix);
    dirs.push(dir);
    return dir;
  };
}

/**
 * A copy of the site for a test to change, and a folder to build it into, made before the tests of the
 * file (or describe block) that calls this and removed after them. Read `site` and `out` inside tests.
 */
export function siteCopy(name: string): { readonly site: string; readonly out: string } {
  const dirs = { site: '', out: '' };
  beforeAll(async () => {
    [dirs.site, dirs.out] = await Promise.all([copySite(), tempDir(name)]);
  });
  afterAll(() => Promise.all([removeDir(dirs.site), removeDir(dirs.out)]));
  return dirs;
}
