/** One built file of the site, as the link check sees it. */
export interface BuiltFile {
  /** Its address on the site: "/sources/x/" for sources/x/index.html, "/feed.xml" for feed.xml. */
  path: string;
  /** The ids in it that a #fragment can land on (HTML only). */
  ids: ReadonlySet<string>;
  /** Every address it links to or loads, as written. */
  links: readonly string[];
}

/** A link that goes nowhere. */
export interface BrokenLink {
  /** The page it is on. */
  page: string;
  /** The address as written. */
  href: string;
  /** What is wrong, and how to fix it. */
  message: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Describes the ids of a page for an editor: "p-1 to p-12", or a few of them. */
function describeIds(ids: ReadonlySet<string>): string {
  const paragraphs = [...ids].filter((id) => /^p-\d+$/.test(id)).map((id) => Number(id.slice(2)));
  if (paragraphs.length) return `its paragraphs are p-1 to p-${Math.max(...paragraphs)}`;
  return ids.size ? `its ids include ${[...ids].slice(0, 5).join(', ')}` : 'it has no ids';
}

/**
 * Every internal link and #anchor in a built site must land: on a file that exists, and on an id in
 * it. Addresses on `site` (canonical URLs, the feed, the sitemap) count as internal.
 */
export function checkLinks(files: readonly BuiltFile[], site: string): BrokenLink[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const origin = new URL(site).origin;
  const broken: BrokenLink[] = [];
  for (const file of files) {
    for (const href of new Set(file.links)) {
      if (SCHEME.test(href) && !href.startsWith(`${origin}/`)) continue;
      const url = new URL(href, `${origin}${file.path}`);
      const path = decodeURI(url.pathname);
      const target = byPath.get(path);
      const fail = (message: string) => broken.push({ page: file.path, href, message });
      if (!target) {
        if (byPath.has(`${path}/`)) fail(`write it with the trailing slash, ${path}/: every page's address ends in /`);
        else fail(`there is no page or file ${path} on the site: check the address`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !target.ids.has(id)) fail(`${path} has no #${id}: ${describeIds(target.ids)}`);
    }
  }
  return broken;
}
