/**
 * The service worker. It keeps one version of the site on this device, in caches named by it: the core
 * (the explainer, the ledger, the data, search's code and index), saved whole or not at all when it
 * installs; the pages the reader opens, kept as they are read; and the whole archive, when the reader asks
 * for it (src/scripts/offline/archive.ts saves it). It answers from them, so a page never meets a search
 * index of another version. src/integrations/offline.ts bundles it into dist/sw.js with OFFLINE_COPY.
 */
import {
  ARCHIVE_FILE,
  ARCHIVE_LOCK,
  ARCHIVE_SUFFIX,
  type ArchiveList,
  CACHE_PREFIX,
  OLD_CACHE_PREFIX,
  SAVING_HEADER,
  SERVING_CACHE,
  SERVING_KEY,
  NOT_SAVED,
  type KeepLoaded,
  type NotSaved,
  type OfflineCopy,
  type SaveFailed,
  bytesOf,
  cacheKey,
  cacheNames,
  fileOf,
  fragmentOf,
  isDataSaverFile,
  savesData,
  wholeSiteFiles,
} from './offlineCopy';
import { SaveError, checkRoom, fill, leaveAsRead, otherCaches, reasonOf } from './saving';

declare const OFFLINE_COPY: OfflineCopy;

// The parts of a service worker's scope used here: TypeScript's DOM library, which the rest of src/ needs, has none.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  readonly clientId: string;
  respondWith(response: Promise<Response>): void;
}
interface MessageFromPage extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageFromPage) => void): void;
  skipWaiting(): Promise<void>;
  registration: { installing: object | null; waiting: object | null };
  clients: {
    matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<{ url: string; postMessage(message: SaveFailed): void }[]>;
    get(id: string): Promise<{ postMessage(message: NotSaved): void } | undefined>;
  };
}

const worker = self as unknown as WorkerScope;
const NAMES = cacheNames(OFFLINE_COPY.version);
const MINE = Object.values(NAMES);

/** The archive of another version, if the reader saved it whole there: this version saves it too. */
async function savedArchive(): Promise<boolean> {
  for (const name of await caches.keys())
    if (name.endsWith(ARCHIVE_SUFFIX) && name !== NAMES.archive && (await caches.match(cacheKey(ARCHIVE_FILE), { cacheName: name }))) return true;
  return false;
}

/** The archive's list as the network has it now; it must be this version's. */
async function archiveList(): Promise<ArchiveList> {
  const response = await fetch(`/${ARCHIVE_FILE}`, { cache: 'no-cache' });
  if (!response.ok) throw new SaveError('download', `/${ARCHIVE_FILE}: HTTP ${response.status}`);
  const list = (await response.json()) as ArchiveList;
  if (list.version !== OFFLINE_COPY.version) throw new SaveError('changed', `/${ARCHIVE_FILE} is of version ${list.version}, not ${OFFLINE_COPY.version}`);
  return list;
}

/**
 * The files other than pages kept as they are read: the search index's parts a search fetched, and the
 * site's scripts and styles (each named by its content; the core holds them all, unless data saver left
 * only the shell, when a page read offline would otherwise have none of its scripts).
 */
const KEPT_AS_READ = /^(pagefind\/(fragment|index)\/|_astro\/)/;

/** The caches of the pages other versions kept as they were read. */
const otherReadCaches = async () =>
  Promise.all((await caches.keys()).filter((name) => name.endsWith('-read') && name !== NAMES.read).map((name) => caches.open(name)));

/**
 * The pages other versions kept as they were read, and this version has not, downloaded again as this version
 * has them (a page gone is dropped). As this version installs, with the files kept as they were read, and one
 * that fails to download fails the install. As it starts to serve (`until` then ends the time it may take),
 * the pages first, the last read first, then the files; one that fails is left out, as a page not read.
 */
