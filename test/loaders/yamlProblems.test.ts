import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ContentError } from '../../src/checks/problems';
import { withYamlProblems } from '../../src/loaders/yamlProblems';
import { removeDir, tempDir } from '../helpers/site';

let root = '';
beforeAll(async () => {
  root = await tempDir('yaml-problems');
});
afterAll(() => removeDir(root));

const context = () => ({ config: { root: pathToFileURL(`${root}/`) } }) as unknown as Parameters<Loader['load']>[0];

/** A loader that fails as Astro's MDX entry type does on frontmatter js-yaml cannot read: a YAMLException carrying the file's path as `id`. */
const failingOn = (path: string, message = 'bad indentation of a mapping entry'): Loader => ({
  name: 'mdx-files',
  load: async () => {
    throw Object.assign(new Error(message), { name: 'YAMLException', id: path });
  },
});

describe('withYamlProblems(loader)', () => {
  test('a frontmatter mistake is a content problem at its file and line, in our words', async () => {
    const path = join(root, 'story.mdx');
    await writeFile(path, '---\ntitle: "A headline"\nsummary: Strikes: what we know\n---\n\nText.\n');
    const error = await withYamlProblems(failingOn(path)).load(context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([expect.objectContaining({ file: 'story.mdx', line: 3, field: 'frontmatter' })]);
    expect((error as Error).message).toMatch(/^1 problem in content:\n {2}story\.mdx:3 frontmatter: not valid YAML: /);
  });

  test('a file that is not UTF-8 says so, with its line', async () => {
    const path = join(root, 'latin1.mdx');
    await writeFile(path, Buffer.from('---\ntitle: "Caf\xe9"\n---\n\nText.\n', 'latin1'));
    const error = await withYamlProblems(failingOn(path)).load(context()).catch((e: unknown) => e);
    expect((error as Error).message).toContain('latin1.mdx:2 encoding: not UTF-8 from this line on');
  });

  test('a mistake only js-yaml sees, an unreadable file, or any other error stops the load as it was thrown', async () => {
    const fine = join(root, 'fine.mdx');
    await writeFile(fine, '---\ntitle: "A headline"\n---\n\nText.\n');
    await expect(withYamlProblems(failingOn(fine, 'js-yaml alone')).load(context())).rejects.toThrow('js-yaml alone');
    await expect(withYamlProblems(failingOn(join(root, 'gone.mdx'), 'no such file')).load(context())).rejects.toThrow('no such file');
    const other: Loader = { name: 'other', load: async () => Promise.reject(new TypeError('not YAML at all')) };
    await expect(withYamlProblems(other).load(context())).rejects.toThrow(TypeError);
  });

  test('a loader that succeeds is left as it is', async () => {
    let loaded = 0;
    const loader: Loader = { name: 'files', load: async () => void loaded++ };
    const wrapped = withYamlProblems(loader);
    await wrapped.load(context());
    expect([wrapped.name, loaded]).toEqual(['files', 1]);
  });
});
