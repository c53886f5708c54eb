import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { WCAG_22_AA, withPage } from '../helpers/browser';
import { builtPages } from '../helpers/pages';
import { siteInChromium } from '../helpers/siteInChromium';
import { exercise } from '../helpers/visit';

/**
 * Both colour schemes on a phone, and a desktop screen, whose layout (target sizes, reflow) differs. The
 * desktop's visit checks the links' names too, where each chart's wide drawing is live (its own links).
 */
const VIEWS = [
  { name: 'light, phone', colorScheme: 'light', viewport: { width: 390, height: 844 }, links: false },
  { name: 'dark, phone', colorScheme: 'dark', viewport: { width: 390, height: 844 }, links: false },
  { name: 'light, desktop, and links’ names', colorScheme: 'light', viewport: { width: 1280, height: 800 }, links: true },
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

/**
 * Each link's name as Chromium computes it (its accessibility tree), with where it leads: the names a screen
 * reader's list of links shows, out of the sentence or row around them.
 */
async function linkNames(page: Page): Promise<{ name: string; url: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored: boolean; role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  await cdp.detach();
  return nodes
    .filter((node) => !node.ignored && node.role?.value === 'link')
    .map((node) => ({ name: String(node.name?.value ?? ''), url: String(node.properties?.find((p) => p.name === 'url')?.value.value ?? '') }));
}

/**
 * Each name that two links share while they lead to different places, with those places (without their
 * query, search's highlighting). A page and a place in it are one ("Timeline", in the menu and as a search
 * result that opens at its passage); two places in one page are two (a source's "Cited in the explainer" links, at two citations, were named alike).
 */
function namesOfTwoPlaces(links: { name: string; url: string }[]): Record<string, string[]> {
  const shared = [...Map.groupBy(links, (link) => link.name)].map(([name, all]) => {
    const urls = all.map((link) => new URL(link.url));
    const pages = new Set(urls.map((url) => url.origin + url.pathname));
    const places = new Set(urls.map((url) => url.hash).filter(Boolean));
    return [name, pages.size > 1 || places.size > 1 ? [...new Set(urls.map((url) => url.origin + url.pathname + url.hash))].sort() : []] as const;
  });
  return Object.fromEntries(shared.filter(([, places]) => places.length > 0));
}

describe('a link’s name says where it leads, out of its sentence (WCAG 2.4.9)', () => {
  test('the check finds two links of one name that lead to two places', async () => {
    const shared = await withPage(site.browser, {}, async (page) => {
      await page.setContent('<!doctype html><html lang="en"><title>t</title><main><a href="https://example.org/a/">its page</a> <a href="https://example.org/b/">its page</a> <a href="https://example.org/c/" aria-label="Page C">its page</a> <a href="https://example.org/d/">Page D</a> <a href="https://example.org/d/#top">Page D</a> <a href="https://example.org/e/#one">Place</a> <a href="https://example.org/e/#two">Place</a></main></html>');
      return namesOfTwoPlaces(await linkNames(page));
    });
    // The page and a place in it are one; two places in one page are two.
    expect(shared).toEqual({ 'its page': ['https://example.org/a/', 'https://example.org/b/'], Place: ['https://example.org/e/#one', 'https://example.org/e/#two'] });
  });
});

// Each page's links are checked on the desktop's visit below, once axe has run, in the same state.
describe.each(VIEWS)('every built page has no WCAG 2.2 AA violation ($name)', ({ colorScheme, viewport, links }) => {
  test.each(pages)('%s', async (path) => {
    await withPage(site.browser, { colorScheme, viewport }, async (page) => {
      await page.goto(new URL(path.slice(1), site.server.url).href);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      // Checked in the fullest state a reader reaches: every <details> open, search results shown.
      await exercise(page);
      expect(describeViolations(await audit(page))).toEqual([]);
      if (links) expect(namesOfTwoPlaces(await linkNames(page)), 'links of one name that lead to two places (WCAG 2.4.9)').toEqual({});
    });
  });
});
