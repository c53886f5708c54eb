import type { z } from 'astro/zod';
import { fieldPath, type Problem } from './problems';
import type { YamlText } from './frontmatter';
import { todoFields, todoProblems } from './todo';

/** Reads a value at a zod path from plain data. */
const valueAt = (data: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);

/** What a field holds, in an editor's words rather than zod's type names. */
const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list, one `- ` item per line',
  object: 'fields, each on a line of its own, indented under it',
  date: 'a date written as YYYY-MM-DD',
};

/** zod's own words for a value of the wrong kind ("Invalid input: expected string, received undefined"), in an editor's: "expected text". */
export const plainMessage = (message: string) =>
  message.replace(/^Invalid input: expected (\w+), received \w+$/, (whole, kind: string) => (KINDS[kind] ? `expected ${KINDS[kind]}` : whole));

/** Each YAML syntax mistake of a file's frontmatter (or, with `what` "yaml", of a YAML file) at its line. */
export function yamlProblems(file: string, split: Pick<YamlText, 'yamlErrors'>, what = 'frontmatter'): Problem[] {
  return split.yamlErrors.map((e) => ({ file, line: e.line, field: what, message: `not valid YAML: ${e.message}` }));
}

/**
 * A content file's frontmatter (or a YAML file: `what` is then "yaml") against its schema: every field
 * still marked TODO, then every schema issue at its line. Returns the parsed data where the schema passes.
 */
export function frontmatterProblems<S extends z.ZodType>(file: string, split: YamlText & { body?: string }, schema: S, what = 'frontmatter') {
  const problem = (line: number, field: string, message: string): Problem => ({ file, line, field, message });
  if (!split.doc) {
    // A file that opens its frontmatter and never closes it has some: it is the closing line that is missing.
    const opened = split.body !== undefined && /^---[ \t]*\r?\n/.test(split.body);
    const message = opened ? 'the frontmatter opened on line 1 is never closed: add a line --- after its last field' : 'expected the file to start with frontmatter between two --- lines';
    return { problems: [problem(1, what, message)] };
  }
  if (split.yamlErrors.length) return { problems: yamlProblems(file, split, what) };

  // Fields that new-source marked TODO are reported as such, not as whatever the schema makes of the marker.
  const problems = todoProblems(file, split.data, split.lineOf);
  const todos = todoFields(split.data).map((t) => fieldPath(t.path));
  const parsed = schema.safeParse(split.data);
  if (parsed.success) return { problems, data: parsed.data as z.output<S> };
  for (const issue of parsed.error.issues) {
    if (todos.includes(fieldPath(issue.path))) continue;
    // A field the schema does not know is reported at its own line, one per field, not at its parent's.
    if (issue.code === 'unrecognized_keys') {
      // zod's own words name the key, which the field already does; a schema's own say what it expects.
      const message = /^Unrecognized keys?:/.test(issue.message) ? 'unknown field: check its spelling, or remove it' : issue.message;
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push(problem(split.lineOf(path), fieldPath(path), message));
      }
      continue;
    }
    const missing = valueAt(split.data, issue.path) === undefined;
    const message = plainMessage(issue.message);
    problems.push(problem(split.lineOf(issue.path), fieldPath(issue.path) || what, missing ? `missing; ${message}` : message));
  }
  return { problems };
}
