import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { inlineHandlers, pagePolicyProblems, policyProblems } from '../helpers/csp';
import { builtFiles, urlOf } from '../helpers/pages';
import { type StaticServer, serve } from '../helpers/server';
import { type ContextLog, cspViolations, exercise, guardContext } from '../helpers/visit';

const siteDir = inject('siteDir');
const htmlFiles = (await builtFiles(siteDir)).filter((f) => f.endsWith('.html'));
const html = (file: string) => readFile(join(siteDir, file), 'utf8');

let server: StaticServer;
let other: StaticServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = await serve(siteDir);
  // A second origin on this machine stands in for a third party.
  other = await serve(siteDir);
  origin = new URL(server.url).origin;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

/** A fresh context whose requests are logged and kept on this origin. */
async function guarded(): Promise<{ context: BrowserContext; log: ContextLog }> {
  const context = await browser.newContext();
  return { context, log: await guardContext(context, origin) };
}

describe('the Content-Security-Policy checks', () => {
  test('reject a policy that allows another host, inline code or eval, or lacks default-src', () => {
    expect(policyProblems("default-src 'none'; script-src 'self'; style-src 'self' 'sha256-AbC='")).toEqual([]);
    expect(policyProblems("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' https://cdn.example; img-src *")).toEqual([
      "default-src must be 'none', so that anything not allowed by name is blocked",
      "script-src allows 'unsafe-inline': only 'self', 'none' and hashes are allowed",
      "style-src allows https://cdn.example: only 'self', 'none' and hashes are allowed",
      "img-src allows *: only 'self', 'none' and hashes are allowed",
    ]);
    expect(pagePolicyProblems('<head><link rel="stylesheet" href="/a.css"></head>')).toEqual([
      'expected one <meta http-equiv="content-security-policy">, found 0',
    ]);
  });

  test('reject code ahead of the policy, but not a JSON-LD data block, which no browser runs', () => {
    const policy = `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self'; style-src 'self'">`;
    expect(pagePolicyProblems(`<head><script type="application/ld+json">{}</script>${policy}</head>`)).toEqual([]);
    expect(pagePolicyProblems(`<head><script src="/a.js"></script>${policy}</head>`)).toEqual(['<script> comes before the policy, which does not govern it']);
  });

  test('find inline event handlers and javascript: URLs', () => {
    expect(inlineHandlers('<body onload="x()"><a href="javascript:void 0">a</a><img src="/a.png" alt=""></body>')).toEqual([
      '<body onload>',
      '<a href="javascript:void 0">',
    ]);
  });
});

describe.each(htmlFiles)('%s', (file) => {
  test('sets a strict Content-Security-Policy ahead of everything it governs', async () => {
    expect(pagePolicyProblems(await html(file))).toEqual([]);
  });

  test('has no inline event handler or javascript: URL', async () => {
    expect(inlineHandlers(await html(file))).toEqual([]);
  });

  test('requests nothing from another origin and breaks none of its own policy, in Chromium', async () => {
    const { context, log } = await guarded();
    try {
      const page = await context.newPage();
      await page.goto(new URL(urlOf(file).slice(1), server.url).href);
      // Scrolled to the end, so anything loaded lazily is requested too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await exercise(page);
      expect(log.offsite).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(log.requests.length).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('in Chromium, a built page', () => {
  test('has its policy enforced: a script or image injected from another origin is blocked and reported', async () => {
    const { context, log } = await guarded();
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.evaluate((url) => {
        const img = document.createElement('img');
        img.src = `${url}favicon.svg`;
        const script = document.createElement('script');
        script.src = `${url}tracker.js`;
        document.body.append(img, script);
      }, other.url);
      await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length >= 2);
      const violations = await cspViolations(page);
      expect(violations.some((v) => v.startsWith('img-src blocked'))).toBe(true);
      expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
      // Chromium still reports the attempts, which the request log counts; none reached the other origin.
      expect(log.offsite.sort()).toEqual([`${other.url}favicon.svg`, `${other.url}tracker.js`]);
      expect(other.requests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('has its policy block inline scripts, inline event handlers and style attributes', async () => {
    const { context } = await guarded();
    try {
      const page = await context.newPage();
      const built = await html('index.html');
      await page.route(server.url, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: built.replace(
            '<main',
            '<script>document.title = "ran"</script><button type="button" id="probe" onclick="1">b</button><p style="color: red">s</p><main',
          ),
        }),
      );
      await page.goto(server.url);
      await page.click('#probe');
      // Violations are reported in a task of their own, after the code that caused them.
      await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length >= 3);
      const violations = await cspViolations(page);
      expect(violations.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
      expect(violations.some((v) => v.startsWith('script-src-attr blocked inline'))).toBe(true);
      expect(violations.some((v) => v.startsWith('style-src-attr blocked inline'))).toBe(true);
      expect(await page.title()).not.toBe('ran');
    } finally {
      await context.close();
    }
  });

  test('the request log counts and blocks a request to another origin that a policy would let through', async () => {
    const { context, log } = await guarded();
    try {
      const page = await context.newPage();
      await page.route(server.url, (route) =>
        route.fulfill({ contentType: 'text/html', body: `<img src="${other.url}favicon.svg" alt="">` }),
      );
      await page.goto(server.url);
      expect(log.offsite).toEqual([`${other.url}favicon.svg`]);
      expect(other.requests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
