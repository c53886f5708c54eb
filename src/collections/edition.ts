import { getCollection } from 'astro:content';
import { glossaryEdition } from '../checks/glossaryCheck';
import { ContentError } from '../checks/problems';
import { type Edition, ENGLISH } from '../i18n/words';
import { defaultLocale, type Locale } from '../site';

/**
 * An edition as the pages need it: its words, and its glossary of the data's English words. A word its
 * pages show that the glossary lacks stops the build, naming the word and the glossary to add it to.
 */
export async function loadEdition(locale: Locale): Promise<Edition> {
  if (locale === defaultLocale) return ENGLISH;
  const entry = (await getCollection('glossaries')).find((g) => g.id === locale);
  if (!entry) throw new ContentError([{ file: `content/data/glossary.${locale}.yml`, line: 1, field: 'file', message: `missing: the ${locale} edition needs a glossary of the data's English words` }]);
  const { file, words } = entry.data;
  return glossaryEdition(locale, file, words);
}
