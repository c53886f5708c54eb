import { describe, expect, test } from 'vitest';
import { siteInChromium } from '../helpers/siteInChromium';

const site = siteInChromium();

describe('charts in Chromium', () => {
  test('with JavaScript off, every chart, its summary and its data table are there', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}data/`);
    for (const id of ['strikes-over-time', 'each-strike', 'who-reported']) {
      // On a phone the narrow drawing is the one shown.
      expect(await page.isVisible(`#${id} .chart-narrow svg`)).toBe(true);
      expect(await page.isVisible(`#${id} .chart-wide svg`)).toBe(false);
      expect(await page.isVisible(`#${id} .chart-summary`)).toBe(true);
      await page.click(`#${id} details.chart-data summary`);
      expect(await page.isVisible(`#${id} details.chart-data table`)).toBe(true);
    }
    expect(await page.getByRole('img', { name: /Each strike event, by region/ }).count()).toBe(1);
    await context.close();
  });

  test('with JavaScript on, a mark focused by keyboard shows its tooltip, and arrow keys move along the marks', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${site.server.url}data/`);
    const tip = page.locator('#each-strike .chart-wide .chart-tip, #each-strike .chart-tip').first();
    expect(await tip.isVisible()).toBe(false);

    // Tab from the element just before the chart into it: one stop, on the first mark.
    await page.focus('#each-strike figcaption', { timeout: 5000 }).catch(() => undefined);
    await page.evaluate(() => (document.querySelector('#each-strike .chart-wide svg') as SVGElement).previousElementSibling);
    await page.locator('#each-strike .chart-wide .mark').first().evaluate((mark) => {
      // Focus the element before the chart so that Tab lands on the chart's single stop.
      const before = document.createElement('button');
      before.textContent = 'before';
      mark.closest('.chart-box')!.before(before);
      before.focus();
    });
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
    expect(await focused()).toMatch(/^2 September 2025, Caribbean: 1 strike, 11 killed/);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(await focused());

    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatch(/^15 September 2025/);
    expect(await tip.textContent()).toMatch(/^15 September 2025/);

    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.close();
  });

  test('a mark’s tooltip is its row of the data table, each column on a line', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${site.server.url}data/`);
    const rows = page.locator('#who-reported .chart-data tbody tr');
    const marks = page.locator('#who-reported .chart-wide .mark');
    expect(await marks.count()).toBe(await rows.count());
    // The last mark, so that a mark matched to the wrong row would show.
    const last = (await marks.count()) - 1;
    const cells = await rows.nth(last).locator('td').allTextContents();
    await marks.nth(last).hover();
    const tip = page.locator('#who-reported .chart-tip').first();
    await tip.waitFor();
    expect((await tip.innerText()).split('\n')).toEqual([
      `Reported on: ${cells[0]}`,
      `Outlet: ${cells[1]}`,
      `Killed, as printed: ${cells[2]}`,
      `Announced by then: ${cells[3]}`,
      `Difference: ${cells[4]}`,
      `Explanation: ${cells[5]}`,
    ]);
    expect(await marks.nth(last).getAttribute('aria-label')).toBe(`Reported on: ${cells[0]}; Outlet: ${cells[1]}; Killed, as printed: ${cells[2]}; Announced by then: ${cells[3]}; Difference: ${cells[4]}; Explanation: ${cells[5]}`);
    await page.close();
  });

  test('the tooltip script is small and loads only on pages with a chart', async () => {
    const page = await site.browser.newPage();
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(`${response.url()} ${(await response.body()).length}`);
    });
    await page.goto(`${site.server.url}data/`);
    await page.waitForLoadState('networkidle');
    const chartScripts = [...scripts];
    expect(chartScripts.length).toBeGreaterThan(0);
    for (const s of chartScripts) expect(Number(s.split(' ')[1])).toBeLessThan(3000);
    scripts.length = 0;
    await page.goto(`${site.server.url}sources/`);
    await page.waitForLoadState('networkidle');
    // Every page loads the service worker's registration after it has loaded; nothing else.
    expect(scripts.filter((s) => !s.includes('/_astro/register.'))).toEqual([]);
    await page.close();
  });
});
