import { type Claim, paragraphId, type Source } from '../schemas/source';

/** What a page needs of a source entry; matches astro:content's entry without depending on it. */
export interface SourceEntry {
  id: string;
  data: Source;
}

/** Newest first; sources published the same day keep a stable order by id. */
export const newestFirst = <T extends SourceEntry>(entries: readonly T[]): T[] =>
  [...entries].sort(
    (a, b) => b.data.published.date.getTime() - a.data.published.date.getTime() || a.id.localeCompare(b.id),
  );

/** The outlet's name, or a plain statement that it is not known. */
export const outletName = (source: Pick<Source, 'outlet'>) => source.outlet.name ?? 'Outlet not identified';

/** The page of a source, or of one of its paragraphs. */
export const sourceHref = (id: string, paragraph?: number) =>
  `/sources/${id}/${paragraph === undefined ? '' : `#${paragraphId(paragraph)}`}`;

/** The date a claim describes: its own asOf, else the day the source was published. */
export const claimAsOf = (claim: Claim, source: Source) => claim.asOf ?? source.published.date;

/** Labels for the kinds of page furniture a source can drop. */
export const removedKinds: Record<Source['removed'][number]['kind'], string> = {
  'cookie-banner': 'Cookie banner',
  'donation-appeal': 'Donation appeal',
  'related-link': 'Link to another article',
  'duplicate-caption': 'Photo caption printed twice',
  navigation: 'Site navigation',
  masthead: 'Masthead',
  'gallery-label': 'Photo gallery label',
  dateline: 'Date line (kept as the publication date)',
  credit: 'Credit line',
  'subscribe-prompt': 'Subscription or newsletter prompt',
};
