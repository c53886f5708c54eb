import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { siteUrl } from '../../src/lib/site';
import { readPage } from '../helpers/html';

const siteDir = inject('siteDir');
const SITE = siteUrl();
const ids = (await readdir('content/sources')).map((f) => f.replace(/\.mdx$/, ''));
/** Every HTML page of the built site, by address. */
const pages = (await readdir(siteDir, { recursive: true }))
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${f.replace(/index\.html$/, '')}`)
  .sort();

describe.each(pages)('%s', async (path) => {
  const html = await readPage(siteDir, path);
  const meta = (attr: string, name: string) => html.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content');

  test('names its canonical address on the site', () => {
    expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(new URL(path, SITE).href);
  });

  test('has OpenGraph and Twitter title and description, matching the page', () => {
    const description = meta('name', 'description');
    expect(description).toBeTruthy();
    const title = meta('property', 'og:title')!;
    expect(html.querySelector('title')!.text.startsWith(title)).toBe(true);
    expect(meta('property', 'og:description')).toBe(description);
    expect(meta('property', 'og:url')).toBe(new URL(path, SITE).href);
    expect(meta('property', 'og:site_name')).toBe('Strikes at Sea');
    expect(meta('name', 'twitter:card')).toBe('summary');
    expect(meta('name', 'twitter:title')).toBe(title);
    expect(meta('name', 'twitter:description')).toBe(description);
  });

  test('points feed readers to the feed', () => {
    expect(html.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('/feed.xml');
  });
});

describe('/feed.xml', async () => {
  const feed = await readFile(join(siteDir, 'feed.xml'), 'utf8');
  const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]);

  test('has an entry for each source, linking to its page, newest first', () => {
    const links = entries.map((e) => /<link rel="alternate" type="text\/html" href="([^"]+)"\/>/.exec(e)![1]);
    expect([...links].sort()).toEqual(ids.map((id) => new URL(`/sources/${id}/`, SITE).href).sort());
    const dates = entries.map((e) => /<published>([^<]+)</.exec(e)![1]);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('says its own address and is dated by its newest entry, not the build', () => {
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${new URL('/feed.xml', SITE).href}"/>`);
    expect(feed).toContain('<updated>2025-12-03T00:00:00.000Z</updated>\n  <author>');
  });
});

describe('the sitemap', () => {
  test('lists every page, at its address on the site', async () => {
    const index = await readFile(join(siteDir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${new URL('/sitemap-0.xml', SITE).href}</loc>`);
    const sitemap = await readFile(join(siteDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
    expect(locs).toEqual(pages);
  });

  test('is named in robots.txt', async () => {
    expect(await readFile(join(siteDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', SITE).href}`);
  });
});
