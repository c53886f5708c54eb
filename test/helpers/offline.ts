import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type OfflineSummary, SERVING_CACHE, SUMMARY_FILE } from '../../src/scripts/offline/offlineCopy';

/** What a built site's offline copy holds: its offline.json. */
export const offlineSummary = async (dir: string): Promise<OfflineSummary> => JSON.parse(await readFile(join(dir, SUMMARY_FILE), 'utf8'));

/** Every page of a built site, as its path ("/sources/x/"). */
export async function sitePages(dir: string): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files.filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind')).map((f) => `/${f.slice(0, -'index.html'.length)}`);
}

/** A fresh browser profile whose every request, the service worker's included, is recorded in `requests`. */
export async function freshContext(browser: Browser, requests: string[] = []): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  // A wait bounds a hang, it times nothing: on a loaded machine, saving the site may take longer than 30 s.
  context.setDefaultTimeout(120_000);
  context.on('request', (request) => requests.push(request.url()));
  return { context, page: await context.newPage() };
}

/** The footer's offline status line once it has reached `state`: "saving", "ready" or "unavailable". */
export async function offlineStatus(page: Page, state: 'ready' | 'unavailable'): Promise<string> {
  const status = page.locator(`[data-offline-status][data-state="${state}"]`);
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

/**
 * Visits `url` once and waits until the footer says the site is saved, which it says only once the
 * service worker serves: from then on, every page opened is answered by it.
 */
export async function visitOnce(page: Page, url: string): Promise<string> {
  await page.goto(url);
  return offlineStatus(page, 'ready');
}

/** Every page of a built site but the sources' own, which are saved as they are read or with the whole site. */
export const corePages = async (dir: string) => (await sitePages(dir)).filter((path) => !/^\/sources\/[^/]+\/$/.test(path));

/** Every source's own page of a built site. */
export const sourcePages = async (dir: string) => (await sitePages(dir)).filter((path) => /^\/sources\/[^/]+\/$/.test(path));

/** Clicks the footer's "Save the whole site" and waits until it is saved (its remove button shows). */
export async function saveWholeSite(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Save the whole site for offline reading \(\d+\.\d MB\)$/ }).click();
  await page.locator('[data-offline-controls][data-archive="saved"]').waitFor();
}

/**
 * The labels of the footer's progress while the whole site saves, each once, until it is saved. Call it
 * before the click that starts the save.
 */
export const progressLabels = (page: Page): Promise<string[]> =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        const controls = document.querySelector<HTMLElement>('[data-offline-controls]')!;
        new MutationObserver(() => {
          const label = controls.querySelector('#offline-progress-label')?.textContent;
          if (label && seen.at(-1) !== label) seen.push(label);
          if (controls.dataset.archive === 'saved') resolve(seen);
        }).observe(controls, { subtree: true, childList: true, characterData: true, attributes: true });
      }),
  );

/** The number of files in this version's core cache (the cache named by the version alone), or undefined. */
export const coreCacheFiles = async (page: Page) =>
  Object.entries(await offlineCaches(page)).find(([name]) => !/-(read|archive)$/.test(name) && name !== SERVING_CACHE)?.[1];

/** What the page's origin stores on this device, as the browser counts it (navigator.storage.estimate). */
export const storageUsed = (page: Page) => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

/** The pages a search on /search/ finds, once it has run. */
export async function search(page: Page, origin: string, q: string): Promise<string[]> {
  await page.goto(`${origin}search/?${new URLSearchParams({ q })}`);
  await page.waitForSelector('[data-search-app][data-state="done"]');
  return page.$$eval('[data-search-results] > li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The offline caches of the page's origin, each with the number of files it holds. */
export const offlineCaches = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(async () =>
    Object.fromEntries(await Promise.all((await caches.keys()).map(async (name) => [name, (await (await caches.open(name)).keys()).length]))),
  );

/** Whether the page's origin has kept the file at `key` ("/sources/x/index.html"), in any cache or in the one named. */
export const isKept = (page: Page, key: string, cacheName?: string): Promise<boolean> =>
  page.evaluate(async ([key, cacheName]) => (await caches.match(key, cacheName ? { cacheName } : {})) !== undefined, [key, cacheName] as const);

/** Whether a service worker answers this page's requests. */
export const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

/**
 * Turns the browser's data saver on (navigator.connection.saveData) for `page` and for every worker it
 * starts, the service worker included: Chromium's DevTools protocol sets it per target, so each is
 * attached paused, set, then let run. Playwright attaches to each worker too and lets it run when it is
 * ready, so now and then a worker runs before the setting reaches it: a test that needs it retries.
 */
export async function saveData(context: BrowserContext, page: Page): Promise<void> {
  const devtools = await context.newCDPSession(page);
  let id = 0;
  // Messages to one target are handled in order: the override is in place before the worker runs.
  const toTarget = (sessionId: string, method: string, params: object = {}) =>
    devtools.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method, params }) });
  devtools.on('Target.attachedToTarget', ({ sessionId, waitingForDebugger }) => {
    void toTarget(sessionId, 'Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    if (waitingForDebugger) void toTarget(sessionId, 'Runtime.runIfWaitingForDebugger');
  });
  await devtools.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  await devtools.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
}
