import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteInChromium } from '../helpers/siteInChromium';

const site = siteInChromium();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
});

const inView = (selector: string) =>
  page.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight && e.matches(':target');
  });

describe('citations in Chromium', () => {
  test('focusing a citation shows the quoted passage', async () => {
    await page.goto(site.server.url);
    const cite = page.locator('a.cite[href="/sources/orinoco-tribune-2025-11-28/#p-7"]').first();
    const quote = page.locator(`#${await cite.getAttribute('aria-describedby')}`);
    expect(await quote.isVisible()).toBe(false);
    await cite.focus();
    expect(await quote.isVisible()).toBe(true);
    expect(await quote.textContent()).toContain('The campaign has killed 82 civilians in 21 strikes');
  });

  test('following a citation lands on the paragraph and highlights it; its back-link returns to the citation', async () => {
    await page.goto(site.server.url);
    const cite = page.locator('a.cite[href="/sources/indian-witness-2025-12-03/#p-2"]').first();
    const citeId = await cite.getAttribute('id');
    await cite.click();
    await page.waitForURL(/indian-witness-2025-12-03\/#p-2$/);
    expect(await inView('#p-2')).toBe(true);
    const highlight = await page.$eval('#p-2', (e) => getComputedStyle(e).backgroundColor);
    const plain = await page.$eval('#p-3', (e) => getComputedStyle(e).backgroundColor);
    expect(highlight).not.toBe(plain);

    await page.click(`#p-2 a.backlink[href="/#${citeId}"]`);
    await page.waitForURL(new RegExp(`/#${citeId}$`));
    expect(await inView(`#${citeId}`)).toBe(true);
  });
});

describe('quoted passages', () => {
  test('Escape hides a passage without moving focus, and it shows again on the next focus', async () => {
    await page.goto(site.server.url);
    const cite = page.locator('a.cite').first();
    const quote = page.locator(`#${await cite.getAttribute('aria-describedby')}`);
    await cite.focus();
    expect(await quote.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await quote.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cite'))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await quote.isVisible()).toBe(true);
  });
});
