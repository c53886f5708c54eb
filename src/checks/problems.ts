import { plural } from '../format/numbers';

/** One problem in a content file, located for the editor who has to fix it. */
export interface Problem {
  /** The file, relative to the project root. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The field, as a path ("claims[2].p"), or what part of the file it is ("text"). */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
}

export const formatProblem = (p: Problem) => `${p.file}:${p.line} ${p.field}: ${p.message}`;

/** Thrown to stop the build: lists every problem found, one per line. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${plural(problems.length, 'problem')} in content:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentError';
    // A mistake in content, named at its file, line and field: Astro prints an error's stack, and where it was
    // thrown (our code), after its message, which would send an editor to our code.
    this.stack = '';
  }
}

/** Writes a zod issue path the way an editor reads it: claims[2].quote. */
export const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

/**
 * MDX's own words for a syntax mistake, with the places it names ("(6:131-6:178)", line and column in the
 * text after the frontmatter) given as the file's lines, which the problem's line already counts in: "(line 121)".
 */
export const mdxMessage = (message: string, lineOffset: number) =>
  message.replace(/\((\d+):\d+(?:-(\d+):\d+)?\)/g, (_, from: string, to?: string) => {
    const [a, b] = [Number(from) + lineOffset, to === undefined ? undefined : Number(to) + lineOffset];
    return b === undefined || b === a ? `(line ${a})` : `(lines ${a} to ${b})`;
  });
