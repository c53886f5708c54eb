import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type GetManifestOptions, getManifest } from 'workbox-build';
import type { OfflineCopy } from '../scripts/offline/offlineCopy';

/** What the offline copy holds: pages, styles, scripts, icons, the app's manifest, data downloads and the whole search index. */
export function precacheFiles(site: string): GetManifestOptions {
  return {
    globDirectory: site,
    globPatterns: ['**/*.{html,css,js,json,webmanifest,svg,png,csv,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}'],
    globIgnores: ['sw.js'],
    // No file is left out for its size: the budget (src/integrations/offline.ts) is on the whole.
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
  };
}

/** The first 128 bits of a file's SHA-256, in hex, as the service worker checks it (hexDigest). */
const revision = (content: Buffer) => createHash('sha256').update(content).digest('hex').slice(0, 32);

/**
 * The offline copy as the service worker sees it: every precached file with a hash of its content, in a
 * fixed order (so the same site gives the same sw.js), and a version named by all of them.
 */
export async function offlineCopy(site: string): Promise<OfflineCopy> {
  const { manifestEntries, size, warnings } = await getManifest(precacheFiles(site));
  if (warnings.length) throw new Error(`offline: ${warnings.join('\n')}`);
  const paths = (manifestEntries ?? []).map((entry) => entry.url).sort((a, b) => a.localeCompare(b));
  const files = await Promise.all(paths.map(async (path): Promise<[string, string]> => [path, revision(await readFile(join(site, path)))]));
  const version = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 12);
  return { version, bytes: size, files };
}

/** dist/sw.js: src/scripts/offline/sw.ts bundled into one classic script, holding `copy`. */
export async function serviceWorkerScript(root: string, copy: OfflineCopy): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/scripts/offline/sw.ts')],
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
