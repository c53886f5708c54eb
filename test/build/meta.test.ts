import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { splitFile } from '../../src/checks/frontmatter';
import { outletName } from '../../src/domain/sources';
import { isoDay } from '../../src/format/dates';
import { escapeXml } from '../../src/format/xml';
import { explainerSchema } from '../../src/schemas/explainer';
import { sourceSchema } from '../../src/schemas/source';
import { wordsFor } from '../../src/i18n/words';
import { defaultLocale, EDITORIAL_TEAM, localeOfPath as editionOf, locales, pathIn, siteUrl } from '../../src/site';
import { readPage } from '../helpers/html';

const siteDir = inject('siteDir');
const SITE = siteUrl();
const ids = (await readdir('content/sources')).map((f) => f.replace(/\.mdx$/, ''));
/**
 * Every HTML page of the built site with an address of its own, by address: not an edition's 404 page, built
 * as a folder's, nor the offline page, which the service worker shows for any page not saved (both below).
 */
const pages = (await readdir(siteDir, { recursive: true }))
  .filter((f) => f.endsWith('index.html'))
  .map((f) => `/${f.replace(/index\.html$/, '')}`)
  .filter((path) => path !== '/offline/' && !locales.some((locale) => locale !== defaultLocale && path === pathIn(locale, '/404/')))
  .sort();

/** A chart's embed page, in either edition, which other sites frame: its address is its chart's page. */
const isEmbed = (path: string) => /^(\/es)?\/charts\/[^/]+\/embed\/$/.test(path);
/** The address a page names as its own. */
const canonicalOf = (path: string) => new URL(isEmbed(path) ? path.replace(/embed\/$/, '') : path, SITE).href;

