import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getManifest } from 'workbox-build';
import { siteVersion } from './siteVersion';
import { offlineCopy, precacheFiles, serviceWorkerScript } from './serviceWorker';

export interface OfflineOptions {
  /** The build fails when the offline copy (every precached file) would be larger than this. */
  maxBytes?: number;
}

/** Room for about 1,500 sources: a source page is 10 to 25 kB. */
export const DEFAULT_MAX_BYTES = 50_000_000;

/** "1.2 MB" */
export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Offline: after the search index is written, lists every page, style, script, search file and data
 * download with Workbox, writes dist/offline.json (files and bytes) for the footer's status line, and
 * bundles dist/sw.js (src/scripts/offline/sw.ts) holding the list. Fails the build past `maxBytes`. List
 * it after pagefind() in astro.config.mjs.
 */
export default function offline({ maxBytes = DEFAULT_MAX_BYTES }: OfflineOptions = {}): AstroIntegration {
  let root = '';
  return {
    name: 'strikes:offline',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        // Pagefind asks for its entry file with this tag (metaCacheTag), the same address until content changes.
        const version = await siteVersion(root);
        // Only a built site has a service worker; the dev server must not be served from an old one.
        const serviceWorker = command === 'build' ? '/sw.js' : '';
        updateConfig({
          vite: {
            define: {
              'import.meta.env.SITE_VERSION': JSON.stringify(version),
              'import.meta.env.SERVICE_WORKER': JSON.stringify(serviceWorker),
            },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        await access(join(site, 'pagefind/pagefind.js')).catch(() => {
          throw new Error('offline: dist/pagefind/ is missing; list offline() after pagefind() in astro.config.mjs');
        });
        const { count, size, warnings } = await getManifest(precacheFiles(site));
        if (warnings.length) throw new Error(`offline: ${warnings.join('\n')}`);
        if (size > maxBytes) {
          throw new Error(
            `offline: the offline copy would be ${megabytes(size)} in ${count} files, over its budget of ${megabytes(maxBytes)} ` +
              '(offline({ maxBytes }) in astro.config.mjs)',
          );
        }
        // Counted before it is written, so its own few bytes are left out.
        await writeFile(join(site, 'offline.json'), JSON.stringify({ files: count, bytes: size }));
        const copy = await offlineCopy(site);
        await writeFile(join(site, 'sw.js'), await serviceWorkerScript(root, copy));
        logger.info(`Offline copy: ${copy.files.length} files, ${megabytes(copy.bytes)} (budget ${megabytes(maxBytes)})`);
      },
    },
  };
}
