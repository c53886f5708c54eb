import { gunzipSync } from 'node:zlib';
import type { IndexFile } from 'pagefind';
import { VOCABULARY_FILE, vocabularyOf } from '../scripts/search/vocabulary';

/** What Pagefind writes before the JSON of every file it compresses. */
const SIGNATURE = 'pagefind_dcd';

/**
 * The text of every page an index holds, as Pagefind indexed it: read back from its fragments (gzipped
 * JSON after Pagefind's signature, one file per page), so it is exactly what search searches.
 */
export function indexedTexts(files: readonly IndexFile[]): string[] {
  return files
    .filter((file) => file.path.endsWith('.pf_fragment'))
    .map((file) => {
      const text = gunzipSync(file.content).toString('utf8');
      if (!text.startsWith(SIGNATURE)) throw new Error(`Pagefind's fragment ${file.path} is not in the format this build reads (no ${SIGNATURE} signature)`);
      return (JSON.parse(text.slice(SIGNATURE.length)) as { content: string }).content;
    });
}

/** The index's vocabulary (src/scripts/search/vocabulary.ts), as a file to write beside it, for spelling help. */
export function vocabularyFile(texts: readonly string[]): IndexFile {
  return { path: VOCABULARY_FILE, content: new TextEncoder().encode(JSON.stringify(vocabularyOf(texts))) };
}
