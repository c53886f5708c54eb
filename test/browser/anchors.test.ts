import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteInChromium } from '../helpers/siteInChromium';

const site = siteInChromium();
let page: Page;

beforeAll(async () => {
  // Reduced motion: the test is about where a link lands, not how smoothly it scrolls there.
  page = await site.browser.newPage({ viewport: { width: 390, height: 700 }, reducedMotion: 'reduce' });
});

/** Where an element is relative to the viewport, and whether the :target rule applies to it. */
const placement = (selector: string) =>
  page.$eval(selector, (e) => ({ top: e.getBoundingClientRect().top, target: e.matches(':target') }));

describe('paragraph anchors in Chromium', () => {
  test('following a paragraph link scrolls that paragraph to the top and marks it as the target', async () => {
    await page.goto(`${site.server.url}sources/orinoco-tribune-2025-11-28/`);
    expect((await placement('#p-12')).top).toBeGreaterThan(700);

    // Keyboard: tab to the paragraph's own link and follow it.
    await page.focus('#p-12 .para-link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#p-12');
    await page.waitForFunction(() => Math.abs(document.querySelector('#p-12')!.getBoundingClientRect().top) < 60);
    const { top, target } = await placement('#p-12');
    expect(target).toBe(true);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(60);
  });

  test('opening a page at #p-N lands on that paragraph', async () => {
    await page.goto(`${site.server.url}sources/turkiye-today-2025-12-01/#p-10`);
    await page.waitForFunction(() => Math.abs(document.querySelector('#p-10')!.getBoundingClientRect().top) < 60);
    expect((await placement('#p-10')).target).toBe(true);
    expect(await page.textContent('#p-10')).toContain('21 strikes at sea');
  });

  test('the paragraph link is announced with its number', async () => {
    await page.goto(`${site.server.url}sources/indian-witness-2025-12-03/`);
    const link = page.getByRole('link', { name: 'Paragraph 4', exact: true });
    expect(await link.getAttribute('href')).toBe('#p-4');
  });
});
