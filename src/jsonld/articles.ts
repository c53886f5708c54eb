import type { BackgroundNewsArticle, CorrectionComment, IdReference, NewsArticle, Organization } from 'schema-dts';
import { isoDay } from '../format/dates';
import { type SourceEntry, sourceHref } from '../domain/sources';
import type { Explainer } from '../schemas/explainer';
import type { Source } from '../schemas/source';
import { SITE_LANGUAGE, basePath } from '../site';
import { absolute } from './graph';
import { DATA_PATH, datasetId, sourceArticleId } from './ids';
import { us } from './organization';

/** A source's outlet as an organisation; none where the outlet is not known, rather than a guess. */
function outletOf({ outlet }: Pick<Source, 'outlet'>): Organization | undefined {
  if (!outlet.name) return undefined;
  return { '@type': 'Organization', name: outlet.name, ...(outlet.website && { url: `https://${outlet.website.replace(/^https?:\/\//, '')}` }) };
}

/**
 * A source as what it is: our copy of another outlet's news article. Its words, and so its publisher,
 * author and copyright, are the outlet's (left out where the outlet is not known); it is based on the
 * original at the outlet's address, where known; its date is the article's own; we only keep the copy
 * and write this description of it (`sdPublisher`). Its headline is given only where it is the article's.
 */
export function sourceArticle({ id, data }: SourceEntry, site: URL): NewsArticle {
  const page = absolute(sourceHref(id), site);
  const outlet = outletOf(data);
  return {
    '@type': 'NewsArticle',
    '@id': sourceArticleId(id, site),
    ...(data.titleFrom === 'article' ? { headline: data.title } : { name: data.title }),
    datePublished: isoDay(data.published.date),
    inLanguage: data.language,
    url: page,
    mainEntityOfPage: page,
    ...(data.url && { isBasedOn: data.url }),
    ...(outlet && { publisher: outlet, author: outlet, copyrightHolder: outlet }),
    ...(data.byline && { creditText: data.byline }),
    sdPublisher: us(site),
  };
}

/**
 * A citation on a page, as resolved: where it links (a source's paragraph, a row of the data page, or a
 * row of a chart's data), and for a running total of the strike data, the sum its note gives.
 */
interface Citation {
  href: string;
  sum?: string;
}

/** The sources a page cites: those one of its citations links into. */
export const citedSources = <T extends SourceEntry>(sources: readonly T[], citations: readonly Citation[]): T[] =>
  sources.filter((s) => citations.some((c) => c.href.startsWith(sourceHref(s.id))));

/** What an explainer page is given besides its frontmatter. */
export interface ExplainerInput {
  /** The page's path: "/" for the home page. */
  path: string;
  site: URL;
  /** Every source; those the page cites are the article's basis. */
  sources: readonly SourceEntry[];
  /** The page's citations, as resolved. */
  citations: readonly Citation[];
  /** The page's picture, where it has one (its og:image). */
  image?: string;
  /** The page's language (BCP 47), where it is not the site's: a translation. */
  inLanguage?: string;
  /** For a translation, the path of the page it translates: "/". */
  translationOf?: string;
  /** For the English page, the paths of its translations: ["/es/"]. */
  translations?: readonly string[];
}

/**
 * An explainer as a news article giving background (schema.org's type for an "explainer"), ours: its
 * dates from its frontmatter (dateModified is its updates log's newest entry), built on and citing the
 * sources it cites, with each correction in its log.
 */
export function explainerArticle(
  explainer: Explainer,
  { path, site, sources, citations, image, inLanguage = SITE_LANGUAGE, translationOf, translations = [] }: ExplainerInput,
): BackgroundNewsArticle {
  const page = absolute(path, site);
  const cited = citedSources(sources, citations);
  // The dataset is described in full on its own page; here it is named by its node id. A translation cites
  // its edition's data page ("/es/data/#strike-1"), of the same dataset.
  // A running total is of the dataset too, though it links to a chart's row.
  const data: IdReference[] = citations.some((c) => basePath(c.href).startsWith(DATA_PATH) || c.sum !== undefined) ? [{ '@id': datasetId(site) }] : [];
  const articleAt = (pagePath: string): IdReference => ({ '@id': `${absolute(pagePath, site)}#article` });
  const basis = [...cited.map((s) => sourceArticle(s, site)), ...data];
  const corrections: CorrectionComment[] = explainer.log
    .filter((entry) => entry.kind === 'correction')
    .map((entry) => ({ '@type': 'CorrectionComment', datePublished: isoDay(entry.date), text: entry.text }));
  return {
    '@type': 'BackgroundNewsArticle',
    '@id': `${page}#article`,
    headline: explainer.title,
    description: explainer.description,
    datePublished: isoDay(explainer.published),
    dateModified: isoDay(explainer.updated),
    inLanguage,
    ...(translationOf && { translationOfWork: articleAt(translationOf) }),
    ...(translations.length > 0 && { workTranslation: translations.map(articleAt) }),
    url: page,
    mainEntityOfPage: page,
    ...(image && { image }),
    author: us(site),
    publisher: us(site),
    isAccessibleForFree: true,
    isBasedOn: basis,
    citation: [...cited.map((s) => ({ '@id': sourceArticleId(s.id, site) })), ...data],
    ...(corrections.length > 0 && { correction: corrections }),
  };
}
