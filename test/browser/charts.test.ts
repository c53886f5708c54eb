import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { withPage } from '../helpers/browser';
import { siteInChromium } from '../helpers/siteInChromium';
import { loadedByItself } from '../helpers/visit';

const site = siteInChromium();

describe('charts in Chromium', () => {
  test('with JavaScript off, every chart, its summary and its data table are there', async () => {
    await withPage(site.browser, { javaScriptEnabled: false, viewport: { width: 390, height: 800 } }, async (page) => {
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
    });
  });

  test('with JavaScript on, a mark focused by keyboard shows its tooltip, and arrow keys move along the marks', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${site.server.url}data/`);
    const tip = page.locator('#each-strike .chart-wide .chart-tip, #each-strike .chart-tip').first();
    expect(await tip.isVisible()).toBe(false);

    // Tab from the element just before the chart into it: one stop, on the first mark.
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
    // Every mark's name is its own row, so a mark matched to the wrong row would show.
    const pairs = await page.$$eval('#who-reported .chart-wide .mark', (marks) => {
      const rows = [...document.querySelectorAll('#who-reported .chart-data tbody tr')];
      // A day's cell gives the day in words (data-words), as the data writes it in the table.
      return marks.map((mark, i) => ({ name: mark.getAttribute('aria-label'), cells: [...rows[i].querySelectorAll('td')].map((td) => td.dataset.words ?? td.textContent) }));
    });
    expect(pairs.length).toBe(await page.locator('#who-reported .chart-data tbody tr').count());
    const headings = ['Reported on', 'Outlet', 'Killed, as printed', 'Announced by then', 'Difference', 'Explanation'];
    for (const { name, cells } of pairs) expect(name).toBe(headings.map((h, c) => `${h}: ${cells[c]}`).join('; '));
    // The day in words, as the page writes days, not "2025-09-02", which a screen reader reads as numbers.
    for (const { name } of pairs) expect(name).toMatch(/^Reported on: \d{1,2} [A-Z][a-z]+ 20\d\d; /);

    const last = pairs.length - 1;
    await page.locator('#who-reported .chart-wide .mark').nth(last).hover();
    const tip = page.locator('#who-reported .chart-tip').first();
    await tip.waitFor();
    expect((await tip.innerText()).split('\n')).toEqual(headings.map((h, c) => `${h}: ${pairs[last].cells[c]}`));
    await page.close();
  });

  test('on a Spanish page, a tooltip keeps its row’s words in their languages: each outlet’s name marked as English, as in the table (WCAG 3.1.2)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${site.server.url}es/data/`);
    // What each row of the table marks as in another language than the page's, in order.
    const marked = await page.$$eval('#who-reported .chart-data tbody tr', (rows) =>
      rows.map((row) => [...row.querySelectorAll<HTMLElement>('[lang]')].map((el) => ({ lang: el.lang, text: el.textContent }))),
    );
    const last = marked.length - 1;
    expect(marked[last]!.map(({ lang }) => lang)).toContain('en');
    const mark = page.locator(`#who-reported .chart-wide .mark[data-row="${last}"]`);
    await mark.hover();
    const tip = page.locator('#who-reported .chart-tip').first();
    await tip.waitFor();
    expect(await tip.locator('[lang]').evaluateAll((els) => els.map((el) => ({ lang: (el as HTMLElement).lang, text: el.textContent })))).toEqual(marked[last]);
    // Its words are as before: each column on a line, the mark named by the same words.
    const lines = (await tip.innerText()).split('\n');
    expect(lines.join('; ')).toBe(await mark.getAttribute('aria-label'));
    // Its day in Spanish words ("2 de septiembre de 2025"), as the table's day is the data's.
    expect(lines[0]).toMatch(/: \d{1,2} de [a-z]+ de 20\d\d$/);
    expect(await page.locator(`#who-reported .chart-data tbody tr:nth-child(${last + 1}) time`).first().getAttribute('datetime')).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(lines.some((line) => line.endsWith(marked[last]![0]!.text!))).toBe(true);
    await page.close();
  });

  test('a tooltip stays while the pointer moves onto it, hides when the pointer leaves both, and Escape hides it with focus elsewhere (WCAG 1.4.13)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${site.server.url}data/`);
    const tip = page.locator('#each-strike .chart-tip').first();
    await page.locator('#each-strike .chart-wide .mark').nth(5).hover();
    await tip.waitFor();
    // Across the gap and onto the words, then a while on them: they stay, to be read or selected.
    const box = (await tip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 2, { steps: 4 });
    await page.waitForTimeout(800);
    expect(await tip.isVisible()).toBe(true);
    // Off both: the words go.
    await page.mouse.move(5, 5);
    await tip.waitFor({ state: 'hidden' });

    // Shown by the pointer alone, focus on the page: Escape hides the words without moving anything.
    await page.locator('#each-strike .chart-wide .mark').nth(5).hover();
    await tip.waitFor();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.close();
  });

  test('the tooltip script is small and loads only on pages with a chart', async () => {
    const page = await site.browser.newPage();
    const scripts: { url: string; size: Promise<number> }[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), size: response.body().then((b) => b.length) });
    });
    await page.goto(`${site.server.url}data/`);
    await loadedByItself(page);
    const chartScripts = [...scripts];
    expect(chartScripts.length).toBeGreaterThan(0);
    // The service worker's registration, on every page, carries the footer's line in each edition's words;
    // the charts' script keeps hovered words within the pointer's reach (WCAG 1.4.13), which took it past 3,000.
    // The registration's update notice puts itself away and gives focus back (WCAG 2.4.3), which took it past 4,000,
    // and follows a source page switched to the other edition in place, which took it past 4,400. The charts'
    // script keeps each cell's language in its tooltip (WCAG 3.1.2), which took it past 3,300.
    for (const { url, size } of chartScripts) expect(await size, url).toBeLessThan(url.includes('/_astro/register.') ? 4600 : 3450);
    scripts.length = 0;
    await page.goto(`${site.server.url}sources/`);
    await loadedByItself(page);
    // Every page loads the service worker's registration after it has loaded; nothing else.
    expect(scripts.map(({ url }) => url).filter((url) => !url.includes('/_astro/register.'))).toEqual([]);
    await page.close();
  });

  test('one drawing of each chart is in the document at a time: the one that fits, as the window changes, with its tooltips', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${site.server.url}data/`);
    const drawings = page.locator('#each-strike svg.chart');
    expect(await drawings.count()).toBe(1);
    expect(await page.locator('#each-strike .chart-wide svg.chart').count()).toBe(1);

    await page.setViewportSize({ width: 390, height: 900 });
    await page.locator('#each-strike .chart-narrow svg.chart').waitFor();
    expect(await drawings.count()).toBe(1);
    await page.locator('#each-strike .chart-narrow .mark').first().hover();
    await page.locator('#each-strike .chart-tip:not([hidden])').waitFor();

    await page.setViewportSize({ width: 1000, height: 900 });
    await page.locator('#each-strike .chart-wide svg.chart').waitFor();
    expect(await drawings.count()).toBe(1);
    await page.locator('#each-strike .chart-wide .mark').first().hover();
    expect(await page.locator('#each-strike .chart-tip:not([hidden])').count()).toBe(1);
    await page.close();
  });

  test('printing from a phone puts the wide drawing on paper', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site.server.url}data/`);
    // The three charts and the map.
    expect(await page.locator('[data-chart] .chart-narrow svg').count()).toBe(4);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    // A frame later, whatever the window's size says, the wide drawing stays.
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await page.locator('[data-chart] .chart-wide svg').count()).toBe(4);
    expect(await page.locator('[data-chart] .chart-narrow svg').count()).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(await page.locator('[data-chart] .chart-narrow svg').count()).toBe(4);
    await page.close();
  });

  test('without JavaScript, a wide screen shows the narrow drawing, no wider than where the wide one would take over', async () => {
    await withPage(site.browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.goto(`${site.server.url}data/`);
      for (const figure of await page.locator('[data-chart]').all()) {
        const drawing = figure.locator('.chart-narrow svg');
        expect(await drawing.isVisible()).toBe(true);
        const rem = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
        expect((await drawing.boundingBox())!.width).toBeLessThanOrEqual(Number(await figure.getAttribute('data-wide-from')) * rem);
      }
    });
  });

  test('a screen reader meets each chart’s summary once, with and without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      await withPage(site.browser, { javaScriptEnabled, viewport: { width: 1000, height: 900 } }, async (page, context) => {
        await page.goto(`${site.server.url}data/`);
        const cdp = await context.newCDPSession(page);
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; description?: { value: string } }[] };
        // Each piece of text is a StaticText node (its InlineTextBox children repeat it for layout).
        const read = nodes
          .filter((n) => !n.ignored && n.role?.value !== 'InlineTextBox')
          .flatMap((n) => [n.name?.value ?? '', n.description?.value ?? '']);
        for (const summary of await page.locator('[data-chart] .chart-summary').allTextContents())
          expect(read.filter((words) => words.includes(summary.slice(0, 80))).length, summary).toBe(1);
      });
    }
  });
});


