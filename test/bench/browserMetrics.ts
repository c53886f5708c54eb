import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { builtPages } from '../helpers/pages.ts';
import { serve } from '../helpers/server.ts';
import { SEARCH_INPUT, settle } from '../helpers/visit.ts';

/** What a first visit to a page fetched: all of it gzipped as a host would send it, and its JavaScript. */
export interface PageWeight {
  gzipBytes: number;
  jsBytes: number;
}

/** What the browser saw of a built site; a field is undefined where the site lacks the feature. */
export interface BrowserMetrics {
  explainer: PageWeight;
  source?: PageWeight;
  precache?: { bytes: number; entries: number };
  firstSearchBytes?: number;
  secondSearchBytes?: number;
}

/** Two searches for words every synthetic and real source uses, starting with different letters. */
const QUERIES = ['Maduro', 'vessels'];

/** Adds up the responses a page receives until stop() is called. */
function countResponses(page: Page) {
  const pending: Promise<{ bytes: number; gzip: number; js: boolean }>[] = [];
  const onResponse = (response: Response) =>
    pending.push(
      response.body().then(
        (body) => ({ bytes: body.length, gzip: gzipSync(body).length, js: response.request().resourceType() === 'script' }),
        // Redirects have no body.
        () => ({ bytes: 0, gzip: 0, js: false }),
      ),
    );
  page.on('response', onResponse);
  return async () => {
    page.off('response', onResponse);
    const all = await Promise.all(pending);
    const sum = (f: (r: (typeof all)[number]) => number) => all.reduce((a, r) => a + f(r), 0);
    return { bytes: sum((r) => r.bytes), gzipBytes: sum((r) => r.gzip), jsBytes: sum((r) => (r.js ? r.bytes : 0)) };
  };
}

/** A context with no service worker, so that what is measured is what the page itself fetches. */
const plainContext = (browser: Browser) => browser.newContext({ serviceWorkers: 'block' });

async function weigh(browser: Browser, url: string): Promise<PageWeight> {
  const context = await plainContext(browser);
  try {
    const page = await context.newPage();
    const stop = countResponses(page);
    await page.goto(url);
    await settle(page);
    const { gzipBytes, jsBytes } = await stop();
    return { gzipBytes, jsBytes };
  } finally {
    await context.close();
  }
}

/** What the service worker stores on a first visit to the home page, or undefined when there is none. */
async function precache(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  // A page may register its worker a moment after it loads.
  await settle(page, 1_000);
  return page.evaluate(async () => {
    if (!('serviceWorker' in navigator) || !(await navigator.serviceWorker.getRegistration())) return undefined;
    const registration = await navigator.serviceWorker.ready;
    // Installing fills the precache; it is done once the worker is active.
    const worker = registration.active!;
    if (worker.state !== 'activated') await new Promise((r) => worker.addEventListener('statechange', r, { once: true }));
    let bytes = 0;
    let entries = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
        entries += 1;
      }
    }
    return { bytes, entries };
  });
}

/** Bytes fetched by two searches in a row: through the site's search box, else through Pagefind's own API. */
async function searchBytes(browser: Browser, baseUrl: string, candidates: string[], hasPagefind: boolean) {
  const context = await plainContext(browser);
  try {
    const page = await context.newPage();
    for (const path of candidates) {
      await page.goto(new URL(path.slice(1), baseUrl).href);
      const box = page.locator(SEARCH_INPUT).first();
      if (!(await box.count()) || !(await box.isVisible())) continue;
      await settle(page);
      const results = [];
      for (const query of QUERIES) {
        const stop = countResponses(page);
        await box.fill(query);
        await settle(page, 1_000);
        results.push((await stop()).bytes);
      }
      return results;
    }
    if (!hasPagefind) return undefined;
    // No search box found: the first five results through Pagefind's API, as a results list would show.
    await page.goto(baseUrl);
    await settle(page);
    const results = [];
    for (const query of QUERIES) {
      const stop = countResponses(page);
      await page.evaluate(async (q) => {
        const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
      }, query);
      await settle(page);
      results.push((await stop()).bytes);
    }
    return results;
  } finally {
    await context.close();
  }
}

/** Serves a built site on 127.0.0.1 and measures it in Chromium. */
export async function measureInBrowser(siteDir: string): Promise<BrowserMetrics> {
  const server = await serve(siteDir);
  const browser = await launchBrowser();
  try {
    const pages = await builtPages(siteDir);
    const sourcePage = pages.find((p) => /^\/sources\/[^/]+\/$/.test(p));
    const url = (path: string) => new URL(path.slice(1), server.url).href;
    const context = await browser.newContext();
    const cached = await precache(context, server.url).finally(() => context.close());
    // Search pages first; source pages are many and carry no search box of their own.
    const candidates = [
      ...pages.filter((p) => p.includes('search')),
      ...pages.filter((p) => !p.includes('search') && !/^\/sources\/[^/]+\/$/.test(p)),
    ];
    const hasPagefind = await access(join(siteDir, 'pagefind/pagefind.js')).then(() => true, () => false);
    const searches = await searchBytes(browser, server.url, candidates, hasPagefind);
    return {
      explainer: await weigh(browser, server.url),
      source: sourcePage ? await weigh(browser, url(sourcePage)) : undefined,
      precache: cached,
      firstSearchBytes: searches?.[0],
      secondSearchBytes: searches?.[1],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
