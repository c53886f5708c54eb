import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { controlled, coreCacheFiles, freshContext, isKept, offlineCaches, offlineStatus, offlineSummary, saveData, saveWholeSite, search, sitePages, visitOnce } from '../helpers/offline';
import { type StaticServer, serve } from '../helpers/server';
import { buildSite, copySite, removeDir, tempDir } from '../helpers/site';
import { type Uplink, uplink } from '../helpers/uplink';
import { ARCHIVE_FILE, ARCHIVE_LOCK, type ArchiveList, SERVING_CACHE, fragmentOf } from '../../src/scripts/offline/offlineCopy';

const v1 = inject('siteDir');
const SOURCE = 'sources/turkiye-today-2025-12-01/';

let browser: Browser;
let v2: string;
let site: string;
/** The server serves whichever build this link points at: publishing a version is moving it. */
let link: string;
let server: StaticServer;
/** The reader's connection to the server, which the tests cut and restore. */
let net: Uplink;

beforeAll(async () => {
  browser = await launchBrowser();
  // The second version changes one word of one source: "Florida" becomes "Okeechobee".
  site = await copySite();
  v2 = await tempDir('dist-v2');
  const file = join(site, 'content/sources/turkiye-today-2025-12-01.mdx');
  await writeFile(file, (await readFile(file, 'utf8')).replace('estate in Florida,', 'estate in Okeechobee,'));
  const built = await buildSite(v2, site);
  if (!built.ok) throw new Error(built.output);
  link = join(await tempDir('live'), 'site');
  await publish(v1);
  server = await serve(link);
  net = await uplink(server.url);
});
afterAll(async () => {
  await browser?.close();
  await net?.close();
  await server?.close();
  await removeDir(site);
  await removeDir(v2);
});

/** Puts a build on the server. */
async function publish(dist: string) {
  await rm(link, { force: true });
  await symlink(dist, link, 'dir');
}

/**
 * Which build the page and its search index come from, as this page gets them now: the page's own
 * address and Pagefind's entry file, compared byte for byte with each build.
 */
async function versions(page: Page): Promise<{ page: string; index: string }> {
  const [html, entry] = await page.evaluate(() =>
    Promise.all([location.pathname, '/pagefind/pagefind-entry.json'].map((url) => fetch(url).then((r) => r.text()))),
  );
  const path = new URL(page.url()).pathname.slice(1);
  const which = async (body: string, file: string) => {
    const [one, two] = await Promise.all([v1, v2].map((dir) => readFile(join(dir, file), 'utf8')));
    return body === one && body === two ? 'both' : body === one ? 'v1' : body === two ? 'v2' : 'neither';
  };
  return { page: await which(html, `${path}index.html`), index: await which(entry, 'pagefind/pagefind-entry.json') };
}

/** Reads the changed source and searches for its old and new word: what a reader of each version sees. */
async function reads(page: Page) {
  await page.goto(`${net.url}${SOURCE}`);
  const text = (await page.textContent('main')) ?? '';
  const shown = text.includes('estate in Okeechobee,') ? 'v2' : text.includes('estate in Florida,') ? 'v1' : 'neither';
  const seen = { shown, ...(await versions(page)) };
  const found = { Florida: await search(page, net.url, 'Florida'), Okeechobee: await search(page, net.url, 'Okeechobee') };
  return { seen, found };
}
/** What a reader of each version sees: its text, its page and index files, its search results. */
const V1 = { seen: { shown: 'v1', page: 'v1', index: 'v1' }, found: { Florida: [`/${SOURCE}`], Okeechobee: [] } };
const V2 = { seen: { shown: 'v2', page: 'v2', index: 'v2' }, found: { Florida: [], Okeechobee: [`/${SOURCE}`] } };

/** The reader loses the connection: the browser says so, and the server cannot be reached. */
async function goOffline(page: Page) {
  net.down();
  await page.context().setOffline(true);
}
async function goOnline(page: Page) {
  net.up();
  await page.context().setOffline(false);
}

/**
 * What becomes of the next version's worker: "installed" (it waits to take over) or "redundant" (its
 * install failed). It is the one installing, if a navigation's check has found it already; otherwise the
 * page checks for it. The page's view of the registration lags the browser's, so this waits on the
 * worker itself, not on the registration's emptiness.
 */
const newWorkerFate = (page: Page) =>
  page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    const worker =
      registration.installing ??
      registration.waiting ??
      (await new Promise<ServiceWorker>((resolve) => {
        registration.addEventListener('updatefound', () => resolve(registration.installing!), { once: true });
        void registration.update().catch(() => undefined);
      }));
    return new Promise<string>((resolve) => {
      const settled = () => ['installed', 'activated', 'redundant'].includes(worker.state) && resolve(worker.state === 'redundant' ? 'redundant' : 'installed');
      worker.addEventListener('statechange', settled);
      settled();
    });
  });

