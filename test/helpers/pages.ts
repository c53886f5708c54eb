import { readdir } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { isHidden } from '../../src/host/responses';
import { HOST_RULES } from '../../src/host/rules';

/** Every file in a built site, as paths relative to it with forward slashes, sorted. */
export async function builtFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(siteDir, `${e.parentPath}${sep}${e.name}`).split(sep).join('/'))
    .sort();
}

/** The URL path a built HTML file is served at: "sources/x/index.html" is "/sources/x/". */
export const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Every page in a built site, found from its HTML files rather than listed by hand, as URL paths: those a
 * reader is sent, not the copies made for another host (an edition's 404 page where Cloudflare Pages looks).
 */
export async function builtPages(siteDir: string): Promise<string[]> {
  return (await builtFiles(siteDir)).filter((f) => f.endsWith('.html') && !isHidden(HOST_RULES, `/${f}`)).map(urlOf);
}
