import type { SitemapItem } from '@astrojs/sitemap';
import { defaultLocale, editions } from '../site';

/**
 * A sitemap entry with its edition links (`xhtml:link`) and, among them, the one for a reader whose language
 * has no edition: `x-default`, the English page, as each page's own `<link rel="alternate">` says
 * (src/components/PageMeta.astro). An entry with no counterpart has no links, and gets none.
 */
export function withDefaultEdition(item: SitemapItem): SitemapItem {
  const english = item.links?.find((link) => link.lang === editions[defaultLocale].lang);
  if (!english || item.links!.some((link) => link.lang === 'x-default')) return item;
  return { ...item, links: [...item.links!, { lang: 'x-default', url: english.url }] };
}
