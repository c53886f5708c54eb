import { describe, expect, test } from 'vitest';
import { withPage } from '../helpers/browser';
import { siteInChromium } from '../helpers/siteInChromium';

const site = siteInChromium();

/** A4's width less Chromium's default margins, in CSS pixels: what a printed page has across. */
const PAPER_WIDTH = 718;

describe('on paper', () => {
  for (const path of ['/', '/ledger/', '/data/', '/charts/who-reported/', '/es/data/']) {
    test(`${path}: every table prints whole, every chart’s data prints open, and no control prints that does nothing on paper`, async () => {
      // Without JavaScript: the page as printed is the stylesheet's doing alone.
      const found = await withPage(site.browser, { viewport: { width: PAPER_WIDTH, height: 1000 }, javaScriptEnabled: false }, async (page) => {
        await page.goto(`${site.server.url}${path.slice(1)}`);
        await page.emulateMedia({ media: 'print' });
        return page.evaluate((width) => {
          // The footer's line and buttons as the offline copy's script fills them, once the worker serves.
          const status = document.querySelector<HTMLElement>('.offline-status')!;
          status.textContent = '✓ Available offline';
          const controls = document.querySelector<HTMLElement>('.offline-controls')!;
          controls.hidden = false;
          controls.append(Object.assign(document.createElement('button'), { textContent: 'Save the whole site for offline reading' }));
          const visible = (el: Element) => (el as HTMLElement).checkVisibility() && el.getBoundingClientRect().height > 0;
          return {
            // A box that scrolls hides on paper what it does not show: rows below its height, columns past its width.
            clipped: [...document.querySelectorAll<HTMLElement>('.scroll')]
              .filter((box) => box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1)
              .map((box) => box.getAttribute('aria-label') ?? box.querySelector('caption')?.textContent ?? box.outerHTML.slice(0, 80)),
            // A table past the paper's edge is cut there.
            tooWide: [...document.querySelectorAll('table')].filter((table) => visible(table) && table.getBoundingClientRect().right > width + 1).map((t) => t.querySelector('caption')?.textContent ?? t.rows[0]?.textContent),
            tables: document.querySelectorAll('table').length,
            closedData: [...document.querySelectorAll('details.chart-data table')].filter((table) => !visible(table)).length,
            chartData: document.querySelectorAll('details.chart-data').length,
            controls: [...document.querySelectorAll('.search-box, .offline-status, .offline-controls, .chart-share')].filter(visible).map((el) => el.className),
          };
        }, PAPER_WIDTH);
      });
      expect(found.tables).toBeGreaterThan(0);
      expect(found.clipped).toEqual([]);
      expect(found.tooWide).toEqual([]);
      if (path !== '/ledger/') expect(found.chartData).toBeGreaterThan(0);
      expect(found.closedData).toBe(0);
      expect(found.controls).toEqual([]);
    });
  }

  test('with JavaScript on, as most readers print: no search box, no offline line or button', async () => {
    const found = await withPage(site.browser, { viewport: { width: PAPER_WIDTH, height: 1000 } }, async (page) => {
      await page.goto(site.server.url);
      await page.locator('form.search-box').waitFor();
      await page.emulateMedia({ media: 'print' });
      return page.$$eval('.search-box, .offline-status, .offline-controls, .chart-share', (all) => all.filter((el) => (el as HTMLElement).checkVisibility()).map((el) => el.className));
    });
    expect(found).toEqual([]);
  });
});
