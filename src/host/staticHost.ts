import type { HeaderPolicies } from './policies';
import { pathOfFile } from './policies';
import { contentLanguage } from './responses';
import type { HostRules } from './rules';

/**
 * `_headers`, as Netlify and Cloudflare Pages read it. Both hosts already ask browsers to revalidate
 * everything (`max-age=0, must-revalidate`), so only hash-named paths get a Cache-Control. A rule for one
 * path adds to those of `/*`, so a page whose policy differs first drops the inherited one (`!`, Cloudflare
 * Pages' syntax).
 */
export function headersFile(rules: HostRules, policies: HeaderPolicies): string {
  const lines = ['# Strikes at Sea: headers for hosts that read _headers. Generated at build from src/host/rules.ts.', '/*'];
  lines.push(`  Content-Security-Policy: ${policies.fallback}`);
  for (const [name, value] of Object.entries(rules.headers)) lines.push(`  ${name}: ${value}`);
  const pages = contentLanguage(rules, '/index.html');
  if (pages) lines.push(`  Content-Language: ${pages}`);
  for (const pattern of rules.immutable) lines.push(pattern, `  Cache-Control: ${rules.forever}`);
  for (const [file, policy] of policies.byFile) {
    lines.push(pathOfFile(file), '  ! Content-Security-Policy', `  Content-Security-Policy: ${policy}`);
  }
  for (const [path, type] of Object.entries(rules.pathTypes)) lines.push(path, `  Content-Type: ${type}`);
  // _headers matches the address asked for, not the file: the pages' language for every path (in /*,
  // above), and each other language for its own pages' addresses ("/offline/index.html" is "/offline/"), dropping the
  // inherited one. Cloudflare Pages applies every rule that matches, in the file's order, and `!` drops only what
  // the rules before it set: so the broadest come first ("/es/*", then "/es/404/"), the reverse of rules.languages,
  // whose first match is the one nginx and Caddy send.
  for (const { pattern, language } of rules.languages.filter((r) => r.language !== pages).toReversed()) {
    lines.push(pattern.replace(/\*\.html$/, '*').replace(/index\.html$/, ''), '  ! Content-Language', `  Content-Language: ${language}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The host that reads `_headers` and `_redirects` a build runs on, by the variable each sets in its builds
 * (`NETLIFY`, `CF_PAGES`); none on any other machine, whose build may go to any host.
 */
export type StaticHost = 'netlify' | 'cloudflare';
export const staticHostOf = (env: Record<string, string | undefined> = process.env): StaticHost | undefined =>
  env.NETLIFY === 'true' ? 'netlify' : env.CF_PAGES ? 'cloudflare' : undefined;

/**
 * `_redirects`: each folder without its slash to the folder (301), as every other config does; then, for
 * Netlify, each edition's 404 page for a missing address under its folder (`notFound`, "/es/* … 404"). Netlify
 * looks for no 404 page but `/404.html`, and follows a rule only where no file answers; Cloudflare Pages
 * follows a rule even where a page exists, so it must not be given these.
 */
export function redirectsFile(folders: string[], notFound: HostRules['notFound'] = []): string {
  const lines = ['# Strikes at Sea: a folder without its slash goes to the folder. Generated at build.'];
  for (const folder of folders) lines.push(`${folder.slice(0, -1)} ${folder} 301`);
  for (const { under, page } of notFound) if (under !== '/') lines.push(`${under}* ${page} 404`);
  return `${lines.join('\n')}\n`;
}

/** The folders of a built site, each a page ("/sources/x/"), the root left out: every index.html's path. */
export const foldersOf = (files: string[]) =>
  files.filter((file) => file.endsWith('/index.html') && file !== '/index.html').map(pathOfFile);

/**
 * The folders that hold served files but no page of their own ("/cards", "/pagefind/fragment"), without
 * their slash, and the hidden folders ("/_host"): a fixed few, whatever the size of the archive.
 */
export function foldersWithoutPage(files: string[], hidden: string[]): string[] {
  const folders = new Set(files.flatMap((file) => file.split('/').slice(1, -1).map((_, i, parts) => `/${parts.slice(0, i + 1).join('/')}`)));
  const pages = new Set(foldersOf(files).map((folder) => folder.slice(0, -1)));
  const hiddenFolders = hidden.filter((path) => path.endsWith('/')).map((path) => path.slice(0, -1));
  return [...new Set([...folders, ...hiddenFolders])].filter((folder) => !pages.has(folder)).sort();
}

/**
 * Each edition's 404 page, copied where a host that reads `_headers` finds it: Cloudflare Pages sends the
 * nearest `404.html` up the folders of a missing address ("/es/x/" → "/es/404.html"), and Astro builds an
 * edition's as "/es/404/index.html". `_redirects` cannot say it: Cloudflare follows a rule even where a page
 * exists. The copies are hidden from every other host, which sends each edition's own page already.
 */
export const notFoundCopies = (rules: Pick<HostRules, 'notFound'>): { from: string; to: string }[] =>
  rules.notFound.map(({ under, page }) => ({ from: page, to: `${under}404.html` })).filter(({ from, to }) => from !== to);
