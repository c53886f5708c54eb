import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gunzipSync, constants as zlibConstants } from 'node:zlib';
import { build } from 'esbuild';
// Workbox's getManifest alone: its package's index loads generateSW's bundler and Babel too, some 0.5 s of every build's start.
import { getManifest } from 'workbox-build/build/get-manifest.js';
import type { GetManifestOptions } from 'workbox-build';
import { mapAtOnce } from './atOnce';
import { isHidden } from '../host/responses';
import { HOST_RULES } from '../host/rules';
import { ARCHIVE_FILE, type ArchiveList, type OfflineCopy, SUMMARY_FILE, bytesOf, fileOf } from '../scripts/offline/offlineCopy';
import { locales, pathIn } from '../site';

/**
 * What can be saved for offline reading: pages, styles, scripts, icons, the app's manifest, data downloads
 * (the CSV files and the charts' SVGs) and the whole search index. Not the social cards or the charts' PNGs:
 * they are for other sites and their crawlers, and would make every reader's copy larger by one per page.
 */
export function precacheFiles(site: string): GetManifestOptions {
  return {
    globDirectory: site,
    globPatterns: ['**/*.{html,css,js,json,webmanifest,svg,png,csv,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}'],
    // The worker, the lists written from this one, and the social cards (and their list, left where socialCards() is not listed) and charts' PNGs.
    globIgnores: ['sw.js', SUMMARY_FILE, ARCHIVE_FILE, 'cards/**', 'cards.json', '**/charts/*.png'],
    // No file is left out for its size: the core's share of the index has a budget of its own.
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
  };
}

/** A file of the built site, the hash of its content and its size. */
export type SiteFile = [path: string, revision: string, bytes: number];

/** The first 128 bits of a file's SHA-256, in hex, as the service worker checks it (hexDigest). */
export const revision = (content: Buffer) => createHash('sha256').update(content).digest('hex').slice(0, 32);

/** Files read at once: a site of 10,000 sources has 20,000 of them, more than a process may hold open. */
const OPEN_AT_ONCE = 32;

/** A file that can be saved, and what the split needs of it: its part (rankOf; none for the archive's) and what downloading it costs. */
export interface MeasuredFile {
  file: SiteFile;
  rank: number | undefined;
  cost: number;
  /** A search result's page, by its path in the site ("strikes/16/index.html"). */
  page?: string;
}

/**
 * Every file that can be saved, in a fixed order (so the same site gives the same lists): its hash and size,
 * its part and its cost. Each file is read once, a few at a time (Brotli on libuv's threads, beside the main thread).
 */
export async function measureFiles(site: string): Promise<MeasuredFile[]> {
  const { manifestEntries, warnings } = await getManifest(precacheFiles(site));
  if (warnings.length) throw new Error(`offline: ${warnings.join('\n')}`);
  // Not what no host serves (src/host/rules.ts: the configs, and the copies for another host written after these lists).
  const paths = (manifestEntries ?? [])
    .map((entry) => entry.url)
    .filter((path) => !isHidden(HOST_RULES, `/${path}`))
    .sort((a, b) => a.localeCompare(b));
  const corePages = new Set(paths.filter((path) => path.endsWith('.html') && !isArchivePage(path)));
  return mapAtOnce(paths, OPEN_AT_ONCE, async (path): Promise<MeasuredFile> => {
    const content = await readFile(join(site, path));
    const file: SiteFile = [path, revision(content), content.byteLength];
    // A page of the archive (a source's, a further page of a list) is not measured: at 10,000 sources, that is most of the site.
    if (isArchivePage(path)) return { file, rank: undefined, cost: 0 };
    const page = path.startsWith('pagefind/fragment/') ? fileOf(fragmentUrl(content)) : undefined;
    const rank = rankOf(path, corePages, page);
    return { file, rank, cost: rank === undefined || rank === 0 ? 0 : await transferSize(content, path), ...(page !== undefined && { page }) };
  });
}

/**
 * A page there is one more of as the archive grows: a source's own page, and each further page of the
 * ledger's rows (ledger/killed/2/), of the list of sources (sources/page/2/) and of a chart's every row
 * (charts/who-reported/all/2/), in every edition. Saved when it is read, or with the whole site.
 */
export const isArchivePage = (path: string) => /^(sources\/[^/]+|([a-z]{2}\/)?(ledger\/[^/]+|sources\/page|charts\/[^/]+\/all)\/\d+)\/index\.html$/.test(path);

/** The page a Pagefind fragment (gzipped "pagefind_dcd" and its JSON) shows in a result: "/about/". */
export function fragmentUrl(content: Buffer): string {
  const text = gunzipSync(content).toString('utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
}

/** Files sent as they are (compressed already, or images); every other file goes compressed (src/host/). */
const SENT_AS_IS = /\.(png|pagefind|pf_\w+)$/;

const brotli = promisify(brotliCompress);

/** About what a file costs to download: Brotli's size for text, as the host sends it, the file's own otherwise. */
const transferSize = async (content: Buffer, path: string) =>
  SENT_AS_IS.test(path) ? content.byteLength : (await brotli(content, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } })).byteLength;

/** The story's main pages, in every edition: the explainer, the ledger, the data and the search page. */
const MAIN_PAGES = new Set(locales.flatMap((locale) => ['/', '/ledger/', '/data/', '/search/'].map((page) => `${pathIn(locale, page).slice(1)}index.html`)));

