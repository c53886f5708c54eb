import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { type IndexFile, type PagefindIndex, createIndex } from 'pagefind';
import { FRAGMENT_ATTRIBUTE, fileOf } from '../scripts/offline/offlineCopy';
import { mapAtOnce } from './atOnce';
import { dateOrderFile, type IndexedPage, indexedPages, vocabularyFile } from './indexText';

/**
 * Files Pagefind writes that our search never loads: its ready-made UIs and highlighter, and its web
 * worker (src/scripts/search/pagefind.ts runs Pagefind on the main thread).
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./;

/** Leaves out the unused files, and the WebAssembly of languages the index does not have. */
function usedFiles(files: IndexFile[]): IndexFile[] {
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  const languages: Record<string, { wasm?: string }> = entry ? JSON.parse(new TextDecoder().decode(entry.content)).languages : {};
  const wasm = new Set(Object.values(languages).map((language) => `wasm.${language.wasm}.pagefind`));
  return files.filter((file) => !UNUSED.test(file.path) && (!/^wasm\..*\.pagefind$/.test(file.path) || wasm.has(file.path)));
}

/**
 * The closing tags of the elements a reader sees apart from what follows them (blocks, table cells, list
 * items, a term and its definition), where the next tag follows at once, as in Astro's compressed HTML.
 */
const APART = /<\/(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)>(?=<)/g;

/**
 * A page's HTML as the index reads it: a space after each element that stands apart. Pagefind joins the
 * words of elements with nothing between them, so `<dt>Region</dt><dd>Caribbean</dd>` was one word,
 * "RegionCaribbean", which no search for "Caribbean" matched on that line, and spelling help offered.
 */
export const spacedForIndex = (html: string) => html.replace(APART, '$& ');

/** Where a page is, for Pagefind: its address, or its path in the built site (`sourcePath`), from which Pagefind makes its address. */
type PagePlace = { url: string } | { sourcePath: string };

/** How many pages are on their way to Pagefind at once, sent but not yet answered. */
export const PAGES_IN_FLIGHT = 16;

/** Adds one page to an index, as `spacedForIndex` gives it. An index given a page of an address it holds replaces that page. */
const addPage = async (index: PagefindIndex, page: PagePlace, html: string) =>
  void check(`index ${'url' in page ? page.url : page.sourcePath}`, await index.addHTMLFile({ ...page, content: spacedForIndex(html) }));

/**
 * Adds `items` to an index in their order: each read in turn (`read` gives its place and HTML) and sent
 * as soon as it is read, up to `inFlight` sent and not yet answered, so that our side reads the next while
 * Pagefind reads the last. Pagefind's service handles messages in the order they arrive and numbers pages
 * so: the order of `items` is the index's. No more than `inFlight` pages are held at a time.
 */
export async function addInOrder<T>(
  index: PagefindIndex,
  items: Iterable<T>,
  read: (item: T) => Promise<[PagePlace, string]> | [PagePlace, string],
  inFlight = PAGES_IN_FLIGHT,
): Promise<void> {
  const sent: Promise<void>[] = [];
  for (const item of items) {
    const added = addPage(index, ...(await read(item)));
    added.catch(() => {}); // answered below, in order; this keeps an early failure from counting as unhandled meanwhile
    sent.push(added);
    if (sent.length >= inFlight) await sent.shift();
  }
  await Promise.all(sent);
}

/**
 * Adds every page of a built site to an index by its path in the site (which gives its address as
 * Pagefind's own reading of a folder would), in the order of their paths (addInOrder), which makes the index
 * the same files, byte for byte, at every build on any machine (pages read at once and sent as each read
 * ended gave a different index at each build). Returns how many pages it read.
 */
export async function addSite(index: PagefindIndex, site: string, inFlight = PAGES_IN_FLIGHT): Promise<number> {
  const pages = (await readdir(site, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  await addInOrder(index, pages, async (file) => [{ sourcePath: file.split(sep).join('/') }, await readFile(join(site, file), 'utf8')], inFlight);
  return pages.length;
}

/** Throws Pagefind's own errors, if a response has any, saying which step failed. */
export function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length) throw new Error(`Pagefind could not ${step}:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/**
 * Creates an index, lets `add` fill it, and returns the files our search uses, with the vocabulary of its
 * pages for spelling help and their date order across languages, and its pages as it holds them (read once, for the checks). The index is deleted
 * afterwards; the caller closes Pagefind's service when it has no more indexes to build.
 */
export async function buildIndex(add: (index: PagefindIndex) => Promise<void>): Promise<{ files: IndexFile[]; pages: IndexedPage[] }> {
  const index = await newIndex();
  try {
    await add(index);
    return await filesOf(index);
  } finally {
    await index.deleteIndex();
  }
}

/** A new, empty index in Pagefind's service (started if it is not). */
export async function newIndex(): Promise<PagefindIndex> {
  const { index } = check('start', await createIndex({}));
  if (!index) throw new Error('Pagefind could not start: it returned no index');
  return index;
}

/**
 * The files our search uses of an index as it holds its pages now, with the vocabulary and the date order,
 * and its pages (buildIndex). The index stays: pages may be added to it, or replaced, and its files asked for again.
 */
export async function filesOf(index: PagefindIndex): Promise<{ files: IndexFile[]; pages: IndexedPage[] }> {
  const { files } = check('build the index', await index.getFiles());
  const used = usedFiles(files);
  const pages = indexedPages(used);
  return { files: [...used, vocabularyFile(pages), dateOrderFile(pages)], pages };
}

/**
 * Writes an index's files into `dir`, replacing what was there: each folder made once, then the files a
 * few at a time (one after another, a thousand sources' index took 0.6 s to write).
 */
export async function writeIndex(files: readonly IndexFile[], dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  const written = files.map((file) => ({ path: join(dir, file.path), content: file.content }));
  for (const folder of new Set(written.map(({ path }) => dirname(path)))) await mkdir(folder, { recursive: true });
  await mapAtOnce(written, 16, ({ path, content }) => writeFile(path, content));
}

/** A page's HTML with its <body> naming its search result's text (FRAGMENT_ATTRIBUTE): `href`, the fragment's address. */
export function withFragment(html: string, href: string): string {
  const body = /<body\b/.exec(html);
  if (!body) throw new Error(`the page has no <body> to name its search fragment ${href} on`);
  const at = body.index + body[0].length;
  return `${html.slice(0, at)} ${FRAGMENT_ATTRIBUTE}="${href}"${html.slice(at)}`;
}

/**
 * Names on each page the index holds its fragment, the text of its search result (withFragment), for the
 * service worker to keep with the page as it is read. `site` is the built site; `index`, the index's address ("/pagefind/").
 */
export async function markFragments(site: string, pages: readonly Pick<IndexedPage, 'url' | 'fragment'>[], index = '/pagefind/'): Promise<void> {
  await mapAtOnce(pages, 16, async ({ url, fragment }) => {
    const file = join(site, fileOf(url));
    try {
      await writeFile(file, withFragment(await readFile(file, 'utf8'), `${index}${fragment}`));
    } catch (error) {
      throw new Error(`Could not name the search fragment of ${url} on its page (${file}): ${(error as Error).message}`);
    }
  });
}

/** "24 files, 231.5 kB" */
export function describeIndex(files: readonly IndexFile[]): string {
  const bytes = files.reduce((sum, file) => sum + file.content.byteLength, 0);
  return `${files.length} files, ${(bytes / 1000).toFixed(1)} kB`;
}
