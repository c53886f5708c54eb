import type { Explainer, LogEntry } from '../schemas/explainer';
import { inParentheses } from '../format/brackets';
import { formatDate, isoDay } from '../format/dates';
import { escapeXml } from '../format/xml';
import { ENGLISH, type Edition } from '../i18n/words';
import { EDITORIAL_TEAM, defaultLocale, editions, type Locale } from '../site';
import { proseIn } from '../markdown/quotes';
import { headlineNote, namedTitle, outletName, sourceHref, type SourceEntry, summaryOf, titleOf } from './sources';

/** One entry of the site's Atom feed: a source added, the explainer, or an update or correction to it. */
export interface FeedEntry {
  /**
   * A permanent, unique id: the page's absolute address, with a #fragment where one page has several entries,
   * or where both editions' feeds have an entry for the one page (a source's), each in its own words.
   */
  id: string;
  /** The page's absolute address. */
  url: string;
  /** The language of the page at `url`, where it is not the feed's (a source's page in the Spanish feed): "en". */
  hreflang?: string;
  title: string;
  /** The language of the title, where it is not the feed's (a source's own English title in the Spanish feed). */
  titleLang?: string;
  /** One sentence on what it is; left out where the content says no more than it would. */
  summary?: string;
  /** What a feed reader shows, as HTML: what a reader needs without opening the page, with a link to it. */
  content: string;
  /** Who wrote it. */
  author: string;
  /** The address of the author's page, where there is one. */
  authorUri?: string;
  /** What sort of entry it is: "source", "correction", "update". */
  category: string;
  published: Date;
  /** When it last changed, if not when it was published. */
  updated?: Date;
}

/** The feed's own title, description, author and addresses. */
export interface FeedMeta {
  title: string;
  subtitle: string;
  /** Who writes the site, and the address of their page, absolute. */
  author: { name: string; uri: string };
  /** The site's home page, absolute. */
  site: string;
  /** The feed's own address, absolute. */
  self: string;
  /** Its language (BCP 47): "en" unless said. */
  lang?: string;
}

const updatedOf = (entry: FeedEntry) => entry.updated ?? entry.published;

/** The explainer's page: index.mdx is the home page. */
const explainerPath = (id: string) => (id === 'index' ? '/' : `/${id}/`);

/** HTML for a feed entry's content: paragraphs of text, each escaped. */
const paragraph = (text: string) => `<p>${escapeXml(text)}</p>`;
/** Our prose as HTML, in an edition's feed: in another edition than the English, the English it quotes marked so (proseIn), as on its page. */
const proseHtml = (locale: Locale, text: string) =>
  proseIn(locale, text)
    .map((segment) => (segment.lang ? `<span lang="${segment.lang}">${escapeXml(segment.text)}</span>` : escapeXml(segment.text)))
    .join('');
/** A link in the edition's words; `hreflang` where the page it opens is in another language. */
const link = (href: string, text: string, hreflang?: string) => `<a href="${escapeXml(href)}"${hreflang ? ` hreflang="${hreflang}"` : ''}>${escapeXml(text)}</a>`;

/**
 * The explainer as one entry, updated when its log says, carrying its standfirst and what changed on that
 * day; and one entry per update or correction in the log, carrying its full text, numbered from the oldest
 * so that a new entry never renumbers the others. In the edition's words (a translation's feed). A
 * translation's log gives the original's changes up to the day the translation was published too, for its
 * page's readers; its feed, which announces this edition's changes after its first entry, leaves those out.
 */
export const explainerEntries = (explainers: readonly { id: string; data: Explainer }[], site: URL | string, { words, locale }: Edition = ENGLISH): FeedEntry[] =>
  explainers.flatMap(({ id, data }) => {
    const feed = words.feed;
    const url = new URL(explainerPath(id), site).href;
    const log = `${url}#log-heading`;
    const base = { url, author: feed.author, authorUri: new URL(EDITORIAL_TEAM.href, site).href };
    const logLine = (entry: LogEntry) => `${escapeXml(feed.kinds[entry.kind])}: ${proseHtml(locale, entry.text)}`;
    const latest = data.log.filter((entry) => entry.date.getTime() === data.updated.getTime());
    const changed = latest.length
      ? [paragraph(feed.whatChanged(data.updated)), `<ul>${latest.map((e) => `<li>${logLine(e)}</li>`).join('')}</ul>`]
      : [paragraph(feed.firstPublished(data.published))];
    return [
      {
        ...base,
        id: url,
        title: data.title,
        summary: data.description,
        content: [paragraph(data.description), ...changed, `<p>${link(url, feed.readExplainer)} · ${link(log, feed.everyChange)}</p>`].join(''),
        category: 'explainer',
        published: data.published,
        updated: data.updated,
      },
      ...data.log.flatMap((entry, i) =>
        data.translates && entry.date <= data.published
          ? []
          : [
              {
                ...base,
                // The entry itself on the page, not the log's heading: a link to one correction.
                id: `${url}#${logAnchor(data.log, i)}`,
                url: `${url}#${logAnchor(data.log, i)}`,
                title: feed.logTitle(feed.kinds[entry.kind], entry.date, data.title, logNumber(data.log, i)),
                content: [`<p>${proseHtml(locale, entry.text)}</p>`, `<p>${link(log, feed.everyChangeFirst)} · ${link(url, feed.theExplainer)}</p>`].join(''),
                category: entry.kind,
                published: entry.date,
              },
            ],
      ),
    ];
  });

