import { basename } from 'node:path';
import type { Problem } from '../checks/problems';
import { loadCitationIndex, loadReviewText } from '../domain/citations';
import { checkExplainer } from '../checks/explainerCheck';
import { checkSource } from '../checks/sourceCheck';
import { fileNameProblems } from '../checks/sourceName';

/**
 * One kind of content that `npm run check` reads: where its files are, how each is checked (the
 * build's own checks, and more), and the page each becomes, so a broken link there is traced back
 * to the file. A new kind of content adds itself here.
 */
export interface ContentKind {
  /** What an editor calls it. */
  name: string;
  /** Its folder, from the project root. */
  dir: string;
  /** Which files in it are content. */
  pattern: RegExp;
  /** Every problem in one file; `file` is relative to the project `root`. */
  check(file: string, raw: string, root: string): Problem[] | Promise<Problem[]>;
  /** The address of the page the file becomes. */
  pageOf(file: string): string;
}

export const CONTENT_KINDS: ContentKind[] = [
  {
    name: 'sources',
    dir: 'content/sources',
    pattern: /\.mdx$/,
    check: (file, raw) => [...fileNameProblems(file, raw), ...checkSource(file, raw)],
    pageOf: (file) => `/sources/${basename(file, '.mdx')}/`,
  },
  {
    name: 'explainer',
    dir: 'content/explainer',
    pattern: /\.mdx$/,
    // Citations resolve against the sources and data as they are on disk, like the build's.
    check: (file, raw, root) => checkExplainer(file, raw, loadCitationIndex(root), loadReviewText(root, file)),
    pageOf: (file) => (basename(file) === 'index.mdx' ? '/' : `/${basename(file, '.mdx')}/`),
  },
];
