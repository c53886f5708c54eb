/**
 * The whole site, saved for offline reading when the reader asks (the footer's button): every file the
 * core leaves out, listed in dist/offline-archive.json, and any of the core's that the service worker did
 * not save (with data saver on), into this version's archive cache, whole or not at all (wholeSiteFiles).
 * The service worker answers from it (src/scripts/offline/sw.ts) and saves it again with each new version. Runs in the page, which shows the progress; closing the page stops it, and what it had saved
 * is removed on the next visit.
 */
import { ARCHIVE_FILE, ARCHIVE_LOCK, ARCHIVE_SUFFIX, type ArchiveList, CACHE_PREFIX, bytesOf, cacheKey, cacheNames, wholeSiteFiles } from './offlineCopy';
import { type Progress, SaveError, checkRoom, fill, leaveAsRead, otherCaches } from './saving';

/** Whether this version's whole site is saved: its archive cache holds its own list once complete. */
export const archiveSaved = async (version: string) =>
  Boolean(await caches.match(cacheKey(ARCHIVE_FILE), { cacheName: cacheNames(version).archive }));

/** The keys of what this version's core cache holds: all of the core, unless data saver was on when it was saved. */
const coreKeys = async (version: string) =>
  new Set((await (await caches.open(cacheNames(version).core)).keys()).map((request) => new URL(request.url).pathname));

/**
 * Whether this version's core cache holds all of the core: the summary's `files`, and the summary itself.
 * Asked of a version with no cache (a summary newer than the worker, read past it), it says yes, as is
 * usual, and creates none.
 */
export const coreSaved = async (version: string, files: number) =>
  !(await caches.has(cacheNames(version).core)) || (await coreKeys(version)).size > files;

/** Saves the whole site of `version`, whole or not at all; `onProgress` hears each file and the totals. */
export async function saveArchive(version: string, onProgress: (done: Progress, total: Progress) => void): Promise<void> {
  const { archive, read } = cacheNames(version);
  const save = async () => {
    // Saved meanwhile, by another tab that held the lock: not downloaded again.
    if (await archiveSaved(version)) return;
    try {
      const response = await fetch(`/${ARCHIVE_FILE}`, { cache: 'no-cache' });
      if (!response.ok) throw new SaveError('download', `/${ARCHIVE_FILE}: HTTP ${response.status}`);
      const list = (await response.json()) as ArchiveList;
      if (list.version !== version) throw new SaveError('changed', `/${ARCHIVE_FILE} is of version ${list.version}, not ${version}`);
      const core = await coreKeys(version);
      const whole = wholeSiteFiles(list, (key) => core.has(key));
      const total: Progress = { files: whole.length, bytes: bytesOf(whole) };
      // What was read already (pages, their search results' text, what they loaded) stays where it is, counted as saved from the start.
      const { rest, kept } = await leaveAsRead(whole, await caches.open(read));
      await checkRoom(total.bytes - kept.bytes);
      const cache = await caches.open(archive);
      onProgress(kept, total);
      await fill(cache, rest, await otherCaches([archive]), (done) => onProgress({ files: kept.files + done.files, bytes: kept.bytes + done.bytes }, total));
      // Last: its list marks the archive complete.
      await cache.put(cacheKey(ARCHIVE_FILE), new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }));
    } catch (error) {
      await caches.delete(archive);
      throw error;
    }
  };
  // A browser without Web Locks saves it at once, as removeArchive() removes it.
  await (navigator.locks ? navigator.locks.request(ARCHIVE_LOCK, save) : save());
}

/**
 * Removes the whole site's copy, this version's and any a newer version waiting to serve has saved; the core
 * and the pages kept as read (those read before it was saved among them: leaveAsRead) stay. Once no save holds the lock: a new version saving it as it installs would
 * otherwise bring it back. The browser frees its space once nothing holds the cache any more: when the
 * service worker next stops, idle.
 */
export async function removeArchive() {
  const remove = async () => {
    const archives = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name.endsWith(ARCHIVE_SUFFIX));
    await Promise.all(archives.map((name) => caches.delete(name)));
  };
  await (navigator.locks ? navigator.locks.request(ARCHIVE_LOCK, remove) : remove());
}

/** An archive a closed page left half-saved is removed, unless another tab is saving it now. */
export async function clearUnfinished(version: string) {
  await navigator.locks?.request(ARCHIVE_LOCK, { ifAvailable: true }, async (lock) => {
    if (lock && (await caches.has(cacheNames(version).archive)) && !(await archiveSaved(version))) await caches.delete(cacheNames(version).archive);
  });
}
