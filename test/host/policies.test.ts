import { describe, expect, test } from 'vitest';
import { caddyAddress } from '../../src/host/caddy';
import { headerPolicies, headerPolicy, pathOfFile } from '../../src/host/policies';
import { cacheControl, contentType, matches } from '../../src/host/responses';
import { HOST_RULES } from '../../src/host/rules';

const A = "default-src 'none';script-src 'self' 'sha256-A=';";
const B = "default-src 'none'; script-src 'self' 'sha256-B='";

describe('headerPolicy(meta, frame)', () => {
  test("keeps the page's directives word for word and adds frame-ancestors, which a <meta> cannot carry", () => {
    expect(headerPolicy(A, "'none'")).toBe("default-src 'none'; script-src 'self' 'sha256-A='; frame-ancestors 'none'");
    expect(headerPolicy("default-src 'none'; frame-ancestors *", "'none'")).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  test('gives a page without a policy only frame-ancestors, so that the header blocks nothing the page runs', () => {
    expect(headerPolicy('', "'none'")).toBe("frame-ancestors 'none'");
  });
});

describe('headerPolicies(rules, pages)', () => {
  test('sends the policy most pages share with every response, and lists only the pages whose own differs', () => {
    const policies = headerPolicies(HOST_RULES, [
      { file: '/index.html', meta: A },
      { file: '/b/index.html', meta: B },
      { file: '/c/index.html', meta: A },
    ]);
    expect(policies.fallback).toBe(headerPolicy(A, "'none'"));
    expect([...policies.byFile]).toEqual([['/b/index.html', headerPolicy(B, "'none'")]]);
  });

  test('gives the same answer whatever the order of the pages, ties included', () => {
    const pages = [
      { file: '/a/index.html', meta: A },
      { file: '/b/index.html', meta: B },
    ];
    expect(headerPolicies(HOST_RULES, pages)).toEqual(headerPolicies(HOST_RULES, [...pages].reverse()));
  });

  test('lets a pattern of the rules choose who may frame a page', () => {
    const rules = { ...HOST_RULES, frameAncestors: [{ pattern: '/charts/*/embed/', sources: '*' }] };
    const policies = headerPolicies(rules, [
      { file: '/index.html', meta: A },
      { file: '/charts/x/index.html', meta: A },
      { file: '/charts/x/embed/index.html', meta: A },
    ]);
    expect(policies.fallback).toBe(headerPolicy(A, "'none'"));
    expect([...policies.byFile]).toEqual([['/charts/x/embed/index.html', headerPolicy(A, '*')]]);
  });
});

describe('the rules, path by path', () => {
  test('a pattern matches its whole path, * any run of characters', () => {
    expect(matches('/pagefind/pagefind.*.pf_meta', '/pagefind/pagefind.en_e928c7abe1.pf_meta')).toBe(true);
    expect(matches('/pagefind/pagefind.*.pf_meta', '/pagefind/pagefind.js')).toBe(false);
    expect(matches('/workbox-*.js', '/workbox-75c9e37e.js')).toBe(true);
    expect(matches('/workbox-*.js', '/workbox-75c9e37e.js.map.txt')).toBe(false);
    expect(pathOfFile('/sources/x/index.html')).toBe('/sources/x/');
  });

  test('cache and type by path', () => {
    expect(cacheControl(HOST_RULES, '/_astro/a.B1.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl(HOST_RULES, '/pagefind/pagefind-entry.json')).toBe('no-cache');
    expect(contentType(HOST_RULES, '/feed.xml')).toBe('application/atom+xml; charset=utf-8');
    expect(contentType(HOST_RULES, '/es/feed.xml')).toBe('application/atom+xml; charset=utf-8');
    expect(contentType(HOST_RULES, '/sitemap-0.xml')).toBe('application/xml; charset=utf-8');
    expect(contentType(HOST_RULES, '/no-extension')).toBe('application/octet-stream');
  });
});

describe('caddyAddress(site)', () => {
  test('serves an https address over HTTPS and an http one, the local address among them, over plain HTTP, as Caddy reads a site address', () => {
    expect(caddyAddress(new URL('https://strikes.example.org/'))).toBe('strikes.example.org');
    expect(caddyAddress(new URL('https://strikes.example.org:8443/'))).toBe('strikes.example.org:8443');
    // Without its scheme, Caddy serves an IP address over HTTPS too, with a certificate of its own.
    expect(caddyAddress(new URL('http://127.0.0.1:4321/'))).toBe('http://127.0.0.1:4321');
    expect(caddyAddress(new URL('http://strikes.example.org/'))).toBe('http://strikes.example.org');
  });
});
