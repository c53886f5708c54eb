import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ContentEntryType } from 'astro';
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

/**
 * Astro's MDX entry type, as far as it matters here: on the files `fails` picks out (by default, a colon
 * after a colon), js-yaml's error, with only its reason as message.
 */
const mdx = (fails = (contents: string) => /: \w+:/.test(contents), reason = 'bad indentation of a mapping entry'): ContentEntryType => ({
  extensions: ['.mdx'],
  getEntryInfo: async ({ contents }) => {
    if (fails(contents)) throw Object.assign(new Error(reason), { name: 'YAMLException' });
    return { data: {}, body: contents, slug: '', rawData: '' };
  },
});

const context = (type = mdx()) =>
  ({ config: { root: pathToFileURL(`${root}/`) }, entryTypes: new Map([['.mdx', type]]) }) as unknown as Parameters<Loader['load']>[0];

/** A loader that reads one file as Astro's glob loader does: through the entry type for its extension, as UTF-8 (or as `contents`). */
const reading = (path: string, contents?: string): Loader => ({
  name: 'mdx-files',
  load: async (ctx) => {
    const { entryTypes } = ctx as typeof ctx & { entryTypes: Map<string, ContentEntryType> };
    const fileUrl = pathToFileURL(path);
    await entryTypes.get('.mdx')!.getEntryInfo({ fileUrl, contents: contents ?? (await readFile(fileUrl, 'utf8')) });
  },
});

describe('withYamlProblems(loader)', () => {
  test('a frontmatter mistake is a content problem at its file and line, in our words', async () => {
    const path = join(root, 'story.mdx');
    await writeFile(path, '---\ntitle: "A headline"\nsummary: Strikes: what we know\n---\n\nText.\n');
    const error = await withYamlProblems(reading(path)).load(context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([expect.objectContaining({ file: 'story.mdx', line: 3, field: 'frontmatter' })]);
    expect((error as Error).message).toMatch(/^1 problem in content:\n {2}story\.mdx:3 frontmatter: not valid YAML: /);
  });

  test('a file that is not UTF-8 says so, with its line', async () => {
    const path = join(root, 'latin1.mdx');
    await writeFile(path, Buffer.from('---\ntitle: "Caf\xe9"\nsummary: Strikes: what we know\n---\n\nText.\n', 'latin1'));
    const error = await withYamlProblems(reading(path)).load(context()).catch((e: unknown) => e);
    expect((error as Error).message).toContain('latin1.mdx:2 encoding: not UTF-8 from this line on');
  });

  test('a file that is not UTF-8 says so even where its frontmatter parses; one that holds "�" itself is read', async () => {
    const path = join(root, 'latin1-fine.mdx');
    await writeFile(path, Buffer.from('---\ntitle: "A headline"\n---\n\nA caf\xe9 by the sea.\n', 'latin1'));
    const error = await withYamlProblems(reading(path)).load(context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toContain('latin1-fine.mdx:5 encoding: not UTF-8 from this line on');
    const replacement = join(root, 'replacement.mdx');
    await writeFile(replacement, '---\ntitle: "A headline"\n---\n\nThe sign \uFFFD, as printed.\n');
    await expect(withYamlProblems(reading(replacement)).load(context())).resolves.toBeUndefined();
  });

  test('a mistake only js-yaml sees, an unreadable file, or any other error stops the load as it was thrown', async () => {
    const fine = join(root, 'fine.mdx');
    await writeFile(fine, '---\ntitle: "A headline"\n---\n\nText.\n');
    await expect(withYamlProblems(reading(fine)).load(context(mdx(() => true, 'js-yaml alone')))).rejects.toThrow('js-yaml alone');
    const gone = reading(join(root, 'gone.mdx'), '---\nsummary: Strikes: what we know\n---\n');
    await expect(withYamlProblems(gone).load(context())).rejects.toThrow('bad indentation');
    const other: Loader = { name: 'other', load: async () => Promise.reject(new TypeError('not YAML at all')) };
    await expect(withYamlProblems(other).load(context())).rejects.toThrow(TypeError);
  });

  test('a loader that succeeds is left as it is', async () => {
    let loaded = 0;
    const loader: Loader = { name: 'files', load: async () => void loaded++ };
    const wrapped = withYamlProblems(loader);
    await wrapped.load(context());
    expect([wrapped.name, loaded]).toEqual(['files', 1]);
    const fine = join(root, 'fine.mdx');
    await writeFile(fine, '---\ntitle: "A headline"\n---\n\nText.\n');
    await expect(withYamlProblems(reading(fine)).load(context())).resolves.toBeUndefined();
  });
});
