import { isoDay } from '../format/dates';

/**
 * What reader views, read-later services and link previews read about an article: who wrote it, and when
 * it was published and last changed. A page that is an article passes it to the Base layout as `article`.
 */
export interface ArticleMeta {
  /** Who wrote it: the byline reader views show. `href` is the author's own page, where there is one. */
  author: { name: string; href?: string };
  /** The day it was first published. */
  published: Date;
  /** The day it last changed, where that is later. */
  modified?: Date;
}

/** The picture link previews and read-later apps show for a page: every page has one, its social card (src/cards/). */
export interface PageImage {
  /** Its address on the site. */
  src: string;
  /** What it shows, for someone who cannot see it. */
  alt: string;
  width: number;
  height: number;
}

/** One `<meta>` element: `name` (HTML's own) or `property` (OpenGraph's), and its content. */
export interface ArticleMetaTag {
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

/**
 * The `<meta>` elements for an article: its author (`author`, and `article:author` as the address of the
 * author's page) and its dates as ISO days (`article:published_time`, `article:modified_time`). `site`
 * makes addresses absolute, as OpenGraph asks.
 */
export function articleMetaTags({ author, published, modified }: ArticleMeta, site: URL | string): ArticleMetaTag[] {
  const tags: ArticleMetaTag[] = [{ attribute: 'name', key: 'author', content: author.name }];
  if (author.href) tags.push({ attribute: 'property', key: 'article:author', content: new URL(author.href, site).href });
  tags.push({ attribute: 'property', key: 'article:published_time', content: isoDay(published) });
  if (modified && modified.getTime() !== published.getTime())
    tags.push({ attribute: 'property', key: 'article:modified_time', content: isoDay(modified) });
  return tags;
}

/**
 * The `<meta>` elements for a page's picture: OpenGraph's `og:image` (absolute, as OpenGraph asks) with
 * its type, size and words, and a large Twitter card, which shows it across the width of the preview.
 */
export function imageMetaTags({ src, alt, width, height }: PageImage, site: URL | string): ArticleMetaTag[] {
  return [
    { attribute: 'property', key: 'og:image', content: new URL(src, site).href },
    { attribute: 'property', key: 'og:image:type', content: 'image/png' },
    { attribute: 'property', key: 'og:image:width', content: String(width) },
    { attribute: 'property', key: 'og:image:height', content: String(height) },
    { attribute: 'property', key: 'og:image:alt', content: alt },
    { attribute: 'name', key: 'twitter:card', content: 'summary_large_image' },
    { attribute: 'name', key: 'twitter:image:alt', content: alt },
  ];
}
