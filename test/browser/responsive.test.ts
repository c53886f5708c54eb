import { readdir } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { siteInChromium } from '../helpers/siteInChromium';

const site = siteInChromium();
const SOURCES = (await readdir('content/sources')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -'.mdx'.length));

// Every source: a paragraph cited often carries a long row of links back to the explainer.
// Search's results too, whose passages are named by a heading or a table's row, some long.
const PAGES = ['', 'sources/', 'data/', 'ledger/', 'timeline/', 'strikes/', 'strikes/1/', 'strikes/11/', 'charts/who-reported/', 'about/', 'search/', 'search/?q=killed', 'es/search/?q=muertos', 'es/', 'es/strikes/11/', ...SOURCES.map((id) => `sources/${id}/`)];
// A source has one page, which a reader of the Spanish edition (a Spanish page read first) sees in Spanish, switched in place.
const VISITS = [...PAGES.map((path) => ({ path, after: '' })), ...SOURCES.map((id) => ({ path: `sources/${id}/`, after: 'es/ledger/' }))];

describe('at 320 px wide', () => {
  test.each(VISITS)('/$path, after /$after, does not scroll sideways, and no text runs past the screen’s edge', async ({ path, after }) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    if (after) await page.goto(`${site.server.url}${after}`);
    const response = await page.goto(`${site.server.url}${path}`);
    expect(response?.ok(), path).toBe(true);
    if (after) await page.waitForFunction(() => document.documentElement.lang === 'es');
    if (path.includes('?q=')) await page.waitForSelector('[data-search-app] .search-passages');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // What a container scrolls or clips on its own (a wide table in its scroller) is left to that container.
    const past = await page.evaluate(() => {
      const inScroller = (e: Element) => {
        for (let up = e.parentElement; up && up !== document.body; up = up.parentElement) if (getComputedStyle(up).overflowX !== 'visible') return true;
        return false;
      };
      return [...document.querySelectorAll('main a, main p, main span, main li')]
        .filter((e) => e.getClientRects().length && !e.closest('.sr-only, svg') && !inScroller(e))
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent!.slice(0, 40)}`);
    });
    expect(past, path).toEqual([]);
    await page.close();
  });
});