/** Opens every page of the build in `dir` (offline): none may be the "not saved" page. */
async function everyPageSaved(page: Page, dir: string) {
  for (const path of await sitePages(dir)) {
    await page.goto(`${net.url}${path.slice(1)}`);
    if (path !== '/offline/') expect(await page.title(), path).not.toMatch(/^Not saved/);
  }
}

/** Clicks the update notice's Reload, and waits for the page to come back from the new version. */
async function reload(page: Page) {
  await Promise.all([page.waitForEvent('load'), page.click('.update-notice button')]);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

describe('a new version', () => {
  beforeAll(() => publish(v1));

  test('waits for the reader: a notice offers to reload, then the new text and the new index come together, in every tab', async () => {
    const requests: string[] = [];
    const { context, page } = await freshContext(browser, requests);
    await visitOnce(page, net.url);
    expect((await reads(page)).seen).toEqual(V1.seen);
    const other = await context.newPage();
    await other.goto(`${net.url}${SOURCE}`);

    // What the notice said as it was added: a screen reader announces a status's words as they change in it.
    await page.addInitScript(() => {
      new MutationObserver((changes) => {
        for (const added of changes.flatMap((change) => [...change.addedNodes]))
          if (added instanceof HTMLElement && added.matches('.update-notice')) (window as { saidAtFirst?: string }).saidAtFirst = added.firstChild!.textContent!;
      }).observe(document, { childList: true, subtree: true });
    });
    await publish(v2);
    await page.goto(`${net.url}${SOURCE}`);
    await page.waitForSelector('.update-notice');
    // It comes as a status with its buttons, and its message follows in it, to be announced.
    expect(await page.locator('.update-notice').getAttribute('role')).toBe('status');
    expect(await page.evaluate(() => (window as { saidAtFirst?: string }).saidAtFirst)).toBe('');
    await page.waitForFunction(() => document.querySelector('.update-notice')!.textContent!.startsWith('This site has been updated.'));
    // A source's page switched to the other edition in place: the notice follows, and back.
    await page.click('[data-language-switch="es"]');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    expect(await page.locator('.update-notice').evaluate((n) => [n.firstChild!.textContent, ...[...n.querySelectorAll('button')].map((b) => b.textContent)])).toEqual([
      'Este sitio se actualizó. ',
      'Recargar',
      'Ahora no',
    ]);
    await page.click('[data-language-switch="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.waitForFunction(() => document.querySelector('.update-notice')?.textContent === 'This site has been updated. ReloadNot now');
    // Until the reader reloads, the old page and the old index, both.
    expect(await reads(page)).toEqual(V1);

    // While it shows, what takes focus is scrolled clear of it, however tall it is.
    expect(await page.evaluate(() => parseFloat(document.documentElement.style.scrollPaddingBottom))).toBeGreaterThanOrEqual(
      await page.locator('.update-notice').evaluate((n) => (n as HTMLElement).offsetHeight + 16),
    );
    // "Not now" puts the notice away, and focus goes back to where the reader tabbed to it from, not to the page.
    // The notice comes last in the page: the reader tabs to it from the last control before it.
    const before = await page.evaluate(() => {
      const shown = [...document.querySelectorAll<HTMLElement>('a[href], button')].filter((el) => !el.closest('.update-notice') && el.checkVisibility());
      shown.at(-1)!.focus();
      return document.activeElement!.outerHTML;
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement!.textContent)).toBe('Not now');
    await page.keyboard.press('Enter');
    expect(await page.locator('.update-notice').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement!.outerHTML)).toBe(before);
    expect(await page.evaluate(() => document.documentElement.style.scrollPaddingBottom)).toBe('');
    // The next page read offers it again.
    await page.goto(`${net.url}${SOURCE}`);
    await page.waitForSelector('.update-notice');
    const otherReloaded = other.waitForEvent('load');
    await reload(page);
    expect(await page.locator('.update-notice').count()).toBe(0);
    expect(await reads(page)).toEqual(V2);
    // The other tab took the new version too, rather than keep an old page with the new index.
    await otherReloaded;
    expect(await other.textContent('main')).toContain('estate in Okeechobee,');
    expect(await versions(other)).toEqual({ page: 'v2', index: 'v2' });
    await context.close();
    expect([...new Set(requests.map((url) => new URL(url).origin))]).toEqual([new URL(net.url).origin]);
  });
});

describe('a version that waits and is replaced by a newer one', () => {
  let v3: string;
  beforeAll(async () => {
    // A third version, after the second: "Okeechobee" becomes "Sebring".
    const file = join(site, 'content/sources/turkiye-today-2025-12-01.mdx');
    await writeFile(file, (await readFile(file, 'utf8')).replace('estate in Okeechobee,', 'estate in Sebring,'));
    v3 = await tempDir('dist-v3');
    const built = await buildSite(v3, site);
    if (!built.ok) throw new Error(built.output);
    await publish(v1);
  });
  afterAll(() => removeDir(v3));

  /** The versions whose copies are on the device, by their caches' names. */
  const versionsKept = async (page: Page) =>
    [...new Set(Object.keys(await offlineCaches(page)).filter((name) => name !== SERVING_CACHE).map((name) => name.replace(/^strikes-offline-|-(read|archive)$/g, '')))].sort();

  test('leaves no copy of it once the newer one is saved: the version serving and the newest are kept, as the reader says “Not now” to each', async () => {
    const { context, page } = await freshContext(browser);
    try {
      await visitOnce(page, net.url);
      await page.goto(`${net.url}${SOURCE}`);
      const [first, second, third] = await Promise.all([v1, v2, v3].map(async (dir) => (await offlineSummary(dir)).version));
      expect(new Set([first, second, third]).size).toBe(3);
      expect(await versionsKept(page)).toEqual([first]);

      await publish(v2);
      await page.goto(`${net.url}${SOURCE}`);
      await page.waitForSelector('.update-notice');
      await page.getByRole('button', { name: 'Not now' }).click();
      expect(await versionsKept(page)).toEqual([first, second].sort());

      // The third is found and saved while the second waits; the second, replaced, never serves.
      await publish(v3);
      const fate = await page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        const next =
          registration.installing ??
          (await new Promise<ServiceWorker>((resolve) => {
            registration.addEventListener('updatefound', () => resolve(registration.installing!), { once: true });
            void registration.update().catch(() => undefined);
          }));
        return new Promise<string>((resolve) => {
          const settled = () => ['installed', 'activated', 'redundant'].includes(next.state) && resolve(next.state);
          next.addEventListener('statechange', settled);
          settled();
        });
      });
      expect(fate).toBe('installed');
      expect(await versionsKept(page)).toEqual([first, third].sort());
      // The first still serves, whole, until the reader reloads.
      expect((await reads(page)).seen).toEqual(V1.seen);
    } finally {
      await context.close();
    }
  });
});

