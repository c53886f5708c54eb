import { basename } from 'node:path';
import type { Problem } from './problems';
import { splitFile } from './frontmatter';

const isRealDay = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
const NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{4}-\d{2}-\d{2})\.mdx$/;

/** A source's file is named `<outlet>-<date>.mdx`, in lower case, with its publication date. */
export function fileNameProblems(file: string, raw: string): Problem[] {
  const name = basename(file);
  const match = NAME.exec(name);
  if (!match) return [{ file, line: 1, field: 'file name', message: `expected <outlet>-<YYYY-MM-DD>.mdx in lower case, like turkiye-today-2025-12-01.mdx, not ${name}` }];
  const split = splitFile(raw);
  const published = (split.data as { published?: { date?: unknown } } | undefined)?.published?.date;
  const date = published instanceof Date ? published.toISOString().slice(0, 10) : typeof published === 'string' ? published : undefined;
  // A date that is not a real date is the schema's to report.
  if (!date || date === match[2] || !isRealDay(date)) return [];
  return [
    {
      file,
      line: split.lineOf(['published', 'date']),
      field: 'published.date',
      message: `is ${date} but the file name says ${match[2]}: rename the file to ${match[1]}-${date}.mdx, or correct the date`,
    },
  ];
}
