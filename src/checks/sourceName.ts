import { isCalendarDay, isoDay } from '../format/dates';
import { slug } from '../format/slug';
import type { Problem } from './problems';
import { splitFile } from './frontmatter';

const NAME = /^(.+)-(\d{4}-\d{2}-\d{2})\.mdx$/;

/** A source's file is named `<outlet>-<date>.mdx`: its outlet's slug (as new-source writes it) and its publication date. */
export function fileNameProblems(file: string, raw: string): Problem[] {
  const name = file.split('/').at(-1)!;
  const match = NAME.exec(name);
  if (!match || slug(match[1]!) !== match[1]) return [{ file, line: 1, field: 'file name', message: `expected <outlet>-<YYYY-MM-DD>.mdx in lower case, like turkiye-today-2025-12-01.mdx, not ${name}` }];
  const split = splitFile(raw);
  const published = (split.data as { published?: { date?: unknown } } | undefined)?.published?.date;
  const date = published instanceof Date ? isoDay(published) : typeof published === 'string' ? published : undefined;
  // A date that is not a real date is the schema's to report.
  if (!date || date === match[2] || !isCalendarDay(date)) return [];
  return [
    {
      file,
      line: split.lineOf(['published', 'date']),
      field: 'published.date',
      message: `is ${date} but the file name says ${match[2]}: rename the file to ${match[1]}-${date}.mdx, or correct the date`,
    },
  ];
}

/**
 * A content file in a folder where its kind keeps its files directly (content/sources/2025/x.mdx): the
 * build would not publish it at the address its name gives, so it is refused until it is moved up.
 */
export const inFolderProblem = (file: string, dir: string): Problem => ({
  file,
  line: 1,
  field: 'file',
  message: `is in a folder: ${dir}/ holds its files directly, so move it to ${dir}/${file.split('/').at(-1)}`,
});

/** A file in a folder of pages that is not a page's kind: "x.md" would be left out of the site without a word. */
export const otherKindProblem = (file: string): Problem => ({
  file,
  line: 1,
  field: 'file name',
  message: `not published: only .mdx files in this folder become pages${/\.mdx\b/.test(file) ? '' : `; if it is one, rename it ${file.replace(/(\.[^./]*)?$/, '.mdx')}`}`,
});

/** Files that an operating system leaves in a folder it shows. */
const SYSTEM_FILES = new Set(['Thumbs.db', 'desktop.ini', 'Icon\r']);

/**
 * Whether a file in a folder of pages is one an editor's tools or the system keep there, not content: hidden
 * (`.#x.mdx`, `.DS_Store`), a backup (`x.mdx~`), Emacs's auto-save (`#x.mdx#`), Windows's `Thumbs.db`.
 */
export const toolsFile = (name: string) => name.startsWith('.') || name.endsWith('~') || /^#.*#$/.test(name) || SYSTEM_FILES.has(name);