/** A PNG's width and height, from its header; undefined for a file that is not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(pages)('%s', async (path) => {
  const html = await readPage(siteDir, path);
  const meta = (attr: string, name: string) => html.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content');

  test('names each of its search landmarks, each differently (the header’s box and the search page’s own form)', () => {
    const names = html.querySelectorAll('[role="search"]').map((form) => form.getAttribute('aria-label'));
    // Every page but an embed has the header's box; the search page its own form too.
    expect(names).toHaveLength(isEmbed(path) ? 0 : /^(\/es)?\/search\/$/.test(path) ? 2 : 1);
    for (const name of names) expect(name?.trim()).toBeTruthy();
    expect(new Set(names).size).toBe(names.length);
  });

  test('lets a keyboard scroll each box that scrolls a table, each a named group, not a landmark (a page of tables would list one for each)', () => {
    const boxes = html.querySelectorAll('.scroll[tabindex]');
    for (const box of boxes) {
      expect(box.tagName, box.outerHTML.slice(0, 80)).toBe('DIV');
      expect(box.getAttribute('role')).toBe('group');
      expect(box.getAttribute('tabindex')).toBe('0');
      const named = box.getAttribute('aria-label') ?? html.getElementById(box.getAttribute('aria-labelledby') ?? '')?.text;
      expect(named?.trim(), box.outerHTML.slice(0, 80)).toBeTruthy();
    }
    expect(html.querySelectorAll('section.scroll')).toHaveLength(0);
  });

  test('names its canonical address on the site (an embed, its chart’s page)', () => {
    expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonicalOf(path));
  });

  test('ends with its </html>: no script left after it, which a browser would have to move into the body', async () => {
    expect((await readFile(join(siteDir, path, 'index.html'), 'utf8')).trimEnd()).toMatch(/<\/html>$/);
  });

  test('has a social card: og:image is a 1200 × 630 PNG that the build made, with its size, type and words, in a large Twitter card', async () => {
    const image = new URL(meta('property', 'og:image')!);
    expect(image.origin).toBe(new URL(SITE).origin);
    expect(image.pathname).toMatch(/^\/cards\/.+\.png$/);
    expect(pngSize(await readFile(join(siteDir, image.pathname)))).toEqual({ width: 1200, height: 630 });
    expect(meta('property', 'og:image:type')).toBe('image/png');
    expect([meta('property', 'og:image:width'), meta('property', 'og:image:height')]).toEqual(['1200', '630']);
    expect(meta('property', 'og:image:alt')!.length).toBeGreaterThan(20);
    expect(meta('name', 'twitter:image:alt')).toBe(meta('property', 'og:image:alt'));
    expect(meta('name', 'twitter:card')).toBe('summary_large_image');
    // In the page's edition: a Spanish page's card is one of the Spanish edition's, in its words.
    const edition = editionOf(path);
    expect(image.pathname.startsWith('/cards/es/')).toBe(edition === 'es');
    expect(meta('property', 'og:image:alt')).toContain(wordsFor(edition).site.name);
  });

  test('has OpenGraph and Twitter title and description, matching the page', () => {
    const description = meta('name', 'description');
    expect(description).toBeTruthy();
    const title = meta('property', 'og:title')!;
    expect(html.querySelector('title')!.text.startsWith(title)).toBe(true);
    expect(meta('property', 'og:description')).toBe(description);
    expect(meta('property', 'og:url')).toBe(canonicalOf(path));
    expect(meta('property', 'og:site_name')).toBe(wordsFor(editionOf(path)).site.name);
    expect(meta('name', 'twitter:title')).toBe(title);
    expect(meta('name', 'twitter:description')).toBe(description);
  });

  test('points feed readers to the feed', () => {
    // Its own edition's feed.
    expect(html.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe(pathIn(editionOf(path), '/feed.xml'));
  });

  // An embed is the chart alone, with a link back to its page.
  test.skipIf(isEmbed(path))('links to the page about us, and how we correct mistakes, from its footer', () => {
    expect(html.querySelector('.site-footer a[href="/about/"]')).not.toBeNull();
  });

  test('says whether it is an article, and if so who wrote it and when', async () => {
    const article = await articleOf(path);
    expect(meta('property', 'og:type')).toBe(article ? 'article' : 'website');
    expect(meta('name', 'author')).toBe(article?.author);
    expect(meta('property', 'article:author')).toBe(article?.authorPage);
    expect(meta('property', 'article:published_time')).toBe(article?.published);
    expect(meta('property', 'article:modified_time')).toBe(article?.modified);
  });
});

/** What a page says of itself as an article: the explainer and each source page; nothing for other pages. */
async function articleOf(path: string) {
  if (path === '/' || path === '/es/') {
    const explainer = explainerSchema.parse(splitFile(await readFile(`content/explainer/${path === '/' ? '' : 'es/'}index.mdx`, 'utf8')).data);
    return {
      // Named in the page's language.
      author: wordsFor(editionOf(path)).feed.author,
      authorPage: new URL('/about/', SITE).href,
      published: isoDay(explainer.published),
      modified: explainer.updated > explainer.published ? isoDay(explainer.updated) : undefined,
    };
  }
  const id = /^\/sources\/([^/]+)\/$/.exec(path)?.[1];
  if (!id) return undefined;
  const source = sourceSchema.parse(splitFile(await readFile(`content/sources/${id}.mdx`, 'utf8')).data);
  return { author: source.byline ?? outletName(source), authorPage: undefined, published: isoDay(source.published.date), modified: undefined };
}

