import { defaultLocale, type Locale, locales, pathIn } from '../site';
import { notFoundCopies } from './staticHost';

/**
 * What the site needs from whatever serves it, said once. The nginx server block, the Caddyfile, the
 * `_headers` and `_redirects` files and the Node server are all generated from or driven by this.
 *
 * A path pattern is a URL path in which `*` stands for any run of characters, slashes included
 * (`/_astro/*`), as `_headers` files write it.
 */
export interface HostRules {
  /** Paths whose file names change with their content: cached for a year and never revalidated. */
  immutable: string[];
  /** What every other response may be cached as: kept, but revalidated on every use. */
  revalidate: string;
  /** What an immutable path may be cached as. */
  forever: string;
  /** Extensions of the text files compressed at build into `.br` and `.gz` beside each file. */
  compressed: string[];
  /** Files most visits load, compressed with Brotli's best (slowest) quality; the rest, whose number grows with the archive, with a fast one. */
  compressBest: string[];
  /** Content-Type by extension; any other file is `defaultType`. */
  types: Record<string, string>;
  /** Content-Type of one path, where it is more exact than its extension's. */
  pathTypes: Record<string, string>;
  /** The type of a file whose extension is not in `types`. */
  defaultType: string;
  /** Headers sent with every response, whatever its status. */
  headers: Record<string, string>;
  /** Who may frame a page, as CSP `frame-ancestors` sources: the first pattern that matches, else `frameDefault`. */
  frameAncestors: { pattern: string; sources: string }[];
  /** Who may frame any other page. */
  frameDefault: string;
  /**
   * The language of what a path serves (Content-Language), by the served file's path: the first pattern that
   * matches. A path none matches (scripts, styles, images, the index) is in no one language, and says none.
   */
  languages: { pattern: string; language: string }[];
  /**
   * The page sent, with status 404, for a path that names no file: the first whose folder (`under`, "/es/")
   * holds the path asked for. The last is under "/", for any path.
   */
  notFound: { under: string; page: string }[];
  /** Paths, and everything under them, that are never served: the generated configs and files for a server's owner or another host. */
  hidden: string[];
}

const TEXT = 'charset=utf-8';

/** An edition's own 404 page (src/pages/es/404.astro), as Astro builds it: "/es/404/index.html". */
const notFoundPageIn = (locale: Locale) => pathIn(locale, '/404/index.html');

// Each edition's own 404 page (src/pages/es/404.astro), in its language first.
const notFound: HostRules['notFound'] = [
  ...locales.filter((locale) => locale !== defaultLocale).map((locale) => ({ under: pathIn(locale, '/'), page: notFoundPageIn(locale) })),
  { under: '/', page: '/404.html' },
];

export const HOST_RULES: HostRules = {
  immutable: [
    // Astro's bundles and styles: the name holds a hash of the content.
    '/_astro/*',
    // Pagefind's index: chunks, fragments, filters and the metadata file are named by their hash. Its
    // entry file, its script and its WebAssembly keep their names, so are revalidated.
    '/pagefind/fragment/*',
    '/pagefind/index/*',
    '/pagefind/filter/*',
    '/pagefind/pagefind.*.pf_meta',
  ],
  // A browser may keep any other file, but asks whether it changed (a 304 costs a few hundred bytes).
  revalidate: 'no-cache',
  forever: 'public, max-age=31536000, immutable',
  // Pagefind's files (.pf_*, .pagefind) are gzipped by Pagefind itself, and read by its code: never again.
  compressed: ['html', 'css', 'js', 'mjs', 'json', 'svg', 'csv', 'xml', 'txt', 'webmanifest'],
  // The explainer, and the styles and scripts every page shares: Brotli 11 is 14% smaller than 6 on them,
  // but 35 times slower, which over the 20 MB of pages of 1,000 sources would add half a minute to a build.
  compressBest: ['/index.html', '/_astro/*', '/pagefind/pagefind.js', '/sw.js'],
  types: {
    html: `text/html; ${TEXT}`,
    css: `text/css; ${TEXT}`,
    js: `text/javascript; ${TEXT}`,
    mjs: `text/javascript; ${TEXT}`,
    json: `application/json; ${TEXT}`,
    webmanifest: `application/manifest+json; ${TEXT}`,
    xml: `application/xml; ${TEXT}`,
    svg: `image/svg+xml; ${TEXT}`,
    csv: `text/csv; ${TEXT}`,
    txt: `text/plain; ${TEXT}`,
    wasm: 'application/wasm',
    png: 'image/png',
    jpg: 'image/jpeg',
    webp: 'image/webp',
    avif: 'image/avif',
    ico: 'image/x-icon',
    woff2: 'font/woff2',
    // Gzipped binaries that Pagefind's script fetches and unpacks itself.
    pf_meta: 'application/octet-stream',
    pf_index: 'application/octet-stream',
    pf_fragment: 'application/octet-stream',
    pf_filter: 'application/octet-stream',
    pagefind: 'application/octet-stream',
  },
  // Each edition's feed is Atom, as its pages' <link rel="alternate"> says.
  pathTypes: Object.fromEntries(locales.map((locale) => [pathIn(locale, '/feed.xml'), `application/atom+xml; ${TEXT}`])),
  defaultType: 'application/octet-stream',
  headers: {
    // Two years, this host only: the site cannot know what else lives on its domain.
    'Strict-Transport-Security': 'max-age=63072000',
    'X-Content-Type-Options': 'nosniff',
    // Other sites learn that a reader came from here, never from which page.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // The site uses none of these; only features Chromium knows, so that none is reported as an error.
    'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  },
  // A chart's embed page, in either edition, is made to be framed by any site; no other page may be.
  frameAncestors: [
    { pattern: '/charts/*/embed/', sources: '*' },
    { pattern: '/es/charts/*/embed/', sources: '*' },
  ],
  frameDefault: "'none'",
  // English at the root and Spanish under /es/ (src/site.ts's editions); the pages a host sends for a
  // missing address, and the one the service worker shows offline, say what they say in both, the edition's first.
  languages: [
    { pattern: '/404.html', language: 'en, es' },
    ...locales.filter((locale) => locale !== defaultLocale).map((locale) => ({ pattern: notFoundPageIn(locale), language: `${locale}, ${defaultLocale}` })),
    { pattern: '/offline/index.html', language: 'en, es' },
    { pattern: '/es/*', language: 'es' },
    { pattern: '*.html', language: 'en' },
    { pattern: '/feed.xml', language: 'en' },
    { pattern: '/manifest.webmanifest', language: 'en' },
  ],
  notFound,
  // The generated configs, and each edition's 404 page copied where Cloudflare Pages looks for it
  // (notFoundCopies): for other hosts, which send each edition's own already.
  hidden: ['/_host/', '/_headers', '/_redirects', ...notFoundCopies({ notFound }).map(({ to }) => to)],
};
