// What search costs: the index's size on disk, and the bytes a reader's first search fetches.
// Run: npm run build && npx node test/bench/searchSize.ts dist "Cartel of the Suns"
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serve } from '../helpers/server.ts';

export interface IndexSize {
  files: number;
  bytes: number;
}

/** The files and bytes of the search index in a built site (its pagefind/ folder). */
export async function indexSize(siteDir: string): Promise<IndexSize> {
  const dir = join(siteDir, 'pagefind');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const sizes = await Promise.all(files.map((entry) => stat(join(entry.parentPath, entry.name)).then((s) => s.size)));
  return { files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

export interface FirstSearch {
  /** Every request from focusing the box to seeing results. */
  requests: number;
  bytes: number;
  /** The same, as a host that gzips its responses would send them (files gzipped already stay as they are). */
  gzipBytes: number;
  /** Of those, the ones from /pagefind/ (Pagefind's script, worker, WebAssembly and index). */
  pagefindBytes: number;
  /** How many results the header box said it found. */
  status: string;
}

/**
 * A reader on a source page focuses the header's search box and types `query`: what does the browser
 * fetch, from the focus to the results? Bytes are as served (Pagefind's index files are gzipped already).
 */
export async function firstSearch(browser: Browser, siteUrl: string, readPath: string, query: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(readPath, siteUrl).href, { waitUntil: 'networkidle' });
  const fetched: Promise<{ url: string; bytes: number; gzip: number }>[] = [];
  page.on('response', (response) =>
    fetched.push(
      response.body().then((body) => ({ url: response.url(), bytes: body.byteLength, gzip: Math.min(body.byteLength, gzipSync(body).byteLength) })),
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
    gzipBytes: all.reduce((sum, r) => sum + r.gzip, 0),
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
      `first search for "${query}" from ${readPath}: ${first.requests} requests, ${kB(first.bytes)} as served here ` +
        `(${kB(first.pagefindBytes)} from /pagefind/), ${kB(first.gzipBytes)} gzipped; ${first.status}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
