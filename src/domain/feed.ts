import type { Explainer } from '../schemas/explainer';
import { isoDay } from '../format/dates';
import { escapeXml } from '../format/xml';
import { SITE_NAME } from '../site';
import { outletName, sourceHref, type SourceEntry } from './sources';

/** One entry of the site's Atom feed: a source added, or (later) an update to the explainer. */
export interface FeedEntry {
  /** A permanent, unique id: the page's absolute address, with a #fragment where one page has several entries. */
  id: string;
  /** The page's absolute address. */
  url: string;
  title: string;
  /** One sentence on what it is. */
  summary: string;
  /** Who wrote it. */
  author: string;
  /** What sort of entry it is: "source", "correction", "update". */
  category: string;
  published: Date;
  /** When it last changed, if not when it was published. */
  updated?: Date;
}

/** The feed's own title, description and addresses. */
export interface FeedMeta {
  title: string;
  subtitle: string;
  /** The site's home page, absolute. */
  site: string;
  /** The feed's own address, absolute. */
  self: string;
}

const updatedOf = (entry: FeedEntry) => entry.updated ?? entry.published;

/** The explainer's page: index.mdx is the home page. */
const explainerPath = (id: string) => (id === 'index' ? '/' : `/${id}/`);

/**
 * The explainer as one entry, updated when its log says; and one entry per update or correction in
 * the log, numbered from the oldest so that a new entry never renumbers the others.
 */
export const explainerEntries = (explainers: readonly { id: string; data: Explainer }[], site: URL | string): FeedEntry[] =>
  explainers.flatMap(({ id, data }) => {
    const url = new URL(explainerPath(id), site).href;
    const base = { url, author: SITE_NAME };
    return [
      { ...base, id: url, title: data.title, summary: data.description, category: 'explainer', published: data.published, updated: data.updated },
      ...data.log.map((entry, i) => ({
        ...base,
        id: `${url}#log-${isoDay(entry.date)}-${data.log.length - i}`,
        url: `${url}#log-heading`,
        title: `${entry.kind === 'correction' ? 'Correction' : 'Update'}: ${data.title}`,
        summary: entry.text,
        category: entry.kind,
        published: entry.date,
      })),
    ];
  });

/** One feed entry per source, linking to its page. */
export const sourceEntries = (sources: readonly SourceEntry[], site: URL | string): FeedEntry[] =>
  sources.map(({ id, data }) => {
    const url = new URL(sourceHref(id), site).href;
    return {
      id: url,
      url,
      title: `${data.title} (${outletName(data)})`,
      summary: data.summary,
      author: outletName(data),
      category: 'source',
      published: data.published.date,
    };
  });

/**
 * An Atom feed (RFC 4287) of the entries, newest first. Its `updated` is the newest entry's, not the
 * time of the build, so the same content gives the same file.
 */
export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const sorted = [...entries].sort((a, b) => updatedOf(b).getTime() - updatedOf(a).getTime() || a.id.localeCompare(b.id));
  const newest = sorted[0] ? updatedOf(sorted[0]) : new Date(0);
  const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
  const link = (rel: string, type: string, href: string) => `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  ${element('title', meta.title)}`,
    `  ${element('subtitle', meta.subtitle)}`,
    `  ${link('self', 'application/atom+xml', meta.self)}`,
    `  ${link('alternate', 'text/html', meta.site)}`,
    `  ${element('id', meta.site)}`,
    `  ${element('updated', newest.toISOString())}`,
    `  <author>${element('name', meta.title)}</author>`,
    ...sorted.flatMap((e) => [
      '  <entry>',
      `    ${element('title', e.title)}`,
      `    ${link('alternate', 'text/html', e.url)}`,
      `    ${element('id', e.id)}`,
      `    ${element('published', e.published.toISOString())}`,
      `    ${element('updated', updatedOf(e).toISOString())}`,
      `    <author>${element('name', e.author)}</author>`,
      `    <category term="${escapeXml(e.category)}"/>`,
      `    ${element('summary', e.summary)}`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
