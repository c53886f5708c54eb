import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { iconHref, TOUCH_ICON } from '../../src/webapp/icons';
import { hexDigest } from '../../src/scripts/offline/offlineCopy';
import { MANIFEST_PATH, manifestPath, type WebAppManifest } from '../../src/webapp/manifest';
import { launchWithProfile } from '../helpers/browser';
import { type StaticServer, serve } from '../helpers/server';
import { removeDir, tempDir } from '../helpers/site';

const siteDir = inject('siteDir');

/** A browser with a fresh profile on the home page of the site in `dir`, its service worker ready. */
async function installable(dir: string) {
  const server = await serve(dir);
  const profile = await tempDir('profile');
  const context = await launchWithProfile(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const cdp = await context.newCDPSession(page);
  const close = async () => {
    await context.close();
    await server.close();
    await removeDir(profile);
  };
  return { server, context, page, cdp, close };
}

/** What Chromium says stands in the way of installing the page's site: [] when nothing does. */
const installabilityErrors = async (cdp: CDPSession) => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId);

/** An image's size as Chromium decodes it. */
const imageSize = (page: Page, src: string) =>
  page.evaluate(async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    return `${image.naturalWidth}x${image.naturalHeight}`;
  }, src);

describe('from the home page, once its service worker is ready', () => {
  let site: Awaited<ReturnType<typeof installable>>;
  let manifest: WebAppManifest;
  beforeAll(async () => {
    site = await installable(siteDir);
    manifest = JSON.parse(await readFile(join(siteDir, MANIFEST_PATH), 'utf8'));
  });
  afterAll(() => site?.close());

  test('Chromium finds nothing in the way of installing the site', async () => {
    expect(await installabilityErrors(site.cdp)).toEqual([]);
  });

  test('Chromium reads the manifest the page links to without an error', async () => {
    const { url, errors } = await site.cdp.send('Page.getAppManifest');
    expect(new URL(url).pathname).toBe(MANIFEST_PATH);
    expect(errors).toEqual([]);
  });

  test('a Spanish page links to the Spanish app’s manifest, which Chromium reads without an error and would install', async () => {
    await site.page.goto(new URL('/es/', site.server.url).href);
    try {
      const { url, errors } = await site.cdp.send('Page.getAppManifest');
      expect(new URL(url).pathname).toBe(manifestPath('es'));
      expect(errors).toEqual([]);
      expect(await installabilityErrors(site.cdp)).toEqual([]);
    } finally {
      await site.page.goto(site.server.url);
    }
  });

  test('each icon of the manifest, and the home-screen icon of iOS, is an image of the size it declares', async () => {
    const declared = manifest.icons.map((i) => [i.src, i.sizes]);
    const decoded = await Promise.all(manifest.icons.map(async (i) => [i.src, await imageSize(site.page, i.src)]));
    expect(decoded).toEqual(declared);
    expect(await site.page.getAttribute('link[rel="apple-touch-icon"]', 'href')).toBe(iconHref(TOUCH_ICON));
    expect(await imageSize(site.page, iconHref(TOUCH_ICON))).toBe(`${TOUCH_ICON.size}x${TOUCH_ICON.size}`);
  });

  test('the page sets the theme colour for each colour scheme, as the manifest has them', async () => {
    const metas = await site.page.$$eval('meta[name="theme-color"]', (ms) => ms.map((m) => [m.getAttribute('media'), m.getAttribute('content')]));
    expect(metas).toEqual([
      ['(prefers-color-scheme: light)', manifest.theme_color],
      ['(prefers-color-scheme: dark)', manifest.color_scheme_dark.theme_color],
    ]);
  });

  test('the service worker keeps the manifest and every icon: with no network they still load', async () => {
    const wanted = [MANIFEST_PATH, '/favicon.svg', iconHref(TOUCH_ICON), ...manifest.icons.map((i) => i.src)];
    // The first page a service worker is installed from is not its client; the next one is.
    await site.page.reload();
    await site.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await site.context.setOffline(true);
    await site.server.close();
    try {
      const statuses = await site.page.evaluate((urls) => Promise.all(urls.map(async (u) => [u, (await fetch(u)).status])), wanted);
      expect(statuses).toEqual(wanted.map((u) => [u, 200]));
    } finally {
      await site.context.setOffline(false);
    }
  });
});

test('Chromium does report what stands in the way: a manifest without icons', async () => {
  const dir = await tempDir('no-icons');
  await cp(siteDir, dir, { recursive: true });
  const built = await readFile(join(dir, MANIFEST_PATH), 'utf8');
  const manifest: WebAppManifest = JSON.parse(built);
  const changed = JSON.stringify({ ...manifest, icons: [] });
  await writeFile(join(dir, MANIFEST_PATH), changed);
  // The service worker saves the manifest only with the hash the build gave it: it is given the changed file's.
  const revision = async (text: string) => hexDigest(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  const worker = await readFile(join(dir, 'sw.js'), 'utf8');
  expect(worker).toContain(await revision(built));
  await writeFile(join(dir, 'sw.js'), worker.replace(await revision(built), await revision(changed)));
  // The build's compressed copies would be served in their place: the changed files are sent as they are.
  for (const file of [MANIFEST_PATH, '/sw.js']) for (const copy of ['.br', '.gz']) await rm(join(dir, file + copy), { force: true });
  let site: Awaited<ReturnType<typeof installable>> | undefined;
  try {
    site = await installable(dir);
    expect(await installabilityErrors(site.cdp)).toContain('manifest-missing-suitable-icon');
  } finally {
    await site?.close();
    await removeDir(dir);
  }
});
