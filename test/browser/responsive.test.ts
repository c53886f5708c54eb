import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { type StaticServer, serve } from '../helpers/server';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve(inject('siteDir'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = ['', 'sources/', 'sources/orinoco-tribune-2025-11-28/', 'sources/turkiye-today-2025-12-01/', 'data/'];

describe('at 320 px wide', () => {
  test.each(PAGES)('/%s does not scroll sideways', async (path) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${server.url}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});
