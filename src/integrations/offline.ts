import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ARCHIVE_FILE, type OfflineSummary, SUMMARY_FILE, bytesOf, isDataSaverFile } from '../scripts/offline/offlineCopy';
import { codeDigest } from '../loaders/codeVersion';
import { SERVICE_WORKER_ENTRY, offlineParts, revision, serviceWorkerScript } from './serviceWorker';

export interface OfflineOptions {
  /**
   * What the core may download beyond the shell, in bytes as the host sends them: the main pages, their
   * search results, the index's words. Past it, pages are kept as they are read instead.
   */
  budget?: number;
}

/** A first visit, with the service worker's work, must cost a reader under 2 MB: the shell and the page take the rest. */
export const DEFAULT_BUDGET = 1_250_000;

/** "5.4 MB" */
export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** A budget as set, to two places: "1.25 MB", "2 MB". */
export const budgetMegabytes = (bytes: number) => `${Number((bytes / 1e6).toFixed(2))} MB`;

/**
 * Offline: after the search index is written, lists every page, style, script, search file and data
 * download with Workbox and splits them into the core and the archive (src/integrations/serviceWorker.ts);
 * bundles dist/sw.js (src/scripts/offline/sw.ts) holding the core's list, and writes dist/offline.json
 * (what each part holds, for the footer) and dist/offline-archive.json (the archive's list, fetched only
 * when a reader saves the whole site). The core is bounded by `budget` at any size, so no size of the
 * archive fails the build. List it after pagefind() in astro.config.mjs.
 */
export default function offline({ budget = DEFAULT_BUDGET }: OfflineOptions = {}): AstroIntegration {
  let root = '';
  return {
    name: 'strikes:offline',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        // Only a built site has a service worker; the dev server must not be served from an old one.
        const serviceWorker = command === 'build' ? '/sw.js' : '';
        updateConfig({
          vite: {
            define: {
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
        // The worker's code, and the packages that bundle it, name its version too.
        const { copy, archive } = await offlineParts(site, budget, await codeDigest(root, SERVICE_WORKER_ENTRY));
        const dataSaver = archive.core.filter(([path]) => isDataSaverFile(path));
        const summary: OfflineSummary = {
          version: copy.version,
          core: { files: copy.files.length, bytes: copy.bytes },
          dataSaver: { files: dataSaver.length, bytes: bytesOf(dataSaver) },
          archive: { files: archive.files.length, bytes: archive.bytes },
        };
        // The summary is saved with the core (with data saver on too), so the footer can say what is saved while offline.
        const summaryText = JSON.stringify(summary);
        await writeFile(join(site, SUMMARY_FILE), summaryText);
        copy.files.push([SUMMARY_FILE, revision(Buffer.from(summaryText))]);
        copy.files.sort(([a], [b]) => a.localeCompare(b));
        await writeFile(join(site, ARCHIVE_FILE), JSON.stringify(archive));
        await writeFile(join(site, 'sw.js'), await serviceWorkerScript(root, copy));
        logger.info(
          `Offline copy: ${copy.files.length} files, ${megabytes(copy.bytes)} saved after one visit ` +
            `(beyond the shell, at most ${budgetMegabytes(budget)} as sent); ` +
            `${archive.files.length} more, ${megabytes(archive.bytes)}, when a reader saves the whole site`,
        );
      },
    },
  };
}
