import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { HOST_RULES } from '../../src/host/rules';
import { redirectsFile, staticHostOf } from '../../src/host/staticHost';
import host from '../../src/integrations/host';
import { netlifyResponse } from '../helpers/netlify';
import { removeDir, tempDir } from '../helpers/site';

const made: string[] = [];
afterAll(() => Promise.all(made.map(removeDir)));

/** A built site of a few pages, as the host integration finds it last: each edition's home and 404 page, and a source in each. */
const PAGES = ['/index.html', '/404.html', '/sources/a/index.html', '/es/index.html', '/es/404/index.html', '/es/sources/a/index.html'];

async function builtSite(): Promise<string> {
  const dir = await tempDir('static-host');
  made.push(dir);
  for (const page of PAGES) {
    await mkdir(dirname(join(dir, page)), { recursive: true });
    const lang = page.startsWith('/es/') ? 'es' : 'en';
    await writeFile(join(dir, page), `<!doctype html><html lang="${lang}"><head><title>${page}</title></head><body><p>${page}</p></body></html>`);
  }
  return dir;
}

/** Runs the host integration over a built site, as the end of `astro build` does, in a build with these variables. */
async function hostBuildDone(dir: string, env: Record<string, string>) {
  for (const name of ['NETLIFY', 'CF_PAGES', 'URL']) vi.stubEnv(name, env[name] ?? '');
  vi.stubEnv('SITE_URL', 'https://strikes.example.org/');
  try {
    const { hooks } = host();
    const cacheDir = pathToFileURL(`${await tempDir('static-host-cache')}/`);
    made.push(cacheDir.pathname);
    (hooks['astro:config:done'] as (options: unknown) => void)({ config: { site: 'https://strikes.example.org/', cacheDir } });
    const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
    await (hooks['astro:build:done'] as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
  } finally {
    vi.unstubAllEnvs();
  }
}

const exists = (path: string) => access(path).then(
  () => true,
  () => false,
);

describe('a build on a host that reads _headers and _redirects', () => {
  test('knows the host by the variable each sets in its builds, and none elsewhere', () => {
    expect(staticHostOf({ NETLIFY: 'true', URL: 'https://strikes.netlify.app' })).toBe('netlify');
    expect(staticHostOf({ CF_PAGES: '1' })).toBe('cloudflare');
    expect(staticHostOf({})).toBeUndefined();
    expect(staticHostOf({ NETLIFY: 'false' })).toBeUndefined();
  });

  test('on Netlify, a missing address under /es/ gets the Spanish 404 page, a page is served as it is, and no server config is published', async () => {
    const dir = await builtSite();
    await hostBuildDone(dir, { NETLIFY: 'true', URL: 'https://strikes.netlify.app' });
    const redirects = await readFile(join(dir, '_redirects'), 'utf8');
    const files = new Set(PAGES);
    expect(netlifyResponse(files, redirects, '/es/no-such-page/')).toEqual({ status: 404, file: '/es/404/index.html' });
    expect(netlifyResponse(files, redirects, '/es/sources/b')).toEqual({ status: 404, file: '/es/404/index.html' });
    expect(netlifyResponse(files, redirects, '/no-such-page/')).toEqual({ status: 404, file: '/404.html' });
    for (const page of ['/', '/es/', '/sources/a/', '/es/sources/a/']) expect(netlifyResponse(files, redirects, page)).toEqual({ status: 200, file: `${page}index.html` });
    expect(netlifyResponse(files, redirects, '/es/sources/a')).toEqual({ status: 301, location: '/es/sources/a/' });
    // Netlify would serve these as files: the nginx and Caddy configs, and the 404 copy it does not look for.
    expect(await exists(join(dir, '_host'))).toBe(false);
    expect(await exists(join(dir, 'es/404.html'))).toBe(false);
    expect(await exists(join(dir, '_headers'))).toBe(true);
  });

  test('on Cloudflare Pages, the Spanish 404 page is copied where it looks, _redirects has no 404 rule (it would follow one even where a page exists), and no server config is published', async () => {
    const dir = await builtSite();
    await hostBuildDone(dir, { CF_PAGES: '1' });
    expect(await readFile(join(dir, '_redirects'), 'utf8')).not.toMatch(/ 404/);
    expect(await readFile(join(dir, 'es/404.html'), 'utf8')).toBe(await readFile(join(dir, 'es/404/index.html'), 'utf8'));
    expect(await exists(join(dir, '_host'))).toBe(false);
  });

  test('anywhere else, the build may go to any host: the nginx and Caddy configs and the 404 copy are all written, and _redirects has no 404 rule', async () => {
    const dir = await builtSite();
    await hostBuildDone(dir, {});
    for (const file of ['_host/nginx.conf', '_host/Caddyfile', 'es/404.html', '_headers']) expect(await exists(join(dir, file)), file).toBe(true);
    expect(await readFile(join(dir, '_redirects'), 'utf8')).not.toMatch(/ 404/);
  });

  test('the 404 rules are one for each edition’s folder but the root’s, after every folder’s redirect', () => {
    expect(redirectsFile(['/es/', '/sources/a/'], HOST_RULES.notFound).split('\n').slice(1)).toEqual(['/es /es/ 301', '/sources/a /sources/a/ 301', '/es/* /es/404/index.html 404', '']);
  });
});
