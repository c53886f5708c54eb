import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import type { BuiltFile } from '../checks/linkCheck';

/** The address of a built file: "sources/x/index.html" is "/sources/x/". */
const addressOf = (file: string) => `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');

/** What the link check needs of one built file: its ids and the addresses it links to. */
function readLinks(file: string, text: string): Pick<BuiltFile, 'ids' | 'links'> {
  if (file.endsWith('.html')) {
    const root = parse(text);
    const ids = new Set(root.querySelectorAll('[id]').map((e) => e.id));
    const links = root
      .querySelectorAll('[href], [src]')
      .flatMap((e) => [e.getAttribute('href'), e.getAttribute('src')])
      .filter((v): v is string => !!v);
    // Each candidate of a srcset: "a.png 1x, b.png 2x".
    for (const e of root.querySelectorAll('[srcset]'))
      links.push(...e.getAttribute('srcset')!.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean));
    return { ids, links };
  }
  if (file.endsWith('.css')) {
    const urls = [...text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]);
    return { ids: new Set(), links: urls.filter((u) => !u.startsWith('data:')) };
  }
  if (file.endsWith('.xml')) {
    // The feed links with href="…", the sitemap with <loc>…</loc>.
    const root = parse(text);
    const links = [...root.querySelectorAll('[href]').map((e) => e.getAttribute('href')!), ...root.querySelectorAll('loc').map((e) => e.text.trim())];
    return { ids: new Set(), links };
  }
  return { ids: new Set(), links: [] };
}

/** Every file of a built site, with the ids and links of its HTML, XML and CSS files. */
export async function readBuiltSite(dir: string): Promise<BuiltFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
  return Promise.all(
    files.map(async (file) => {
      const text = /\.(html|xml|css)$/.test(file) ? await readFile(join(dir, file), 'utf8') : '';
      return { path: addressOf(file), ...readLinks(file, text) };
    }),
  );
}
