import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { WCAG_22_AA, withPage } from '../helpers/browser';
import { builtPages } from '../helpers/pages';
import { siteInChromium } from '../helpers/siteInChromium';
import { exercise } from '../helpers/visit';

/** Both colour schemes on a phone, and a desktop screen, whose layout (target sizes, reflow) differs. */
const VIEWS = [
  { name: 'light, phone', colorScheme: 'light', viewport: { width: 390, height: 844 } },
  { name: 'dark, phone', colorScheme: 'dark', viewport: { width: 390, height: 844 } },
  { name: 'light, desktop', colorScheme: 'light', viewport: { width: 1280, height: 800 } },
] as const;

const pages = await builtPages(inject('siteDir'));
const site = siteInChromium();

/** Runs axe at WCAG 2.2 AA on the page as it is now. */
const audit = async (page: Page) => (await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations;

/** One line per failing element, readable in a test failure. */
const describeViolations = (violations: Result[]) =>
  violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));

describe('axe finds WCAG 2.2 AA failures', () => {
  test('on a page that has them: low contrast, an image without alt text, an unlabelled field', async () => {
    const ids = await withPage(site.browser, {}, async (page) => {
      await page.setContent(
        `<!doctype html><html lang="en"><head><title>Bad</title></head><body><main>
          <p style="color:#aaa;background:#fff">faint</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input>
        </main></body></html>`,
      );
      return (await audit(page)).map((v) => v.id);
    });
    expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'image-alt', 'label']));
  });
});

describe.each(VIEWS)('every built page has no WCAG 2.2 AA violation ($name)', ({ colorScheme, viewport }) => {
  test.each(pages)('%s', async (path) => {
    await withPage(site.browser, { colorScheme, viewport }, async (page) => {
      await page.goto(new URL(path.slice(1), site.server.url).href);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      // Checked in the fullest state a reader reaches: every <details> open, search results shown.
      await exercise(page);
      expect(describeViolations(await audit(page))).toEqual([]);
    });
  });
});
