import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { codeDigest, readAgainWhenCodeChanges } from '../../src/loaders/codeVersion';

let root = '';
const write = async (file: string, text: string) => {
  await mkdir(join(root, file, '..'), { recursive: true });
  await writeFile(join(root, file), text);
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'strikes-code-'));
  await write('src/content.config.ts', "import { a } from './loaders/a';\nimport type { T } from './schemas/t';\nimport { z } from 'astro/zod';\n");
  await write('src/loaders/a.ts', "import { b } from '../markdown/b';\nconst c = await import('./c');\nimport css from '../styles/x.css?raw';\n");
  await write('src/markdown/b.ts', "export const b = 'Photo caption:';\n");
  await write('src/loaders/c.mjs', 'export default 1;\n');
  await write('src/schemas/t/index.ts', 'export type T = string;\n');
  await write('src/styles/x.css', 'p { color: red }\n');
  await write('src/pages/unrelated.ts', "export const u = 'not imported';\n");
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('codeDigest(root): the code the content is made with', () => {
  test('is the same for the same code, and changes with a module the content config imports, however deep and however imported', async () => {
    const first = await codeDigest(root);
    expect(await codeDigest(root)).toBe(first);
    const changed = new Set<string>();
    for (const [file, text] of [
      ['src/markdown/b.ts', "export const b = 'Caption:';\n"],
      ['src/loaders/c.mjs', 'export default 2;\n'],
      ['src/schemas/t/index.ts', 'export type T = number;\n'],
      ['src/styles/x.css', 'p { color: blue }\n'],
      ['package-lock.json', '{"lockfileVersion": 3}\n'],
    ] as const) {
      await write(file, text);
      changed.add(await codeDigest(root));
    }
    expect(changed.size).toBe(5);
    expect(changed.has(first)).toBe(false);
  });

  test('does not change with a module the content config does not import, nor with a package it imports', async () => {
    const first = await codeDigest(root);
    await write('src/pages/unrelated.ts', "export const u = 'changed';\n");
    await write('src/loaders/d.ts', 'export const d = 1;\n');
    expect(await codeDigest(root)).toBe(first);
  });
});

describe('readAgainWhenCodeChanges(loader): a collection read again, every file, when its code has changed', () => {
  /** A loader's context as Astro gives it, with what the test needs: a store that counts its clearings, a meta store. */
  const contextFor = (meta = new Map<string, string>()) => {
    const cleared = { times: 0 };
    const context = {
      config: { root: pathToFileURL(`${root}/`) },
      meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => void meta.set(key, value) },
      store: { clear: () => void (cleared.times += 1) },
    } as unknown as LoaderContext;
    return { context, cleared, meta };
  };
  const loader = (load: () => Promise<void> = async () => {}) => readAgainWhenCodeChanges({ name: 'test', load });

  test('clears what was stored by other code, or by none that said which, and then keeps it while the code is the same', async () => {
    const { context, cleared, meta } = contextFor();
    await loader().load(context);
    expect(cleared.times).toBe(1);
    await loader().load(context);
    expect(cleared.times).toBe(1);
    meta.set([...meta.keys()][0]!, 'the digest of other code');
    await loader().load(context);
    expect(cleared.times).toBe(2);
  });

  test('stores the digest only once a load has ended without error, so the next load reads every file again', async () => {
    const { context, cleared, meta } = contextFor();
    await expect(loader(() => Promise.reject(new Error('a bad source'))).load(context)).rejects.toThrow('a bad source');
    expect(meta.size).toBe(0);
    await loader().load(context);
    expect(cleared.times).toBe(2);
    expect(meta.size).toBe(1);
  });
});
