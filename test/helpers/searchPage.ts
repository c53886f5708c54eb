import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readPage, textOf } from './html';

/** Waits until /search/ has finished its latest search (results, notes and spelling help shown). */
export const settled = (page: Page) => page.waitForSelector('[data-search-app][data-state="done"]');

/** Opens /search/ (or another edition's, `es/search/`) on `origin` with these parameters and waits for its results. */
export async function openSearch(page: Page, origin: string, params: Record<string, string | string[]>, path = 'search/') {
  const query = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => [v].flat().map((one) => [k, one])));
  await page.goto(`${origin}${path}?${query}`);
  await settled(page);
}

/** The pages in the results, in order, as paths. */
export const resultPaths = (page: Page) =>
  page.$$eval('[data-search-results] > li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** The result for one page. */
export const resultFor = (page: Page, path: string) =>
  page.locator('[data-search-results] > li').filter({ has: page.locator(`h3 a[href^="${path}"]`) });

export const sourcePath = (id: string) => `/sources/${id}/`;

/** The ids of the paragraphs of a built source page whose text includes `words`. */
export async function paragraphsWith(siteDir: string, id: string, words: string) {
  const html = await readPage(siteDir, sourcePath(id));
  return html.querySelectorAll('[id^="p-"]').filter((p) => textOf(p).includes(words)).map((p) => p.id);
}

/** The id of the one paragraph of a built source page whose text includes `words`. */
export async function paragraphWith(siteDir: string, id: string, words: string) {
  const ids = await paragraphsWith(siteDir, id, words);
  expect(ids).toHaveLength(1);
  return ids[0]!;
}
