import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** What a build is made from; when none of it changes, neither does the site. */
const INPUTS = ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json'];

/** A short hash of everything the site is built from: the same for the same input, on any machine. */
export async function siteVersion(root: string): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const input of INPUTS) {
    const path = join(root, input);
    const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(() => null);
    if (entries === null) files.push(path);
    else for (const entry of entries) if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
  }
  for (const file of files.sort()) {
    const content = await readFile(file).catch(() => null);
    if (content) hash.update(relative(root, file)).update('\0').update(content).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
