import { nameKey, wordsOf } from '../format/words';
import { type AliasGroup, aliasesSchema } from '../schemas/aliases';
import { readYaml } from './frontmatter';
import { frontmatterProblems } from './frontmatterCheck';
import type { Problem } from './problems';

/** content/search/aliases.yml: groups of names for one thing, which search treats as one. */
export const ALIASES_FILE = 'content/search/aliases.yml';

/** A group with the line of each of its names, so a problem found later (after the build) can be placed. */
export interface PlacedGroup extends AliasGroup {
  lines: number[];
}

/** The alias groups in a YAML file and every problem in them at its line: the schema's, and a name in two groups. */
export function readAliases(file: string, text: string): { problems: Problem[]; groups?: PlacedGroup[] } {
  const yaml = readYaml(text);
  const { problems, data } = frontmatterProblems(file, yaml, aliasesSchema, 'yaml');
  if (!data) return { problems };
  return { problems, groups: data.map((group, i) => ({ ...group, lines: group.names.map((_, j) => yaml.lineOf([i, 'names', j])) })) };
}

/**
 * The names that no indexed page prints (as words in a row, compared as search compares them), each a
 * warning at its line: a misspelt name, or one that belongs to content not written yet.
 */
export function unprintedNames(file: string, groups: readonly PlacedGroup[], texts: readonly string[]): Problem[] {
  // Each page's words as search compares them, one space apart, so a name is found as a run of them.
  const pages = texts.map((text) => ` ${wordsOf(text).map((w) => w.key).join(' ')} `);
  const isPrinted = (name: string) => pages.some((page) => page.includes(` ${nameKey(name)} `));
  return groups.flatMap((group, i) =>
    group.names.flatMap((name, j) =>
      isPrinted(name)
        ? []
        : [{ file, line: group.lines[j]!, field: `[${i}].names[${j}]`, message: `"${name}" (a name for ${group.names[j ? 0 : 1]}) is printed on no page that search indexes: check its spelling, or remove it until a page prints it` }],
    ),
  );
}