async function readAgain(others: Cache[], read: Cache, until?: AbortSignal) {
  const keys = new Set<string>();
  // A cache lists its files in the order they were kept.
  for (const other of others) for (const request of await other.keys()) keys.add(new URL(request.url).pathname);
  const wanted = [...keys].filter((key) => key.endsWith('.html') || KEPT_AS_READ.test(key.slice(1)));
  const isPage = (key: string) => key.endsWith('.html');
  for (const key of until ? [...wanted.filter(isPage).reverse(), ...wanted.filter((key) => !isPage(key))] : wanted) {
    if (until?.aborted) break;
    // Saved with the core or the whole site, or a search result's text kept already, with its page, just before.
    if (await saved(key.slice(1))) continue;
    // Revalidated, not taken from the browser's cache as it is, which may hold the version before's.
    const response = await fetch(key.replace(/(^|\/)index\.html$/, '$1'), { credentials: 'same-origin', cache: 'no-cache', signal: until }).catch((error: unknown) => {
      if (!until) throw error;
    });
    if (!response || response.status === 404 || response.status === 410) continue;
    if (!response.ok) {
      if (!until) throw new SaveError('download', `${key}: HTTP ${response.status}`);
      continue;
    }
    await keepRead(read, key.slice(1), response, key.endsWith('.html'), until);
  }
}

/**
 * As this version starts to serve, before the version before's copy goes (tidy): the pages the reader read
 * while this one waited, which that version kept, read again as this version has them. Offline then, or past
 * 10 s (the pages wait for it), they are not.
 */
async function keepReadWhileWaiting() {
  try {
    await readAgain(await otherReadCaches(), await caches.open(NAMES.read), AbortSignal.timeout(10_000));
  } catch {
    // What could not be kept is left to the network, as a page not read; the version before's copy goes all the same.
  }
}

/**
 * The pages open in this site's windows that nothing saved yet, kept as if read through this worker: the
 * page a reader lands on first installs the worker but is not served by it, and would be lost offline.
 */
async function keepOpenPages(read: Cache) {
  const windows = await worker.clients.matchAll({ includeUncontrolled: true, type: 'window' });
  for (const url of new Set(windows.map((client) => new URL(client.url)).filter((u) => u.origin === location.origin).map((u) => u.pathname))) {
    const path = fileOf(url);
    if (await saved(path)) continue;
    // Revalidated, not taken from the browser's cache as it is: after a deploy that copy may be the version
    // before's. A request that hangs must not hold up the install.
    const response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache', signal: AbortSignal.timeout(10_000) });
    if (keepsAsRead(path, true, response)) await keepRead(read, path, response, true);
  }
}

/**
 * Saves this version: its core (with data saver on, only what the "not saved" page needs), the pages the
 * reader kept and the pages open now, and the whole site if the reader had saved it (with the rest of the
 * core, as the page saves it). If any part fails, removes what was saved and tells the open pages why; the
 * version before keeps serving.
 */
async function install() {
  const files = savesData() ? OFFLINE_COPY.files.filter(([path]) => isDataSaverFile(path)) : OFFLINE_COPY.files;
  try {
    await checkRoom(savesData() ? 0 : OFFLINE_COPY.bytes);
    const others = await otherCaches(MINE);
    await fill(await caches.open(NAMES.core), files, others);
    const saved = new Set(files.map(([path]) => cacheKey(path)));
    // A page saving the whole site now holds the lock until it is done: once it is, this version saves it too
    // (and a page removing it, until it is gone). A browser without Web Locks saves it if it is saved now.
    const read = await caches.open(NAMES.read);
    const saveArchive = async () => {
      if (!(await savedArchive())) return;
      const list = await archiveList();
      // What the versions before kept as read, unchanged, is kept as read by this one, as it was, and the rest saved whole.
      const whole = wholeSiteFiles(list, (key) => saved.has(key));
      await checkRoom(bytesOf(whole));
      const { rest } = await leaveAsRead(whole, read, await otherReadCaches());
      const archive = await caches.open(NAMES.archive);
      await fill(archive, rest, await otherCaches(MINE));
      await archive.put(cacheKey(ARCHIVE_FILE), new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }));
    };
    await (navigator.locks ? navigator.locks.request(ARCHIVE_LOCK, saveArchive) : saveArchive());
    await readAgain(await otherReadCaches(), read);
    // A page open now that did not load is the network's to answer later, not a reason to save nothing.
    await keepOpenPages(read).catch(() => undefined);
    // Tidying, not saving: a copy left behind goes when a version next serves, and this version is whole.
    await dropReplaced().catch(() => undefined);
  } catch (error) {
    await Promise.all(MINE.map((name) => caches.delete(name)));
    const message: SaveFailed = { type: 'OFFLINE_FAILED', reason: reasonOf(error), detail: String(error), bytes: OFFLINE_COPY.bytes };
    for (const client of await worker.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage(message);
    throw error;
  }
}

