import type { GenerateSWOptions, GetManifestOptions } from 'workbox-build';

/** What the offline copy holds: pages, styles, scripts, icons, data downloads and the whole search index. */
export function precacheFiles(site: string): GetManifestOptions {
  return {
    globDirectory: site,
    globPatterns: ['**/*.{html,css,js,json,svg,csv,pf_meta,pf_index,pf_fragment,pf_filter,pagefind}'],
    globIgnores: ['sw.js', 'workbox-*.js'],
    // No file is left out for its size: the budget (src/integrations/offline.ts) is on the whole.
    maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
    // Hashed names change with their content, so fetching them needs no cache-busting.
    dontCacheBustURLsMatching: /^_astro\/|\.pf_(meta|index|fragment|filter)$/,
    // In a fixed order, so that the same site always gives the same sw.js.
    manifestTransforms: [(entries) => ({ manifest: [...entries].sort((a, b) => a.url.localeCompare(b.url)) })],
  };
}

/**
 * The service worker: every precached file from the cache (all from one build, so a page never meets
 * a newer search index), other navigations from the network, and when that fails the offline page.
 */
export function serviceWorkerOptions(site: string): GenerateSWOptions {
  return {
    ...precacheFiles(site),
    swDest: `${site}/sw.js`,
    directoryIndex: 'index.html',
    // No page's content depends on its query: ?q= (search), ?highlight= (marks) and Pagefind's ?ts=.
    ignoreURLParametersMatching: [/./],
    // A new version waits until the reader chooses to reload (the page posts SKIP_WAITING).
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    mode: 'production',
    sourcemap: false,
    disableDevLogs: true,
    runtimeCaching: [
      {
        // One trailing-slash policy: /sources/x goes to /sources/x/, as the static host does.
        // Workbox copies this function into sw.js, so it may use nothing from this file.
        urlPattern: ({ request, url }) =>
          request.mode === 'navigate' && !url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname),
        handler: async ({ url }) => Response.redirect(new URL(`${url.pathname}/${url.search}`, url).href, 301),
      },
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/offline/index.html' } },
      },
    ],
  };
}
