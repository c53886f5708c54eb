import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { launchBrowser } from './browser';
import { type StaticServer, serve } from './server';

/**
 * Serves the site built for this run on 127.0.0.1 and starts Chromium, before the tests of the file
 * that calls it; both stop after them. Read `server` and `browser` inside tests and hooks.
 */
export function siteInChromium(): { readonly server: StaticServer; readonly browser: Browser } {
  const handles = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    handles.server = await serve(inject('siteDir'));
    handles.browser = await launchBrowser();
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.server?.close();
  });
  return handles;
}

/**
 * A new browser context and page before each test of the file, at this viewport (the last test's closed
 * first), so that no test sees another's storage, history or service worker. Read `page` inside tests.
 */
export function pagePerTest(site: { readonly browser: Browser }, viewport = { width: 1100, height: 800 }): { readonly page: Page } {
  const handles = {} as { context: BrowserContext; page: Page };
  beforeEach(async () => {
    await handles.context?.close();
    handles.context = await site.browser.newContext({ viewport });
    handles.page = await handles.context.newPage();
  });
  return handles;
}
