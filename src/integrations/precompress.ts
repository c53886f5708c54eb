import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** What compressing one file saved. */
export interface Compressed {
  bytes: number;
  br?: number;
  gz?: number;
}

/**
 * Writes `file.br` (Brotli, at its best quality if `best`) and `file.gz` (gzip, level 9) beside a file, each only where it is smaller than
 * the file: a host then sends the smallest its reader's browser accepts.
 */
export async function precompress(file: string, best = false): Promise<Compressed> {
  const data = await readFile(file);
  const [br, gzipped] = await Promise.all([
    brotli(data, {
      params: {
        // 6 is 35 times faster than the best, 11, for output about 14% larger (src/host/rules.ts: compressBest).
        [constants.BROTLI_PARAM_QUALITY]: best ? constants.BROTLI_MAX_QUALITY : 6,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gz(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
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
