import type { Locale } from '../site';
import { type Glossary, glossarySchema } from '../schemas/glossary';
import { readYaml } from './frontmatter';
import { frontmatterProblems } from './frontmatterCheck';
import type { Problem } from './problems';

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

/** Every needed word the glossary does not translate. */
export const glossaryProblems = (glossaryFile: string, glossary: Glossary, needed: readonly NeededWord[]): Problem[] =>
  needed.filter((n) => !Object.hasOwn(glossary, n.word)).map((n) => missingWord(glossaryFile, n));