/** The spelling vocabulary's part of the core (rankOf). */
const VOCABULARY_RANK = 4;

/**
 * Which part a file belongs to, in the order the core is filled: 0 the shell and search's code (always in
 * the core), 1 the story's main pages in each edition and the data downloads, 2 the search results of our pages, 3 the
 * index's words, 4 the spelling vocabulary (which goes with them: a few kilobytes that make a misspelt
 * search find something offline), 5 our other pages (the list of sources among them); undefined
 * for the archive (a source's page and a further page of the ledger, the sources or a chart's every row, and their results).
 */
function rankOf(path: string, corePages: Set<string>, fragmentPage: string | undefined): number | undefined {
  if (isArchivePage(path)) return undefined;
  if (fragmentPage !== undefined) return corePages.has(fragmentPage) ? 2 : undefined;
  if (path.startsWith('pagefind/index/')) return 3;
  if (path === 'pagefind/vocabulary.json') return VOCABULARY_RANK;
  // The data downloads grow with the reported totals: they are the data page's, and go with it.
  if (path.endsWith('.csv')) return 1;
  if (!path.endsWith('.html') || path === 'offline/index.html') return 0;
  return MAIN_PAGES.has(path) ? 1 : 5;
}


/**
 * The core and the archive. The core is what a reader needs to read the story offline after one visit,
 * and it does not grow with the archive: the shell (styles, scripts, icons, the "not saved" page) and
 * search's code always, then, while the download stays within `budget` bytes (as the host sends them), the
 * explainer, the ledger, the data and search pages and the data downloads, our pages' search results, the
 * index's words (smallest chunks first), the spelling vocabulary and our other pages. A page left out is
 * kept once it is read. The archive is the rest: every source's page and result, each further page of the
 * ledger, of the list of sources and of a chart's every row, and what did not fit, with the search results
 * of the pages that did not (a result in the core stands for a page read offline: search lists it as one).
 */
export function splitFiles(measured: readonly MeasuredFile[], budget: number): { core: SiteFile[]; archive: SiteFile[] } {
  const archive: SiteFile[] = measured.filter(({ rank }) => rank === undefined).map(({ file }) => file);
  const candidates = measured.filter((c): c is { file: SiteFile; rank: number; cost: number } => c.rank !== undefined);
  candidates.sort((a, b) => a.rank - b.rank || a.cost - b.cost || a.file[0].localeCompare(b.file[0]));
  const core: SiteFile[] = [];
  let spent = 0;
  for (const { file, rank, cost } of candidates) {
    // The vocabulary helps only a word the index has: it goes only with all of the index.
    const fits = rank === 0 || (spent + cost <= budget && (rank !== VOCABULARY_RANK || !archive.some(([path]) => path.startsWith('pagefind/index/'))));
    if (fits) spent += cost;
    (fits ? core : archive).push(file);
  }
  // A result is taken before our other pages (rank 2 against 5): where its page did not fit, it goes with it.
  const inCore = new Set(core.map(([path]) => path));
  const pageOf = new Map(measured.flatMap(({ file: [path], page }) => (page === undefined ? [] : [[path, page] as const])));
  const orphan = ([path]: SiteFile) => pageOf.has(path) && !inCore.has(pageOf.get(path)!);
  const byPath = (a: SiteFile, b: SiteFile) => a[0].localeCompare(b[0]);
  return { core: core.filter((file) => !orphan(file)).sort(byPath), archive: [...archive, ...core.filter(orphan)].sort(byPath) };
}

/**
 * A version's name: a hash of every file and its content, of which of them its core holds, and of `worker`,
 * what the service worker's own code is (codeDigest), so that any changed file, budget or worker makes a new
 * version. A new worker named as the one serving would share its caches, and, its install failing, would
 * remove the reader's copy with its own (src/scripts/offline/sw.ts: install()).
 */
export const versionOf = (files: SiteFile[], core: readonly SiteFile[] = [], worker = '') =>
  createHash('sha256')
    .update(JSON.stringify(files.map(([path, rev]) => [path, rev])))
    .update('\0')
    .update(JSON.stringify(core.map(([path]) => path)))
    .update('\0')
    .update(worker)
    .digest('hex')
    .slice(0, 12);

/** The core as the service worker sees it, and the archive's list, of one version. */
export interface OfflineParts {
  copy: OfflineCopy;
  archive: ArchiveList;
}

/** The core and the archive of a built site, named by its version (`worker`: what the service worker's code is). */
export async function offlineParts(site: string, budget: number, worker = ''): Promise<OfflineParts> {
  const measured = await measureFiles(site);
  const { core, archive } = splitFiles(measured, budget);
  const version = versionOf(
    measured.map(({ file }) => file),
    core,
    worker,
  );
  return {
    copy: { version, bytes: bytesOf(core), files: core.map(([path, rev]) => [path, rev]) },
    archive: { version, bytes: bytesOf(archive), files: archive, core },
  };
}

/** The service worker's code, from the project's folder. */
export const SERVICE_WORKER_ENTRY = 'src/scripts/offline/sw.ts';

/** dist/sw.js: src/scripts/offline/sw.ts bundled into one classic script, holding `copy`. */
export async function serviceWorkerScript(root: string, copy: OfflineCopy): Promise<string> {
  const result = await build({
    entryPoints: [join(root, SERVICE_WORKER_ENTRY)],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { OFFLINE_COPY: JSON.stringify(copy) },
  });
  return result.outputFiles[0]!.text;
}
