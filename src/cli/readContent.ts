import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'astro/zod';
import { reviewFileOf } from '../checks/citationReview';
import { CHART_SETTINGS_FILE, CSV_FILES, type CsvFile, readChartSettings, readCsv } from '../checks/dataFiles';
import { checkExplainer } from '../checks/explainerCheck';
import type { Problem } from '../checks/problems';
import { readSource } from '../checks/sourceCheck';
import { fileNameProblems } from '../checks/sourceName';
import { type CitableSource, type CitationIndex, citationIndex } from '../domain/citations';

/** A folder of content files an editor writes, and the page each becomes, so a broken link there is traced back to its line. */
export interface ContentKind {
  /** Its folder, from the project root. */
  dir: string;
  /** Which files in it are content. */
  pattern: RegExp;
  /** The address of the page the file becomes. */
  pageOf(file: string): string;
}

export const CONTENT_KINDS: ContentKind[] = [
  { dir: 'content/sources', pattern: /\.mdx$/, pageOf: (file) => `/sources/${basename(file, '.mdx')}/` },
  { dir: 'content/explainer', pattern: /\.mdx$/, pageOf: (file) => (basename(file) === 'index.mdx' ? '/' : `/${basename(file, '.mdx')}/`) },
];

/** The files of one kind under `root`, in name order, each with its text. */
export async function contentFiles(root: string, { dir, pattern }: Pick<ContentKind, 'dir' | 'pattern'>) {
  const names = (await readdir(join(root, dir)).catch(() => [])).filter((n) => pattern.test(n)).sort();
  return Promise.all(names.map(async (name) => ({ file: `${dir}/${name}`, raw: await readFile(join(root, dir, name), 'utf8') })));
}

/** A data file's text, or undefined where the project has none. */
const dataText = (root: string, file: string) => readFile(join(root, file), 'utf8').catch(() => undefined);

/**
 * Everything in content/ under `root`, each file read from disk and parsed once, and every problem in
 * it, checked the way the build checks it and more: `npm run check`'s twin of the build's collections. The explainer's citations resolve
 * against the same citation index the build makes (citationIndex), fed from these files.
 */
export async function readContent(root: string): Promise<{ files: number; problems: Problem[]; index: CitationIndex }> {
  const sources = (await contentFiles(root, CONTENT_KINDS[0]!)).map(({ file, raw }) => ({ file, names: fileNameProblems(file, raw), ...readSource(file, raw) }));
  const csv = async <S extends z.ZodType>(data: CsvFile<S>) => {
    const text = await dataText(root, data.file);
    return { read: text !== undefined, ...(text === undefined ? { rows: [], problems: [] } : readCsv(data, text)) };
  };
  const [strikes, reports, events] = await Promise.all([csv(CSV_FILES.strikes), csv(CSV_FILES.reportedTotals), csv(CSV_FILES.keyEvents)]);
  const settingsText = await dataText(root, CHART_SETTINGS_FILE);
  const settings = settingsText === undefined ? [] : readChartSettings(CHART_SETTINGS_FILE, settingsText).problems;

  const citable: CitableSource[] = sources.flatMap(({ file, data, blocks }) =>
    data && blocks ? [{ id: basename(file, '.mdx'), data: { ...data, blocks } }] : [],
  );
  const index = citationIndex(citable, strikes.rows.map((r) => r.data), reports.rows.map((r) => r.data));
  // Each explainer page with its review file beside it (content/explainer/index.review.csv), where it has one.
  const explainers = await Promise.all(
    (await contentFiles(root, CONTENT_KINDS[1]!)).map(async ({ file, raw }) => checkExplainer(file, raw, index, await dataText(root, reviewFileOf(file)))),
  );

  const data = [strikes, reports, events];
  return {
    index,
    files: sources.length + explainers.length + data.filter((d) => d.read).length + (settingsText === undefined ? 0 : 1),
    problems: [
      ...sources.flatMap((s) => [...s.names, ...s.problems]),
      ...explainers.flat(),
      ...data.flatMap((d) => d.problems),
      ...settings,
    ],
  };
}
