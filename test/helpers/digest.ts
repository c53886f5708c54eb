import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtFiles } from './pages';

/** Every file in a folder → the SHA-256 of its bytes. */
export async function digestTree(dir: string): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  for (const file of await builtFiles(dir)) digests.set(file, createHash('sha256').update(await readFile(join(dir, file))).digest('hex'));
  return digests;
}

/** How two folders differ, one line per file: "only in a: x", "only in b: y", "differs: z"; [] when identical. */
export function diffTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [file, digest] of a)
    if (!b.has(file)) lines.push(`only in a: ${file}`);
    else if (b.get(file) !== digest) lines.push(`differs: ${file}`);
  for (const file of b.keys()) if (!a.has(file)) lines.push(`only in b: ${file}`);
  return lines;
}
