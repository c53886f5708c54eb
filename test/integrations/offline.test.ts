import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { CHART_IDS } from '../../src/charts/figures';
import { DEFAULT_BUDGET } from '../../src/integrations/offline';
import { type MeasuredFile, SERVICE_WORKER_ENTRY, type SiteFile, measureFiles, offlineParts, revision, splitFiles, versionOf } from '../../src/integrations/serviceWorker';
import { codeDigest } from '../../src/loaders/codeVersion';
import { ARCHIVE_FILE, type ArchiveList, type OfflineCopy, SUMMARY_FILE, hexDigest, isDataSaverFile } from '../../src/scripts/offline/offlineCopy';
import { isHidden } from '../../src/host/responses';
import { HOST_RULES } from '../../src/host/rules';
import { ROOT, buildSite, copySite, removeDir, tempDir } from '../helpers/site';

const siteDir = inject('siteDir');

/** The core as the build wrote it into sw.js, and the archive's list, their version named with the worker's code too. */
async function written(): Promise<{ copy: OfflineCopy; archive: ArchiveList }> {
  const parts = await offlineParts(siteDir, DEFAULT_BUDGET, await codeDigest(ROOT, SERVICE_WORKER_ENTRY));
  const summary = JSON.parse(await readFile(join(siteDir, SUMMARY_FILE), 'utf8'));
  const files = [...parts.copy.files, [SUMMARY_FILE, revision(Buffer.from(JSON.stringify(summary)))] as [string, string]];
  const copy = { ...parts.copy, files: files.sort(([a], [b]) => a.localeCompare(b)) };
  expect(await readFile(join(siteDir, 'sw.js'), 'utf8')).toContain(JSON.stringify(copy.files));
  const archive = JSON.parse(await readFile(join(siteDir, ARCHIVE_FILE), 'utf8')) as ArchiveList;
  expect(archive).toEqual(parts.archive);
  return { copy, archive };
}

