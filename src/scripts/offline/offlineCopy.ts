/**
 * What the service worker keeps, as the build describes it (src/integrations/offline.ts writes it into
 * sw.js): the core, saved after a first visit, whose size does not grow with the archive.
 */
export interface OfflineCopy {
  /** A hash of every file of the site and its content: this version's name. */
  version: string;
  /** Bytes of the core's files together. */
  bytes: number;
  /** Each core file's path from the site's root ("index.html") and a hash of its content. */
  files: [path: string, revision: string][];
}

/** The rest of the site, which a reader saves only by asking: dist/offline-archive.json, fetched then. */
export interface ArchiveList {
  version: string;
  /** Bytes of the archive's files together. */
  bytes: number;
  /** Each file's path, the hash of its content and its size. */
  files: [path: string, revision: string, bytes: number][];
  /**
   * The core's files, as `files`: saving the whole site saves those the worker did not (with data saver
   * on, it saves only the few isDataSaverFile names), so that "every page and search" is true whatever it saved.
   */
  core: [path: string, revision: string, bytes: number][];
}

/** dist/offline.json: what each part holds, for the footer's status line and its save button. */
export interface OfflineSummary {
  version: string;
  core: { files: number; bytes: number };
  /** The part of the core the worker saves with data saver on (isDataSaverFile). A summary before 4 December 2026 has none. */
  dataSaver: { files: number; bytes: number };
  archive: { files: number; bytes: number };
}

/** Where the build writes the summary and the archive's list. */
export const SUMMARY_FILE = 'offline.json';
export const ARCHIVE_FILE = 'offline-archive.json';

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

/** What the service worker tells a page whose request for a file of the search index it could not answer (offline, not saved). */
export const NOT_SAVED = 'OFFLINE_NOT_SAVED';
export interface NotSaved {
  type: typeof NOT_SAVED;
  path: string;
}

/**
 * The attribute of a page's <body> naming its search result's text, a Pagefind fragment
 * ("/pagefind/fragment/en_….pf_fragment"): written by the build once the index is made
 * (src/integrations/pagefindIndex.ts: markFragments), so that the service worker keeps the fragment with the
 * page as it is read, and offline search finds the page it holds.
 */
export const FRAGMENT_ATTRIBUTE = 'data-search-fragment';

/** The address of the fragment a page's HTML names, if it names one. */
export const fragmentOf = (html: string) => new RegExp(`<body\\b[^>]*\\s${FRAGMENT_ATTRIBUTE}="([^"]+)"`).exec(html)?.[1];

/** Every cache of ours starts so; a version's caches are named by it, so a version is kept whole or not at all. */
export const CACHE_PREFIX = 'strikes-offline-';

/** How a version's archive cache (the whole site) ends, whatever its version. */
export const ARCHIVE_SUFFIX = '-archive';

/**
 * A version's three caches: its core (saved when the worker installs), the whole archive (when the reader
 * asks for it; complete once it holds its own list, ARCHIVE_FILE) and the pages kept as they were read.
 */
export const cacheNames = (version: string) => ({
  core: `${CACHE_PREFIX}${version}`,
  archive: `${CACHE_PREFIX}${version}${ARCHIVE_SUFFIX}`,
  read: `${CACHE_PREFIX}${version}-read`,
});

/**
 * Which version serves, as the worker records it once it takes over: a newer version, once it is saved, removes
 * the copy of any version between the two (one that waited and is replaced without ever serving).
 */
export const SERVING_CACHE = `${CACHE_PREFIX}serving`;
export const SERVING_KEY = '/version';

/** Caches that an earlier service worker (Workbox's) left, removed once this one takes over. */
export const OLD_CACHE_PREFIX = 'workbox-precache';

/** A file's key in a cache: its path, the same in every cache, so unchanged content can be copied across. */
export const cacheKey = (path: string) => `/${path}`;

/**
 * A page's message to the worker, with a port for its answer: the files of `/_astro/` it loaded before any
 * worker served it, to keep as read (src/scripts/offline/controls.ts, keepLoaded).
 */
export interface KeepLoaded {
  type: 'KEEP_LOADED';
  paths: string[];
}

/** The header a saved file keeps its content's hash in, so another version can tell it is the same file. */
export const REVISION_HEADER = 'x-offline-revision';

/** Marks a page's download of a file it saves, which the service worker leaves to the network and does not keep as read. */
export const SAVING_HEADER = 'x-offline-saving';

/** The lock a tab holds while it saves the archive, so another tab neither saves it again nor clears it. */
export const ARCHIVE_LOCK = 'strikes-offline-archive';

/** Whether the reader has asked the browser to save data: then nothing is downloaded unasked. */
export const savesData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/** What the offline copy holds, from the build's summary, or null when it cannot be read. */
export const summary = () => fetch(`/${SUMMARY_FILE}`).then((r) => (r.ok ? (r.json() as Promise<OfflineSummary>) : null), () => null);

/** With the browser's data saver on, the worker saves only what the "not saved" page needs to show: its page, its styles and the summary. */
export const isDataSaverFile = (path: string) => path === 'offline/index.html' || path === SUMMARY_FILE || path.endsWith('.css');

/** Bytes of `files` together, as their list gives them. */
export const bytesOf = (files: readonly (readonly [string, string, number?])[]) => files.reduce((sum, [, , bytes = 0]) => sum + bytes, 0);

/**
 * What saving the whole site saves: the archive, and the core's files not `saved` already (with data saver
 * on, the worker saved only the few isDataSaverFile names). The page saves it (archive.ts), and the worker
 * again with each new version (sw.ts), into the archive's cache, but for those kept as read already
 * (saving.ts: leaveAsRead): removing the whole site takes the rest too.
 */
export const wholeSiteFiles = (list: ArchiveList, saved: (key: string) => boolean): ArchiveList['files'] => [
  ...list.files,
  ...list.core.filter(([path]) => !saved(cacheKey(path))),
];

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
