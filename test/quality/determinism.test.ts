import { afterAll, describe, expect, inject, test } from 'vitest';
import { diffTrees, digestTree } from '../helpers/digest';
import { buildSite, copySite, removeDir, tempDir } from '../helpers/site';

const made: string[] = [];
afterAll(() => Promise.all(made.map(removeDir)));

describe('diffTrees(a, b)', () => {
  test('names the files that differ or exist on one side only', () => {
    const a = new Map([['same', '1'], ['changed', '2'], ['gone', '3']]);
    const b = new Map([['same', '1'], ['changed', '9'], ['new', '4']]);
    expect(diffTrees(a, b)).toEqual(['differs: changed', 'only in a: gone', 'only in b: new']);
  });
});

describe('the build', () => {
  test('gives byte-identical output, hash-named assets included, when the same content is built again elsewhere with no cache', async () => {
    // A copy in another folder: the output must not depend on where the site sits or on any cache.
    const copy = await copySite();
    const outDir = await tempDir('dist-again');
    const cacheDir = await tempDir('cache');
    made.push(copy, outDir, cacheDir);
    // An empty content cache of its own; buildSite passes process.env on to the build.
    process.env.ASTRO_CACHE_DIR = cacheDir;
    const result = await buildSite(outDir, copy).finally(() => delete process.env.ASTRO_CACHE_DIR);
    expect(result.ok, result.output).toBe(true);
    const [first, second] = await Promise.all([digestTree(inject('siteDir')), digestTree(outDir)]);
    expect(first.size).toBeGreaterThan(0);
    expect(diffTrees(first, second)).toEqual([]);
  });
});
