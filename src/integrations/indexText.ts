import { gunzipSync } from 'node:zlib';
import type { IndexFile } from 'pagefind';
import { DATE_ORDER_FILE, dateOrderOf } from '../scripts/search/dateOrder';
import { VOCABULARY_FILE, vocabularyOf } from '../scripts/search/vocabulary';

/** What Pagefind writes before the JSON of every file it compresses. */
const SIGNATURE = 'pagefind_dcd';

/** A page as an index holds it: its address, its text as search searches it, and its filters' values. */
export interface IndexedPage {
  url: string;
  /** Its fragment's path in the index's folder ("fragment/en_….pf_fragment"). */
  fragment: string;
  content: string;
  filters: Record<string, string[]>;
  /** Its day (ISO), where it has one: the `date` of its metadata (src/scripts/search/meta.ts). */
  day?: string;
}

/**
 * Every page an index holds, as Pagefind indexed it: read back from its fragments (gzipped JSON after
 * Pagefind's signature, one file per page), so its text is exactly what search searches.
 */
export function indexedPages(files: readonly IndexFile[]): IndexedPage[] {
  return files
    .filter((file) => file.path.endsWith('.pf_fragment'))
    .map((file) => {
      const text = gunzipSync(file.content).toString('utf8');
      if (!text.startsWith(SIGNATURE)) throw new Error(`Pagefind's fragment ${file.path} is not in the format this build reads (no ${SIGNATURE} signature)`);
      const { url, content, filters, meta } = JSON.parse(text.slice(SIGNATURE.length)) as Omit<IndexedPage, 'day'> & { meta?: Record<string, string> };
      return { url, fragment: file.path, content, filters: filters ?? {}, day: meta?.date };
    });
}

/** The index's vocabulary (src/scripts/search/vocabulary.ts), as a file to write beside it, for spelling help. */
export function vocabularyFile(pages: readonly IndexedPage[]): IndexFile {
  const texts = pages.map((page) => ({ text: page.content, language: idOf(page).language }));
  return { path: VOCABULARY_FILE, content: new TextEncoder().encode(JSON.stringify(vocabularyOf(texts))) };
}

/** A page's id in the index, as a search result gives it, and its language, from its fragment's name ("fragment/es_3f1a….pf_fragment" → "es_3f1a…", "es"). */
export function idOf(page: Pick<IndexedPage, 'fragment'>): { id: string; language: string } {
  const id = page.fragment.slice(page.fragment.lastIndexOf('/') + 1).replace(/\.pf_fragment$/, '');
  return { id, language: id.split('_')[0]! };
}

/** Where each dated page of another language falls among the sources' language's (src/scripts/search/dateOrder.ts), as a file to write beside the index. */
export function dateOrderFile(pages: readonly IndexedPage[]): IndexFile {
  const order = dateOrderOf(pages.map((page) => ({ ...idOf(page), day: page.day })));
  return { path: DATE_ORDER_FILE, content: new TextEncoder().encode(JSON.stringify(order)) };
}
