import { type FSWatcher, mkdirSync, watch } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { parse } from 'node-html-parser';
import { close } from 'pagefind';
import type { ViteDevServer } from 'vite';
import { aliasWarnings } from './aliasWarnings';
import { buildIndex, check, describeIndex } from './pagefindIndex';

/** How long edits must pause before the index is rebuilt. */
const DEBOUNCE_MS = 300;
/** Pages fetched at once while crawling. */
const PARALLEL = 4;
/** Paths the dev server serves that are not pages. */
const NOT_PAGES = /^\/(?:pagefind|_astro|@|src|node_modules)\b/;

export interface CrawledPage {
  url: string;
  html: string;
}

/** The page addresses an HTML page links to on `origin`, without query or hash. */
export function pageLinks(html: string, pageUrl: string, origin: string): string[] {
  const links = new Set<string>();
  for (const element of parse(html).querySelectorAll('[href]')) {
    const url = new URL(element.getAttribute('href')!, pageUrl);
    if (url.origin === origin && url.pathname.endsWith('/') && !NOT_PAGES.test(url.pathname)) links.add(url.pathname);
  }
  return [...links];
}

/** Every HTML page reachable by links from `origin`'s home page. */
export async function crawl(origin: string, onError: (url: string, why: string) => void): Promise<CrawledPage[]> {
  const seen = new Set(['/']);
  const queue = ['/'];
  const pages: CrawledPage[] = [];
  const visit = async (url: string) => {
    const response = await fetch(new URL(url, origin)).catch((e: Error) => e);
    if (response instanceof Error) return onError(url, response.message);
    if (!response.ok) return onError(url, `HTTP ${response.status}`);
    if (!response.headers.get('content-type')?.startsWith('text/html')) return;
    const html = await response.text();
    pages.push({ url, html });
    for (const link of pageLinks(html, new URL(url, origin).href, origin)) {
      if (!seen.has(link)) seen.add(link), queue.push(link);
    }
  };
  while (queue.length) await Promise.all(queue.splice(0, PARALLEL).map(visit));
  return pages;
}

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', json: 'application/json' };

/**
 * Search while editing: indexes the dev server's own pages once it is listening, again whenever
 * content or source files change (debounced), and serves the index at /pagefind/ from memory.
 */
export function devSearch(server: ViteDevServer, logger: AstroIntegrationLogger) {
  let files = new Map<string, Uint8Array>();
  let origin: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let dataStore: FSWatcher | undefined;

  async function rebuild() {
    if (!origin) return;
    if (running) return void (again = true);
    running = true;
    try {
      const pages = await crawl(origin, (url, why) => logger.warn(`Search skipped ${url}: ${why}`));
      if (!pages.length) throw new Error(`no page of ${origin} could be read; the last index is kept`);
      const built = await buildIndex(async (index) => {
        for (const page of pages) check(`index ${page.url}`, await index.addHTMLFile({ url: page.url, content: page.html }));
      });
      files = new Map(built.map((file) => [`/pagefind/${file.path}`, file.content]));
      logger.info(`Search index rebuilt from ${pages.length} pages: ${describeIndex(built)}`);
      for (const warning of await aliasWarnings(server.config.root, built)) logger.warn(warning);
    } catch (error) {
      logger.error(`Search index not rebuilt: ${(error as Error).message}`);
    } finally {
      running = false;
      if (again) (again = false), schedule();
    }
  }
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, DEBOUNCE_MS);
  };

  server.middlewares.use((req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = files.get(path);
    if (!path.startsWith('/pagefind/')) return next();
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('The search index is being built.');
    const type = TYPES[path.split('.').pop()!] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(file);
  });

  const root = server.config.root;
  const watched = [join(root, 'content') + sep, join(root, 'src') + sep];
  server.watcher.on('all', (_event, path) => {
    if (watched.some((dir) => path.startsWith(dir))) schedule();
  });
  return {
    start(address: AddressInfo) {
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      origin = `http://${host}:${address.port}`;
      // Pages show a content edit only once Astro has written its content store (.astro/data-store.json):
      // rebuild again then, so the index never keeps text from before the store caught up.
      const dotAstro = join(root, '.astro');
      mkdirSync(dotAstro, { recursive: true });
      dataStore = watch(dotAstro, (_event, name) => name?.startsWith('data-store') && schedule());
      schedule();
    },
    async stop() {
      clearTimeout(timer);
      dataStore?.close();
      await close();
    },
  };
}