describe('a page read while a new version waits', () => {
  beforeAll(() => publish(v1));

  test('is kept by the new version once it serves: offline after the reload, it opens, as it is now', async () => {
    const { context, page } = await freshContext(browser);
    const READ_WHILE_WAITING = 'sources/indian-witness-2025-12-03/';
    try {
      await visitOnce(page, net.url);
      await publish(v2);
      await page.goto(`${net.url}${SOURCE}`);
      await page.waitForSelector('.update-notice');
      // Read for the first time while the new version waits: the version serving keeps it.
      await page.goto(`${net.url}${READ_WHILE_WAITING}`);
      const title = await page.title();
      const { version: before } = await offlineSummary(v1);
      await expect.poll(() => isKept(page, `/${READ_WHILE_WAITING}index.html`, `strikes-offline-${before}-read`)).toBe(true);
      // Reloaded from another page: the reload itself would read this one again.
      await page.goto(`${net.url}${SOURCE}`);
      await page.waitForSelector('.update-notice');
      await reload(page);
      const { version } = await offlineSummary(v2);
      // The version before's copy is gone once the new one serves, this page with it, unless the new one kept it.
      await expect
        .poll(() =>
          page.evaluate(
            async ([mine, serving]) => (await caches.keys()).every((name) => name.startsWith(mine) || name === serving || !name.startsWith('strikes-offline-')),
            [`strikes-offline-${version}`, SERVING_CACHE],
          ),
        )
        .toBe(true);
      // With its search result's text, so that offline search finds it.
      const fragment = fragmentOf(await readFile(join(v2, READ_WHILE_WAITING, 'index.html'), 'utf8'))!;
      expect(await isKept(page, fragment, `strikes-offline-${version}-read`)).toBe(true);
      await goOffline(page);
      await page.goto(`${net.url}${READ_WHILE_WAITING}`);
      expect(await page.title()).toBe(title);
      expect(await versions(page)).toEqual({ page: 'both', index: 'v2' });
    } finally {
      await goOnline(page);
      await context.close();
    }
  });
});

