import { access } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { z } from 'astro/zod';
import { ALIASES_FILE, readAliases } from '../checks/aliasCheck';
import { reviewFileOf } from '../checks/citationReview';
import { CHART_SETTINGS_FILE, CSV_FILES, type CsvFile, idsOf, readChartSettings, readCsv } from '../checks/dataFiles';
import { checkExplainer } from '../checks/explainerCheck';
import { EXPLAINER_FILES, PAGE_FILES, strayExplainerProblem } from '../checks/explainerFiles';
import { GLOSSARY_FILES, glossaryProblems, readGlossary, wordsToTranslate } from '../checks/glossaryCheck';
import { keyEventChartProblems, keyEventCiteProblems, keyEventStrikeProblems } from '../checks/keyEventCites';
import { translationProblems } from '../checks/translationCheck';
import type { Problem } from '../checks/problems';
import { readSource } from '../checks/sourceCheck';
import { fileNameProblems, inFolderProblem, otherKindProblem } from '../checks/sourceName';
import { contentNames, missingProblem, readContentText } from '../loaders/contentText';
import { pageSchema } from '../schemas/page';
import { type CitableSource, type CitationIndex, citationIndex } from '../domain/citations';
import { reportedTotalId, reportedTotalIdOf } from '../schemas/reportedTotal';

/** A folder of content files an editor writes, and the page each becomes, so a broken link there is traced back to its line. */
export interface ContentKind {
  /** Its folder, from the project root. */
  dir: string;
  /** Which files in it are content. */
  pattern: RegExp;
  /** The address of the page the file becomes. */
  pageOf(file: string): string;
  /** Whether its files are in folders too: the explainer's translations, in content/explainer/<locale>/. */
  nested?: boolean;
  /** Whether every file in it but an editor's tools' is content: one of another kind (`x.md`) is then named, as the build names it. */
  allContent?: boolean;
}

export const CONTENT_KINDS: ContentKind[] = [
  { dir: 'content/sources', pattern: /\.mdx$/, pageOf: (file) => `/sources/${basename(file, '.mdx')}/`, allContent: true },
  {
    dir: 'content/explainer',
    pattern: /\.mdx$/,
    // index.mdx is the home page, es/index.mdx the Spanish one (/es/).
    pageOf: (file) => `/${file.slice('content/explainer/'.length).replace(/\.mdx$/, '/').replace(/(^|\/)index\/$/, '$1')}`,
    nested: true,
  },
  { dir: 'content/pages', pattern: /\.mdx$/, pageOf: (file) => `/${basename(file, '.mdx')}/` },
];

/**
 * The files of one kind under `root`, in name order, each with its text, or the problems that keep it from
 * being read: it is not UTF-8, it links to nothing, or it is in a folder where its kind is not (the build
 * would not publish it as written). Like the build's glob, it leaves out folders and the files an editor's
 * tools keep there (Emacs's lock file `.#name.mdx`, a backup `x.mdx~`: toolsFile). In content/sources/, a
 * file of another kind (`x.md`, `x.txt`) is named too, as the build names it: it would be left out.
 */
export async function contentFiles(root: string, { dir, pattern, nested = false, allContent = false }: Pick<ContentKind, 'dir' | 'pattern' | 'nested' | 'allContent'>) {
  const names = await contentNames(root, dir, { pattern, allContent });
  return Promise.all(
    names.map(async (name) => {
      const file = `${dir}/${name}`;
      if (!pattern.test(name)) return { file, raw: '', unreadable: [otherKindProblem(file)] };
      if (!nested && name.includes('/'))
        return { file, raw: '', unreadable: [inFolderProblem(file, dir)] };
      const read = await readContentText(root, file);
      if (!read) return { file, raw: '', unreadable: [{ file, line: 1, field: 'file', message: 'could not be read: it is a link to a file that is not there, or not a file' }] };
      return { file, raw: read.text, unreadable: read.problems };
    }),
  );
}

/**
 * Everything in content/ under `root`, each file read from disk and parsed once, and every problem in
 * it, checked the way the build checks it and more: `npm run check`'s twin of the build's collections. The explainer's citations resolve
 * against the same citation index the build makes (citationIndex), fed from these files.
 */
