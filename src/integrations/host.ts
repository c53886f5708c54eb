import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pagePolicies, servedFiles } from './servedFiles';
import { caddyAddress, caddyfile } from '../host/caddy';
import { nginxConfig } from '../host/nginx';
import { type HeaderPolicies, headerPolicies } from '../host/policies';
import { mapAtOnce } from './atOnce';
import { PackCache } from './packCache';
import { COMPRESSION, precompress } from './precompress';
import { isCompressed, matches } from '../host/responses';
import { HOST_RULES } from '../host/rules';
import { foldersOf, foldersWithoutPage, headersFile, notFoundCopies, redirectsFile, type StaticHost, staticHostOf } from '../host/staticHost';
import { DEFAULT_SITE_URL, siteUrlProblem } from '../site';

/** Where the site is copied to on a server of one's own, as the generated configs say. */
export const SERVER_ROOT = '/var/www/strikes-at-sea';

/** The compressed copies' pack, in the build's cache folder's `compressed/`. */
const COMPRESSED_PACK = 'copies.pack';

/** "1.2 kB" */
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Hosting: once everything else is written (the service worker included), compresses every text file into
 * `.br` and `.gz` beside it (or copies them from the build's cache, where the file has not changed), and writes the host configs from src/host/rules.ts and the pages' own
 * Content-Security-Policy: `_headers` and `_redirects` at the top of the build, for hosts that read them (and
 * each edition's 404 page where Cloudflare Pages looks for it, `/es/404.html`),
 * and `_host/nginx.conf` and `_host/Caddyfile` for a server of one's own. List it last in astro.config.mjs.
 *
 * A build on Netlify or Cloudflare Pages is that host's: it writes no `_host/`, which the host would serve
 * as files, and on Netlify no 404 copy, which Netlify does not look for: `_redirects` names each edition's page.
 */
export default function host(): AstroIntegration {
  let site: URL;
  let cacheDir = '';
  return {
    name: 'strikes:host',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site ?? DEFAULT_SITE_URL);
        cacheDir = join(fileURLToPath(config.cacheDir), 'compressed');
        const problem = siteUrlProblem();
        if (problem) throw new Error(problem);
        // Every link on the site starts at "/": it cannot be served from a folder of a host.
        if (site.pathname !== '/') {
          throw new Error(`SITE_URL must be the root of a host (like https://example.org/), not a folder: ${site.href}`);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const staticHost = staticHostOf();
        // Each edition's 404 page where Cloudflare Pages looks for it (hidden from the other hosts).
        const copies = staticHost === 'netlify' ? [] : notFoundCopies(HOST_RULES);
        await Promise.all(copies.map(({ from, to }) => copyFile(join(out, from), join(out, to))));
        const files = await servedFiles(HOST_RULES, out);
        const best = (f: string) => HOST_RULES.compressBest.some((p) => matches(p, f));
        // The slowest first (Brotli's best quality: the explainer alone takes seconds), so that none is left running alone at the end.
        const texts = files.filter((f) => isCompressed(HOST_RULES, f)).sort((a, b) => Number(best(b)) - Number(best(a)));
        // A file the last build compressed, unchanged since, is copied from the build's cache (most of a
        // rebuild's pages: a page changes only with what it shows), kept in one file, a pack.
        // Without a cache folder (node_modules read-only), every file is compressed, as in a first build.
        const cache = new PackCache(join(cacheDir, COMPRESSED_PACK), COMPRESSION);
        // A few at a time (zlib's threads are four): all at once, a site of 10,000 sources ran out of memory.
        // The pages' policies are read meanwhile, while this thread waits for zlib's.
        // The pack is finished even when compressing fails: what was made is kept for the next build.
        const [sizes, pages] = await Promise.all([mapAtOnce(texts, 8, (f) => precompress(join(out, f), best(f), cache)), pagePolicies(out, files)]).finally(() =>
          cache.close(),
        );
        const policies = headerPolicies(HOST_RULES, pages);
        await Promise.all([
          writeFile(join(out, '_headers'), headersFile(HOST_RULES, policies)),
          writeFile(join(out, '_redirects'), redirectsFile(foldersOf(files), staticHost === 'netlify' ? HOST_RULES.notFound : [])),
          staticHost ? undefined : serverConfigs(out, policies, site, files),
        ]);
        const sum = (pick: (s: (typeof sizes)[number]) => number) => sizes.reduce((total, s) => total + pick(s), 0);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Compressed ${sizes.length} text files, ${kB(sum((s) => s.bytes))}: ${kB(sum((s) => s.br ?? s.bytes))} as Brotli, ` +
            `${kB(sum((s) => s.gz ?? s.bytes))} as gzip; ${policies.byFile.size + 1} page ${policies.byFile.size ? 'policies' : 'policy'}; ` +
            `${staticHost ? `_headers and _redirects for ${HOST_NAMES[staticHost]}` : 'host configs in _host/'} (${seconds} s; ${cache.made} copies made, ${cache.cached} from the cache)`,
        );
        // Said, not warned: every local build has no SITE_URL, and a build's log has no warning that is not news.
        if (site.href === DEFAULT_SITE_URL)
          logger.info(
            `The pages name ${site.href} as the site's address (SITE_URL is not set): their canonical links, the feed, the sitemap, the cards and the embed codes. Set SITE_URL to the address the site is served at before publishing.`,
          );
      },
    },
  };
}

const HOST_NAMES: Record<StaticHost, string> = { netlify: 'Netlify', cloudflare: 'Cloudflare Pages' };

/** `_host/nginx.conf` and `_host/Caddyfile`, for a server of one's own. */
async function serverConfigs(out: string, policies: HeaderPolicies, site: URL, files: string[]) {
  await mkdir(join(out, '_host'), { recursive: true });
  await Promise.all([
    writeFile(
      join(out, '_host/nginx.conf'),
      nginxConfig(HOST_RULES, policies, {
        root: SERVER_ROOT,
        listen: ['80', '[::]:80'],
        serverName: site.hostname,
        brotli: true,
        withoutPage: foldersWithoutPage(files, HOST_RULES.hidden),
      }),
    ),
    // HTTPS from Caddy where SITE_URL says https; plain HTTP where it says http (the local address).
    writeFile(join(out, '_host/Caddyfile'), caddyfile(HOST_RULES, policies, { address: caddyAddress(site), root: SERVER_ROOT })),
  ]);
}
