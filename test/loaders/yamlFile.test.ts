import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readGlossary } from '../../src/checks/glossaryCheck';
import { ContentError } from '../../src/checks/problems';
import { glossaryLoader } from '../../src/loaders/glossary';
import { yamlFileLoader } from '../../src/loaders/yamlFile';
import { removeDir, tempDir } from '../helpers/site';

let root = '';
beforeAll(async () => {
  root = await tempDir('yaml-files');
});
afterAll(() => removeDir(root));

/** What a loader is given, as far as these use it: the project's root, and a store that keeps what is set. */
const context = (entries: Map<string, unknown>) =>
  ({
    config: { root: pathToFileURL(`${root}/`) },
    store: { clear: () => entries.clear(), set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data) },
    parseData: async ({ data }: { data: unknown }) => data,
    logger: { error: () => undefined },
  }) as unknown as Parameters<Loader['load']>[0];

const GLOSSARY = '# The data’s words in Spanish\nCaribbean Sea: mar Caribe\n';

describe('the YAML files’ loaders (charts.yml, aliases.yml, the glossaries)', () => {
  test('read a UTF-8 file', async () => {
    await writeFile(join(root, 'glossary.yml'), GLOSSARY);
    const entries = new Map<string, unknown>();
    await glossaryLoader({ es: 'glossary.yml' }).load(context(entries));
    expect(entries.get('es')).toEqual({ file: 'glossary.yml', words: readGlossary('glossary.yml', GLOSSARY).data });
  });

  test.each([
    ['the glossary', (file: string) => glossaryLoader({ es: file })],
    ['one YAML file', (file: string) => yamlFileLoader({ file, id: 'one', read: (f, text) => readGlossary(f, text) })],
  ])('%s: a file in another encoding stops the load at its line, instead of showing "�"', async (_, loader) => {
    await writeFile(join(root, 'latin1.yml'), Buffer.from('# Spanish\nCaribbean Sea: mar Caribe\nPanama: Panam\xe1\n', 'latin1'));
    const error = await loader('latin1.yml').load(context(new Map())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toContain('latin1.yml:3 encoding: not UTF-8 from this line on');
  });
});