describe('a new version published while the reader is offline', () => {
  beforeAll(() => publish(v1));

  test('is taken up when they come back: the notice, then the new page and index together, then offline again', async () => {
    const { context, page } = await freshContext(browser);
    try {
      await visitOnce(page, net.url);
      // Read once online (the source, and the searches whose results are in it), so kept for offline reading.
      expect(await reads(page)).toEqual(V1);
      await goOffline(page);
      expect(await reads(page)).toEqual(V1);

      await publish(v2);
      // Still offline: every navigation checks for a new version, and cannot reach it.
      expect(await reads(page)).toEqual(V1);
      const checked = net.refuses(/^GET \/sw\.js /);
      await page.goto(`${net.url}${SOURCE}`);
      await checked;
      expect(await page.locator('.update-notice').count()).toBe(0);

      // Back online, on the same page: the version published meanwhile is fetched without a navigation.
      await goOnline(page);
      // Chromium's offline emulation does not reach a page opened while offline (its navigator.onLine stays
      // true), so it fires no "online" there: the event the browser fires on reconnecting is fired here.
      await page.evaluate(() => dispatchEvent(new Event('online')));
      await page.waitForSelector('.update-notice');
      expect(await reads(page)).toEqual(V1);
      await page.waitForSelector('.update-notice');
      await reload(page);
      expect(await reads(page)).toEqual(V2);

      // Offline again, the new version is all there (its core, and what was read again), and only it is kept.
      await goOffline(page);
      expect(await reads(page)).toEqual(V2);
      const kept = await offlineCaches(page);
      const { version, core } = await offlineSummary(v2);
      // And the record of which version serves, for the next version's install.
      expect(Object.keys(kept).sort()).toEqual([`strikes-offline-${version}`, `strikes-offline-${version}-read`, SERVING_CACHE]);
      expect(kept[`strikes-offline-${version}`]).toBe(core.files + 1);
    } finally {
      await goOnline(page);
      await context.close();
    }
  });
});

describe('a new version, with the browser asking to save data and the whole site saved', () => {
  beforeAll(() => publish(v1));

  // Data saver reaches each worker through DevTools, racing Playwright's own resuming of it (saveData()): a
  // worker that started first saves the whole core, and the test runs again in a fresh profile.
  test('saves the whole site again, the rest of its core included (the worker saves only part of the core, as it did for the version before): every page opens offline', { retry: 2 }, async () => {
    await publish(v1);
    const { context, page } = await freshContext(browser);
    try {
      await saveData(context, page);
      await visitOnce(page, net.url);
      expect(await coreCacheFiles(page)).toBe((await offlineSummary(v1)).dataSaver.files + 1);
      await saveWholeSite(page);
      await publish(v2);
      await page.goto(`${net.url}${SOURCE}`);
      await page.waitForSelector('.update-notice');
      await reload(page);
      expect(await offlineStatus(page, 'ready')).toMatch(/^Available offline: every page and search/);
      // The new version's worker saw data saver on too: its core is the same part, its archive has the rest
      // but for what the version before kept as read (the scripts of the page landed on) and it has unchanged,
      // which it keeps as read too, not twice.
      const { version, core, dataSaver, archive } = await offlineSummary(v2);
      expect(await coreCacheFiles(page)).toBe(dataSaver.files + 1);
      const list = JSON.parse(await readFile(join(v2, ARCHIVE_FILE), 'utf8')) as ArchiveList;
      const read = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname), `strikes-offline-${version}-read`);
      const asRead = [...list.files, ...list.core].filter(([path]) => read.includes(`/${path}`));
      expect(asRead.map(([path]) => path)).toContainEqual(expect.stringMatching(/^_astro\//));
      expect((await offlineCaches(page))[`strikes-offline-${version}-archive`]).toBe(archive.files + core.files - dataSaver.files + 1 - asRead.length);
      await goOffline(page);
      expect(await reads(page)).toEqual(V2);
      await everyPageSaved(page, v2);
    } finally {
      await goOnline(page);
      await context.close();
    }
  });
});

