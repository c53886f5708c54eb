import { gunzipSync } from 'node:zlib';
import type { IndexFile } from 'pagefind';
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
      const { url, content, filters } = JSON.parse(text.slice(SIGNATURE.length)) as IndexedPage;
      return { url, fragment: file.path, content, filters: filters ?? {} };
    });
}

/** The index's vocabulary (src/scripts/search/vocabulary.ts), as a file to write beside it, for spelling help. */
export function vocabularyFile(texts: readonly string[]): IndexFile {
  return { path: VOCABULARY_FILE, content: new TextEncoder().encode(JSON.stringify(vocabularyOf(texts))) };
}
