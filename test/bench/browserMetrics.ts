import { access, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { builtPages } from '../helpers/pages.ts';
import { serve } from '../helpers/server.ts';
import { uplink } from '../helpers/uplink.ts';
import { SEARCH_INPUT } from '../helpers/visit.ts';
import { ALIASES_URL } from '../../src/scripts/search/aliases.ts';
import { VOCABULARY_FILE } from '../../src/scripts/search/vocabulary.ts';

/**
 * Waits until the page has had no request in flight for `quietMs` (bounded). A measurement of any site,
 * ours or the bare baseline, cannot wait on conditions that only our pages signal.
 */
async function settle(page: Page, quietMs = 300, limitMs = 15_000): Promise<void> {
  let inFlight = 0;
  let last = Date.now();
  const start = () => ((inFlight += 1), (last = Date.now()));
  const end = () => ((inFlight = Math.max(0, inFlight - 1)), (last = Date.now()));
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  const until = Date.now() + limitMs;
  try {
    while (Date.now() < until && (inFlight > 0 || Date.now() - last < quietMs)) await page.waitForTimeout(50);
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

/** What a first visit to a page fetched: the bytes that came over the wire, and its JavaScript unpacked. */
export interface PageWeight {
  wireBytes: number;
  jsBytes: number;
}

/** What the browser saw of a built site; a field is undefined where the site lacks the feature. */
export interface BrowserMetrics {
  explainer: PageWeight;
  source?: PageWeight;
  /** A strike's page: the first strike's, the same at every size. */
  strike?: PageWeight;
  /** What the service worker saved on a first visit, unasked. */
  precache?: { bytes: number; entries: number };
  /** A first visit to the explainer with the service worker allowed: the page and the worker's background work, as sent. */
  firstVisitWithWorker: number;
  firstSearchBytes?: number;
  secondSearchBytes?: number;
  /** A third search, for a misspelt word: spelling help loads its code and the vocabulary. */
  spellingSearchBytes?: number;
  /** Which of the three searches fetched the alias groups, and which the vocabulary. */
  fetched?: { aliases: boolean; vocabulary: boolean }[];
}

/**
 * Two searches for words every synthetic and real source uses, starting with different letters, then one
 * for a misspelt name, which finds nothing and so needs spelling help.
 */
const QUERIES = ['Maduro', 'vessels', 'Madurro'];

/** The size of the built file a URL serves, unpacked; 0 for a URL that no file serves. */
async function fileSize(siteDir: string, response: Response): Promise<number> {
  const path = decodeURIComponent(new URL(response.url()).pathname);
  const file = join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
  return stat(file).then((s) => s.size, () => 0);
}

/**
 * Adds up the responses a page receives until stop() is called: their bodies as they came over the wire
 * (compressed where the server sends text compressed, as a host does), and the unpacked size of the JavaScript;
 * and says which addresses were fetched.
 */
function countResponses(page: Page, siteDir: string) {
  const responses: Response[] = [];
  const onResponse = (response: Response) => void responses.push(response);
  page.on('response', onResponse);
  return async () => {
    page.off('response', onResponse);
    // Redirects carry no body of their own.
    const counted = responses.filter((r) => r.status() < 300 || r.status() >= 400);
    // A request that failed has no sizes; it brought nothing.
    const wire = await Promise.all(counted.map((r) => r.request().sizes().then((s) => s.responseBodySize, () => 0)));
    const scripts = counted.filter((r) => r.request().resourceType() === 'script');
    const js = await Promise.all(scripts.map((r) => fileSize(siteDir, r)));
    const paths = counted.map((r) => new URL(r.url()).pathname);
    return { wireBytes: wire.reduce((a, b) => a + b, 0), jsBytes: js.reduce((a, b) => a + b, 0), paths };
  };
}

/** A context with no service worker, so that what is measured is what the page itself fetches. */
const plainContext = (browser: Browser) => browser.newContext({ serviceWorkers: 'block' });

async function weigh(browser: Browser, siteDir: string, url: string): Promise<PageWeight> {
  const context = await plainContext(browser);
  try {
    const page = await context.newPage();
    const stop = countResponses(page, siteDir);
    await page.goto(url);
    // Some code loads only once the page has loaded and the browser is idle.
    await settle(page, 1_000);
    const { wireBytes, jsBytes } = await stop();
    return { wireBytes, jsBytes };
  } finally {
    await context.close();
  }
}

/**
 * A first visit to the home page with the service worker allowed: what came over the connection until the
 * worker serves (the page, and the worker's background work), and what it then holds in Cache Storage; the
 * stored part undefined where the site has no worker.
 */
async function firstVisit(context: BrowserContext, url: string, received: () => number) {
  const page = await context.newPage();
  const start = received();
  await page.goto(url);
  // A page may register its worker a moment after it loads.
  await settle(page, 1_000);
  const stored = await page.evaluate(async () => {
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
  await settle(page, 1_000);
  return { stored, wireBytes: received() - start };
}

/**
 * Bytes fetched by two searches in a row, typed into the first search box found on `candidates`, counted
 * from the moment the reader focuses it (so the first includes loading the search code), else through
 * Pagefind's own API.
 */
async function searchBytes(browser: Browser, siteDir: string, baseUrl: string, candidates: string[], hasPagefind: boolean) {
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
        const stop = countResponses(page, siteDir);
        await box.fill(query);
        await settle(page, 1_000);
        const { wireBytes, paths } = await stop();
        results.push({ wireBytes, aliases: paths.includes(ALIASES_URL), vocabulary: paths.includes(`/pagefind/${VOCABULARY_FILE}`) });
      }
      return results;
    }
    if (!hasPagefind) return undefined;
    // No search box found: the first five results through Pagefind's API, as a results list would show.
    await page.goto(baseUrl);
    await settle(page);
    const results = [];
    for (const query of QUERIES.slice(0, 2)) {
      const stop = countResponses(page, siteDir);
      await page.evaluate(async (q) => {
        const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
      }, query);
      await settle(page);
      results.push({ wireBytes: (await stop()).wireBytes, aliases: false, vocabulary: false });
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
    const strikePage = pages.find((p) => p === '/strikes/1/');
    const url = (path: string) => new URL(path.slice(1), server.url).href;
    // Counted as it leaves the server (headers and bodies), the worker's own requests included.
    const net = await uplink(server.url);
    const context = await browser.newContext();
    const visit = await firstVisit(context, net.url, net.received).finally(() => Promise.all([context.close(), net.close()]));
    // A reader's first search starts on a page they are reading, which has loaded no search code yet.
    const candidates = [...(sourcePage ? [sourcePage] : []), ...pages.filter((p) => !/^\/sources\/[^/]+\/$/.test(p))];
    const hasPagefind = await access(join(siteDir, 'pagefind/pagefind.js')).then(() => true, () => false);
    const searches = await searchBytes(browser, siteDir, server.url, candidates, hasPagefind);
    return {
      explainer: await weigh(browser, siteDir, server.url),
      source: sourcePage ? await weigh(browser, siteDir, url(sourcePage)) : undefined,
      strike: strikePage ? await weigh(browser, siteDir, url(strikePage)) : undefined,
      precache: visit.stored,
      firstVisitWithWorker: visit.wireBytes,
      firstSearchBytes: searches?.[0]?.wireBytes,
      secondSearchBytes: searches?.[1]?.wireBytes,
      spellingSearchBytes: searches?.[2]?.wireBytes,
      fetched: searches?.map(({ aliases, vocabulary }) => ({ aliases, vocabulary })),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
