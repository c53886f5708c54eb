import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astro } from '../../src/cli/astro';
import { ROOT, copySite, removeDir, tempDir } from '../helpers/site';

// On a copy with a cache of its own, so that checking cannot race the builds other tests make of the site.
describe('types', () => {
  let site: string;
  let cache: string;
  beforeAll(async () => {
    [site, cache] = await Promise.all([copySite(), tempDir('check-cache')]);
    await cp(join(ROOT, 'test'), join(site, 'test'), { recursive: true });
  });
  afterAll(() => Promise.all([removeDir(site), removeDir(cache)]));

  test('astro check finds no error in any .ts or .astro file, the tests’ included', async () => {
    const { ok, output } = await astro(['check'], site, { ASTRO_CACHE_DIR: cache });
    expect(output).toMatch(/Result \(\d+ files\)/);
    expect(ok, output.split('\n').filter((line) => /error/i.test(line)).join('\n')).toBe(true);
    expect(output).toContain('- 0 errors');
    // astro check type-checks every file: on a loaded machine it can take minutes. The bound catches a hang.
  }, 600_000);
});
