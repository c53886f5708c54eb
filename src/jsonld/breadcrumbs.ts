import type { BreadcrumbList, ListItem } from 'schema-dts';
import { SITE_NAME } from '../site';
import { absolute } from './graph';

/** A section of the site a page can sit in: its address and its name in the navigation. */
export interface Section {
  href: string;
  label: string;
}

/**
 * The trail from the home page to a page: home, each section of `sections` whose address the page's
 * begins with, then the page. Every crumb is a page that exists: a folder of the address with no page
 * of its own in `sections` (/charts/ for /charts/x/) is left out. Undefined for the home page itself. An
 * edition in another language has its own home (`root`: "/es/").
 */
export function breadcrumbList({
  path,
  title,
  site,
  sections,
  home = SITE_NAME,
  root = '/',
}: {
  path: string;
  title: string;
  site: URL;
  sections: readonly Section[];
  home?: string;
  root?: string;
}): BreadcrumbList | undefined {
  if (path === root) return undefined;
  const crumbs = [
    { href: root, label: home },
    ...sections.filter((s) => s.href !== root && s.href !== path && path.startsWith(s.href)).sort((a, b) => a.href.length - b.href.length),
    { href: path, label: title },
  ];
  const items: ListItem[] = crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.label, item: absolute(c.href, site) }));
  return { '@type': 'BreadcrumbList', '@id': absolute(`${path}#breadcrumb`, site), itemListElement: items };
}
