import { inParentheses } from '../format/brackets';
import { slug } from '../format/slug';
import { ENGLISH, type Edition } from '../i18n/words';
import { type Claim, paragraphId, type Source } from '../schemas/source';
import { type Locale, pathIn } from '../site';

/** What a page needs of a source entry; matches astro:content's entry without depending on it. */
export interface SourceEntry {
  id: string;
  data: Source;
}

/** Newest first; sources published the same day keep a stable order by id. */
export const newestFirst = <T extends { id: string; data: Pick<Source, 'published'> }>(entries: readonly T[]): T[] =>
  [...entries].sort(
    (a, b) => b.data.published.date.getTime() - a.data.published.date.getTime() || a.id.localeCompare(b.id),
  );

/** The outlet's name, or a plain statement, in the edition's words, that it is not known. */
export const outletName = (source: Pick<Source, 'outlet'>, { words }: Edition = ENGLISH) => source.outlet.name ?? words.sources.outletUnknown;

/** A cited paragraph as a link to it names it, by its source's outlet: "Orinoco Tribune, paragraph 8". */
export const paragraphLabel = (sources: readonly { id: string; data: Pick<Source, 'outlet'> }[], cite: { source: string; p: number }, edition: Edition = ENGLISH) =>
  edition.words.data.sourceParagraph(outletName(sources.find((s) => s.id === cite.source)!.data, edition), cite.p);

/** Our summary of a source in the edition's language, and that language: the English where it has no translation yet. */
export const summaryOf = (source: Pick<Source, 'summary' | 'es'>, { locale }: Edition = ENGLISH) =>
  locale === 'es' && source.es ? { text: source.es.summary, lang: 'es' } : { text: source.summary, lang: 'en' };

/** How a source's day was worked out, where it was, in the edition's language where we have written it, and that language. */
export const inferredOf = ({ published }: Pick<Source, 'published'>, { locale }: Edition = ENGLISH) =>
  !published.inferred ? undefined : locale === 'es' && published.es ? { text: published.es.inferred, lang: 'es' } : { text: published.inferred, lang: 'en' };

/** The title we show: our Spanish title where the title is ours and translated, else the article's own. */
export const titleOf = (source: Pick<Source, 'title' | 'titleFrom' | 'es'>, { locale }: Edition = ENGLISH) =>
  locale === 'es' && source.titleFrom === 'editors' && source.es?.title ? { text: source.es.title, lang: 'es' } : { text: source.title, lang: 'en' };

/**
 * A source's title as its page, its feed entry and its card name it: with its outlet, and, where the title is
 * ours, saying so, since shared it stands alone ("… (Orinoco Tribune; the title is ours)"), not as the outlet's headline.
 */
export const namedTitle = (source: Pick<Source, 'title' | 'titleFrom' | 'es' | 'outlet'>, edition: Edition = ENGLISH) => {
  const outlet = outletName(source, edition);
  return `${titleOf(source, edition).text} ${inParentheses(source.titleFrom === 'editors' ? `${outlet}; ${edition.words.sources.titleOurs}` : outlet)}`;
};

/**
 * Whether a title of ours is the words of the article's web address (its last part, perhaps cut short, as
 * Indian Witness's is): then the page says so, not only that the title is ours.
 */
export function titleFromAddress(source: Pick<Source, 'title' | 'titleFrom' | 'url'>): boolean {
  if (source.titleFrom !== 'editors' || !source.url) return false;
  const last = new URL(source.url).pathname.split('/').filter(Boolean).at(-1) ?? '';
  const words = slug(source.title);
  return words !== '' && (last === words || last.startsWith(`${words}-`));
}

/**
 * Which note says a title is ours, where it is: the words of the article's web address, or ours alone. The
 * source's page and its feed entry say the same.
 */
export const headlineNote = (source: Pick<Source, 'title' | 'titleFrom' | 'url'>) =>
  source.titleFrom !== 'editors' ? undefined : titleFromAddress(source) ? ('headlineFromAddress' as const) : ('headlineOurs' as const);

/** Whether every source is in English (`language` en, en-US, …): the Spanish list of sources says so only then. */
export const allInEnglish = (sources: readonly { data: Pick<Source, 'language'> }[]) => sources.every((source) => /^en(-|$)/i.test(source.data.language));

/**
 * The page of a source, or of one of its paragraphs. A source has one page, in the language it was
 * published in, which every edition links to (with `hreflang`).
 */
export const sourceHref = (id: string, paragraph?: number) => `/sources/${id}/${paragraph === undefined ? '' : `#${paragraphId(paragraph)}`}`;

/** How many sources a page of the list of sources shows, newest first; the rest are on further pages. */
export const SOURCES_PAGE = 100;

/** Where page n of the list of sources is: page 1 at /sources/, the others at /sources/page/{n}/. */
export const sourcesPageHref = (locale: Locale, page: number) => pathIn(locale, page === 1 ? '/sources/' : `/sources/page/${page}/`);

/** The anchor of a day in the list of sources, on its first source of that day: "day-2025-09-02". */
export const sourcesDayId = (day: string) => `day-${day}`;

/** A day in the list of sources: the page on which that day begins, at the day. */
export const sourcesDayHref = (locale: Locale, page: number, day: string) => `${sourcesPageHref(locale, page)}#${sourcesDayId(day)}`;

/** The date a claim describes: its own asOf, else the day the source was published. */
export const claimAsOf = (claim: Claim, source: Source) => claim.asOf ?? source.published.date;

/** The kinds of page furniture a source can drop. */
export type RemovedKind = Source['removed'][number]['kind'];
