import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { withPage } from '../helpers/browser';
import { siteInChromium } from '../helpers/siteInChromium';

const site = siteInChromium();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage({ viewport: { width: 1100, height: 800 }, reducedMotion: 'reduce' });
});

const inView = (p: Page, selector: string) =>
  p.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight && e.matches(':target');
  });

/** The first citation of a paragraph: the citation of its note, whose link goes to the paragraph. */
async function citationOf(p: Page, paragraph: string): Promise<Locator> {
  const note = await p.locator(`.endnotes li:has(> a[href="${paragraph}"])`).getAttribute('id');
  return p.locator(`a.cite[href="#${note}"]`).first();
}

/** The preview a citation shows: a copy of its note's words beside it, once it has been hovered or focused. */
const previewOf = (cite: Locator) => cite.locator('xpath=following-sibling::*[contains(@class, "cite-preview")]');

const PASSAGE = 'The campaign has killed 82 civilians in 21 strikes';

describe('citations in Chromium', () => {
  test('hovering a citation shows its passage, copied from its note on demand', async () => {
    await page.goto(site.server.url);
    // No passage is written beside a citation: the only copy is in the notes.
    expect(await page.locator('.cite-preview').count()).toBe(0);
    const cite = await citationOf(page, '/sources/orinoco-tribune-2025-11-28/#p-7');
    await cite.hover();
    const preview = previewOf(cite);
    await preview.waitFor({ state: 'visible' });
    expect(await preview.textContent()).toContain('Orinoco Tribune, 28 November 2025 (date inferred), paragraph 7');
    expect(await preview.textContent()).toContain(PASSAGE);
    // Assistive technology reads the same words from the note, as the citation's description.
    expect(await preview.getAttribute('aria-hidden')).toBe('true');
    await page.mouse.move(0, 0);
    await preview.waitFor({ state: 'hidden' });
  });

  test('moving keyboard focus onto a citation shows its passage; moving on hides it', async () => {
    await page.goto(site.server.url);
    const [first, second] = [page.locator('a.cite').nth(0), page.locator('a.cite').nth(1)];
    await first.focus();
    await page.keyboard.press('Tab');
    expect(await second.evaluate((e) => e === document.activeElement)).toBe(true);
    const note = (await second.getAttribute('href'))!;
    const passage = (await page.locator(`${note}-passage`).textContent())!;
    const preview = previewOf(second);
    await preview.waitFor({ state: 'visible' });
    expect(await preview.textContent()).toContain(passage);
    await page.keyboard.press('Tab');
    await preview.waitFor({ state: 'hidden' });
  });

  test('a preview near the right edge stays inside the window', async () => {
    const narrow = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    await narrow.goto(site.server.url);
    for (const cite of (await narrow.locator('a.cite').all()).slice(0, 12)) {
      await cite.focus();
      // Placed once it shows (the next frame): wait until it is inside the window, or time out.
      await previewOf(cite).evaluate(
        (preview) =>
          new Promise<void>((resolve) => {
            const check = () => {
              const box = preview.getBoundingClientRect();
              if (box.width > 0 && box.left >= 0 && box.right <= document.documentElement.clientWidth) resolve();
              else requestAnimationFrame(check);
            };
            check();
          }),
      );
    }
    await narrow.close();
  });

  test('following a citation lands on its note, whose link leads to the paragraph; its back-link returns to the citation', async () => {
    await page.goto(site.server.url);
    const cite = await citationOf(page, '/sources/indian-witness-2025-12-03/#p-2');
    const citeId = await cite.getAttribute('id');
    const note = (await cite.getAttribute('href'))!;
    await cite.click();
    await page.waitForURL(new RegExp(`${note}$`));
    await page.waitForFunction((n) => Math.abs(document.querySelector(n)!.getBoundingClientRect().top) < 200, note);
    expect(await inView(page, note)).toBe(true);

    await page.click(`${note} > a[href="/sources/indian-witness-2025-12-03/#p-2"]`);
    await page.waitForURL(/indian-witness-2025-12-03\/#p-2$/);
    expect(await inView(page, '#p-2')).toBe(true);
    const highlight = await page.$eval('#p-2', (e) => getComputedStyle(e).backgroundColor);
    const plain = await page.$eval('#p-3', (e) => getComputedStyle(e).backgroundColor);
    expect(highlight).not.toBe(plain);

    await page.click(`#p-2 a.backlink[href="/#${citeId}"]`);
    await page.waitForURL(new RegExp(`/#${citeId}$`));
    expect(await inView(page, `#${citeId}`)).toBe(true);
  });

  test('a running total’s note gives the sum and links to its row of the totals so far, which the browser shows open, with JavaScript and without', async () => {
    for (const javaScriptEnabled of [true, false]) {
      await withPage(site.browser, { javaScriptEnabled, viewport: { width: 1100, height: 800 } }, async (reader) => {
        await reader.goto(site.server.url);
        const note = reader.locator('.endnotes li:has(> a[href="/charts/strikes-over-time/#through-18"])');
        expect(await note.textContent()).toContain('21 strikes on 22 vessels, 82 killed: 18 announced events added up, the last of them event 18');
        // Each citation of it is described by the sum, as a passage's are by the passage.
        const id = await note.getAttribute('id');
        expect(await reader.locator(`a.cite[href="#${id}"]`).first().getAttribute('aria-describedby')).toBe(`${id}-source ${id}-passage`);
        await note.locator('> a').first().click();
        await reader.waitForURL(/\/charts\/strikes-over-time\/#through-18$/);
        // Polled from here: a page without JavaScript runs no function of its own to wait with.
        const shown = () => reader.locator('#through-18').evaluate((row) => {
          const r = row.getBoundingClientRect();
          return r.height > 0 && r.top > -1 && r.bottom <= innerHeight;
        });
        await expect.poll(shown).toBe(true);
        expect(await reader.locator('#through-18').evaluate((row) => row.closest('details')!.open)).toBe(true);
        const cells = await reader.$$eval('#through-18', ([row]) => {
          const heads = [...row!.closest('table')!.querySelectorAll('thead th')].map((th) => th.textContent);
          const values = [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent);
          return Object.fromEntries(heads.map((head, i) => [head, values[i]]));
        });
        expect(cells, `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toMatchObject({ Date: '2025-11-15', 'Strikes so far': '21', 'Vessels so far': '22', 'Killed so far': '82' });
      });
    }
  });

  test('on a phone, every link back from a source paragraph is a target of 24 × 24 px or more, the numbered ones too', async () => {
    await withPage(site.browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, async (phone) => {
      await phone.goto(`${site.server.url}sources/orinoco-tribune-2025-11-28/`);
      const sizes = await phone.$$eval('.backlinks a', (links) => links.map((a) => [a.getAttribute('data-label'), a.getBoundingClientRect().width, a.getBoundingClientRect().height] as const));
      // The source cited more than once from one paragraph has its numbered links: "2", "3"…
      expect(sizes.some(([label]) => /^\d+$/.test(label ?? ''))).toBe(true);
      expect(sizes.filter(([, width, height]) => width < 24 || height < 24)).toEqual([]);
    });
  });

  test('without JavaScript, a citation still leads to its note, and the note to the paragraph', async () => {
    await withPage(site.browser, { javaScriptEnabled: false, viewport: { width: 1100, height: 800 } }, async (plain) => {
      await plain.goto(site.server.url);
      const cite = await citationOf(plain, '/sources/orinoco-tribune-2025-11-28/#p-7');
      const note = (await cite.getAttribute('href'))!;
      await cite.click();
      await plain.waitForURL(new RegExp(`${note}$`));
      expect(await plain.locator(note).textContent()).toContain(PASSAGE);
      await plain.click(`${note} > a`);
      await plain.waitForURL(/orinoco-tribune-2025-11-28\/#p-7$/);
      expect(await plain.textContent('#p-7')).toContain(PASSAGE);
    });
  });

  test('printed, each citation shows its number and the notes quote every passage, numbered', async () => {
    const print = await site.browser.newPage({ viewport: { width: 1100, height: 800 } });
    await print.goto(site.server.url);
    const cite = await citationOf(print, '/sources/orinoco-tribune-2025-11-28/#p-7');
    await cite.hover();
    await print.emulateMedia({ media: 'print' });
    const number = (await cite.getAttribute('href'))!.slice('#note-'.length);
    expect(await cite.innerText()).toBe(number);
    expect(await previewOf(cite).isVisible()).toBe(false);
    const notes = print.locator('.endnotes ol > li');
    expect(await notes.count()).toBeGreaterThan(50);
    expect(await print.$eval('.endnotes ol', (ol) => getComputedStyle(ol).listStyleType)).toBe('decimal');
    const note = notes.nth(Number(number) - 1);
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain(PASSAGE);
    expect(await print.locator('.endnotes [id$="-passage"]').evaluateAll((all) => all.every((e) => (e as HTMLElement).offsetHeight > 0))).toBe(true);
    await print.close();
  });
});

describe('quoted passages', () => {
  test('Escape hides a passage without moving focus, and it shows again on the next focus', async () => {
    await page.goto(site.server.url);
    const cite = page.locator('a.cite').first();
    await cite.focus();
    const preview = previewOf(cite);
    expect(await preview.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await preview.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cite'))).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await preview.isVisible()).toBe(true);
  });
});
