import { cp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { offlineCopy } from '../../src/integrations/serviceWorker';
import { siteVersion } from '../../src/integrations/siteVersion';
import { type OfflineCopy, hexDigest } from '../../src/scripts/offline/offlineCopy';
import { buildSite, copySite, removeDir, tempDir } from '../helpers/site';

const siteDir = inject('siteDir');

/** What the service worker keeps, as the build wrote it into sw.js. */
async function copyInServiceWorker(): Promise<OfflineCopy> {
  const copy = await offlineCopy(siteDir);
  expect(await readFile(join(siteDir, 'sw.js'), 'utf8')).toContain(JSON.stringify(copy.files));
  return copy;
}

describe('the service worker the build writes', () => {
  test('keeps every page, style, script, search file, data download, the app’s manifest and its icons, in a fixed order, each with a hash of its content', async () => {
    const { files } = await copyInServiceWorker();
    const paths = files.map(([path]) => path);
    const all = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(siteDir.length + 1));
    const wanted = all.filter((f) => /\.(html|css|js|csv|svg|png|json|webmanifest)$|\.pf_\w+$|^pagefind\/wasm\./.test(f) && f !== 'sw.js');
    expect([...paths].sort()).toEqual([...wanted].sort());
    for (const must of ['index.html', 'search/index.html', 'offline/index.html', 'strikes/index.html', 'strikes/4a/index.html', 'timeline/index.html', 'pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'data/strikes.csv', 'manifest.webmanifest', 'icons/icon-512.png'])
      expect(paths).toContain(must);
    expect(paths.some((u) => u.endsWith('.pf_fragment'))).toBe(true);
    expect(paths).toEqual([...paths].sort((a, b) => a.localeCompare(b)));
    for (const [path, revision] of files) {
      const hash = await crypto.subtle.digest('SHA-256', await readFile(join(siteDir, path)));
      expect(revision, path).toBe(hexDigest(hash));
    }
  });

  test('offline.json says how many files and bytes the offline copy holds (all but itself)', async () => {
    const summary = JSON.parse(await readFile(join(siteDir, 'offline.json'), 'utf8'));
    const others = (await copyInServiceWorker()).files.map(([path]) => path).filter((u) => u !== 'offline.json');
    const sizes = await Promise.all(others.map((u) => stat(join(siteDir, u)).then((s) => s.size)));
    expect(summary).toEqual({ files: others.length, bytes: sizes.reduce((a, b) => a + b, 0) });
  });

  test('names its version by the files it holds: the same files give the same version, any changed file another', async () => {
    const dir = await tempDir('copy');
    try {
      await writeFile(join(dir, 'index.html'), '<p>one</p>');
      await writeFile(join(dir, 'a.css'), 'p{}');
      const first = await offlineCopy(dir);
      expect(first.version).toMatch(/^[0-9a-f]{12}$/);
      expect((await offlineCopy(dir)).version).toBe(first.version);
      await writeFile(join(dir, 'index.html'), '<p>two</p>');
      expect((await offlineCopy(dir)).version).not.toBe(first.version);
    } finally {
      await removeDir(dir);
    }
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
    const result = await buildWithConfig((c) => {
      const offline = /\s*(offline\([^)]*\)),/.exec(c)!;
      return c.replace(offline[0], '').replace('pagefind(),', `${offline[1]}, pagefind(),`);
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('list offline() after pagefind()');
  });
});
