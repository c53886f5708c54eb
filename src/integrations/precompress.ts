import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { PackCache } from './packCache';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * How each file is compressed. Brotli's quality: 6 is 35 times faster than the best, 11, for output about
 * 14% larger (src/host/rules.ts: compressBest); its mode is text's. Gzip at zlib's default level, 6: over
 * the 1,258 text files (36.2 MB) of a site of 1,000 sources, level 9 took 2.6 times as long (1.19 s
 * against 0.45 s) for output 0.3% smaller, and gzip is only for a browser without Brotli.
 */
const SETTINGS = {
  brotli: { fast: 6, best: constants.BROTLI_MAX_QUALITY, mode: constants.BROTLI_MODE_TEXT },
  gzip: { level: 6 },
};

/**
 * What every compressed copy depends on besides the file: the libraries that compress (Node's zlib and
 * Brotli: another version may write other bytes for the same file) and the settings they are given.
 */
export const COMPRESSION = `zlib ${process.versions.zlib}\0brotli ${process.versions.brotli}\0${JSON.stringify(SETTINGS)}`;

/** What compressing one file saved. */
export interface Compressed {
  bytes: number;
  br?: number;
  gz?: number;
}

/**
 * Writes `file.br` (Brotli, at its best quality if `best`) and `file.gz` (gzip, level 6) beside a file, each only where it is smaller than
 * the file: a host then sends the smallest its reader's browser accepts. With a cache (salted with
 * COMPRESSION), a file compressed by an earlier build, byte for byte the same, is copied, not compressed again.
 */
export async function precompress(file: string, best = false, cache?: PackCache): Promise<Compressed> {
  const data = await readFile(file);
  const quality = best ? SETTINGS.brotli.best : SETTINGS.brotli.fast;
  const toBrotli = () =>
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_MODE]: SETTINGS.brotli.mode,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
  const toGzip = () => gz(data, SETTINGS.gzip);
  // The cache knows the file by a hash of its bytes, worked out once for both copies.
  const digest = cache && createHash('sha256').update(data).digest('hex');
  const [br, gzipped] = await Promise.all(
    cache ? [cache.bytes(`br ${quality} ${digest}`, toBrotli), cache.bytes(`gz ${digest}`, toGzip)] : [toBrotli(), toGzip()],
  );
  const result: Compressed = { bytes: data.length };
  if (br.length < data.length) {
    await writeFile(`${file}.br`, br);
    result.br = br.length;
  }
  if (gzipped.length < data.length) {
    await writeFile(`${file}.gz`, gzipped);
    result.gz = gzipped.length;
  }
  return result;
}
