import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import type { AstroConfig } from 'astro';
import { describe, expect, inject, test, vi } from 'vitest';
import { parse } from 'yaml';
import { servedFiles } from '../../src/integrations/servedFiles';
import { isCompressed } from '../../src/host/responses';
import { HOST_RULES } from '../../src/host/rules';
import host from '../../src/integrations/host';
import { ROOT } from '../helpers/site';

const siteDir = inject('siteDir');

/** Runs the integration's config check with this site address. */
const configDone = (site: string) =>
  (host().hooks['astro:config:done'] as (options: { config: Pick<AstroConfig, 'site' | 'cacheDir'> }) => void)({ config: { site, cacheDir: new URL('file:///tmp/cache/') } });

describe('the host integration', () => {
  test('writes a .br and a .gz beside every text file that compresses, which decode to it', async () => {
    const texts = (await servedFiles(HOST_RULES, siteDir)).filter((f) => isCompressed(HOST_RULES, f));
    expect(texts.length).toBeGreaterThan(30);
    for (const file of texts) {
      const original = await readFile(join(siteDir, file));
      const br = await readFile(join(siteDir, `${file}.br`)).catch(() => undefined);
      const gz = await readFile(join(siteDir, `${file}.gz`)).catch(() => undefined);
      // Left out only where compressing would not make it smaller (a file of about 100 bytes, say offline.json,
      // compresses or not by what its version hash happens to be).
      if (br) expect(brotliDecompressSync(br).equals(original), file).toBe(true);
      else expect(brotliCompressSync(original, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } }).length, file).toBeGreaterThanOrEqual(original.length);
      if (gz) expect(gunzipSync(gz).equals(original), file).toBe(true);
      else expect(gzipSync(original).length, file).toBeGreaterThanOrEqual(original.length);
    }
    for (const file of ['/index.html', '/sw.js', '/feed.xml']) await readFile(join(siteDir, `${file}.br`));
  });

  test('stops a build whose SITE_URL is a folder of a host, which the site cannot be served from', () => {
    expect(() => configDone('https://owner.github.io/strikes/')).toThrow(
      'SITE_URL must be the root of a host (like https://example.org/), not a folder: https://owner.github.io/strikes/',
    );
    expect(() => configDone('https://strikes.example.org/')).not.toThrow();
  });

  test('stops a build on Cloudflare Pages without SITE_URL, which would name the local preview’s address', () => {
    vi.stubEnv('CF_PAGES', '1');
    vi.stubEnv('SITE_URL', '');
    try {
      expect(() => configDone('http://127.0.0.1:4321/')).toThrow('SITE_URL is not set: on Cloudflare Pages');
      vi.stubEnv('SITE_URL', 'https://strikes.example.org/');
      expect(() => configDone('https://strikes.example.org/')).not.toThrow();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('the publishing workflow', () => {
  test('builds with SITE_URL set and publishes the build without the host configs', async () => {
    const workflow = parse(await readFile(join(ROOT, '.github/workflows/publish.yml'), 'utf8'));
    const build = workflow.jobs.build;
    expect(build.env.SITE_URL).toBe('${{ vars.SITE_URL }}');
    const runs: string[] = build.steps.map((step: { run?: string }) => step.run ?? '');
    expect(runs.findIndex((run) => run.includes('npm run build'))).toBeLessThan(runs.findIndex((run) => run.includes('rm -r dist/_host')));
    expect(build.steps.find((step: { uses?: string }) => step.uses?.startsWith('actions/upload-pages-artifact')).with.path).toBe('dist');
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
  });

  test('keeps the social cards and the compressed copies between builds, in the folders the build makes them in, restored before it builds', async () => {
    const workflow = parse(await readFile(join(ROOT, '.github/workflows/publish.yml'), 'utf8'));
    const steps: { uses?: string; run?: string; with?: Record<string, string> }[] = workflow.jobs.build.steps;
    const cache = steps.findIndex((step) => step.uses?.startsWith('actions/cache@'));
    expect(cache).toBeGreaterThan(steps.findIndex((step) => step.run?.includes('npm install')));
    expect(cache).toBeLessThan(steps.findIndex((step) => step.run?.includes('npm run build')));
    // The build's cache folder (astro.config.mjs, without ASTRO_CACHE_DIR), and the cards' and the compressed copies' folders in it (socialCards(), host()).
    const cacheDir = /ASTRO_CACHE_DIR \?\? '\.\/([^']+)'/.exec(await readFile(join(ROOT, 'astro.config.mjs'), 'utf8'))![1];
    expect(await readFile(join(ROOT, 'src/integrations/socialCards.ts'), 'utf8')).toContain("join(fileURLToPath(config.cacheDir), 'social-cards')");
    expect(await readFile(join(ROOT, 'src/integrations/host.ts'), 'utf8')).toContain("join(fileURLToPath(config.cacheDir), 'compressed')");
    expect(steps[cache]!.with!.path!.trim().split('\n')).toEqual([`${cacheDir}/social-cards`, `${cacheDir}/compressed`]);
    // A key per run, restored from the newest: each build starts from the cards of the one before.
    expect(steps[cache]!.with!.key).toMatch(/\$\{\{ github\.run_id \}\}/);
    expect(String(steps[cache]!.with!['restore-keys'])).toBe(steps[cache]!.with!.key!.replace(/\$\{\{ github\.run_id \}\}$/, ''));
  });
});
