// What search costs: the index's size on disk, and the bytes a reader's first search fetches.
// Run: npm run build && npx node --import ./src/cli/loadTs.mjs test/bench/searchSize.ts dist "Cartel of the Suns"
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve } from '../helpers/server.ts';

export interface IndexSize {
  files: number;
  bytes: number;
}

/** The files and bytes of the search index in a built site (its pagefind/ folder), as Pagefind wrote them. */
export async function indexSize(siteDir: string): Promise<IndexSize> {
  const dir = join(siteDir, 'pagefind');
  // Not the .br and .gz copies of its text files that the build adds for servers.
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name));
  const sizes = await Promise.all(files.map((entry) => stat(join(entry.parentPath, entry.name)).then((s) => s.size)));
  return { files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

export interface FirstSearch {
  /** Every request from focusing the box to seeing results. */
  requests: number;
  /** Bodies unpacked. */
  bytes: number;
  /** Bodies as they came over the wire from the server `npm start` runs (test/helpers/server.ts), text compressed. */
  wireBytes: number;
  /** Of those, the ones from /pagefind/ (Pagefind's script, worker, WebAssembly and index). */
  pagefindBytes: number;
  /** How many results the header box said it found. */
  status: string;
}

/**
 * A reader on a source page focuses the header's search box and types `query`: what does the browser
 * fetch, from the focus to the results? Pagefind's index and WebAssembly files are gzipped already, so
 * come over the wire as they are; its script and ours go compressed, as Brotli.
 */
export async function firstSearch(browser: Browser, siteUrl: string, readPath: string, query: string): Promise<FirstSearch> {
  // No service worker, as in the benchmark: its precache would fill the browser's cache behind the search.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(new URL(readPath, siteUrl).href, { waitUntil: 'networkidle' });
  const fetched: Promise<{ url: string; bytes: number; wire: number }>[] = [];
  page.on('response', (response) =>
    fetched.push(
      Promise.all([response.body(), response.request().sizes()]).then(([body, sizes]) => ({
        url: response.url(),
        bytes: body.byteLength,
        wire: sizes.responseBodySize,
      })),
    ),
  );
  await page.focus('#site-search');
  await page.keyboard.type(query);
  await page.waitForFunction((q) => document.querySelector('header [role="status"]')?.textContent?.endsWith(` for ${q}`), query);
  const status = (await page.textContent('header [role="status"]')) ?? '';
  const all = await Promise.all(fetched);
  await context.close();
  return {
    requests: all.length,
    bytes: all.reduce((sum, r) => sum + r.bytes, 0),
    wireBytes: all.reduce((sum, r) => sum + r.wire, 0),
    pagefindBytes: all.filter((r) => new URL(r.url).pathname.startsWith('/pagefind/')).reduce((sum, r) => sum + r.bytes, 0),
    status,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', query = 'Cartel of the Suns', readPath = '/sources/'] = process.argv.slice(2);
  const siteDir = resolve(dir);
  const server = await serve(siteDir);
  const browser = await launchBrowser();
  try {
    const size = await indexSize(siteDir);
    const first = await firstSearch(browser, server.url, readPath, query);
    const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
    console.log(`index: ${size.files} files, ${kB(size.bytes)}`);
    console.log(
      `first search for "${query}" from ${readPath}: ${first.requests} requests, ${kB(first.wireBytes)} over the wire, ` +
        `${kB(first.bytes)} unpacked (${kB(first.pagefindBytes)} of it from /pagefind/); ${first.status}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