/**
 * Once this version is saved, the copy of a version that waited to serve and is now replaced by this one,
 * never having served: every version's but the one serving and this. Without it, a reader who keeps a tab
 * open and says "Not now" to each update would keep a copy of every version published meanwhile until one
 * serves. A version that serves records it (markServing); with no record, nothing is removed here.
 */
async function dropReplaced() {
  const serving = await (await caches.match(SERVING_KEY, { cacheName: SERVING_CACHE }))?.text();
  if (!serving) return;
  const keep = new Set([...MINE, ...Object.values(cacheNames(serving)), SERVING_CACHE]);
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && !keep.has(name)).map((name) => caches.delete(name)));
}

/** Records that this version serves, for the next version's install (dropReplaced). */
async function markServing() {
  await (await caches.open(SERVING_CACHE)).put(SERVING_KEY, new Response(OFFLINE_COPY.version));
}

/** Whether every other version's caches are gone, as far as this worker knows since it started. */
let tidied = false;

/**
 * Once this version serves, every other version's caches go; but not while a newer version installs or waits,
 * whose caches those are: then at a later navigation, once none does (it may fail, and remove only its own).
 */
async function tidy() {
  if (tidied || worker.registration.installing || worker.registration.waiting) return;
  tidied = true;
  const names = await caches.keys();
  await Promise.all(
    names.filter((name) => !MINE.includes(name) && name !== SERVING_CACHE && (name.startsWith(CACHE_PREFIX) || name.startsWith(OLD_CACHE_PREFIX))).map((name) => caches.delete(name)),
  );
}

/** This version's saved copy of a file: from its core, its archive, or the pages kept as read. */
async function saved(path: string): Promise<Response | undefined> {
  for (const cacheName of MINE) {
    const response = await caches.match(cacheKey(path), { cacheName });
    if (response) return response;
  }
  return undefined;
}

/** What is kept as it is read: a page, or a file KEPT_AS_READ. */
const keepsAsRead = (path: string, navigate: boolean, response: Response) =>
  response.status === 200 &&
  response.type === 'basic' &&
  !response.redirected &&
  (navigate ? (response.headers.get('content-type') ?? '').startsWith('text/html') : KEPT_AS_READ.test(path));

/**
 * Keeps the text of a page's search result, the Pagefind fragment its <body> names (fragmentOf), where this
 * version has not, so that offline search finds the page and does not count it as not saved. Not with data
 * saver on, when search's code is not kept and search needs a connection. One that does not load (within
 * 10 s, or by `until`: an install, or a version starting to serve, waits for it) is left out: the next time the
 * page is opened online, or a search online, or the next version keeps it.
 */
async function keepFragment(read: Cache, page: Response, until = AbortSignal.timeout(10_000)) {
  if (savesData()) return;
  const fragment = fragmentOf(await page.text());
  const file = fragment && fileOf(fragment);
  if (!file || (await saved(file))) return;
  const answer = await fetch(fragment, { credentials: 'same-origin', signal: until }).catch(() => undefined);
  if (answer && keepsAsRead(file, false, answer)) await read.put(cacheKey(file), answer);
}

/** Keeps a file as it was read; a page with the text of its search result (keepFragment, by `until` if given). */
async function keepRead(read: Cache, path: string, response: Response, page: boolean, until?: AbortSignal) {
  const copy = page ? response.clone() : undefined;
  await read.put(cacheKey(path), response);
  if (copy) await keepFragment(read, copy, until);
}

