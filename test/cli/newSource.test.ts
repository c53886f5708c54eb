import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { main } from '../../src/cli/newSource';
import { splitFile } from '../../src/checks/frontmatter';
import type { ImportOptions } from '../../src/importer/importSource';
import { sourceSchema } from '../../src/schemas/source';
import { SEEDS } from '../fixtures/seeds/seeds';
import { runCli } from '../helpers/cli';
import { ROOT, removeDir, tempDir } from '../helpers/site';
import { shapeOf, sortRemoved } from '../helpers/sourceShape';

const SEED_DIR = join(ROOT, 'test/fixtures/seeds');
const args = (options: ImportOptions) => Object.entries(options).flatMap(([name, value]) => [`--${name}`, value]);

/** Runs the command in this process, in `cwd`, typed in `inputDir`: its exit code and what it printed. */
async function newSource(argv: string[], cwd: string, inputDir = cwd) {
  const printed = { stdout: '', stderr: '' };
  const log = vi.spyOn(console, 'log').mockImplementation((...words) => void (printed.stdout += `${words.join(' ')}\n`));
  const error = vi.spyOn(console, 'error').mockImplementation((...words) => void (printed.stderr += `${words.join(' ')}\n`));
  try {
    return { code: await main(argv, cwd, inputDir), ...printed };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

// Each test works in a folder of its own, standing for the project root npm runs the command in.
let dir: string;
beforeAll(async () => {
  dir = await tempDir('new-source');
});
afterAll(() => removeDir(dir));

describe('npm run new-source -- <seed> reproduces each committed page', () => {
  test.each(SEEDS)('$seed → content/sources/$page', async ({ seed, page, options }) => {
    const result = await newSource([join(SEED_DIR, seed), ...args(options)], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote content/sources/${page}:`);

    const made = splitFile(await readFile(join(dir, 'content/sources', page), 'utf8'));
    const committed = splitFile(await readFile(join(ROOT, 'content/sources', page), 'utf8'));
    expect(shapeOf(made.body)).toEqual(shapeOf(committed.body));
    const removed = sourceSchema.shape.removed.parse((made.data as { removed: unknown }).removed);
    expect(sortRemoved(removed)).toEqual(sortRemoved(sourceSchema.parse(committed.data).removed));
  });
});

describe('npm run new-source', () => {
  test('lists what the editor still has to fill in, at its line', async () => {
    const result = await newSource([join(SEED_DIR, '004_8a52d231c445db61.txt'), '--outlet', 'Example Wire', '--date', '2025-12-04'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote content/sources/example-wire-2025-12-04.mdx: 5 numbered paragraphs (p-1 to p-5); 2 pieces of page furniture removed');
    expect(result.stdout).toContain('content/sources/example-wire-2025-12-04.mdx:5 title: still to be filled in: the supplied copy has no headline');
    expect(result.stdout).toContain('content/sources/example-wire-2025-12-04.mdx:13 summary: still to be filled in: one sentence, ours');
  });

  test('refuses to overwrite a source, and leaves it as it was', async () => {
    const file = join(dir, 'content/sources/example-wire-2025-12-05.mdx');
    await mkdir(join(dir, 'content/sources'), { recursive: true });
    await writeFile(file, 'an editor’s work\n');
    const result = await newSource([join(SEED_DIR, '004_8a52d231c445db61.txt'), '--outlet', 'Example Wire', '--date', '2025-12-05'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'new-source: content/sources/example-wire-2025-12-05.mdx already exists, and new-source never overwrites a source: rename or delete it first, or give another --outlet or --date\n',
    );
    expect(await readFile(file, 'utf8')).toBe('an editor’s work\n');
  });

  test('reads the file from where the editor typed the command, not from the project root', async () => {
    const result = await newSource(['seeds/001_9fcffa944729c7f1.txt', '--outlet', 'Elsewhere', '--date', '2025-11-30'], dir, join(ROOT, 'test/fixtures'));
    expect(result.code).toBe(0);
    expect(await readFile(join(dir, 'content/sources/elsewhere-2025-11-30.mdx'), 'utf8')).toContain('Venezuela, meanwhile, denounced');
  });

  test.each([
    [[], 'new-source: expected one article file\nusage: npm run new-source -- <article.txt|article.html>'],
    [['a.txt', '--title', 'x'], "new-source: Unknown option '--title'"],
    [['missing.txt'], 'new-source: cannot read missing.txt: no such file'],
    [[join(SEED_DIR, '004_8a52d231c445db61.txt')], 'no publication date in the text: give it with --date YYYY-MM-DD'],
    [[join(SEED_DIR, '004_8a52d231c445db61.txt'), '--date', '3 Dec'], '--date 3 Dec: expected a real date written as YYYY-MM-DD'],
    [[join(SEED_DIR, '004_8a52d231c445db61.txt'), '--date', '2025-12-03', '--url', 'www.x.com'], '--url www.x.com: expected a full web address'],
  ])('%j fails, saying why', async (argv, message) => {
    const result = await newSource(argv, dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
  });
});

describe('npm run new-source, as npm runs it', () => {
  test('writes the source named by its outlet and date: --outlet "Türkiye Today" makes turkiye-today-<date>.mdx', async () => {
    const result = await runCli('newSource', [join(SEED_DIR, '003_452e0af591d0f123.txt'), '--outlet', 'Türkiye Today', '--date', '2025-12-02'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Wrote content/sources/turkiye-today-2025-12-02.mdx:');
    expect(await readFile(join(dir, 'content/sources/turkiye-today-2025-12-02.mdx'), 'utf8')).toContain('name: Türkiye Today');
  });

  test('fails in one line, with no stack trace', async () => {
    const result = await runCli('newSource', ['missing.txt', '--outlet', 'Nowhere'], dir);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'new-source: cannot read missing.txt: no such file\n' });
  });
});