describe('a chart’s words', () => {
  test('never overprint one another: on the explainer and every strike’s page, in both editions (a strike’s label, the running total’s, the key events’), in the narrow drawing and the wide', async () => {
    const ids = (await readFile('content/data/strikes.csv', 'utf8')).trim().split('\n').slice(1).map((row) => row.split(',')[0]!);
    const paths = ['', 'es/', ...ids.flatMap((id) => [`strikes/${id}/`, `es/strikes/${id}/`])];
    const overprinted: string[] = [];
    await withPage(site.browser, { javaScriptEnabled: false, viewport: { width: 1024, height: 900 } }, async (page) => {
      for (const path of paths) {
        await page.goto(`${site.server.url}${path}`);
        // Both drawings of a chart, the narrow and the wide (kept as data until a script places it), one above the other.
        const pairs = await page.evaluate(() => {
          for (const slot of document.querySelectorAll<HTMLElement>('.chart-narrow, .chart-wide')) slot.style.setProperty('display', 'block', 'important');
          for (const block of document.querySelectorAll('.chart-wide > script[type="image/svg+xml"]')) block.parentElement!.insertAdjacentHTML('beforeend', block.textContent!);
          return [...document.querySelectorAll('main svg')].flatMap((svg) => {
            const words = [...svg.querySelectorAll('text')]
              .filter((t) => t.textContent!.trim() && getComputedStyle(t).display !== 'none' && getComputedStyle(t).visibility !== 'hidden')
              .map((t) => ({ text: t.textContent!.trim(), box: t.getBoundingClientRect() }));
            return words.flatMap((a, i) =>
              words.slice(i + 1).flatMap((b) => {
                const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
                const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
                return across > 2 && down > 3 ? [`${svg.id}: "${a.text}" × "${b.text}"`] : [];
              }),
            );
          });
        });
        overprinted.push(...pairs.map((pair) => `/${path} ${pair}`));
      }
    });
    expect(overprinted).toEqual([]);
  });
});
