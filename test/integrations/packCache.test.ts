import { mkdir, readdir, readFile, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { PackCache } from '../../src/integrations/packCache';
import { COMPRESSION, precompress } from '../../src/integrations/precompress';
import { scratchDirs } from '../helpers/siteCopy';

const scratch = scratchDirs('pack-cache');

/** One build's use of a pack: the bytes of each input, made by `make` where the last pack does not hold them. */
async function build(file: string, inputs: string[], make: (input: string) => string, salt = 'v1') {
  const cache = new PackCache(file, salt);
  const bytes = await Promise.all(inputs.map((input) => cache.bytes(input, () => Buffer.from(make(input)))));
  await cache.close();
  return { cache, bytes: bytes.map(String) };
}

describe('PackCache: copies kept in one file, made again only when what they are made from changed', () => {
  test('makes once, then reads the pack; makes what changed; keeps only what the last build used', async () => {
    const file = join(await scratch(), 'compressed', 'copies.pack');
    let made = 0;
    const make = (input: string) => `${input} made ${++made}`;
    expect(await build(file, ['a', 'b'], make)).toMatchObject({ cache: { made: 2, cached: 0 }, bytes: ['a made 1', 'b made 2'] });
    expect(await build(file, ['a', 'b'], make)).toMatchObject({ cache: { made: 0, cached: 2 }, bytes: ['a made 1', 'b made 2'] });
    expect(await build(file, ['a', 'c'], make)).toMatchObject({ cache: { made: 1, cached: 1 }, bytes: ['a made 1', 'c made 3'] });
    // b was not used by the last build: it is no longer held.
    expect(await build(file, ['b'], make)).toMatchObject({ cache: { made: 1, cached: 0 }, bytes: ['b made 4'] });
    expect(await build(file, ['a'], make)).toMatchObject({ cache: { made: 1, cached: 0 } });
    // A new version of what every copy depends on (zlib, the settings) makes everything again.
    expect(await build(file, ['a'], make, 'v2')).toMatchObject({ cache: { made: 1, cached: 0 } });
    expect(await readdir(join(file, '..'))).toEqual(['copies.pack']);
  });

  test('make() writes each copy where the build wants it, and holds() says what the last pack holds', async () => {
    const dir = await scratch();
    const file = join(dir, 'social-cards', 'cards.pack');
    let made = 0;
    const drawn = async (inputs: string[]) => {
      const cache = new PackCache(file, 'v1');
      const held = await Promise.all(inputs.map((input) => cache.holds(input)));
      await Promise.all(inputs.map((input, i) => cache.make(input, join(dir, 'out', 'cards', `${i}.png`), () => Buffer.from(`png ${input} ${++made}`))));
      await cache.close();
      return { held, made: cache.made, cached: cache.cached, files: await Promise.all(inputs.map((_, i) => readFile(join(dir, 'out', 'cards', `${i}.png`), 'utf8'))) };
    };
    expect(await drawn(['a', 'b'])).toEqual({ held: [false, false], made: 2, cached: 0, files: ['png a 1', 'png b 2'] });
    expect(await drawn(['b', 'a', 'c'])).toEqual({ held: [true, true, false], made: 1, cached: 2, files: ['png b 2', 'png a 1', 'png c 3'] });
  });

  test('one input asked for twice at once is made once; asked again later, it is read from the last pack again', async () => {
    const file = join(await scratch(), 'copies.pack');
    let made = 0;
    expect(await build(file, ['a', 'a'], () => `made ${++made}`)).toMatchObject({ cache: { made: 1 }, bytes: ['made 1', 'made 1'] });
    const cache = new PackCache(file, 'v1');
    const first = String(await cache.bytes('a', () => Buffer.from(`made ${++made}`)));
    const again = String(await cache.bytes('a', () => Buffer.from(`made ${++made}`)));
    await cache.close();
    expect({ first, again, made: cache.made, cached: cache.cached }).toEqual({ first: 'made 1', again: 'made 1', made: 0, cached: 2 });
    expect(await build(file, ['a'], () => `made ${++made}`)).toMatchObject({ cache: { made: 0, cached: 1 }, bytes: ['made 1'] });
  });

  test('a pack cut short, or not a pack at all, is no cache: everything is made again, and a whole pack replaces it', async () => {
    const file = join(await scratch(), 'copies.pack');
    const make = (input: string) => `${input}!`;
    await build(file, ['a', 'b'], make);
    await truncate(file, (await readFile(file)).length - 3);
    expect(await build(file, ['a', 'b'], make)).toMatchObject({ cache: { made: 2, cached: 0 }, bytes: ['a!', 'b!'] });
    expect(await build(file, ['a', 'b'], make)).toMatchObject({ cache: { made: 0, cached: 2 } });
    await writeFile(file, 'not a pack');
    expect(await build(file, ['a'], make)).toMatchObject({ cache: { made: 1, cached: 0 }, bytes: ['a!'] });
    // A finished pack whose index points past its copies, into the index itself (the same length, so the index still reads).
    const pack = (await readFile(file)).toString('latin1');
    expect(pack).toContain('[0,2]');
    await writeFile(file, pack.replace('[0,2]', '[1,2]'), 'latin1');
    const reader = new PackCache(file, 'v1');
    expect(await reader.holds('a')).toBe(false);
    await reader.close();
    expect(await build(file, ['a'], make)).toMatchObject({ cache: { made: 1, cached: 0 }, bytes: ['a!'] });
  });

  test('clears its folder of the copies the cache kept a file each, and of a pack a stopped build left an hour ago, but not one being written or another file', async () => {
    const dir = await scratch();
    const file = join(dir, 'copies.pack');
    const oldCopies = ['0123456789abcdef0123456789abcdef.z', 'fedcba9876543210fedcba9876543210.png'];
    const [writing, left, other] = ['copies.pack.1.tmp', 'copies.pack.2.tmp', 'data-store.json'];
    await Promise.all([...oldCopies, writing, left, other].map((name) => writeFile(join(dir, name), 'part')));
    await utimes(join(dir, left), new Date(Date.now() - 2 * 3_600_000), new Date(Date.now() - 2 * 3_600_000));
    await build(file, ['a'], (input) => input);
    expect((await readdir(dir)).sort()).toEqual(['copies.pack', writing, other].sort());
  });

  test('a folder it cannot write to costs time, not the build', async () => {
    const dir = await scratch();
    // A file where the pack's folder should be: nothing can be kept, and every copy is still made.
    await writeFile(join(dir, 'compressed'), 'in the way');
    const file = join(dir, 'compressed', 'copies.pack');
    expect(await build(file, ['a', 'b'], (input) => `${input}.`)).toMatchObject({ cache: { made: 2 }, bytes: ['a.', 'b.'] });
    expect(await build(file, ['a', 'b'], (input) => `${input}.`)).toMatchObject({ cache: { made: 2, cached: 0 } });
  });
});

describe('precompress(file, best, cache)', () => {
  test('writes the same .br and .gz from the cache as without it, and compresses again only a file that changed', async () => {
    const dir = await scratch();
    const packFile = join(dir, 'cache', 'copies.pack');
    await mkdir(join(dir, 'cache'));
    const page = join(dir, 'index.html');
    const html = `<!doctype html><title>A page</title>${'<p>The same paragraph, again and again.</p>'.repeat(200)}`;
    await writeFile(page, html);
    const fresh = await precompress(page);
    const expected = await Promise.all(['br', 'gz'].map((ending) => readFile(`${page}.${ending}`)));
    const compress = async () => {
      const cache = new PackCache(packFile, COMPRESSION);
      const sizes = await precompress(page, false, cache);
      await cache.close();
      return { cache, sizes, written: await Promise.all(['br', 'gz'].map((ending) => readFile(`${page}.${ending}`))) };
    };
    const cold = await compress();
    expect(cold.cache).toMatchObject({ made: 2, cached: 0 });
    expect(cold.sizes).toEqual(fresh);
    expect(cold.written).toEqual(expected);
    const warm = await compress();
    expect(warm.cache).toMatchObject({ made: 0, cached: 2 });
    expect(warm.written).toEqual(expected);
    // One word changed: both copies are made again, of the new text, and the old ones leave the pack.
    await writeFile(page, html.replace('A page', 'A changed page'));
    const changed = await compress();
    expect(changed.cache).toMatchObject({ made: 2, cached: 0 });
    expect((await promisify(brotliDecompress)(changed.written[0]!)).toString()).toContain('A changed page');
    expect((await promisify(gunzip)(changed.written[1]!)).toString()).toContain('A changed page');
    await writeFile(page, html);
    expect((await compress()).cache).toMatchObject({ made: 2, cached: 0 });
  });
});