describe('the whole site removed while a new version waits', () => {
  beforeAll(() => publish(v1));

  test('removes the waiting version’s copy too: once it serves, the whole site is not saved, and is offered again', async () => {
    const { context, page } = await freshContext(browser);
    try {
      await visitOnce(page, net.url);
      await saveWholeSite(page);
      await publish(v2);
      await page.goto(`${net.url}${SOURCE}`);
      await page.waitForSelector('.update-notice');
      // The version waiting saved the whole site too, as it installed.
      const archives = async () => Object.keys(await offlineCaches(page)).filter((name) => name.endsWith('-archive'));
      expect(await archives()).toHaveLength(2);
      await page.getByRole('button', { name: 'Not now' }).click();
      await page.getByRole('button', { name: 'Remove the saved copy of the whole site' }).click();
      await page.locator('[data-offline-controls][data-archive="none"]').waitFor();
      expect(await archives()).toEqual([]);
      await page.goto(`${net.url}${SOURCE}`);
      await page.waitForSelector('.update-notice');
      await reload(page);
      expect(await reads(page)).toEqual(V2);
      expect(await archives()).toEqual([]);
      await page.getByRole('button', { name: /^Save the whole site/ }).waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('a new version that installs while a page is saving the whole site', () => {
  beforeAll(() => publish(v1));

  test('waits for that save (the lock the page holds while it saves), then saves the whole site too', async () => {
    const { context, page } = await freshContext(browser);
    try {
      await visitOnce(page, net.url);
      const [before, after] = await Promise.all([offlineSummary(v1), offlineSummary(v2)]);
      // The page is saving the whole site of the version it has: it holds the lock, and its copy is not complete.
      await page.evaluate(
        (lock) =>
          new Promise<void>((held) => {
            void navigator.locks.request(lock, () => new Promise<void>((release) => ((window as unknown as { release: () => void }).release = release, held())));
          }),
        ARCHIVE_LOCK,
      );
      await publish(v2);
      const fate = newWorkerFate(page);
      // The new version has saved its core, after which it looks for a whole site to save again.
      const coreSaved = () =>
        page.evaluate(async ({ name, files }) => (await caches.has(name)) && (await (await caches.open(name)).keys()).length > files, {
          name: `strikes-offline-${after.version}`,
          files: after.core.files,
        });
      await expect.poll(coreSaved, { timeout: 30_000, interval: 100 }).toBe(true);
      // Only now does the page's save finish: its copy complete, and the lock let go.
      await page.evaluate(async ({ name, file }) => {
        await (await caches.open(name)).put(`/${file}`, new Response('{}'));
        (window as unknown as { release: () => void }).release();
      }, { name: `strikes-offline-${before.version}-archive`, file: ARCHIVE_FILE });
      expect(await fate).toBe('installed');
      expect((await offlineCaches(page))[`strikes-offline-${after.version}-archive`]).toBe(after.archive.files + 1);
    } finally {
      await context.close();
    }
  });
});

describe('a new version with a file that fails to download (HTTP 500) during its install', () => {
  beforeAll(() => publish(v1));

  test('leaves the previous version serving, whole (the whole site the reader saved), with no notice; the next visit after the fault takes the new one, whole site too', async () => {
    const { context, page } = await freshContext(browser);
    try {
      await visitOnce(page, net.url);
      await saveWholeSite(page);
      const before = await offlineCaches(page);
      expect(Object.keys(before).filter((name) => !name.endsWith('-read') && name !== SERVING_CACHE)).toHaveLength(2);

      // Version 2's search metadata has a name of its own, so it must be downloaded: it fails.
      let failures = 0;
      await context.route('**/pagefind/*.pf_meta', (route) => ((failures += 1), route.fulfill({ status: 500, body: 'Internal Server Error' })));
      await publish(v2);
      expect(await newWorkerFate(page)).toBe('redundant');
      expect(failures).toBeGreaterThan(0);
      expect(await offlineCaches(page)).toEqual(before);
      expect(await page.locator('.update-notice').count()).toBe(0);
      // On this page too, the first visit's, which no worker controls: the saved version still counts.
      expect(await offlineStatus(page, 'ready')).toMatch(/^Available offline/);

      // Every page of the version saved still opens offline, with its own index.
      await goOffline(page);
      expect(await reads(page)).toEqual(V1);
      for (const path of await sitePages(v1)) {
        const response = await page.goto(`${net.url}${path.slice(1)}`);
        expect(response?.ok(), path).toBe(true);
        expect(await controlled(page), path).toBe(true);
        if (path !== '/offline/') expect(await page.title(), path).not.toMatch(/^Not saved/);
      }

      // Once the file downloads again, the next visit finds the new version and offers it.
      await context.unrouteAll();
      await goOnline(page);
      await page.goto(`${net.url}${SOURCE}`);
      await page.waitForSelector('.update-notice');
      await reload(page);
      expect(await reads(page)).toEqual(V2);
      // The new version saved the whole site too, copying what did not change: every page opens offline.
      const { version } = await offlineSummary(v2);
      expect(Object.keys(await offlineCaches(page))).toContain(`strikes-offline-${version}-archive`);
      await goOffline(page);
      await everyPageSaved(page, v2);
    } finally {
      await goOnline(page);
      await context.close();
    }
  });
});
