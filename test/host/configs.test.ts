import { spawnSync } from 'node:child_process';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { pagePolicies, servedFiles } from '../../src/integrations/servedFiles';
import { nginxMain } from '../../src/host/nginx';
import { BROTLI_MODULE, findNginx } from '../../src/server/nginxProcess';
import { literal } from '../../src/format/pattern';
import { frameSources } from '../../src/host/responses';
import { HOST_RULES } from '../../src/host/rules';
import { foldersOf, notFoundCopies, redirectsFile } from '../../src/host/staticHost';
import { netlifyResponse } from '../helpers/netlify';
import { caddyValidate } from '../helpers/caddy';
import { parsePolicy } from '../helpers/csp';
import { removeDir, tempDir } from '../helpers/site';

const siteDir = inject('siteDir');
const files = await servedFiles(HOST_RULES, siteDir);
const made: string[] = [];
afterAll(() => Promise.all(made.map(removeDir)));

/** `_headers` as path → header lines. */
function headerRules(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (line.startsWith('/')) rules.set(line, (current = []));
    else current.push(line.trim());
  }
  return rules;
}

/**
 * The headers Cloudflare Pages sends for `path` from `_headers`' rules: every rule that matches, in the
 * file's order, a `! Name` dropping what the rules before it set, and a header set twice joined by a comma.
 */
function cloudflareHeaders(rules: Map<string, string[]>, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const [pattern, lines] of rules) {
    const source = pattern
      .split('*')
      .map(literal)
      .join('.*');
    if (!new RegExp(`^${source}$`).test(path)) continue;
    for (const line of lines) {
      if (line.startsWith('! ')) {
        headers.delete(line.slice(2).toLowerCase());
        continue;
      }
      const colon = line.indexOf(':');
      const [name, value] = [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
      headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    }
  }
  return headers;
}

