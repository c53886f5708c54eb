import { isoDay } from '../format/dates';

/**
 * What reader views, read-later services and link previews read about an article: who wrote it, when it
 * was published and last changed, and its lead image. A page that is an article passes it to the Base
 * layout as `article`.
 */
export interface ArticleMeta {
  /** Who wrote it: the byline reader views show. `href` is the author's own page, where there is one. */
  author: { name: string; href?: string };
  /** The day it was first published. */
  published: Date;
  /** The day it last changed, where that is later. */
  modified?: Date;
  /**
   * The lead image, shown by link previews and read-later apps. Nothing sets it yet: the social cards
   * (issue 14) will, and a page that passes one gets the tags below without other changes.
   */
  image?: { src: string; alt: string };
}

/** One `<meta>` element: `name` (HTML's own) or `property` (OpenGraph's), and its content. */
export interface ArticleMetaTag {
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

/**
 * The `<meta>` elements for an article: its author (`author`, and `article:author` as the address of the
 * author's page), its dates as ISO days (`article:published_time`, `article:modified_time`), and its
 * lead image where it has one. `site` makes addresses absolute, as OpenGraph asks.
 */
export function articleMetaTags({ author, published, modified, image }: ArticleMeta, site: URL | string): ArticleMetaTag[] {
  const tags: ArticleMetaTag[] = [{ attribute: 'name', key: 'author', content: author.name }];
  if (author.href) tags.push({ attribute: 'property', key: 'article:author', content: new URL(author.href, site).href });
  tags.push({ attribute: 'property', key: 'article:published_time', content: isoDay(published) });
  if (modified && modified.getTime() !== published.getTime())
    tags.push({ attribute: 'property', key: 'article:modified_time', content: isoDay(modified) });
  if (image) {
    tags.push({ attribute: 'property', key: 'og:image', content: new URL(image.src, site).href });
    tags.push({ attribute: 'property', key: 'og:image:alt', content: image.alt });
  }
  return tags;
}

/** The kind of card a link preview draws: a large image where the page has one. */
export const twitterCard = (article?: ArticleMeta) => (article?.image ? 'summary_large_image' : 'summary');
