/**
 * The service worker. It keeps one version of the site on this device in a cache of its own, filled
 * whole or not at all, and answers from it, so a page never meets a search index of another version.
 * src/integrations/offline.ts bundles it into dist/sw.js with OFFLINE_COPY filled in.
 */
import {
  CACHE_PREFIX,
  OLD_CACHE_PREFIX,
  type FailureReason,
  type OfflineCopy,
  type SaveFailed,
  addressOf,
  cacheKey,
  fileOf,
  hexDigest,
} from './offlineCopy';

declare const OFFLINE_COPY: OfflineCopy;

// The parts of a service worker's scope used here: TypeScript's DOM library, which the rest of src/ needs, has none.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageFromPage extends ExtendableEvent {
  readonly data: unknown;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageFromPage) => void): void;
  skipWaiting(): Promise<void>;
  clients: { matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<{ postMessage(message: SaveFailed): void }[]> };
}

const worker = self as unknown as WorkerScope;
const CACHE = `${CACHE_PREFIX}${OFFLINE_COPY.version}`;
const keys = new Map(OFFLINE_COPY.files.map(([path, revision]) => [path, cacheKey(path, revision)]));
/** Files downloaded at once while saving: enough to keep the connection busy, few enough to leave it usable. */
const PARALLEL = 4;

/** A version that could not be saved, and why. */
class SaveError extends Error {
  reason: FailureReason;
  constructor(reason: FailureReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

const reasonOf = (error: unknown): FailureReason =>
  error instanceof SaveError ? error.reason : error instanceof DOMException && error.name === 'QuotaExceededError' ? 'storage' : 'download';

/** A file from the network, checked against the hash the build gave it; the HTTP cache is tried first. */
async function download(path: string, revision: string): Promise<Response> {
  for (const cache of ['default', 'reload'] as const) {
    const response = await fetch(addressOf(path), { cache, credentials: 'same-origin' });
    if (!response.ok) throw new SaveError('download', `${addressOf(path)}: HTTP ${response.status}`);
    const body = await response.arrayBuffer();
    // Rebuilt, so that a page served after a redirect can still answer a navigation.
    if (hexDigest(await crypto.subtle.digest('SHA-256', body)) === revision)
      return new Response(body, { headers: { 'content-type': response.headers.get('content-type') ?? '' } });
  }
  throw new SaveError('changed', `${addressOf(path)} is not the file this version lists: the site changed while it was being saved`);
}

/** Fills this version's cache: files another version already holds are copied, the rest downloaded. */
async function fill(cache: Cache) {
  const estimate = await navigator.storage?.estimate().catch(() => undefined);
  if (estimate?.quota !== undefined && estimate.quota - (estimate.usage ?? 0) < OFFLINE_COPY.bytes)
    throw new SaveError('storage', `${OFFLINE_COPY.bytes} bytes needed, ${estimate.quota - (estimate.usage ?? 0)} free`);
  const others = await Promise.all((await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.open(name)));
  const queue = OFFLINE_COPY.files.values();
  let failure: unknown;
  const save = async ([path, revision]: [string, string]) => {
    const key = cacheKey(path, revision);
    for (const other of others) {
      const kept = await other.match(key);
      if (kept) return cache.put(key, kept);
    }
    return cache.put(key, await download(path, revision));
  };
  // A few downloads at a time from one queue; the first failure stops them all.
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (const entry of queue) {
        if (failure) return;
        await save(entry).catch((error: unknown) => void (failure ??= error));
      }
    }),
  );
  if (failure) throw failure;
}

/** Saves this version whole; if any part fails, removes what was saved and tells the open pages why. */
async function install() {
  try {
    await fill(await caches.open(CACHE));
  } catch (error) {
    await caches.delete(CACHE);
    const message: SaveFailed = { type: 'OFFLINE_FAILED', reason: reasonOf(error), detail: String(error), bytes: OFFLINE_COPY.bytes };
    for (const client of await worker.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage(message);
    throw error;
  }
}

/** Once this version serves, every other version's cache goes. */
async function activate() {
  const names = await caches.keys();
  await Promise.all(
    names.filter((name) => name !== CACHE && (name.startsWith(CACHE_PREFIX) || name.startsWith(OLD_CACHE_PREFIX))).map((name) => caches.delete(name)),
  );
}

const fromCache = async (key: string) => (await caches.open(CACHE)).match(key);

/** This version's answer to a request, or undefined to leave it to the network. */
function respond(request: Request): Promise<Response> | undefined {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return undefined;
  const path = fileOf(url.pathname);
  const key = keys.get(path);
  const navigate = request.mode === 'navigate';
  // The page that says a page is not saved, when the network cannot be reached.
  const offline = async () => (await fromCache(keys.get('offline/index.html') ?? '')) ?? Response.error();
  const network = () => (navigate ? fetch(request).catch(offline) : fetch(request));
  // The cache may have been cleared by the browser to free space: then the network answers.
  if (key) return fromCache(key).then((response) => response ?? network());
  if (!navigate) return undefined;
  // One trailing-slash policy: /sources/x goes to /sources/x/, as the static host does.
  if (keys.has(`${path}/index.html`)) return Promise.resolve(Response.redirect(`${url.pathname}/${url.search}`, 301));
  return network();
}

worker.addEventListener('install', (event) => event.waitUntil(install()));
worker.addEventListener('activate', (event) => event.waitUntil(activate()));
worker.addEventListener('fetch', (event) => {
  const response = respond(event.request);
  if (response) event.respondWith(response);
});
// A new version waits until the reader chooses to reload (src/scripts/offline/register.ts).
worker.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
