import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BuildCache } from '../../src/integrations/buildCache';
import { scratchDirs } from '../helpers/siteCopy';

const scratch = scratchDirs('build-cache');

describe('BuildCache: a file is made again only when what it is made from changed', () => {
  test('makes once, then copies; makes what changed; keeps only what the last build used', async () => {
    const dir = await scratch();
    let made = 0;
    const make = () => Buffer.from(`png ${++made}`);
    const build = async (inputs: string[], salt = 'v1') => {
      const cache = new BuildCache(join(dir, 'cache'), salt, '.png');
      await mkdir(cache.dir, { recursive: true });
      for (const [i, input] of inputs.entries()) await cache.make(input, join(dir, 'out', `${i}.png`), make);
      await cache.prune();
      return cache;
    };
    expect(await build(['a', 'b'])).toMatchObject({ made: 2, cached: 0 });
    expect(await build(['a', 'b'])).toMatchObject({ made: 0, cached: 2 });
    expect(await readFile(join(dir, 'out', '1.png'), 'utf8')).toBe('png 2');
    expect(await build(['a', 'c'])).toMatchObject({ made: 1, cached: 1 });
    expect(await readdir(join(dir, 'cache'))).toHaveLength(2);
    // A new version of what every file depends on (the drawing code, the fonts) makes everything again.
    expect(await build(['a', 'c'], 'v2')).toMatchObject({ made: 2, cached: 0 });
  });

  test('gives the bytes made from an input, from the cache where it holds them; leaves another ending’s files alone', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'card.png'), 'a card');
    let made = 0;
    const first = new BuildCache(dir, 'v1', '.z');
    expect((await first.bytes('x', () => Buffer.from(`made ${++made}`))).toString()).toBe('made 1');
    const second = new BuildCache(dir, 'v1', '.z');
    expect((await second.bytes('x', () => Buffer.from(`made ${++made}`))).toString()).toBe('made 1');
    expect(second).toMatchObject({ made: 0, cached: 1 });
    // A copy another build is writing is left alone; one a build that stopped left an hour ago goes.
    const [writing, left] = ['a.z.1.tmp', 'b.z.2.tmp'];
    await Promise.all([writing, left].map((name) => writeFile(join(dir, name), 'part')));
    await utimes(join(dir, left), new Date(Date.now() - 2 * 3_600_000), new Date(Date.now() - 2 * 3_600_000));
    await new BuildCache(dir, 'v1', '.z').prune();
    expect((await readdir(dir)).sort()).toEqual([writing, 'card.png']);
  });
});
