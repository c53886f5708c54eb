/** What the service worker keeps, as the build describes it (src/integrations/offline.ts writes it into sw.js). */
export interface OfflineCopy {
  /** A hash of every file and its content: the name of this version's cache. */
  version: string;
  /** Bytes of all the files together. */
  bytes: number;
  /** Each file's path from the site's root ("sources/x/index.html") and a hash of its content. */
  files: [path: string, revision: string][];
}

/** Why a version could not be saved: no room on the device, a file that did not download, or a site that changed meanwhile. */
export type FailureReason = 'storage' | 'download' | 'changed';

/** What the service worker tells open pages when a version could not be saved. */
export interface SaveFailed {
  type: 'OFFLINE_FAILED';
  reason: FailureReason;
  /** What went wrong, for the console: the file and the status, or the browser's error. */
  detail: string;
  bytes: number;
}

/** Every cache of ours starts so; one version per cache, so a version is kept whole or not at all. */
export const CACHE_PREFIX = 'strikes-offline-';

/** Caches that an earlier service worker (Workbox's) left, removed once this one takes over. */
export const OLD_CACHE_PREFIX = 'workbox-precache';

/** A file's key in a version's cache: the same content has the same key in every version, so it can be copied across. */
export const cacheKey = (path: string, revision: string) => `/${path}?rev=${revision}`;

/** The address a file is served at: a page at its folder ("/sources/x/"), as links and static hosts name it. */
export const addressOf = (path: string) => `/${path.replace(/(^|\/)index\.html$/, '$1')}`;

/** The file an address asks for, whatever its query: "/sources/x/?q=a" is sources/x/index.html. */
export function fileOf(pathname: string): string {
  let path: string;
  try {
    path = decodeURIComponent(pathname).slice(1);
  } catch {
    return '';
  }
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The first 128 bits of a SHA-256 digest, in hex: how the build and the service worker name content. */
export const hexDigest = (digest: ArrayBuffer) =>
  [...new Uint8Array(digest, 0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
