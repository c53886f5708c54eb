import { describe, expect, test } from 'vitest';
import { withPage } from '../helpers/browser';
import { siteInChromium } from '../helpers/siteInChromium';

const site = siteInChromium();
const url = (path: string) => `${site.server.url}${path.replace(/^\//, '')}`;

describe('the strikes in Chromium', () => {
  test('without JavaScript, the filters are links: by region, then by month, each a page of its own', async () => {
    await withPage(site.browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(url('/strikes/'));
      const shown = () => page.$$eval('.strike-list .name a', (as) => as.map((a) => a.textContent!.trim()));
      expect(await shown()).toHaveLength(27);

      await page.locator('nav.filters').getByRole('link', { name: 'Caribbean (11 + 1 unconfirmed)', exact: true }).click();
      expect(new URL(page.url()).pathname).toBe('/strikes/caribbean/');
      expect(await shown()).toHaveLength(12);
      await page.locator('nav.filters').getByRole('link', { name: 'October 2025 (5 + 1 unconfirmed)', exact: true }).click();
      expect(new URL(page.url()).pathname).toBe('/strikes/caribbean/2025-10/');
      expect(await shown()).toEqual([
        'Strike of 24 October 2025',
        'Strike of 17 October 2025',
        'Strike of 16 October 2025',
        'Strike of 14 October 2025',
        'Claimed strike of 4 October 2025',
        'Strike of 3 October 2025',
      ]);
      expect(await page.$$eval('nav.filters a[aria-current="page"]', (as) => as.map((a) => a.textContent!.replace(/\s+/g, ' ').trim()))).toEqual([
        'Caribbean (5 + 1 unconfirmed)',
        'October 2025 (5 + 1 unconfirmed)',
      ]);
    });
  });

  test('on the map, a keyboard reaches every mark from one stop, each tooltip is its row, and Enter opens the strike', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(url('/strikes/'));
    const figure = page.locator('#strike-map');
    // Focus what comes before the map, so that Tab lands on its single stop.
    await figure.locator('figcaption').evaluate((caption) => {
      const before = document.createElement('button');
      before.textContent = 'before';
      caption.after(before);
      before.focus();
    });
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => ({ label: document.activeElement!.getAttribute('aria-label'), href: document.activeElement!.getAttribute('href') }));
    const first = await focused();
    expect(first.href).toMatch(/^\/strikes\/\w+\/$/);
    // The figure resizing within the same drawing leaves focus where it is.
    await page.setViewportSize({ width: 1080, height: 900 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect((await focused()).href).toBe(first.href);
    const tip = page.locator('#strike-map-wide-tip');
    expect(await tip.isVisible()).toBe(true);
    // The tooltip is the mark's row of the table: its date (in words), region, toll and position.
    expect(await tip.innerText()).toMatch(/^Date: \d{1,2} [A-Z][a-z]+ 2025\nRegion: (Caribbean|Eastern Pacific)\nKilled: (\d+|unconfirmed)\nPosition: /);
    expect(first.label).toBe((await tip.innerText()).split('\n').join('; '));

    const seen = new Set([first.href]);
    for (let i = 1; i < 27; i++) {
      await page.keyboard.press('ArrowRight');
      seen.add((await focused()).href);
    }
    expect(seen.size).toBe(27);
    await page.keyboard.press('Home');
    const home = await focused();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === home.href);
    expect(await page.locator('h1').textContent()).toMatch(/^(Claimed strike|Strike) of /);
    await page.close();
  });

  test.each(['light', 'dark'] as const)('at 320 px in %s mode, the map is drawn a region at a time and fits the screen', async (colorScheme) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 800 }, colorScheme });
    await page.goto(url('/strikes/'));
    expect(await page.isVisible('#strike-map .chart-narrow svg')).toBe(true);
    expect(await page.isVisible('#strike-map .chart-wide svg')).toBe(false);
    const sizes = await page.$eval('#strike-map .chart-narrow svg', (svg) => {
      const box = svg.getBoundingClientRect();
      const texts = [...svg.querySelectorAll('.panel-title, .legend text, .gather-label')].map((t) => t.getBoundingClientRect().height);
      const land = getComputedStyle(svg.querySelector('.land')!).fill;
      const sea = getComputedStyle(svg.querySelector('.sea')!).fill;
      return { right: box.right, smallest: Math.min(...texts), land, sea };
    });
    expect(sizes.right).toBeLessThanOrEqual(320);
    // 12px type drawn at 380 px and shown at under 300: still about 9 px high, or more.
    expect(sizes.smallest).toBeGreaterThanOrEqual(8.5);
    expect(sizes.land).not.toBe(sizes.sea);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  test('search finds a place named only in a strike row’s notes, at that passage of the strike’s page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(url('/search/?q=Gibraltar'));
    await page.waitForSelector('[data-search-app][data-state="done"]');
    const links = await page.$$eval('[data-search-results] > li h3 a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    const strike = links.map((l) => new URL(l)).find((u) => u.pathname.startsWith('/strikes/'))!;
    expect(strike.pathname).toBe('/strikes/14/');
    expect(strike.hash).toBe('#notes');
    expect(links.map((l) => new URL(l).pathname)).not.toContain('/strikes/');

    // Filtered to strikes, "Trinidad" finds the strikes whose rows name it.
    await page.goto(url('/search/?q=Trinidad&kind=strike'));
    await page.waitForSelector('[data-search-app][data-state="done"]');
    const paths = await page.$$eval('[data-search-results] > li h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths).toEqual(expect.arrayContaining(['/strikes/1/', '/strikes/5/']));
    expect(paths.every((p) => p.startsWith('/strikes/'))).toBe(true);
    await page.close();
  });
});
