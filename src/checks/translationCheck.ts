import { formatDate, isoDay } from '../format/dates';
import { CitationError, citationsOf } from '../markdown/cites';
import { parseBody } from '../markdown/sourceText';
import { type Explainer, explainerSchema, localeOfExplainer, originalOf } from '../schemas/explainer';
import { citedAs } from './citationReview';
import { splitFile } from './frontmatter';
import type { Problem } from './problems';

/** An explainer file: its path from the project root and its text. */
export interface ExplainerFile {
  file: string;
  raw: string;
}

/** A citation as the comparison needs it: what it cites, and the line it is written on. */
interface Placed {
  cites: string;
  line: number;
}

/** What one explainer file says of itself and cites, or undefined where it does not parse (its own checks name why). */
function read({ file, raw }: ExplainerFile): { file: string; data: Explainer; dataLine: (field: string) => number; citations: Placed[] } | undefined {
  const split = splitFile(raw);
  const parsed = explainerSchema.safeParse(split.data);
  if (!parsed.success) return undefined;
  try {
    const citations = citationsOf(parseBody(split.body)).map((c) => ({ cites: citedAs(c.target), line: (c.node.position?.start.line ?? 1) + split.bodyLineOffset }));
    return { file, data: parsed.data, dataLine: (field) => split.lineOf([field]), citations };
  } catch (error) {
    if (error instanceof CitationError || (error as { line?: number }).line !== undefined) return undefined;
    throw error;
  }
}

/** Where two runs of citations differ: the citations of one in a stretch, against those of the other in the same stretch. */
interface Hunk {
  /** Indices in the English, and in the translation, that the other does not match. */
  a: number[];
  b: number[];
  /** Where the stretch sits in the translation: the index of its next shared citation (its length at the end). */
  at: number;
}

/** Aligns two runs of citations by their longest common run, so that one citation added, dropped or changed is named alone. */
function differences(a: readonly string[], b: readonly string[]): Hunk[] {
  const longest = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) longest[i]![j] = a[i] === b[j] ? longest[i + 1]![j + 1]! + 1 : Math.max(longest[i + 1]![j]!, longest[i]![j + 1]!);
  const hunks: Hunk[] = [];
  let hunk: Hunk = { a: [], b: [], at: 0 };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      if (hunk.a.length || hunk.b.length) hunks.push({ ...hunk, at: j });
      hunk = { a: [], b: [], at: 0 };
      i++;
      j++;
    } else if (j < b.length && (i === a.length || longest[i]![j + 1]! >= longest[i + 1]![j]!)) hunk.b.push(j++);
    else hunk.a.push(i++);
  }
  if (hunk.a.length || hunk.b.length) hunks.push({ ...hunk, at: b.length });
  return hunks;
}

/**
 * Checks each translation in content/explainer/<locale>/ against the English page it translates: the
 * build fails when the two cite different paragraphs or rows (or the same in another order), each
 * difference named in both files; and when the translation does not say which English revision it
 * translates (`translates`, the English `updated`), or names one the English never had. It warns, naming
 * both files, when the English has a newer update or correction than the revision translated.
 */
export function translationProblems(files: readonly ExplainerFile[]): { problems: Problem[]; warnings: string[] } {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  for (const translationFile of files.filter((f) => localeOfExplainer(f.file) !== 'en')) {
    const englishFile = originalOf(translationFile.file);
    const original = files.find((f) => f.file === englishFile);
    const at = (line: number, field: string, message: string) => problems.push({ file: translationFile.file, line, field, message });
    if (!original) {
      at(1, 'file', `translates ${englishFile}, which does not exist: a translation has the path of the English page it translates, under its language's folder`);
      continue;
    }
    const [english, translation] = [read(original), read(translationFile)];
    if (!english || !translation) continue;

    const { translates } = translation.data;
    const updated = english.data.updated;
    if (!translates) at(1, 'translates', `missing; expected the English revision this translates: the \`updated\` of ${englishFile} when the translation was last brought up to date (${isoDay(updated)})`);
    else if (translates.getTime() > updated.getTime())
      at(translation.dataLine('translates'), 'translates', `${isoDay(translates)} is after ${englishFile} was last updated (${isoDay(updated)}): expected the English revision this translates`);
    else {
      const newer = english.data.log.filter((entry) => entry.date.getTime() > translates.getTime());
      if (newer.length || updated.getTime() > translates.getTime()) {
        const latest = newer[0];
        const what = latest ? `a newer ${latest.kind} (${formatDate(latest.date)}: "${latest.text.length > 100 ? `${latest.text.slice(0, 99)}…` : latest.text}")` : `a newer revision (${formatDate(updated)})`;
        warnings.push(
          `${translationFile.file} translates ${englishFile} as of ${formatDate(translates)}, and the English has ${what}${newer.length > 1 ? ` and ${newer.length - 1} more` : ''}: bring the translation up to date, then set its translates: ${isoDay(updated)}`,
        );
      }
    }

    const [a, b] = [english.citations, translation.citations];
    const rule = 'a translation cites the same paragraphs and rows as the English, in the same places: correct one file or the other';
    for (const hunk of differences(a.map((c) => c.cites), b.map((c) => c.cites))) {
      // Within a stretch, the n-th citation of one against the n-th of the other: a citation changed.
      const paired = Math.min(hunk.a.length, hunk.b.length);
      for (let k = 0; k < paired; k++) {
        const [was, is] = [a[hunk.a[k]!]!, b[hunk.b[k]!]!];
        at(is.line, 'text', `<Cite> of ${is.cites} where ${englishFile}:${was.line} cites ${was.cites}: ${rule}`);
      }
      for (const index of hunk.b.slice(paired)) at(b[index]!.line, 'text', `<Cite> of ${b[index]!.cites} has no counterpart in ${englishFile}: ${rule}`);
      // A citation only the English has is named where it belongs in the translation: at the next citation they share.
      const here = b[Math.min(hunk.at, b.length - 1)]?.line ?? 1;
      for (const index of hunk.a.slice(paired)) at(here, 'text', `${englishFile}:${a[index]!.line} cites ${a[index]!.cites}, and ${translationFile.file} does not, here: ${rule}`);
    }
  }
  return { problems, warnings };
}
