import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pageHead } from '../format/html';
import type { PagePolicy } from '../host/policies';
import { isHidden } from '../host/responses';
import type { HostRules } from '../host/rules';

/** Every file of a built site that is served, as URL paths ("/sources/x/index.html"), sorted. */
export async function servedFiles(rules: HostRules, dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `/${relative(dir, join(e.parentPath, e.name)).split(sep).join('/')}`)
    .filter((path) => !isHidden(rules, path) && !/\.(br|gz)$/.test(path))
    .sort();
}

/** The Content-Security-Policy in each HTML file's <meta> ("" for a page without one). */
export async function pagePolicies(dir: string, files: string[]): Promise<PagePolicy[]> {
  const pages = files.filter((file) => file.endsWith('.html'));
  return Promise.all(
    pages.map(async (file) => {
      const html = await readFile(join(dir, file), 'utf8');
      const meta = pageHead(html)
        .head.querySelectorAll('meta[http-equiv]')
        .find((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
      return { file, meta: meta?.getAttribute('content') ?? '' };
    }),
  );
}
