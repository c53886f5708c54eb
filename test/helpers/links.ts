import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { builtFiles, urlOf } from './pages';

/** A link in a built site that leads nowhere. */
export interface BrokenLink {
  /** The built file the link is in: "sources/index.html". */
  from: string;
  /** The link as written. */
  href: string;
  /** Why it does not resolve. */
  reason: string;
}

/** The attributes that point at another URL, by the elements that carry them. */
const URL_ATTRIBUTES = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['use', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['track', 'src'],
  ['iframe', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['form', 'action'],
  ['blockquote', 'cite'],
  ['q', 'cite'],
] as const;

/** Every URL an HTML page points at, including each candidate of a srcset. */
export function urlsInHtml(html: string): string[] {
  const root = parse(html);
  const urls: string[] = [];
  for (const [tag, attribute] of URL_ATTRIBUTES)
    for (const element of root.querySelectorAll(`${tag}[${attribute}]`)) urls.push(element.getAttribute(attribute)!);
  for (const element of root.querySelectorAll('[srcset]'))
    urls.push(...element.getAttribute('srcset')!.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean));
  return urls;
}

/** Every url(…) a stylesheet points at, data: URLs left out. */
export const urlsInCss = (css: string) =>
  [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]).filter((u) => !u.startsWith('data:'));

/** The ids (and old-style a[name]s) a page offers as #anchors. */
const anchorsOf = (html: string) =>
  new Set(parse(html).querySelectorAll('[id], a[name]').map((e) => e.getAttribute('id') ?? e.getAttribute('name')!));

/**
 * Checks every internal link in a built site: the file it names exists (a folder link ends in "/", as
 * trailingSlash: 'always' wants) and its #anchor is an id on the page. Links off the site are not followed.
 */
export async function checkLinks(siteDir: string): Promise<{ checked: number; broken: BrokenLink[] }> {
  const files = await builtFiles(siteDir);
  const fileSet = new Set(files);
  const html = new Map<string, string>();
  const anchors = new Map<string, Set<string>>();
  const read = async (file: string) => html.get(file) ?? html.set(file, await readFile(join(siteDir, file), 'utf8')).get(file)!;
  const anchorsIn = async (file: string) =>
    anchors.get(file) ?? anchors.set(file, anchorsOf(await read(file))).get(file)!;

  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const from of files) {
    const isHtml = from.endsWith('.html');
    if (!isHtml && !from.endsWith('.css')) continue;
    const text = isHtml ? await read(from) : await readFile(join(siteDir, from), 'utf8');
    const base = new URL(urlOf(from), 'http://site.invalid');
    for (const href of isHtml ? urlsInHtml(text) : urlsInCss(text)) {
      checked += 1;
      const reason = await checkLink(href, base, fileSet, anchorsIn);
      if (reason) broken.push({ from, href, reason });
    }
  }
  return { checked, broken };
}

/** Why one link does not resolve, or undefined when it does. */
async function checkLink(
  href: string,
  base: URL,
  files: Set<string>,
  anchorsIn: (file: string) => Promise<Set<string>>,
): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== base.origin) return undefined;
  const path = decodeURIComponent(url.pathname).slice(1);
  let file: string;
  if (path === '' || path.endsWith('/')) file = `${path}index.html`;
  else if (files.has(path)) file = path;
  else if (files.has(`${path}/index.html`)) return `the page is at ${url.pathname}/ (trailingSlash: 'always')`;
  else return 'no such file in the build';
  if (!files.has(file)) return 'no such page in the build';
  // url.hash is "" both for no fragment and for a bare "#", which leads nowhere.
  if (!url.href.includes('#') || !file.endsWith('.html')) return undefined;
  const id = decodeURIComponent(url.hash.slice(1));
  // "#top" scrolls to the top of any page (HTML spec), unless an element claims it.
  if (id.toLowerCase() === 'top' || (await anchorsIn(file)).has(id)) return undefined;
  return id === '' ? 'an empty #anchor leads nowhere' : `no element with id="${id}" on ${url.pathname}`;
}
