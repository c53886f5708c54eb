import { type FSWatcher, mkdirSync, watch } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { parse } from 'node-html-parser';
import { close, type PagefindIndex } from 'pagefind';
import type { ViteDevServer } from 'vite';
import { toolsFile } from '../checks/sourceName';
import { aliasWarnings } from './aliasWarnings';
import { addInOrder, describeIndex, filesOf, newIndex } from './pagefindIndex';

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

/** A page as last read from the dev server: its markup, the pages it links to, and when it was asked for. */
export interface ReadPage extends CrawledPage {
  links: string[];
  readAt: number;
}

/**
 * Every HTML page reachable by links from `origin`'s home page. A page `reuse` accepts is taken as it was
 * read before (`known`), links and all, and not asked of the server again: rendering every page anew is
 * what made the index slow to follow an edit in a large archive.
 */
export async function crawl(
  origin: string,
  onError: (url: string, why: string) => void,
  known: ReadonlyMap<string, ReadPage> = new Map(),
  reuse: (page: ReadPage) => boolean = () => false,
): Promise<ReadPage[]> {
  const seen = new Set(['/']);
  const queue = ['/'];
  const pages: ReadPage[] = [];
  const visit = async (url: string) => {
    const before = known.get(url);
    const page = before && reuse(before) ? before : await read(url);
    if (!page) return;
    pages.push(page);
    for (const link of page.links) {
      if (!seen.has(link)) seen.add(link), queue.push(link);
    }
  };
  const read = async (url: string): Promise<ReadPage | undefined> => {
    const readAt = Date.now();
    const response = await fetch(new URL(url, origin)).catch((e: Error) => e);
    if (response instanceof Error) return void onError(url, response.message);
    if (!response.ok) return void onError(url, `HTTP ${response.status}`);
    if (!response.headers.get('content-type')?.startsWith('text/html')) return;
    const html = await response.text();
    return { url, html, links: pageLinks(html, new URL(url, origin).href, origin), readAt };
  };
  while (queue.length) await Promise.all(queue.splice(0, PARALLEL).map(visit));
  return pages;
}

/**
 * How long before a write of Astro's content store a change may come and still not be in it: Astro writes
 * 500 ms after a change what its loaders have set by then, and a loader reads its file first.
 */
const STORE_LAG_MS = 5_000;

/** Everything but one source's file: what every page may show. */
const EVERYTHING = '*';

