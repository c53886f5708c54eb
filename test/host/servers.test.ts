import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CHART_IDS } from '../../src/charts/figures';
import { pagePolicies, servedFiles } from '../../src/integrations/servedFiles';
import { nginxServer } from '../../src/server/nginxProcess';
import { nodeServer } from '../../src/server/nodeServer';
import { precompress } from '../../src/integrations/precompress';
import { HOST_RULES, type HostRules } from '../../src/host/rules';
import type { SiteServer } from '../../src/server/siteServer';
import { caddyServer } from '../helpers/caddy';
import { parsePolicy } from '../helpers/csp';
import { type RawResponse, rawGet } from '../helpers/http';
import { removeDir, tempDir } from '../helpers/site';

const siteDir = inject('siteDir');
const files = await servedFiles(HOST_RULES, siteDir);
const file = (pattern: RegExp) => {
  const found = files.find((f) => pattern.test(f));
  if (!found) throw new Error(`the built site has no file like ${pattern}`);
  return found;
};

/** Each way the site is served: nginx and Caddy with their generated configs, and the Node server. */
const SERVERS: [string, (dir: string, rules?: HostRules) => Promise<SiteServer>][] = [
  ['nginx', (dir, rules) => nginxServer(dir, {}, rules)],
  ['Caddy', caddyServer],
  ['the Node server', (dir, rules) => nodeServer(dir, {}, rules)],
];

