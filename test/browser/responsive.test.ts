import { describe, expect, test } from 'vitest';
import { siteInChromium } from '../helpers/siteInChromium';

const site = siteInChromium();

const PAGES = ['', 'sources/', 'sources/orinoco-tribune-2025-11-28/', 'sources/turkiye-today-2025-12-01/', 'data/'];

describe('at 320 px wide', () => {
  test.each(PAGES)('/%s does not scroll sideways', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${site.server.url}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});
