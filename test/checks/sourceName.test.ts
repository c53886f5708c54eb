import { describe, expect, test } from 'vitest';
import { fileNameProblems, otherKindProblem, toolsFile } from '../../src/checks/sourceName';

const raw = (date: string) => `---\ntitle: T\npublished:\n  date: ${date}\n---\n\nText.\n`;

describe('fileNameProblems(file, raw)', () => {
  test('passes <outlet>-<date>.mdx with the publication date', () => {
    expect(fileNameProblems('content/sources/turkiye-today-2025-12-01.mdx', raw('2025-12-01'))).toEqual([]);
  });

  test('names a date that disagrees with the file name, at the date’s line, and says how to fix it', () => {
    expect(fileNameProblems('content/sources/turkiye-today-2025-12-02.mdx', raw('2025-12-01'))).toEqual([
      {
        file: 'content/sources/turkiye-today-2025-12-02.mdx',
        line: 4,
        field: 'published.date',
        message: 'is 2025-12-01 but the file name says 2025-12-02: rename the file to turkiye-today-2025-12-01.mdx, or correct the date',
      },
    ]);
  });

  test.each(['Turkiye-Today-2025-12-01.mdx', 'turkiye today 2025-12-01.mdx', 'turkiye-today.mdx', 'turkiye-today-1-12-2025.mdx'])(
    'rejects the name %s',
    (name) => {
      const [problem] = fileNameProblems(`content/sources/${name}`, raw('2025-12-01'));
      expect(problem).toMatchObject({ line: 1, field: 'file name' });
      expect(problem.message).toMatch(/^expected <outlet>-<YYYY-MM-DD>\.mdx in lower case/);
    },
  );

  // A date like this crashed npm run check with a RangeError before the reorganisation (test/checks/sourceCheck.property.test.ts tries it).
  test('leaves a date that is no day at all (2025-13-45) to the schema, without crashing', () => {
    expect(fileNameProblems('content/sources/turkiye-today-2025-12-01.mdx', raw('2025-13-45'))).toEqual([]);
  });
});

describe('toolsFile(name) and otherKindProblem(file): what else a folder of sources may hold', () => {
  test('an editor’s and the system’s files are not content: hidden, backups, Emacs’s auto-save, Thumbs.db', () => {
    for (const name of ['.#x-2025-11-20.mdx', '.DS_Store', 'x-2025-11-20.mdx~', '#x-2025-11-20.mdx#', 'Thumbs.db', 'desktop.ini']) expect(toolsFile(name), name).toBe(true);
    for (const name of ['x-2025-11-20.md', 'x-2025-11-20.mdx.bak', 'notes.txt']) expect(toolsFile(name), name).toBe(false);
  });

  test('any other file is named, with the name it would have as a source where that is not already in it', () => {
    expect(otherKindProblem('content/sources/x-2025-11-20.md').message).toBe(
      'not published: only .mdx files in this folder become pages; if it is one, rename it content/sources/x-2025-11-20.mdx',
    );
    expect(otherKindProblem('content/sources/x-2025-11-20.mdx.bak').message).toBe('not published: only .mdx files in this folder become pages');
  });
});
