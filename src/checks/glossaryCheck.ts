import type { ChartSettings } from '../schemas/chartSettings';
import type { KeyEventRow } from '../schemas/keyEvent';
import type { Place } from '../schemas/place';
import type { Strike } from '../schemas/strike';
import type { Locale } from '../site';
import type { CheckedRow } from './csvCheck';
import { CHART_SETTINGS_FILE, CSV_FILES } from './dataFiles';
import { type Glossary, glossarySchema } from '../schemas/glossary';
import { readYaml } from './frontmatter';
import { frontmatterProblems } from './frontmatterCheck';
import { ContentError, type Problem } from './problems';
import { type Edition, editionOf } from '../i18n/words';

/** Each edition's glossary of the data's English words; English needs none. */
export const GLOSSARY_FILES: Partial<Record<Locale, string>> = { es: 'content/data/glossary.es.yml' };

/** A glossary file's words, and every problem in it at its line. */
export const readGlossary = (file: string, text: string) => frontmatterProblems(file, readYaml(text), glossarySchema, 'yaml');

/** An English word of the data that an edition's pages show, and where it is written. */
export interface NeededWord {
  word: string;
  /** The data file and line that write it, and its field there. */
  file: string;
  line: number;
  field: string;
}

/** A word of the data with no translation in an edition's glossary, named where it is written. */
export const missingWord = (glossaryFile: string, { word, file, line, field }: NeededWord): Problem => ({
  file,
  line,
  field,
  message: `"${word}" has no translation in ${glossaryFile}: add a line \`${/[:#"'{}[\],&*!|>%@`]/.test(word) ? JSON.stringify(word) : word}: …\` with the words its pages should show`,
});

/**
 * An edition that names the data's English words from its glossary (`words`, read from `file`): a word the
 * glossary lacks stops the build, naming it and the glossary to add it to; a note it lacks (`known`) stays English.
 */
export function glossaryEdition(locale: Locale, file: string, words: Glossary): Edition {
  const known = (english: string) => (Object.hasOwn(words, english) ? words[english] : undefined);
  const translate = (english: string) => {
    const word = known(english);
    if (word === undefined) throw new ContentError([missingWord(file, { word: english, file, line: 1, field: 'words' })]);
    return word;
  };
  return editionOf(locale, translate, known);
}

/** Every needed word the glossary does not translate. */
export const glossaryProblems = (glossaryFile: string, glossary: Glossary, needed: readonly NeededWord[]): Problem[] =>
  needed.filter((n) => !Object.hasOwn(glossary, n.word)).map((n) => missingWord(glossaryFile, n));

/**
 * The English words of the data that another edition's pages show, each where it is first written: the
 * regions of strikes.csv, the names charts.yml gives them in a sentence, and the labels of events.csv.
 */
export function wordsToTranslate(
  strikes: readonly CheckedRow<Strike>[],
  events: readonly CheckedRow<KeyEventRow>[],
  settings: { data?: ChartSettings; text?: string },
  places: readonly CheckedRow<Place>[] = [],
): NeededWord[] {
  const lineIn = (text: string | undefined, word: string) => (text?.split('\n').findIndex((l) => l.includes(word)) ?? -1) + 1 || 1;
  const needed: NeededWord[] = [
    ...strikes.map((r) => ({ word: r.data.region, file: CSV_FILES.strikes.file, line: r.line, field: `region (row ${r.row})` })),
    ...Object.entries(settings.data?.regions ?? {}).map(([region, name]) => ({ word: name, file: CHART_SETTINGS_FILE, line: lineIn(settings.text, name), field: `regions.${region}` })),
    ...events.map((r) => ({ word: r.data.label, file: CSV_FILES.keyEvents.file, line: r.line, field: `label (row ${r.row})` })),
    ...places.map((r) => ({ word: r.data.name, file: CSV_FILES.places.file, line: r.line, field: `name (row ${r.row})` })),
  ];
  return needed.filter((n, i) => needed.findIndex((m) => m.word === n.word) === i);
}