describe('the configs the build ships', () => {
  test('_host/nginx.conf passes nginx -t, with the Brotli module Debian packages', async () => {
    const nginx = await findNginx();
    if (!nginx) throw new Error('nginx is not installed (Debian: apt-get install nginx libnginx-mod-http-brotli-static)');
    await access(BROTLI_MODULE);
    const prefix = await tempDir('nginx-t');
    made.push(prefix);
    await mkdir(join(prefix, 'tmp'));
    const shipped = join(siteDir, '_host/nginx.conf');
    expect(await readFile(shipped, 'utf8')).toMatch(/^\s+root \/var\/www\/strikes-at-sea;$/m);
    await writeFile(join(prefix, 'nginx.conf'), nginxMain(prefix, shipped, { brotliModule: BROTLI_MODULE }));
    const result = spawnSync(nginx, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
    expect(result.stderr).toContain('test is successful');
    expect(result.status).toBe(0);
  });

  test('_host/Caddyfile passes caddy validate, and serves the address the site was built for over plain HTTP where it is http://', async () => {
    const file = join(siteDir, '_host/Caddyfile');
    expect(await caddyValidate(file)).toContain('Valid configuration');
    // The test build has no SITE_URL: the site's address is http://127.0.0.1:4321/, which Caddy would serve over HTTPS without its scheme.
    expect(await readFile(file, 'utf8')).toMatch(/^http:\/\/127\.0\.0\.1:4321 \{$/m);
  });

  test("_headers sends every page's own policy and the security headers everywhere, and keeps hash-named files a year", async () => {
    const rules = headerRules(await readFile(join(siteDir, '_headers'), 'utf8'));
    const all = rules.get('/*')!;
    for (const name of Object.keys(HOST_RULES.headers)) expect(all.some((line) => line.startsWith(`${name}: `)), name).toBe(true);
    const csp = all.find((line) => line.startsWith('Content-Security-Policy: '))!.slice('Content-Security-Policy: '.length);
    for (const { file, meta } of await pagePolicies(siteDir, files)) {
      // Every page carries the same policy today, so only a page that others may frame (a chart's embed)
      // needs a policy of its own, in place of the inherited one. (A page may have a rule for its language.)
      const path = file.replace(/index\.html$/, '');
      const frame = frameSources(HOST_RULES, path);
      const own = rules.get(path)?.filter((line) => line.includes('Content-Security-Policy'));
      if (frame === "'none'") expect(own ?? [], file).toEqual([]);
      else expect(own?.[0], file).toBe('! Content-Security-Policy');
      const policy = own?.find((line) => line.startsWith('Content-Security-Policy: '))?.slice('Content-Security-Policy: '.length) ?? csp;
      expect(parsePolicy(policy), file).toEqual(new Map([...parsePolicy(meta), ['frame-ancestors', [frame]]]));
    }
    for (const path of ['/charts/strikes-over-time/embed/', '/es/charts/strikes-over-time/embed/']) expect(rules.get(path)?.join('\n'), path).toMatch(/frame-ancestors \*$/);
    for (const path of ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*']) {
      expect(rules.get(path), path).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    }
    // The pages' language everywhere; Spanish for the Spanish edition's addresses, both for the shared pages.
    expect(all).toContain('Content-Language: en');
    expect(rules.get('/es/*')).toEqual(['! Content-Language', 'Content-Language: es']);
    expect(rules.get('/404.html')).toEqual(['! Content-Language', 'Content-Language: en, es']);
    expect(rules.get('/offline/')).toEqual(['! Content-Language', 'Content-Language: en, es']);
    // As Cloudflare Pages applies them, every rule that matches in the file's order: a shared page keeps both
    // languages, under /es/ too, where the Spanish edition's rule also matches.
    for (const [path, language] of [['/ledger/', 'en'], ['/es/ledger/', 'es'], ['/es/', 'es'], ['/404.html', 'en, es'], ['/es/404/', 'es, en'], ['/offline/', 'en, es']]) {
      expect(cloudflareHeaders(rules, path!).get('content-language'), path).toBe(language);
    }
    // Cloudflare Pages reads at most 100 rules, each with one * at most.
    expect(rules.size).toBeLessThanOrEqual(100);
    for (const path of rules.keys()) expect(path.split('*').length, path).toBeLessThanOrEqual(2);
  });

  test('_redirects sends each folder without its slash to the folder', async () => {
    const lines = (await readFile(join(siteDir, '_redirects'), 'utf8')).split('\n').filter((l) => l && !l.startsWith('#'));
    const folders = files.filter((f) => f.endsWith('/index.html') && f !== '/index.html').map((f) => f.slice(0, -'index.html'.length));
    expect(lines.sort()).toEqual(folders.map((folder) => `${folder.slice(0, -1)} ${folder} 301`).sort());
  });

  test('the configs are for the server, not the site: they are not served, cached offline or indexed', async () => {
    for (const path of ['/_host/nginx.conf', '/_host/Caddyfile', '/_headers', '/_redirects', '/es/404.html']) expect(files).not.toContain(path);
    const sw = await readFile(join(siteDir, 'sw.js'), 'utf8');
    expect(sw).not.toMatch(/_host|_headers|_redirects|es\/404\.html|\.br"|\.gz"/);
  });

  test('each edition’s 404 page is where Cloudflare Pages looks for it, the nearest 404.html up the folders of a missing address: /es/404.html, the same page as /es/404/', async () => {
    expect(notFoundCopies(HOST_RULES)).toEqual([{ from: '/es/404/index.html', to: '/es/404.html' }]);
    const [copy, page] = await Promise.all(['es/404.html', 'es/404/index.html'].map((file) => readFile(join(siteDir, file))));
    expect(copy!.equals(page!)).toBe(true);
    expect(copy!.toString()).toMatch(/<html lang="es"/);
    // Hidden from the other hosts, which send /es/404/ for a missing address under /es/ already.
    expect(HOST_RULES.hidden).toContain('/es/404.html');
  });

  test('on Netlify, whose _redirects names each edition’s 404 page, every page is served as it is, and a missing address under /es/ gets the Spanish 404 page', async () => {
    const served = new Set(files);
    const redirects = redirectsFile(foldersOf(files), HOST_RULES.notFound);
    for (const page of files.filter((file) => file.endsWith('/index.html'))) {
      const path = page.slice(0, -'index.html'.length);
      expect(netlifyResponse(served, redirects, path), path).toEqual({ status: 200, file: page });
    }
    const notFound = netlifyResponse(served, redirects, '/es/sources/no-such-source/');
    expect(notFound).toEqual({ status: 404, file: '/es/404/index.html' });
    expect(await readFile(join(siteDir, notFound.file!), 'utf8')).toMatch(/<html lang="es"/);
    expect(netlifyResponse(served, redirects, '/sources/no-such-source/')).toEqual({ status: 404, file: '/404.html' });
  });
});
