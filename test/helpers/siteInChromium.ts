import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
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