/** Every file of a built site, by its path from the site's root. */
async function filesOf(dir: string) {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

describe('the service worker the build writes', () => {
  test('saves a core after one visit and lists the rest as the archive: between them every page, style, script, search file, data download, the app’s manifest and its icons, each with a hash of its content; not the social cards or the charts’ PNGs', async () => {
    const { copy, archive } = await written();
    const core = copy.files.map(([path]) => path);
    const rest = archive.files.map(([path]) => path);
    const all = await filesOf(siteDir);
    // The cards, and the charts' PNGs, are for other sites and their crawlers.
    const forOthers = (f: string) => f.startsWith('cards/') || /^(es\/)?charts\/[^/]+\.png$/.test(f);
    expect(all.filter(forOthers).length).toBeGreaterThan(10);
    const wanted = all.filter(
      (f) => /\.(html|css|js|csv|svg|png|json|webmanifest)$|\.pf_\w+$|^pagefind\/wasm\./.test(f) && !['sw.js', ARCHIVE_FILE].includes(f) && !forOthers(f) && !isHidden(HOST_RULES, `/${f}`),
    );
    // Not what no host serves: the Spanish 404 page's copy for Cloudflare Pages (src/host/staticHost.ts).
    expect(all).toContain('es/404.html');
    expect([...core, ...rest]).not.toContain('es/404.html');
    expect([...core, ...rest].sort()).toEqual([...wanted].sort());
    for (const page of ['strikes/index.html', 'strikes/4a/index.html', 'timeline/index.html', ...CHART_IDS.map((id) => `charts/${id}.svg`)]) expect([...core, ...rest]).toContain(page);
    for (const must of ['index.html', 'ledger/index.html', 'data/index.html', 'search/index.html', 'offline/index.html', 'pagefind/pagefind.js', 'pagefind/wasm.en.pagefind', 'data/strikes.csv', 'manifest.webmanifest', 'icons/icon-512.png', SUMMARY_FILE])
      expect(core).toContain(must);
    // Each source's page, and its search result, only in the archive.
    const sources = wanted.filter((f) => /^sources\/[^/]+\/index\.html$/.test(f));
    expect(sources.length).toBeGreaterThanOrEqual(5);
    expect(rest).toEqual(expect.arrayContaining(sources));
    expect(core.some((f) => /^sources\/[^/]+\/index\.html$/.test(f))).toBe(false);
    // The script that writes a source's page in the reader's edition, with the chunks it imports: in the core, so that a source's page read before follows the edition offline.
    const edition = core.find((f) => /^_astro\/SourceEdition\.[^/]+\.js$/.test(f));
    expect(edition).toBeDefined();
    const imports = [...(await readFile(join(siteDir, edition!), 'utf8')).matchAll(/from\s*"\.\/([^"]+)"/g)].map((m) => `_astro/${m[1]}`);
    expect(core).toEqual(expect.arrayContaining(imports));
    expect(rest.filter((f) => f.startsWith('pagefind/fragment/'))).toHaveLength(sources.length);
    expect(core.some((u) => u.endsWith('.pf_fragment'))).toBe(true);
    expect(core).toEqual([...core].sort((a, b) => a.localeCompare(b)));
    for (const [path, rev, bytes] of [...copy.files, ...archive.files]) {
      const content = await readFile(join(siteDir, path));
      expect(rev, path).toBe(hexDigest(await crypto.subtle.digest('SHA-256', content)));
      if (bytes !== undefined) expect(bytes, path).toBe(content.byteLength);
    }
  });

  test('offline.json says how many files and bytes the core, its part saved with data saver on (each but itself) and the archive hold, and names the version', async () => {
    const summary = JSON.parse(await readFile(join(siteDir, SUMMARY_FILE), 'utf8'));
    const { copy, archive } = await written();
    const core = copy.files.map(([path]) => path).filter((u) => u !== SUMMARY_FILE);
    const sized = async (paths: string[]) => ({
      files: paths.length,
      bytes: (await Promise.all(paths.map((u) => stat(join(siteDir, u)).then((s) => s.size)))).reduce((a, b) => a + b, 0),
    });
    const dataSaver = core.filter(isDataSaverFile);
    expect(dataSaver).toContain('offline/index.html');
    expect(dataSaver.filter((u) => u.endsWith('.css')).length).toBeGreaterThan(1);
    expect(summary).toEqual({
      version: copy.version,
      core: await sized(core),
      dataSaver: await sized(dataSaver),
      archive: { files: archive.files.length, bytes: archive.files.reduce((a, [, , b]) => a + b, 0) },
    });
    expect(archive.version).toBe(copy.version);
  });

  test('the archive’s list names the core’s files too, with their sizes, for a reader whose worker saved only part of them (data saver on) to save them with the whole site', async () => {
    const { copy, archive } = await written();
    expect(archive.core.map(([path, rev]) => [path, rev])).toEqual(copy.files.filter(([path]) => path !== SUMMARY_FILE));
    for (const [path, , bytes] of archive.core) expect(bytes, path).toBe((await stat(join(siteDir, path))).size);
  });

  test('names its version by the files it holds, its core and its worker: the same give the same version, any change another', async () => {
    const dir = await tempDir('copy');
    try {
      await writeFile(join(dir, 'index.html'), '<p>one</p>');
      await writeFile(join(dir, 'a.css'), 'p{}');
      const first = versionOf((await measureFiles(dir)).map(({ file }) => file));
      expect(first).toMatch(/^[0-9a-f]{12}$/);
      expect(versionOf((await measureFiles(dir)).map(({ file }) => file))).toBe(first);
      await writeFile(join(dir, 'index.html'), '<p>two</p>');
      const files = (await measureFiles(dir)).map(({ file }) => file);
      expect(versionOf(files)).not.toBe(first);
      // And by what its core holds, and its worker's code: a new worker never shares the caches of the one serving.
      expect(versionOf(files, files.slice(0, 1))).not.toBe(versionOf(files, files));
      expect(versionOf(files, files, 'worker 2')).not.toBe(versionOf(files, files, 'worker 1'));
    } finally {
      await removeDir(dir);
    }
  });
});

describe('the core does not grow with the archive', () => {
  /** A made-up built site with `sources` source pages, each with its search result, and an index of `chunks` parts. */
  async function fakeSite(sources: number, chunks: number) {
    const dir = await tempDir('fake-site');
    const put = async (path: string, content: string | Buffer) => {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    };
    const fragment = (url: string) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content: 'words' })}`));
    await put('index.html', '<h1>The story</h1>'.repeat(50));
    await put('ledger/index.html', '<h1>Ledger</h1>'.repeat(50));
    await put('offline/index.html', '<h1>Not saved</h1>');
    await put('_astro/site.css', 'p{}');
    await put('pagefind/pagefind.js', 'export {}');
    await put('pagefind/fragment/en_home.pf_fragment', fragment('/'));
    // The further pages of the ledger's rows, of the list of sources and of a chart's every row (one more every hundred or two hundred sources), in each edition.
    for (let page = 2; page <= Math.ceil(sources / 100); page++)
      for (const edition of ['', 'es/']) {
        await put(`${edition}ledger/killed/${page}/index.html`, `<h1>Ledger, page ${page}</h1>`);
        await put(`${edition}sources/page/${page}/index.html`, `<h1>Sources, page ${page}</h1>`);
        await put(`${edition}charts/who-reported/all/${page}/index.html`, `<h1>Every toll, page ${page}</h1>`);
      }
    for (let i = 0; i < sources; i++) {
      await put(`sources/s-${i}/index.html`, `<h1>Source ${i}</h1>`);
      await put(`pagefind/fragment/en_${i}.pf_fragment`, fragment(`/sources/s-${i}/`));
    }
    // Words that do not compress, as Pagefind's index chunks are gzipped already.
    for (let i = 0; i < chunks; i++) await put(`pagefind/index/en_${i}.pf_index`, randomBytes(10_000));
    return dir;
  }

  test('with 10 or 300 sources, the core is the same files, within its budget; the rest is the archive', async () => {
    const small = await fakeSite(10, 3);
    const large = await fakeSite(300, 40);
    try {
      const [a, b] = await Promise.all([small, large].map(async (dir) => splitFiles(await measureFiles(dir), 100_000)));
      const names = (files: SiteFile[]) => files.map(([path]) => path);
      // The pages and the shell alike; of the index, what fits in the budget.
      expect(names(a!.core).filter((p) => !p.startsWith('pagefind/index/'))).toEqual(names(b!.core).filter((p) => !p.startsWith('pagefind/index/')));
      expect(names(b!.core)).toEqual(expect.arrayContaining(['index.html', 'ledger/index.html', 'offline/index.html', '_astro/site.css', 'pagefind/pagefind.js', 'pagefind/fragment/en_home.pf_fragment']));
      const indexBytes = (files: SiteFile[]) => files.filter(([p]) => p.startsWith('pagefind/index/')).reduce((sum, [, , n]) => sum + n, 0);
      expect(indexBytes(a!.core)).toBe(30_000);
      expect(indexBytes(b!.core)).toBeLessThanOrEqual(100_000);
      expect(indexBytes(b!.core)).toBeGreaterThan(50_000);
      expect(names(b!.archive).filter((p) => p.startsWith('sources/s-'))).toHaveLength(300);
      expect(names(b!.archive)).toEqual(
        expect.arrayContaining([
          'ledger/killed/2/index.html',
          'ledger/killed/3/index.html',
          'es/ledger/killed/3/index.html',
          'sources/page/3/index.html',
          'es/sources/page/2/index.html',
          'charts/who-reported/all/2/index.html',
          'es/charts/who-reported/all/3/index.html',
        ]),
      );
      expect(b!.archive.length + b!.core.length).toBe((await measureFiles(large)).length);
    } finally {
      await removeDir(small);
      await removeDir(large);
    }
  });

  test('the spelling vocabulary goes with the index’s words, before our other pages: a budget that fits them but not every page keeps it', async () => {
    const dir = await tempDir('fake-site');
    try {
      const put = async (path: string, content: string | Buffer) => {
        await mkdir(dirname(join(dir, path)), { recursive: true });
        await writeFile(join(dir, path), content);
      };
      await put('index.html', '<h1>The story</h1>');
      await put('pagefind/index/en_0.pf_index', randomBytes(5_000));
      await put('pagefind/vocabulary.json', randomBytes(3_000).toString('hex'));
      for (const page of ['timeline', 'strikes', 'es/timeline']) await put(`${page}/index.html`, randomBytes(4_000).toString('hex'));
      // The story, the index and the vocabulary, with room for one other page of three.
      const { core, archive } = await splitFiles(await measureFiles(dir), 14_000);
      const names = (files: SiteFile[]) => files.map(([path]) => path);
      expect(names(core)).toEqual(expect.arrayContaining(['index.html', 'pagefind/index/en_0.pf_index', 'pagefind/vocabulary.json']));
      expect(names(archive).filter((path) => path.endsWith('/index.html')).length).toBeGreaterThan(0);
      // Without all of the index, no vocabulary: it helps only a word the index has.
      const small = await splitFiles(await measureFiles(dir), 4_000);
      expect(names(small.archive)).toEqual(expect.arrayContaining(['pagefind/index/en_0.pf_index', 'pagefind/vocabulary.json']));
    } finally {
      await removeDir(dir);
    }
  });

  test('each edition’s explainer is a main page of the core, before our other pages, however large', async () => {
    const dir = await tempDir('fake-site');
    try {
      const put = async (path: string, content: string) => {
        await mkdir(dirname(join(dir, path)), { recursive: true });
        await writeFile(join(dir, path), content);
      };
      await put('es/index.html', randomBytes(6_000).toString('hex'));
      for (const page of ['timeline', 'es/timeline']) await put(`${page}/index.html`, randomBytes(2_000).toString('hex'));
      // Room for the Spanish explainer, or for both smaller pages: the explainer goes first.
      const { core, archive } = await splitFiles(await measureFiles(dir), 7_000);
      expect(core.map(([path]) => path)).toContain('es/index.html');
      expect(archive.map(([path]) => path)).toEqual(expect.arrayContaining(['es/timeline/index.html']));
    } finally {
      await removeDir(dir);
    }
  });

  test('with a budget too small for them, the main pages are left to be kept as they are read, and the shell stays', async () => {
    const dir = await fakeSite(3, 2);
    try {
      const { core, archive } = await splitFiles(await measureFiles(dir), 10);
      expect(core.map(([path]) => path)).toEqual(['_astro/site.css', 'offline/index.html', 'pagefind/pagefind.js']);
      expect(archive.map(([path]) => path)).toEqual(expect.arrayContaining(['index.html', 'ledger/index.html']));
    } finally {
      await removeDir(dir);
    }
  });

  test('leaves a search result out of the core with its page, where its page did not fit: offline, search says it is not saved', () => {
    const measured: MeasuredFile[] = [
      { file: ['index.html', 'a', 10], rank: 1, cost: 10 },
      { file: ['pagefind/fragment/en_1.pf_fragment', 'b', 5], rank: 2, cost: 5, page: 'strikes/1/index.html' },
      { file: ['pagefind/fragment/en_2.pf_fragment', 'c', 5], rank: 2, cost: 5, page: 'index.html' },
      { file: ['strikes/1/index.html', 'd', 50], rank: 5, cost: 50 },
    ];
    const { core, archive } = splitFiles(measured, 30);
    expect(core.map(([path]) => path)).toEqual(['index.html', 'pagefind/fragment/en_2.pf_fragment']);
    expect(archive.map(([path]) => path)).toEqual(['pagefind/fragment/en_1.pf_fragment', 'strikes/1/index.html']);
    // Where its page fits, with it.
    expect(splitFiles(measured, 100).core).toHaveLength(4);
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

  test('when offline() runs before pagefind(), so the index would be missing from the offline copy', async () => {
    const result = await buildWithConfig((c) => {
      const offline = /\s*(offline\([^)]*\)),/.exec(c)!;
      return c.replace(offline[0], '').replace('pagefind(),', `${offline[1]}, pagefind(),`);
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('list offline() after pagefind()');
  });
});

describe('an update of the site', () => {
  test('after one source changed, changes its page and the search index only: every script, style and other page is the same file, which a reader’s service worker copies from the version before rather than download again', async () => {
    const site = await copySite();
    const [before, after] = await Promise.all([tempDir('update-before'), tempDir('update-after')]);
    try {
      expect((await buildSite(before, site)).ok).toBe(true);
      const id = (await readdir(join(site, 'content/sources'))).sort().at(-1)!.replace(/\.mdx$/, '');
      const file = join(site, 'content/sources', `${id}.mdx`);
      await writeFile(file, `${(await readFile(file, 'utf8')).trimEnd()}\n\nA sentence added to test an update, with the word Numbatburg.\n`);
      expect((await buildSite(after, site)).ok).toBe(true);
      /** Each file the service worker may save (the core and the archive), by its revision. */
      const revisions = async (dir: string) => {
        const { copy, archive } = await offlineParts(dir, DEFAULT_BUDGET);
        return new Map([...copy.files, ...archive.files].map(([path, rev]) => [path, rev]));
      };
      const [was, is] = await Promise.all([revisions(before), revisions(after)]);
      const changed = [...is].filter(([path, rev]) => was.get(path) !== rev).map(([path]) => path);
      expect(changed.filter((path) => !path.startsWith('pagefind/'))).toEqual([`sources/${id}/index.html`]);
      expect(changed.length).toBeLessThan(is.size / 10);
    } finally {
      await Promise.all([site, before, after].map(removeDir));
    }
  });
});
