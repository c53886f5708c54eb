import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALIASES_FILE, readAliases, unprintedNames } from '../checks/aliasCheck';
import { formatProblem } from '../checks/problems';
import type { IndexedPage } from './indexText';

/**
 * The alias names (content/search/aliases.yml) that no page of an index prints, each as a warning at its
 * line. A file with mistakes gives none: its loader has stopped the build on them already.
 */
export async function aliasWarnings(root: string, pages: readonly IndexedPage[]): Promise<string[]> {
  const text = await readFile(join(root, ALIASES_FILE), 'utf8').catch(() => undefined);
  const groups = text === undefined ? undefined : readAliases(ALIASES_FILE, text).groups;
  return groups ? unprintedNames(ALIASES_FILE, groups, pages.map((page) => page.content)).map(formatProblem) : [];
}
