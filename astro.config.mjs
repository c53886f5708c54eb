// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
// Astro imports this file with Node before it tries Vite, and Node can run the integrations' TypeScript once
// './x' finds './x.ts' (src/cli/loadTs.mjs): about 0.7 s sooner at every build's start than through Vite's
// module runner. That hook must be in place before they are resolved, so they are imported here, not above.
// Where Node cannot (TypeScript beyond type annotations, such as a constructor's parameter properties),
// Astro falls back to Vite without a word: test/integrations/nativeConfig.test.ts keeps that from happening.
// Node keeps what it has loaded: `npm run dev` reloads this file when it changes, but not the integrations,
// so after editing src/integrations/ or src/site.ts, stop the dev server and start it again.
import './src/cli/loadTs.mjs';

const { default: appIcons } = await import('./src/integrations/appIcons');
const { asciiContentStore } = await import('./src/integrations/asciiContentStore');
const { onBuildLog } = await import('./src/integrations/buildWarnings');
const { default: host } = await import('./src/integrations/host');
const { inlineLoadersOnly } = await import('./src/integrations/lazyScript');
const { default: offline } = await import('./src/integrations/offline');
const { default: pagefind } = await import('./src/integrations/pagefind');
const { remarkCitations } = await import('./src/integrations/remarkCitations');
const { rehypeBlockIds } = await import('./src/integrations/rehypeBlockIds');
const { withDefaultEdition } = await import('./src/integrations/sitemapLinks');
const { default: socialCards } = await import('./src/integrations/socialCards');
const { default: translations } = await import('./src/integrations/translations');
const { defaultLocale, editions, locales, siteUrl } = await import('./src/site');

export default defineConfig({
  // Canonical URLs, the feed and the sitemap are absolute: set SITE_URL to the address the site is served at.
  site: siteUrl(),
  // Tests and the benchmark build into a folder of their own.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // The content cache too: site copies share node_modules, and so would share the default cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // One policy everywhere: the offline cache and search results depend on it.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // English at the root, Spanish under /es/ (src/pages/[...lang]/): Astro.currentLocale tells each component its page's edition.
  i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false } },
  // Search indexes the written pages, appIcons() draws the app's icons and socialCards() the pages' cards and
  // the charts' PNGs; offline() lists them for the service worker (not the cards, which are for other sites;
  // a core within a budget, saved after one visit; the rest on the reader's request); host() compresses
  // every text file and writes the host configs.
  integrations: [
    // Each translation of the explainer cites what the English cites, in the same places, and says which English revision it translates.
    translations(),
    mdx(),
    // The offline fallback page is for the service worker, and a chart's embed for other sites' frames: not for
    // search engines. Each page is listed with its counterpart in the other edition (xhtml:link hreflang), where it has one,
    // and the English page for any other language (x-default).
    sitemap({
      filter: (page) => !/^\/offline\/|\/embed\/$/.test(new URL(page).pathname),
      i18n: { defaultLocale, locales: Object.fromEntries(locales.map((l) => [l, editions[l].lang])) },
      serialize: withDefaultEdition,
    }),
    pagefind(),
    appIcons(),
    socialCards(),
    offline(),
    host(),
  ],
  markdown: {
    // remark, numbering citations (the sources are never compiled as MDX: their loader reads them once); rehype, giving
    // each paragraph of our pages an id by its section, where search lands. No GFM and no smart quotes: sources are kept
    // verbatim, and "straight" quotes must stay straight.
    processor: unified({ remarkPlugins: [remarkCitations], rehypePlugins: [rehypeBlockIds], gfm: false, smartypants: false }),
    // The site shows no code, and Shiki's inline styles would break the Content-Security-Policy.
    syntaxHighlight: false,
  },
  // Scripts stay separate files, never inlined: cached across pages, and allowed by a strict CSP. The
  // exceptions are the loaders (*Loader.astro: search's and the service worker's, a few hundred bytes each),
  // so that a page that is only read requests no search code. The content store's module is written in ASCII,
  // which Node compiles in time that grows with its size, not with its square (src/integrations/asciiContentStore.ts).
  vite: { plugins: [asciiContentStore()], build: { assetsInlineLimit: inlineLoadersOnly, rolldownOptions: { onLog: onBuildLog } } },
  devToolbar: { enabled: false },
  // A meta Content-Security-Policy on every page: Astro adds script-src and style-src with the hash of each
  // inline script and style; everything else may come only from this origin (test/quality/privacy.test.ts).
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly in the page.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