/** This version's answer to a request, or undefined to leave it to the network. */
function respond(event: FetchEvent): Promise<Response> | undefined {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return undefined;
  const path = fileOf(url.pathname);
  // The worker's own script, the archive's list and a page's downloads of what it saves go to the network.
  if (path === 'sw.js' || path === ARCHIVE_FILE || request.headers.has(SAVING_HEADER)) return undefined;
  const navigate = request.mode === 'navigate';
  if (navigate && !tidied) event.waitUntil(tidy());
  return (async () => {
    // The cache may have been cleared by the browser to free space: then the network answers.
    const hit = await saved(path);
    if (hit) {
      // A page kept as read whose search result's text did not load then: kept now, if it loads. (The core's
      // pages and the whole site's come with their search results.)
      if (navigate && navigator.onLine && path.endsWith('.html'))
        event.waitUntil(
          caches.open(NAMES.read).then(async (read) => {
            const page = await read.match(cacheKey(path));
            if (page) await keepFragment(read, page);
          }),
        );
      return hit;
    }
    // One trailing-slash policy: /sources/x goes to /sources/x/, as the static host does.
    if (navigate && (await saved(`${path}/index.html`))) return Response.redirect(`${url.pathname}/${url.search}`, 301);
    try {
      const response = await fetch(request);
      if (keepsAsRead(path, navigate, response)) {
        const copy = response.clone();
        event.waitUntil(caches.open(NAMES.read).then((read) => keepRead(read, path, copy, navigate)));
      }
      return response;
    } catch (error) {
      // The page that says a page is not saved, when the network cannot be reached.
      if (navigate) return (await saved('offline/index.html')) ?? Response.error();
      // Pagefind passes over a part of its index that does not load: the search page says so instead.
      // Told before the request fails, so that the page knows by the time its search ends. Not a result's
      // text (a fragment): the search page counts those results as in pages not saved.
      if (path.startsWith('pagefind/') && !path.startsWith('pagefind/fragment/')) (await worker.clients.get(event.clientId))?.postMessage({ type: NOT_SAVED, path });
      throw error;
    }
  })();
}

worker.addEventListener('install', (event) => event.waitUntil(install()));
worker.addEventListener('activate', (event) => event.waitUntil(Promise.all([markServing(), keepReadWhileWaiting().then(tidy)])));
worker.addEventListener('fetch', (event) => {
  const response = respond(event);
  if (response) event.respondWith(response);
});
/**
 * Keeps, as read, the scripts a page loaded before this worker served it (src/scripts/offline/controls.ts's
 * keepLoaded), where this version has none: from the browser's cache, where the page's own download left them
 * (each named by its content, so a copy kept there is the right one), all within the 10 s the page waits.
 * Only files of `/_astro/`, written as their own address ("/_astro/../sw.js" is not one).
 */
async function keepLoaded(paths: unknown[]) {
  const read = await caches.open(NAMES.read);
  const until = AbortSignal.timeout(10_000);
  for (const asked of paths) {
    if (typeof asked !== 'string' || !asked.startsWith('/_astro/') || until.aborted) continue;
    const url = new URL(asked, location.href);
    if (url.origin !== location.origin || url.pathname !== asked) continue;
    const path = fileOf(asked);
    if (!KEPT_AS_READ.test(path) || (await saved(path))) continue;
    const response = await fetch(asked, { credentials: 'same-origin', cache: 'force-cache', signal: until }).catch(() => undefined);
    if (response && keepsAsRead(path, false, response)) await keepRead(read, path, response, false);
  }
}

worker.addEventListener('message', (event) => {
  const message = event.data as { type?: string } | null;
  // A new version waits until the reader chooses to reload (src/scripts/offline/register.ts).
  if (message?.type === 'SKIP_WAITING') void worker.skipWaiting();
  if (message?.type === 'KEEP_LOADED') {
    const { paths } = message as KeepLoaded;
    event.waitUntil(
      keepLoaded(Array.isArray(paths) ? paths : [])
        .catch(() => undefined)
        .then(() => event.ports[0]?.postMessage('kept')),
    );
  }
});
