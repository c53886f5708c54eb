import { z } from 'astro/zod';

/**
 * An edition's glossary (content/data/glossary.es.yml): its word for each word the data files write in
 * English that its pages show (a region, the label of a marked event). Keyed by the English, as written.
 */
export const glossarySchema = z.record(
  z.string(),
  z.string({ error: 'expected the word in this language, as text' }).trim().min(1, { error: 'expected the word in this language' }),
  { error: 'expected one line per English word: `English words: their translation`' },
);

export type Glossary = z.output<typeof glossarySchema>;
