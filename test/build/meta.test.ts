import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { siteUrl } from '../../src/site';
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
  const field = (entry: string, name: string) => new RegExp(`<${name}>([^<]+)</${name}>`).exec(entry)![1];
  const links = entries.map((e) => new URL(/<link rel="alternate" type="text\/html" href="([^"]+)"\/>/.exec(e)![1]).pathname);

  test('has an entry for each source, linking to its page', () => {
    expect(links.filter((l) => l.startsWith('/sources/')).sort()).toEqual(ids.map((id) => `/sources/${id}/`).sort());
  });

  test('has an entry for the explainer, and one per entry of its updates log', async () => {
    const log = (await readFile('content/explainer/index.mdx', 'utf8')).match(/^ {2}- date:/gm) ?? [];
    expect(links.filter((l) => l === '/')).toHaveLength(1 + log.length);
    expect(entries.find((e) => field(e, 'id') === SITE)).toContain('<category term="explainer"/>');
  });

  test('lists entries newest first, and is dated by its newest entry, not the build', () => {
    const updated = entries.map((e) => field(e, 'updated'));
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed).toContain(`<updated>${updated[0]}</updated>\n  <author>`);
  });

  test('says its own address', () => {
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${new URL('/feed.xml', SITE).href}"/>`);
  });
});

describe('the sitemap', () => {
  test('lists every page but the offline fallback, at its address on the site', async () => {
    const index = await readFile(join(siteDir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${new URL('/sitemap-0.xml', SITE).href}</loc>`);
    const sitemap = await readFile(join(siteDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
    expect(locs).toEqual(pages.filter((p) => p !== '/offline/'));
  });

  test('is named in robots.txt', async () => {
    expect(await readFile(join(siteDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', SITE).href}`);
  });
});

describe('the 404 page, sent for any missing address', () => {
  test('names no address of its own and asks not to be indexed', async () => {
    const html = await readPage(siteDir, '/404.html');
    expect(html.querySelector('link[rel="canonical"]')).toBeNull();
    expect(html.querySelector('meta[property="og:url"]')).toBeNull();
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(html.querySelector('main h1')?.textContent).toBe('There is no page at this address');
  });
});