/** The words of a path or address that say which source it is: "content/sources/a-b.mdx" and "/sources/a-b/" give "ab". */
const sourceKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether a changed file (`path` from the project's root) can change a page: not one an editor's tools keep
 * (a swap file `.strikes.csv.swp`, a backup `x.mdx~`, an auto-save `#x.mdx#`: toolsFile, which the loaders
 * skip), nor a note for editors in content/data/ (Markdown, its README.md), which no loader reads. Such a file, saved
 * every few seconds while an editor types, would otherwise have every page read again at each rebuild.
 */
export const showsOnPages = (path: string) => !path.split('/').some(toolsFile) && !/^content\/data\/[^/]+\.md$/.test(path);

/**
 * Which pages read before still show the site as it is. Only a source's own page (/sources/<id>/) may be
 * kept: it shows its file, and whatever every page shows; every other page (lists, the ledger, the
 * timeline, the explainer) may show any source, so it is read again after any change. A change counts
 * from when pages show it: a file in src/ at once (Vite reloads it), a file in content/ once Astro has
 * written its content store after it (`stored()`); a page read before then shows the old text. Astro
 * writes what its store holds 500 ms after a change, and a file's loader may not have set it by then: so
 * each write counts for every content change of the STORE_LAG_MS before it, not only those not yet written.
 */
export function freshness() {
  /** Each key's last change (a source's, or EVERYTHING): when it came, and the time from which a page read shows it. */
  const changes = new Map<string, { at: number; shownFrom: number }>();
  const shownFrom = (key: string) => changes.get(key)?.shownFrom ?? 0;
  return {
    /** A file changed: `path` relative to the project's root, "content/sources/a.mdx" or "src/x.ts". False where no page can show it (showsOnPages). */
    changed(path: string, now: number): boolean {
      if (!showsOnPages(path)) return false;
      const source = /^content\/sources\/(.+)\.mdx$/.exec(path);
      const key = source ? sourceKey(source[1]!) : EVERYTHING;
      // Content shows once stored; code at once, but not before a content change still to be stored (a CSV and a component saved together).
      const showsNow = !path.startsWith('content/') && shownFrom(key) !== Infinity;
      changes.set(key, { at: now, shownFrom: showsNow ? now : Infinity });
      return true;
    },
    /** Astro has written its content store: every content change not written before, or of the last STORE_LAG_MS, shows from now. */
    stored(now: number) {
      for (const change of changes.values()) if (change.shownFrom === Infinity || now - change.at < STORE_LAG_MS) change.shownFrom = now;
    },
    /** True for a page read late enough to show every change that concerns it. */
    current(page: ReadPage): boolean {
      // A source's own page, not a page of the list of sources (/sources/page/2/).
      const source = /^\/sources\/([^/]+)\/$/.exec(page.url);
      if (!source) return false;
      return page.readAt > shownFrom(EVERYTHING) && page.readAt > shownFrom(sourceKey(source[1]!));
    },
  };
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
  /** Once the server stops: no rebuild starts, and none is scheduled by one still running. */
  let stopped = false;
  let dataStore: FSWatcher | undefined;
  let known = new Map<string, ReadPage>();
  /**
   * The index kept from one rebuild to the next: only the pages read again are sent to it, each replacing
   * the page of its address, where sending every page took most of a rebuild at 1,000 sources. Made anew
   * when a page it holds is gone from the site (Pagefind cannot remove a page), or after a rebuild failed.
   */
  let live: PagefindIndex | undefined;
  const fresh = freshness();

  async function rebuild() {
    if (!origin || stopped) return;
    if (running) return void (again = true);
    running = true;
    try {
      const pages = await crawl(origin, (url, why) => logger.warn(`Search skipped ${url}: ${why}`), known, fresh.current);
      if (!pages.length) throw new Error(`no page of ${origin} could be read; the last index is kept`);
      const readAgain = pages.filter((page) => known.get(page.url) !== page);
      const urls = new Set(pages.map((page) => page.url));
      const gone = [...known.keys()].some((url) => !urls.has(url));
      if (gone && live) await forget(live);
      const sent = live ? readAgain : pages;
      live ??= await newIndex();
      known = new Map(pages.map((page) => [page.url, page]));
      await addInOrder(live, sent, (page) => [{ url: page.url }, page.html]);
      const { files: built, pages: indexed } = await filesOf(live);
      files = new Map(built.map((file) => [`/pagefind/${file.path}`, file.content]));
      logger.info(`Search index rebuilt from ${pages.length} pages (${readAgain.length} read again, ${sent.length} sent to Pagefind): ${describeIndex(built)}`);
      for (const warning of await aliasWarnings(server.config.root, indexed)) logger.warn(warning);
    } catch (error) {
      // What the index holds after a failure is not known: the next rebuild starts a new one, from every page.
      if (live) await forget(live);
      logger.error(`Search index not rebuilt: ${(error as Error).message}`);
    } finally {
      running = false;
      if (again && !stopped) (again = false), schedule();
    }
  }
  /** Deletes the kept index (what Pagefind's service holds of it), so that the next rebuild makes a new one. */
  async function forget(index: PagefindIndex) {
    live = undefined;
    await index.deleteIndex().catch(() => {});
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
  const [content, code] = [join(root, 'content') + sep, join(root, 'src') + sep];
  server.watcher.on('all', (_event, path) => {
    if (!path.startsWith(content) && !path.startsWith(code)) return;
    if (!fresh.changed(relative(root, path).split(sep).join('/'), Date.now())) return;
    // A change to content shows once Astro has stored it, whose write schedules the rebuild (start()): one
    // now would read the pages as they were, and hold back the one that reads the change (at 1,000
    // sources, by the 10 s a rebuild takes).
    if (path.startsWith(code)) schedule();
  });
  return {
    start(address: AddressInfo) {
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      origin = `http://${host}:${address.port}`;
      // Pages show a content edit only once Astro has written its content store (.astro/data-store.json):
      // rebuild then, so the index never keeps text from before the store caught up.
      const dotAstro = join(root, '.astro');
      mkdirSync(dotAstro, { recursive: true });
      // Astro writes a copy and renames it over the store: pages show it from the rename.
      dataStore = watch(dotAstro, (_event, name) => {
        if (name !== 'data-store.json') return;
        fresh.stored(Date.now());
        schedule();
      });
      dataStore.on('error', (error) => logger.warn(`Search no longer follows Astro's content store (${error.message}): restart the dev server to have edits to content/ indexed`));
      schedule();
    },
    async stop() {
      // Pagefind's service closes with the indexes it holds: a server started again in this process makes
      // its own, whose numbers a kept one's could share.
      stopped = true;
      live = undefined;
      clearTimeout(timer);
      dataStore?.close();
      await close();
    },
  };
}