const FOREVER = 'public, max-age=31536000, immutable';
/** Files named by their content's hash, worked out here from the names, not from the rules. */
const HASH_NAMED = [/^\/_astro\//, /^\/pagefind\/(fragment|index|filter)\//, /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/];
const BR_OR_GZIP = { 'accept-encoding': 'gzip, deflate, br' };
const SECURITY = {
  'strict-transport-security': /^max-age=\d{8,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
  'cross-origin-opener-policy': /^same-origin$/,
  'content-security-policy': /default-src 'none'.*; frame-ancestors 'none'$/,
};

/** The body as the browser reads it, undone from its Content-Encoding. */
const decoded = ({ headers, body }: RawResponse) =>
  headers['content-encoding'] === 'br' ? brotliDecompressSync(body) : headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
const built = (path: string) => readFile(join(siteDir, path));
/** A page's meta policy with frame-ancestors, as directive → sources. */
const expectedPolicy = (meta: string, frame: string) => new Map([...parsePolicy(meta), ['frame-ancestors', [frame]]]);

describe.each(SERVERS)('the built site served by %s', (_, start) => {
  let server: SiteServer;
  const get = (path: string, headers: Record<string, string> = {}) => rawGet(new URL(path.slice(1), server.url).href, headers);
  beforeAll(async () => {
    server = await start(siteDir);
  });
  afterAll(async () => {
    await server?.close();
  });

  test('hash-named files are kept a year and immutable; pages, sw.js, the Pagefind entry, the feed and offline.json are revalidated', async () => {
    for (const path of ['/index.html', '/sw.js', '/pagefind/pagefind-entry.json', '/feed.xml', '/offline.json']) expect(files).toContain(path);
    expect(files.filter((f) => HASH_NAMED.some((p) => p.test(f))).length).toBeGreaterThan(15);
    for (const path of files) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers['cache-control'], path).toBe(HASH_NAMED.some((p) => p.test(path)) ? FOREVER : 'no-cache');
    }
    for (const page of ['/', '/sources/', '/search/']) expect((await get(page)).headers['cache-control'], page).toBe('no-cache');
  });

  test('text goes as Brotli, else gzip, else as it is, and decodes to the built file', async () => {
    const texts = ['/index.html', '/sw.js', '/feed.xml', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/data/strikes.csv', '/favicon.svg'];
    texts.push(file(/^\/_astro\/.*\.css$/), file(/^\/_astro\/.*\.js$/));
    for (const path of texts) {
      const original = await built(path);
      for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['', undefined]] as const) {
        const response = await get(path, accept ? { 'accept-encoding': accept } : {});
        expect(response.headers['content-encoding'], `${path} for "${accept}"`).toBe(encoding);
        expect(response.headers.vary, path).toMatch(/accept-encoding/i);
        expect(decoded(response).equals(original), `${path} for "${accept}"`).toBe(true);
      }
    }
    // A request through a proxy or CDN (with Via) is answered compressed too, as nginx by default would not.
    const proxied = await get('/', { 'accept-encoding': 'gzip', via: '1.1 cdn.example' });
    expect(proxied.headers['content-encoding']).toBe('gzip');
    expect(decoded(proxied).equals(await built('/index.html'))).toBe(true);
    // Brotli is the smaller: the explainer's HTML.
    const [br, gz] = [await get('/', BR_OR_GZIP), await get('/', { 'accept-encoding': 'gzip' })];
    expect(br.body.length).toBeLessThan(gz.body.length);
  });

  test("Pagefind's index and WebAssembly, gzipped by Pagefind, go as they are", async () => {
    const binaries = files.filter((f) => /\.(pf_\w+|pagefind)$/.test(f));
    expect(binaries.length).toBeGreaterThan(5);
    for (const path of binaries) {
      const response = await get(path, BR_OR_GZIP);
      expect(response.headers['content-encoding'], path).toBeUndefined();
      expect(response.headers['content-type'], path).toBe('application/octet-stream');
      expect(response.body.equals(await built(path)), path).toBe(true);
      // gzip's magic bytes: Pagefind's own compression, not the server's.
      expect([...response.body.subarray(0, 2)], path).toEqual([0x1f, 0x8b]);
    }
  });

  test('every response carries the security headers: a page, a script, a redirect, a 404', async () => {
    for (const path of ['/', file(/^\/_astro\/.*\.js$/), '/sw.js', '/sources', '/no-such-page/']) {
      const { headers } = await get(path);
      for (const [name, value] of Object.entries(SECURITY)) expect(headers[name], `${name} of ${path}`).toMatch(value);
    }
  });

  test('each page says its language (Content-Language): Spanish under /es/, English elsewhere, both on the 404 pages (their edition’s first) and the offline page; other files none', async () => {
    const expected: [string, string | undefined][] = [
      ['/', 'en'],
      ['/ledger/', 'en'],
      [file(/^\/sources\/[^/]+\/index\.html$/).replace(/index\.html$/, ''), 'en'],
      ['/feed.xml', 'en'],
      ['/es/', 'es'],
      ['/es/ledger/', 'es'],
      ['/es/search/', 'es'],
      ['/es/feed.xml', 'es'],
      ['/manifest.webmanifest', 'en'],
      ['/es/manifest.webmanifest', 'es'],
      ['/no-such-page/', 'en, es'],
      ['/es/no-such-page/', 'es, en'],
      ['/offline/', 'en, es'],
      [file(/^\/_astro\/.*\.js$/), undefined],
      ['/pagefind/pagefind-entry.json', undefined],
    ];
    for (const [path, language] of expected) expect((await get(path, BR_OR_GZIP)).headers['content-language'], path).toBe(language);
  });

  test("every page's Content-Security-Policy header is the policy its <meta> carries, with frame-ancestors 'none' but on a chart's embed, which any site may frame", async () => {
    const pages = await pagePolicies(siteDir, files);
    expect(pages.length).toBeGreaterThan(8);
    // Each chart's embed, in each edition.
    const embeds = pages.filter(({ file: page }) => /^(\/es)?\/charts\/[^/]+\/embed\/index\.html$/.test(page));
    expect(embeds).toHaveLength(CHART_IDS.length * 2);
    for (const { file: page, meta } of pages) {
      expect(meta, page).toMatch(/script-src/);
      const { headers } = await get(page.replace(/index\.html$/, ''), BR_OR_GZIP);
      expect(parsePolicy(String(headers['content-security-policy'])), page).toEqual(expectedPolicy(meta, embeds.some((e) => e.file === page) ? '*' : "'none'"));
    }
  });

  test('a folder without its slash is redirected to it, query kept; files are not', async () => {
    const folders = files.filter((f) => f.endsWith('/index.html') && f !== '/index.html').map((f) => f.slice(0, -'/index.html'.length));
    expect(folders).toContain('/sources/turkiye-today-2025-12-01');
    for (const folder of folders) {
      const response = await get(folder);
      expect(response.status, folder).toBe(301);
      expect(response.headers.location, folder).toBe(`${folder}/`);
    }
    const withQuery = await get('/search?q=Maduro&sort=newest');
    expect([withQuery.status, withQuery.headers.location]).toEqual([301, '/search/?q=Maduro&sort=newest']);
    expect((await get('/feed.xml')).status).toBe(200);
  });

  test('a missing path gets its edition’s 404 page with status 404, never the offline page; /offline/ is a page like any other', async () => {
    const notFound = await built('/404.html');
    const spanish = await built('/es/404/index.html');
    const missing: [string, Buffer][] = [
      ...['/no-such-page/', '/no-such-page', '/sources/no-such-source/', '/_astro/no-such.js', '/_host/nginx.conf', '/_astro/', '/esp/', '/ES/no-such-page/'].map((path): [string, Buffer] => [path, notFound]),
      // A folder of files with no page of its own, without its slash: not found, not redirected to a folder that is not found either.
      ...['/cards', '/_astro', '/pagefind', '/_host'].map((path): [string, Buffer] => [path, notFound]),
      // The copy of the Spanish 404 page for Cloudflare Pages, hidden here: the Spanish 404 page, as for any address under /es/.
      ...['/es/no-such-page/', '/es/no-such-page', '/es/strikes/0/', '/es/no-such-folder/page.js', '/es/404.html'].map((path): [string, Buffer] => [path, spanish]),
    ];
    for (const [path, page] of missing) {
      const response = await get(path, BR_OR_GZIP);
      expect(response.status, path).toBe(404);
      expect(response.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(decoded(response).equals(page), path).toBe(true);
      expect(response.headers['cache-control'], path).toBe('no-cache');
    }
    expect(notFound.toString()).toContain('There is no page at this address');
    expect(notFound.toString()).not.toContain('not saved on this device');
    // Each in its edition's language first.
    const heading = (page: Buffer) => /<h1[^>]*>([^<]*)</.exec(page.toString())?.[1];
    expect([heading(notFound), heading(spanish)]).toEqual(['There is no page at this address', 'No hay ninguna página en esta dirección']);
    const offline = await get('/offline/', BR_OR_GZIP);
    expect(offline.status).toBe(200);
    expect(decoded(offline).toString()).toContain('This page is not saved on this device');
  });

  test('each kind of file has its Content-Type', async () => {
    const types: [string, string][] = [
      ['/', 'text/html; charset=utf-8'],
      [file(/^\/_astro\/.*\.css$/), 'text/css; charset=utf-8'],
      ['/sw.js', 'text/javascript; charset=utf-8'],
      ['/offline.json', 'application/json; charset=utf-8'],
      ['/feed.xml', 'application/atom+xml; charset=utf-8'],
      ['/es/feed.xml', 'application/atom+xml; charset=utf-8'],
      ['/es/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
      ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
      ['/data/strikes.csv', 'text/csv; charset=utf-8'],
      ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
      ['/robots.txt', 'text/plain; charset=utf-8'],
    ];
    for (const [path, type] of types) expect((await get(path, BR_OR_GZIP)).headers['content-type'], path).toBe(type);
  });

  test('a page that has not changed is answered 304 Not Modified', async () => {
    const first = await get('/sources/', BR_OR_GZIP);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/"/);
    const again = await get('/sources/', { ...BR_OR_GZIP, 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

/** A made-up site: pages with different policies, an embed page, and the file kinds the real site lacks. */
const POLICY_A = "default-src 'none'; script-src 'self' 'sha256-AAAA'; style-src 'self'";
const POLICY_B = "default-src 'none'; script-src 'self' 'sha256-BBBB'; style-src 'self' 'sha256-CCCC'";
const page = (policy: string, text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"><title>${text}</title></head><body>${text}</body></html>`;
const MADE_UP: Record<string, string> = {
  'index.html': page(POLICY_A, 'home'),
  'about/index.html': page(POLICY_A, 'about'),
  'other/index.html': page(POLICY_B, 'other'),
  'charts/deaths/embed/index.html': page(POLICY_A, 'embed'),
  '404.html': page(POLICY_B, 'not found'),
  'app.webmanifest': JSON.stringify({ name: 'A made-up app, long enough to be worth compressing', short_name: 'app' }).repeat(4),
  'module.wasm': '\0asm\x01\0\0\0',
};
/** The site's own rules, whose embed pattern the made-up embed page matches. */
const EMBEDDABLE: HostRules = HOST_RULES;

describe.each(SERVERS)('a made-up site served by %s', (_, start) => {
  let dir: string;
  let server: SiteServer;
  const get = (path: string, headers: Record<string, string> = {}) => rawGet(new URL(path.slice(1), server.url).href, headers);
  const policyOf = async (path: string) => parsePolicy(String((await get(path, BR_OR_GZIP)).headers['content-security-policy']));
  beforeAll(async () => {
    dir = await tempDir('host');
    for (const [name, text] of Object.entries(MADE_UP)) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), text, 'latin1');
      if (!name.endsWith('.wasm')) await precompress(join(dir, name));
    }
    server = await start(dir, EMBEDDABLE);
  });
  afterAll(async () => {
    await server?.close();
    await removeDir(dir);
  });

  test("each page's header is its own policy, whether most pages share it or not, and the 404 page's its own", async () => {
    expect(await policyOf('/')).toEqual(expectedPolicy(POLICY_A, "'none'"));
    expect(await policyOf('/about/')).toEqual(expectedPolicy(POLICY_A, "'none'"));
    expect(await policyOf('/other/')).toEqual(expectedPolicy(POLICY_B, "'none'"));
    expect(await policyOf('/missing/')).toEqual(expectedPolicy(POLICY_B, "'none'"));
    // Anything that is not a page carries the policy most pages carry.
    expect(await policyOf('/app.webmanifest')).toEqual(expectedPolicy(POLICY_A, "'none'"));
  });

  test('an embed page may be framed by any site; no other page may', async () => {
    expect(await policyOf('/charts/deaths/embed/')).toEqual(expectedPolicy(POLICY_A, '*'));
    expect((await policyOf('/about/')).get('frame-ancestors')).toEqual(["'none'"]);
  });

  test('a web app manifest and WebAssembly have their types; WebAssembly is not compressed', async () => {
    const manifest = await get('/app.webmanifest', BR_OR_GZIP);
    expect(manifest.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    expect(manifest.headers['content-encoding']).toBe('br');
    const wasm = await get('/module.wasm', BR_OR_GZIP);
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expect(wasm.headers['content-encoding']).toBeUndefined();
  });
});