/**
 * The number of a log's `i`th entry (the log is newest first): counted from the oldest, as the page's
 * reversed list shows it, so that a new entry never renumbers the others.
 */
export const logNumber = (log: readonly unknown[], i: number) => log.length - i;

/** The anchor of a log's `i`th entry on its page, and its feed entry's id: its day and its number. */
export const logAnchor = (log: readonly Pick<LogEntry, 'date'>[], i: number) => `log-${isoDay(log[i]!.date)}-${logNumber(log, i)}`;

/**
 * One feed entry per source, carrying our summary of it and a link to its page. In another edition, our
 * summary and title in its language where the source has them (summaryOf, titleOf), and the same page,
 * each said to be English where it is. As the source's page does, it says where the title is ours (and
 * where it is the words of the article's web address: headlineNote) and where the day is inferred.
 */
export const sourceEntries = (sources: readonly SourceEntry[], site: URL | string, edition: Edition = ENGLISH): FeedEntry[] =>
  sources.map(({ id, data }) => {
    const url = new URL(sourceHref(id), site).href;
    const { feed, sources: words } = edition.words;
    const summary = summaryOf(data, edition).text;
    const title = titleOf(data, edition);
    const outlet = outletName(data, edition);
    const headline = headlineNote(data);
    const day = `${formatDate(data.published.date, editions[edition.locale].intl)}${data.published.inferred ? `, ${feed.dateInferred}` : ''}`;
    return {
      // The Spanish feed's entry is not the English one in other words: a reader following both keeps both.
      id: edition.locale === defaultLocale ? url : `${url}#${edition.locale}`,
      url,
      ...(feed.articleLang && { hreflang: feed.articleLang }),
      title: namedTitle(data, edition),
      // An Atom title is plain text, in one language: marked English only where the words after it (the outlet's name,
      // and whether the title is ours) are the same in both.
      ...(title.lang !== editions[edition.locale].lang && outlet === outletName(data) && data.titleFrom !== 'editors' && { titleLang: title.lang }),
      summary,
      content: [
        paragraph(summary),
        ...(headline ? [paragraph(words[headline])] : []),
        `<p>${link(url, feed.readArticle, feed.articleLang)} ${escapeXml(inParentheses(`${outlet}, ${day}`))}</p>`,
      ].join(''),
      author: outlet,
      category: 'source',
      published: data.published.date,
    };
  });

/**
 * An Atom feed (RFC 4287) of the entries, newest first, whose id is its own address. Its `updated` is the newest entry's, not the
 * time of the build, so the same content gives the same file.
 */
export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const sorted = [...entries].sort((a, b) => updatedOf(b).getTime() - updatedOf(a).getTime() || a.id.localeCompare(b.id));
  const newest = sorted[0] ? updatedOf(sorted[0]) : new Date(0);
  const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
  const linkTo = (rel: string, type: string, href: string, hreflang?: string) =>
    `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"${hreflang ? ` hreflang="${hreflang}"` : ''}/>`;
  const author = (name: string, uri?: string) => `<author>${element('name', name)}${uri ? element('uri', uri) : ''}</author>`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${meta.lang ?? 'en'}">`,
    `  ${element('title', meta.title)}`,
    `  ${element('subtitle', meta.subtitle)}`,
    `  ${linkTo('self', 'application/atom+xml', meta.self)}`,
    `  ${linkTo('alternate', 'text/html', meta.site)}`,
    // The feed's id is its own address: the site's would be the explainer's entry's too.
    `  ${element('id', meta.self)}`,
    `  ${element('updated', newest.toISOString())}`,
    `  ${author(meta.author.name, meta.author.uri)}`,
    ...sorted.flatMap((e) => [
      '  <entry>',
      `    ${e.titleLang ? `<title xml:lang="${e.titleLang}">${escapeXml(e.title)}</title>` : element('title', e.title)}`,
      `    ${linkTo('alternate', 'text/html', e.url, e.hreflang)}`,
      `    ${element('id', e.id)}`,
      `    ${element('published', e.published.toISOString())}`,
      `    ${element('updated', updatedOf(e).toISOString())}`,
      `    ${author(e.author, e.authorUri)}`,
      `    <category term="${escapeXml(e.category)}"/>`,
      ...(e.summary ? [`    ${element('summary', e.summary)}`] : []),
      `    <content type="html">${escapeXml(e.content)}</content>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
