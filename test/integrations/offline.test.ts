import { cp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { siteVersion } from '../../src/integrations/siteVersion';
import { buildSite, copySite, removeDir, tempDir } from '../helpers/site';

const siteDir = inject('siteDir');

/** The URLs sw.js precaches, in its order. */
async function precached(): Promise<string[]> {
  const sw = await readFile(join(siteDir, 'sw.js'), 'utf8');
  const list = /precacheAndRoute\((\[.*?\])/s.exec(sw)?.[1] ?? '';
  return [...list.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
}

describe('the service worker the build writes', () => {
  test('precaches every page, style, script, search file and data download, in a fixed order', async () => {
    const urls = await precached();
    const files = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(siteDir.length + 1));
    const wanted = files.filter((f) => /\.(html|css|js|csv|svg|json)$|\.pf_\w+$|^pagefind\/wasm\./.test(f) && !/^(sw|workbox-\w+)\.js$/.test(f));
    expect([...urls].sort()).toEqual([...wanted].sort());
    for (const must of ['index.html', 'search/index.html', 'offline/index.html', 'pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'data/strikes.csv'])
      expect(urls).toContain(must);
    expect(urls.some((u) => u.endsWith('.pf_fragment'))).toBe(true);
    expect(urls).toEqual([...urls].sort((a, b) => a.localeCompare(b)));
  });

  test('offline.json says how many files and bytes the offline copy holds (all but itself)', async () => {
    const summary = JSON.parse(await readFile(join(siteDir, 'offline.json'), 'utf8'));
    const others = (await precached()).filter((u) => u !== 'offline.json');
    const sizes = await Promise.all(others.map((u) => stat(join(siteDir, u)).then((s) => s.size)));
    expect(summary).toEqual({ files: others.length, bytes: sizes.reduce((a, b) => a + b, 0) });
  });
});

describe('siteVersion(root)', () => {
  test('is the same for the same files and changes when any of them does', async () => {
    const a = await tempDir('version');
    try {
      await mkdir(join(a, 'content/sources'), { recursive: true });
      await writeFile(join(a, 'content/sources/x.mdx'), 'one');
      await writeFile(join(a, 'astro.config.mjs'), 'export default {}');
      const b = await tempDir('version');
      await cp(a, b, { recursive: true });
      expect(await siteVersion(a)).toBe(await siteVersion(b));
      expect(await siteVersion(a)).toMatch(/^[0-9a-f]{12}$/);
      await writeFile(join(b, 'content/sources/x.mdx'), 'two');
      expect(await siteVersion(b)).not.toBe(await siteVersion(a));
      await removeDir(b);
    } finally {
      await removeDir(a);
    }
  });
});

describe('the build fails', () => {
  /** Builds a copy of the site whose astro.config.mjs is changed by `edit`. */
  async function buildWithConfig(edit: (config: string) => string) {
    const site = await copySite();
    const out = await tempDir('dist');
    try {
      const path = join(site, 'astro.config.mjs');
      const before = await readFile(path, 'utf8');
      const after = edit(before);
      expect(after).not.toBe(before);
      await writeFile(path, after);
      return await buildSite(out, site);
    } finally {
      await removeDir(site);
      await removeDir(out);
    }
  }

  test('past the offline budget set in astro.config.mjs, saying the size, the count and the budget', async () => {
    const result = await buildWithConfig((c) => c.replace(/offline\(\{ maxBytes: [\d_]+ \}\)/, 'offline({ maxBytes: 100_000 })'));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/the offline copy would be \d+\.\d MB in \d+ files, over its budget of 0\.1 MB/);
  });

  test('when offline() runs before pagefind(), so the index would be missing from the offline copy', async () => {
    const result = await buildWithConfig((c) => c.replace(/pagefind\(\),(\s*)(offline\([^)]*\)),/, '$2,$1pagefind(),'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('list offline() after pagefind()');
  });
});