export async function readContent(root: string): Promise<{ files: number; problems: Problem[]; warnings: string[]; index: CitationIndex }> {
  // In a site (not a folder of a few files to check), a data file the build reads is missing when it is not there.
  const site = await access(join(root, 'astro.config.mjs')).then(
    () => true,
    () => false,
  );
  const missing = (file: string) => (site ? [missingProblem(file)] : []);
  const csv = async <S extends z.ZodType, N extends z.ZodType>(data: CsvFile<S, N>) => {
    const [read, needed] = await Promise.all([readContentText(root, data.file), data.needs && readContentText(root, data.needs.csv.file)]);
    if (read === undefined) return { read: false, rows: [], problems: missing(data.file), text: undefined };
    // The file this needs reports its own encoding where it is read itself; here its rows are only unknown.
    const other = needed && !needed.problems.length ? needed.text : undefined;
    return { read: true, text: read.problems.length ? undefined : read.text, ...(read.problems.length ? { rows: [], problems: read.problems } : readCsv(data, read.text, other)) };
  };
  const { strikes: strikesFile, regions: regionsFile, places: placesFile, reportedTotals, keyEvents, outlets: outletsFile } = CSV_FILES;
  const [strikes, regions, places, reports, events, outlets] = await Promise.all([
    csv(strikesFile),
    csv(regionsFile),
    csv(placesFile),
    csv(reportedTotals),
    csv(keyEvents),
    csv(outletsFile),
  ]);
  // A strike's id is checked against every row's id cell, a row with a problem's too (its own problem is
  // named at its line), and not at all where the file has no id column to read.
  const strikeIds = idsOf(strikes.text);
  const sources = (await contentFiles(root, CONTENT_KINDS[0]!)).map(({ file, raw, unreadable }) =>
    unreadable.length ? { file, names: [], problems: unreadable } : { file, names: fileNameProblems(file, raw), ...readSource(file, raw, { strikeIds }) },
  );
  const settingsText = await readContentText(root, CHART_SETTINGS_FILE);
  const chartSettings = settingsText === undefined || settingsText.problems.length ? undefined : readChartSettings(CHART_SETTINGS_FILE, settingsText.text);
  const settings = settingsText === undefined ? missing(CHART_SETTINGS_FILE) : settingsText.problems.length ? settingsText.problems : (chartSettings?.problems ?? []);
  const aliasesText = await readContentText(root, ALIASES_FILE);
  const aliases = aliasesText === undefined ? missing(ALIASES_FILE) : aliasesText.problems.length ? aliasesText.problems : readAliases(ALIASES_FILE, aliasesText.text).problems;
  // Each edition's glossary: its own mistakes, and every word of the data its pages show that it lacks.
  const needed = wordsToTranslate(strikes.rows, events.rows, { data: chartSettings?.data, text: settingsText?.text }, places.rows);
  const glossaries = await Promise.all(
    Object.values(GLOSSARY_FILES).map(async (file) => {
      const read = await readContentText(root, file);
      if (read === undefined)
        return { read: false, problems: needed.length ? [{ file, line: 1, field: 'file', message: 'missing: each edition in another language has a glossary of the data’s English words its pages show' }] : [] };
      if (read.problems.length) return { read: true, problems: read.problems };
      const { data, problems } = readGlossary(file, read.text);
      return { read: true, problems: data ? glossaryProblems(file, data, needed) : problems };
    }),
  );

  const citable: CitableSource[] = sources.flatMap(({ file, data, blocks }) =>
    data && blocks ? [{ id: basename(file, '.mdx'), data: { ...data, blocks } }] : [],
  );
  const index: CitationIndex = {
    ...citationIndex(citable, strikes.rows.map((r) => r.data), reports.rows.map((r) => r.data)),
    // What is there but could not be read: its citations wait until its own problem is mended.
    unread: {
      sources: new Set(sources.filter((s) => !(s.data && s.blocks)).map((s) => basename(s.file, '.mdx'))),
      rows: {
        strikes: unreadRows(strikes, strikeIds, (r) => r.data.id),
        'reported-totals': unreadRows(reports, idsOf(reports.text, (row) => reportedTotalIdOf(row.as_of ?? '', row.outlet ?? '')), (r) => reportedTotalId(r.data)),
      },
    },
  };
  // A key event's citation, against the sources as they are; only where every source could be read.
  const eventCites = [
    ...(sources.every((s) => s.data && s.blocks) ? keyEventCiteProblems(events.rows, new Map(citable.map((s) => [s.id, s.data.blocks.length]))) : []),
    // A span a strike event ends, against strikes.csv's rows: a row with a problem of its own waits, and so does
    // every span while an id of strikes.csv cannot be read (idsOf() gives none then).
    ...(strikeIds ? keyEventStrikeProblems(events.rows, new Map(strikes.rows.map((r) => [r.data.id, r.data])), strikeIds) : []),
    // A day the chart marks, against the chart's dates: only where strikes.csv was read with no problem, as a
    // row left out could move them.
    ...(strikes.read && !strikes.problems.length ? keyEventChartProblems(events.rows, strikes.rows.map((r) => r.data)) : []),
  ];
  // Each explainer page with its review file beside it (content/explainer/index.review.csv), where it has one,
  // and each translation against the English page it translates.
  const explainerFiles = await contentFiles(root, CONTENT_KINDS[1]!);
  // A file that is not the explainer's is named once, as that, and not read further.
  const strays = explainerFiles.flatMap(({ file }) => strayExplainerProblem(file) ?? []);
  const ownFiles = explainerFiles.filter(({ file }) => !strays.some((stray) => stray.file === file));
  const explainers = await Promise.all(
    ownFiles.map(async ({ file, raw, unreadable }) => {
      const review = await readContentText(root, reviewFileOf(file));
      // A file that is not UTF-8 is fixed first: its text, or its review's, cannot be read as written.
      if (unreadable.length || review?.problems.length) return [...unreadable, ...(review?.problems ?? [])];
      return checkExplainer(file, raw, index, review?.text);
    }),
  );
  const translations = translationProblems(ownFiles);
  // Each file the build makes a page of by name: the explainer in each edition, and the About page.
  const present = new Set(explainerFiles.map(({ file }) => file));
  const pageFiles = await contentFiles(root, CONTENT_KINDS[2]!);
  for (const { file } of pageFiles) present.add(file);
  const absent = [...EXPLAINER_FILES, ...PAGE_FILES].filter((file) => !present.has(file)).flatMap(missing);
  // Our pages about the site are our prose too: the same checks, with their own frontmatter.
  const pages = await Promise.all(
    pageFiles.map(async ({ file, raw, unreadable }) => {
      const review = await readContentText(root, reviewFileOf(file));
      if (unreadable.length || review?.problems.length) return [...unreadable, ...(review?.problems ?? [])];
      return checkExplainer(file, raw, index, review?.text, pageSchema);
    }),
  );

  const data = [strikes, regions, places, reports, events, outlets];
  return {
    index,
    warnings: translations.warnings,
    files:
      sources.length +
      explainerFiles.length +
      pages.length +
      data.filter((d) => d.read).length +
      [settingsText, aliasesText].filter((t) => t !== undefined).length +
      glossaries.filter((g) => g.read).length,
    problems: unreadableFirst([
      ...absent,
      ...sources.flatMap((s) => [...s.names, ...s.problems]),
      ...strays,
      ...explainers.flat(),
      ...translations.problems,
      ...pages.flat(),
      ...data.flatMap((d) => d.problems),
      ...eventCites,
      ...settings,
      ...aliases,
      ...glossaries.flatMap((g) => g.problems),
    ]),
  };
}

/** The ids of a data file's rows that are there but were not read (each has a problem of its own), or `all` where none could be. */
function unreadRows<R>(file: { read: boolean; problems: unknown[]; rows: R[] }, ids: ReadonlySet<string> | undefined, idOf: (row: R) => string) {
  if (!file.read || !file.problems.length) return undefined;
  if (!ids) return 'all' as const;
  const read = new Set(file.rows.map(idOf));
  return new Set([...ids].filter((id) => !read.has(id)));
}

/**
 * A file that is missing or cannot be read (not UTF-8, a link to nothing) is named first: the problems
 * after it (citations of its rows, say) may only follow from it.
 */
const unreadableFirst = (problems: Problem[]) => [
  ...problems.filter((p) => p.field === 'encoding' || p.field === 'file'),
  ...problems.filter((p) => p.field !== 'encoding' && p.field !== 'file'),
];
