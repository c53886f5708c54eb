/**
 * Saving files into a cache, checked against the hashes the build gave them: the service worker saves
 * the core this way, and a page the whole archive when the reader asks. Runs in both.
 */
import { CACHE_PREFIX, type FailureReason, REVISION_HEADER, SAVING_HEADER, addressOf, bytesOf, cacheKey, hexDigest } from './offlineCopy';

/** Files downloaded at once while saving: enough to keep the connection busy, few enough to leave it usable. */
const PARALLEL = 4;

/** A version (or its archive) that could not be saved, and why. */
export class SaveError extends Error {
  reason: FailureReason;
  constructor(reason: FailureReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

export const reasonOf = (error: unknown): FailureReason =>
  error instanceof SaveError ? error.reason : error instanceof DOMException && error.name === 'QuotaExceededError' ? 'storage' : 'download';

/** Fails with "storage" when the device has less room left than `bytes`, as far as the browser says. */
export async function checkRoom(bytes: number) {
  const estimate = await navigator.storage?.estimate().catch(() => undefined);
  if (estimate?.quota !== undefined && estimate.quota - (estimate.usage ?? 0) < bytes)
    throw new SaveError('storage', `${bytes} bytes needed, ${estimate.quota - (estimate.usage ?? 0)} free`);
}

/** What a file's content hashes to, as the build names content. */
const revisionOfBody = async (body: ArrayBuffer) => hexDigest(await crypto.subtle.digest('SHA-256', body));

/** A file from the network, checked against the hash the build gave it; the HTTP cache is tried first. */
async function download(path: string, revision: string): Promise<Response> {
  for (const cache of ['default', 'reload'] as const) {
    const response = await fetch(addressOf(path), { cache, credentials: 'same-origin', headers: { [SAVING_HEADER]: '1' } });
    if (!response.ok) throw new SaveError('download', `${addressOf(path)}: HTTP ${response.status}`);
    const body = await response.arrayBuffer();
    // Rebuilt, so that a page served after a redirect can still answer a navigation; with the host's headers
    // (its security policy, language…), as the copy answers in the network's place, but not those of the
    // encoding it came in, as the body is decoded.
    if ((await revisionOfBody(body)) === revision) {
      const headers = new Headers(response.headers);
      // (Vary too: a cache refuses to store "Vary: *", and the copy is kept by address alone.)
      for (const name of ['content-encoding', 'content-length', 'transfer-encoding', 'vary']) headers.delete(name);
      headers.set(REVISION_HEADER, revision);
      return new Response(body, { headers });
    }
  }
  throw new SaveError('changed', `${addressOf(path)} is not the file this version lists: the site changed while it was being saved`);
}

/** Our caches other than `except`: where a file with the same content may already be. */
export async function otherCaches(except: string[]): Promise<Cache[]> {
  const names = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && !except.includes(name));
  return Promise.all(names.map((name) => caches.open(name)));
}

/** How far a save has got: files and bytes done, of all. */
export interface Progress {
  files: number;
  bytes: number;
}

/** A file to save: its path, the hash of its content and, where the list gives it, its size. */
export type FileEntry = readonly [path: string, revision: string, bytes?: number];

/** What a response's body hashes to, as the build names content (download() checks a body the same way). */
const revisionOf = async (response: Response) => revisionOfBody(await response.clone().arrayBuffer());

/**
 * Leaves out of the whole site's copy the files kept as read already (a page, its search result's text, the
 * parts of the search index a search fetched, the scripts a page loaded) with the same content (its hash):
 * `read`'s stay there, and `others`' (the caches of pages the versions before kept as read) are copied to
 * `read`. A file is then stored once, not downloaded again, and stays when the reader removes the whole
 * site. Returns the files still to save, and how many files and bytes of `files` are kept so.
 */
export async function leaveAsRead(files: readonly FileEntry[], read: Cache, others: Cache[] = []): Promise<{ rest: FileEntry[]; kept: Progress }> {
  // Each cache's keys listed once: a match for each file of a large archive would take far longer.
  const held = await Promise.all([read, ...others].map(async (cache) => ({ cache, keys: new Set((await cache.keys()).map((request) => new URL(request.url).pathname)) })));
  const rest: FileEntry[] = [];
  for (const entry of files) {
    const key = cacheKey(entry[0]);
    const address = new URL(key, location.href).pathname;
    let kept = false;
    for (const { cache, keys } of held) {
      const response = keys.has(address) ? await cache.match(key) : undefined;
      // Only a copy that can answer in the list's place: a page that came by a redirect cannot answer a navigation.
      if (!response || response.status !== 200 || response.redirected || (await revisionOf(response)) !== entry[1]) continue;
      if (cache !== read) await read.put(key, response);
      kept = true;
      break;
    }
    if (!kept) rest.push(entry);
  }
  return { rest, kept: { files: files.length - rest.length, bytes: bytesOf(files) - bytesOf(rest) } };
}

/**
 * Fills `cache` with `files`: those another of our caches holds with the same hash are copied, the rest
 * downloaded, a few at a time; the first failure stops them all and is thrown.
 */
export async function fill(cache: Cache, files: readonly FileEntry[], others: Cache[], onProgress?: (done: Progress) => void) {
  const queue = files.values();
  const done: Progress = { files: 0, bytes: 0 };
  let failure: unknown;
  const save = async ([path, revision]: FileEntry) => {
    const key = cacheKey(path);
    for (const other of others) {
      const kept = await other.match(key);
      if (kept?.headers.get(REVISION_HEADER) === revision) return cache.put(key, kept);
    }
    return cache.put(key, await download(path, revision));
  };
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (const entry of queue) {
        if (failure) return;
        await save(entry).then(
          () => {
            done.files += 1;
            done.bytes += entry[2] ?? 0;
            onProgress?.(done);
          },
          (error: unknown) => void (failure ??= error),
        );
      }
    }),
  );
  if (failure) throw failure;
}