describe('/about/', async () => {
  const about = await readPage(siteDir, '/about/');

  test('says who we are, how we work and how we correct mistakes', () => {
    expect(about.querySelector('h1')?.text).toBe('About us');
    expect(about.querySelectorAll('main h2').map((h) => h.text)).toEqual(['Who we are', 'How we work', 'Corrections']);
    expect(about.querySelector('main time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('is where the explainer’s byline points', async () => {
    const home = await readPage(siteDir, '/');
    expect(home.querySelector('article header a[rel="author"]')?.getAttribute('href')).toBe('/about/');
    expect(home.querySelector('article header a[rel="author"]')?.text).toBe(`the ${EDITORIAL_TEAM.name}`);
  });
});

describe('/feed.xml', async () => {
  const feed = await readFile(join(siteDir, 'feed.xml'), 'utf8');
  const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]);
  const field = (entry: string, name: string) => new RegExp(`<${name}>([^<]+)</${name}>`).exec(entry)![1];
  const links = entries.map((e) => new URL(/<link rel="alternate" type="text\/html" href="([^"]+)"\/>/.exec(e)![1]).pathname);
  /** An entry's content, as the HTML a feed reader shows. */
  const html = (entry: string) => {
    const escaped = /<content type="html">([^<]*)<\/content>/.exec(entry)![1]!;
    return escaped.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  };

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

  test('gives each source entry our summary of it and a link to its page', async () => {
    for (const id of ids) {
      const source = sourceSchema.parse(splitFile(await readFile(`content/sources/${id}.mdx`, 'utf8')).data);
      const url = new URL(`/sources/${id}/`, SITE).href;
      const entry = entries.find((e) => field(e, 'id') === url)!;
      const content = html(entry);
      expect(content).toContain(`<p>${escapeXml(source.summary)}</p>`);
      expect(content).toContain(`<a href="${url}">`);
    }
  });

  test('gives each update and correction its full text, and the explainer its standfirst and what changed', async () => {
    const explainer = explainerSchema.parse(splitFile(await readFile('content/explainer/index.mdx', 'utf8')).data);
    const logged = entries.filter((e) => /<category term="(correction|update)"\/>/.test(e));
    expect(logged).toHaveLength(explainer.log.length);
    for (const entry of explainer.log) expect(logged.map(html).filter((c) => c.includes(`<p>${escapeXml(entry.text)}</p>`))).toHaveLength(1);
    const main = html(entries.find((e) => field(e, 'id') === SITE)!);
    expect(main).toContain(`<p>${escapeXml(explainer.description)}</p>`);
    for (const entry of explainer.log.filter((e) => e.date.getTime() === explainer.updated.getTime())) expect(main).toContain(escapeXml(entry.text));
  });

  test('links each update and correction to itself in the page’s log, under a title of its own (several may share a day)', async () => {
    const home = await readPage(siteDir, '/');
    const logged = entries.filter((e) => /<category term="(correction|update)"\/>/.test(e));
    for (const entry of logged) {
      const href = /<link rel="alternate" type="text\/html" href="([^"]+)"\/>/.exec(entry)![1]!;
      const anchor = new URL(href).hash.slice(1);
      expect(anchor).toMatch(/^log-\d{4}-\d{2}-\d{2}-\d+$/);
      expect(home.querySelector(`.update-log li#${anchor}`), anchor).not.toBeNull();
      expect(field(entry, 'id')).toBe(href);
    }
    const titles = logged.map((e) => field(e, 'title'));
    expect(new Set(titles).size).toBe(titles.length);
  });

  test('names the editorial team as the explainer’s author, with its page', () => {
    const author = `<author><name>${EDITORIAL_TEAM.name}</name><uri>${new URL('/about/', SITE).href}</uri></author>`;
    expect(entries.find((e) => field(e, 'id') === SITE)).toContain(author);
    expect(feed).toContain(`\n  ${author}\n`);
  });

  test('says its own address', () => {
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${new URL('/feed.xml', SITE).href}"/>`);
  });
});

describe('the sitemap', () => {
  test('lists every page but the offline fallback and the charts’ embeds, at its address on the site', async () => {
    const index = await readFile(join(siteDir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${new URL('/sitemap-0.xml', SITE).href}</loc>`);
    const sitemap = await readFile(join(siteDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
    expect(locs).toEqual(pages.filter((p) => !isEmbed(p)));
  });

  test('is named in robots.txt', async () => {
    expect(await readFile(join(siteDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', SITE).href}`);
  });
});

describe('the 404 pages, sent for any missing address (under /es/, the Spanish edition’s)', () => {
  test.each([
    ['/404.html', 'en', 'There is no page at this address'],
    ['/es/404/', 'es', 'No hay ninguna página en esta dirección'],
  ])('%s names no address of its own, asks not to be indexed, and is in its edition’s language first', async (path, lang, heading) => {
    const html = await readPage(siteDir, path);
    expect(html.querySelector('link[rel="canonical"]')).toBeNull();
    expect(html.querySelector('meta[property="og:url"]')).toBeNull();
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(html.querySelector('html')?.getAttribute('lang')).toBe(lang);
    expect(html.querySelectorAll('main h1').map((h) => h.textContent)).toEqual([heading]);
    expect(html.querySelectorAll('.shared-page').map((s) => s.getAttribute('lang'))).toEqual(lang === 'en' ? ['en', 'es'] : ['es', 'en']);
  });

  test('the offline page, shown by the service worker for any page not saved, names no address of its own either', async () => {
    const html = await readPage(siteDir, '/offline/');
    expect(html.querySelector('link[rel="canonical"]')).toBeNull();
    expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});
