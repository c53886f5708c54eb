import { type Problem, fieldPath } from './problems';

/** Starts a frontmatter value that `npm run new-source` could not fill: the rest says what to write. */
export const TODO = 'TODO:';

/** A value marked for the editor, with the hint it shows. */
export const todo = (hint: string) => `${TODO} ${hint}`;

/** Every frontmatter field still marked TODO, with its path. */
export function todoFields(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; hint: string }[] {
  if (typeof data === 'string') return data.startsWith(TODO) ? [{ path, hint: data.slice(TODO.length).trim() }] : [];
  if (Array.isArray(data)) return data.flatMap((value, i) => todoFields(value, [...path, i]));
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.entries(data).flatMap(([key, value]) => todoFields(value, [...path, key]));
  return [];
}

/** A problem for each field still marked TODO, so the build says what is left to write. */
export const todoProblems = (file: string, data: unknown, lineOf: (path: readonly PropertyKey[]) => number): Problem[] =>
  todoFields(data).map(({ path, hint }) => ({
    file,
    line: lineOf(path),
    field: fieldPath(path),
    message: `still to be filled in: ${hint}`,
  }));
