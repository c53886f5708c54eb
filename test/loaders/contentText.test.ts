import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentNames } from '../../src/loaders/contentText';

describe('contentNames: the files an editor wrote in a content folder, listed one way for the build and for npm run check', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'content-names-'));
    const dir = join(root, 'content/explainer');
    await mkdir(join(dir, 'es'), { recursive: true });
    // A folder named like a page, and a folder an editor's tools keep, with a page in it.
    await mkdir(join(dir, 'old.mdx'));
    await mkdir(join(dir, '.history/es'), { recursive: true });
    for (const file of ['index.mdx', 'es/index.mdx', 'notes.txt', 'index.mdx~', '#index.mdx#', '.history/es/index.mdx', 'es/.DS_Store', 'index.review.csv']) await writeFile(join(dir, file), '');
    // Emacs's lock file: a link to nothing.
    await symlink('editor@host.1234', join(dir, '.#index.mdx'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  test('the files whose name matches, in every folder, in name order, with "/" between folders; no folder, nothing an editor’s tools keep', async () => {
    expect(await contentNames(root, 'content/explainer', { pattern: /\.mdx$/ })).toEqual(['es/index.mdx', 'index.mdx']);
  });

  test('with allContent, every other file directly in the folder too (to be named as of another kind), not in the folders below it', async () => {
    expect(await contentNames(root, 'content/explainer', { pattern: /\.mdx$/, allContent: true })).toEqual(['es/index.mdx', 'index.mdx', 'index.review.csv', 'notes.txt']);
  });

  test('none where the folder is not there', async () => {
    expect(await contentNames(root, 'content/pages', { pattern: /\.mdx$/ })).toEqual([]);
  });
});
