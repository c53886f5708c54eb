import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
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
    [[], 'new-source: expected one article file (usage: npm run new-source -- <article.txt|article.html>'],
    [['a.txt', '--title', 'x'], 'new-source: --title: unknown option; check its spelling (usage: npm run new-source'],
    [['a.txt', '--outlet'], 'new-source: --outlet: expected a value after it (usage: npm run new-source'],
    [['missing.txt'], 'new-source: cannot read missing.txt: no such file'],
    [[join(SEED_DIR, '004_8a52d231c445db61.txt')], 'no publication date in the text: give it with --date YYYY-MM-DD'],
    [[join(SEED_DIR, '004_8a52d231c445db61.txt'), '--date', '3 Dec'], '--date 3 Dec: expected a real date written as YYYY-MM-DD'],
    [[join(SEED_DIR, '004_8a52d231c445db61.txt'), '--date', '2025-12-03', '--url', 'www.x.com'], '--url www.x.com: expected a full web address'],
    [[join(SEED_DIR, '004_8a52d231c445db61.txt'), '--date', '2025-12-03', '--url', 'javascript:alert(1)'], '--url javascript:alert(1): expected a full web address'],
    [['a.txt', '--date', '--url', 'https://x.com/a'], 'new-source: --date: expected a value after it, not another option'],
    [['a.txt', '--outlet', 'x'.repeat(300)], "new-source: --outlet: expected an outlet's name of at most 120 letters and digits, to name the file after; got 300"],
  ])('%j fails, saying why, in one line', async (argv, message) => {
    const result = await newSource(argv, dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
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

/** An article with accented letters in its headline and text, as an editor would save it. */
const ACCENTED = 'Café con leña en Caracas\nDecember 04, 2025\nEl presidente habló de la pesca en el Caribe, según el periódico.\nUna segunda frase, con acentos: “sí”, ñandú, Bogotá.\n';

/** Runs new-source on a file holding `bytes`, in a fresh project folder; returns the result and the folder. */
async function importBytes(name: string, bytes: Uint8Array, argv: string[] = []) {
  const project = await tempDir('new-source-bytes');
  const input = join(project, name);
  await writeFile(input, bytes);
  const result = await newSource([input, '--outlet', 'El Diario', ...argv], project);
  return { result, project };
}

/** The source new-source wrote in `project`, if any. */
const written = (project: string) => readFile(join(project, 'content/sources/el-diario-2025-12-04.mdx'), 'utf8');

/** Imports `bytes` as story.txt and checks that every accented letter came through; returns what it printed and wrote. */
async function importsAccents(bytes: Uint8Array) {
  const { result, project } = await importBytes('story.txt', bytes);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const text = await written(project);
  expect(text).toContain('title: Café con leña en Caracas');
  expect(text).toContain('Una segunda frase, con acentos: “sí”, ñandú, Bogotá.');
  expect(text).not.toMatch(/[\uFFFD\uFEFF\0]/);
  await removeDir(project);
  return { stdout: result.stdout, text };
}

/** Everything in `project`'s content/sources folder (an empty list when there is none). */
const sourcesIn = (project: string) => readdir(join(project, 'content/sources')).catch(() => []);

describe('npm run new-source reads the files editors really have', () => {
  const utf16 = (text: string, bigEndian: boolean) => {
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    return bigEndian ? Buffer.from(le.map((_, i) => le[i ^ 1]!)) : le;
  };
  test.each([
    ['UTF-8', Buffer.from(ACCENTED, 'utf8')],
    ['UTF-8 with a byte-order mark', Buffer.from(`\uFEFF${ACCENTED}`, 'utf8')],
    ['UTF-16 (little-endian) with a byte-order mark', utf16(ACCENTED, false)],
    ['UTF-16 (big-endian) with a byte-order mark', utf16(ACCENTED, true)],
  ])('%s: every accented letter kept, silently', async (_, bytes) => {
    const { stdout, text } = await importsAccents(bytes);
    expect(stdout).not.toContain('Note:');
    expect(text).not.toContain('# Note:');
  });

  test('Windows-1252 (not valid UTF-8): decoded as such, and said in the output and in the file for a reviewer', async () => {
    // What a Windows editor writes: "é" is the single byte E9, and curly quotes are 93 and 94.
    const { stdout, text } = await importsAccents(Buffer.from(ACCENTED.replace('“', '\u0093').replace('”', '\u0094'), 'latin1'));
    const note = 'story.txt is not UTF-8: it was read as Windows-1252; check its accented letters and quotation marks against the original';
    expect(stdout).toContain(`Note: ${note}`);
    expect(text.split('\n').slice(0, 6)).toContain(`# Note: ${note}.`);
  });

  test.each([
    ['photo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'a PNG image'],
    ['photo.jpg', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46], 'a JPEG image'],
    ['story.pdf', [...Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj', 'latin1')], 'a PDF document'],
    ['story.docx', [...Buffer.from('PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml', 'latin1')], 'a Word document (.docx)'],
    ['story.bin', [0x00, 0x01, 0x02, 0x03, 0x48, 0x69, 0x00, 0x00, 0x7f, 0x10], 'a binary file'],
  ])('%s is refused in one line saying what it looks like, and nothing is written', async (name, bytes, looksLike) => {
    const { result, project } = await importBytes(name, Uint8Array.from(bytes), ['--date', '2025-12-04']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `new-source: ${name} looks like ${looksLike}, not an article: save the article as text (.txt) or as a web page (.html) and import that\n`,
    );
    expect(await sourcesIn(project)).toEqual([]);
    await removeDir(project);
  });

  test('a part of a page copied out of it (no <html>, opening with a <div>) is read as a page: its paragraphs, not its tags as words', async () => {
    const part = '<div class="article">\n<h1>Café con leña en Caracas</h1>\n<p>El presidente habló de la pesca en el Caribe, según el periódico.</p>\n<p>Una segunda frase.</p>\n</div>\n';
    const { result, project } = await importBytes('story.html', new Uint8Array(Buffer.from(part)), ['--date', '2025-12-04']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const text = await written(project);
    expect(text).toContain('title: Café con leña en Caracas');
    expect(text).toContain('El presidente habló de la pesca en el Caribe, según el periódico.');
    expect(text).not.toMatch(/<\/?(div|p|h1)\b|&lt;/);
    await removeDir(project);
  });

  test('a page whose own name for its outlet is too long to name the file after is refused in one line, saying to give --outlet, and nothing is written', async () => {
    const name = 'The Very Long Name '.repeat(18).trim();
    const page = `<html><head><meta property="og:site_name" content="${name}"><title>A story</title></head><body><p>He said so on Friday.</p></body></html>`;
    const project = await tempDir('new-source-outlet');
    await writeFile(join(project, 'story.html'), page);
    const result = await newSource([join(project, 'story.html'), '--date', '2025-12-04'], project);
    expect([result.code, result.stdout]).toEqual([1, '']);
    expect(result.stderr).toMatch(/^new-source: story\.html: the page names its outlet "The Very Long Name The Very Long Name Th…", \d+ letters and digits, too long to name the file after: give its name with --outlet "Name"\n$/);
    expect(await sourcesIn(project)).toEqual([]);
    // Named with --outlet, it imports.
    const named = await newSource([join(project, 'story.html'), '--date', '2025-12-04', '--outlet', 'Long Name'], project);
    expect([named.code, named.stderr]).toEqual([0, '']);
    await removeDir(project);
  });

  test('a web page that says it is UTF-8 with a byte that is not is refused in one line at its line and column, and nothing is written', async () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"><title>A story</title></head>\n<body><p>He said '), Buffer.from([0x93]), Buffer.from('no</p></body></html>')]);
    const { result, project } = await importBytes('story.html', new Uint8Array(page), ['--date', '2025-12-04']);
    expect([result.code, result.stdout, result.stderr]).toEqual([
      1,
      '',
      'new-source: story.html says it is UTF-8 (its charset), but line 2, column 18 holds bytes that are not UTF-8: save it again as UTF-8 (or as it was first saved, and remove what says UTF-8), and import that\n',
    ]);
    expect(await sourcesIn(project)).toEqual([]);
    await removeDir(project);
  });
});

describe('npm run new-source -- --help', () => {
  test.each([[['--help']], [['-h']], [['story.txt', '--help']]])('%j prints how to use it, and reads and writes nothing', async (argv) => {
    const project = await tempDir('new-source-help');
    const result = await newSource(argv, project);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/^usage: npm run new-source -- <article\.txt\|article\.html> \[--outlet "Name"\] \[--date YYYY-MM-DD\] \[--url https:\/\/…\]\n/);
    expect(await sourcesIn(project)).toEqual([]);
    await removeDir(project);
  });
});

describe('npm run new-source fails in one line, with nothing written', () => {
  test.each([
    [['--date', '2025-13-45'], '--date 2025-13-45: expected a real date written as YYYY-MM-DD'],
    [['--date', '2025-02-30'], '--date 2025-02-30: expected a real date written as YYYY-MM-DD'],
    [['--date', '2062-12-05'], '--date 2062-12-05: expected a day that has come: this one is after today (a typo in the year?)'],
    [['--date', '2025-12-04', '--date', '2025-12-05'], '--date is given twice: give it once'],
    [['--outlet', ' '], '--outlet: expected the outlet’s name'],
    [['--outlet', '¿?'], '--outlet ¿?: expected a name with letters or digits, to name the file after'],
  ])('%j: a bad option is refused before the file is even read', async (argv, message) => {
    const project = await tempDir('new-source-options');
    // The file does not exist: the options are checked first.
    const result = await newSource(['missing.txt', ...argv], project);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`new-source: ${message}\n`);
    expect(await sourcesIn(project)).toEqual([]);
    await removeDir(project);
  });

  test('several bad options are named together, still in one line', async () => {
    const result = await newSource(['missing.txt', '--date', '2025-13-45', '--url', 'example'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'new-source: --date 2025-13-45: expected a real date written as YYYY-MM-DD; --url example: expected a full web address (https://…)\n',
    );
  });

  test('an option’s value with a line break or a tab is refused in one line, naming each option, and nothing is written', async () => {
    const project = await tempDir('new-source-lines');
    const article = join(ROOT, 'test/fixtures/import/new-source.txt');
    const result = await newSource([article, '--outlet', 'Example\nTimes', '--date', '2025-12-04\nX', '--url', 'https://example.org/a\tb'], project);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'new-source: --outlet: expected one line of text, without line breaks or tabs; --date: expected one line of text, without line breaks or tabs; --url: expected one line of text, without line breaks or tabs\n',
    });
    expect(await sourcesIn(project)).toEqual([]);
    await removeDir(project);
  });

  test('a pipe, a loop of symbolic links, a path through a file, or a file where the sources’ folder goes: refused in one line, in the editor’s words, at once', async () => {
    const project = await tempDir('new-source-odd');
    const article = join(ROOT, 'test/fixtures/import/new-source.txt');
    execFileSync('mkfifo', [join(project, 'pipe')]);
    await symlink(join(project, 'loop-b'), join(project, 'loop-a'));
    await symlink(join(project, 'loop-a'), join(project, 'loop-b'));
    await writeFile(join(project, 'notes.txt'), 'a file\n');
    const refused = async (file: string) => (await newSource([file, '--outlet', 'El Diario'], project)).stderr;
    // A pipe would be read for ever: refused before it is opened. (Each named from the project's folder, where the command runs.)
    expect(await refused(join(project, 'pipe'))).toBe('new-source: cannot read pipe: it is not a file (a pipe, a socket or a device), which new-source would wait on\n');
    expect(await refused(join(project, 'loop-a'))).toBe('new-source: cannot read loop-a: its path goes round in a loop of symbolic links\n');
    expect(await refused(join(project, 'notes.txt/story.txt'))).toBe('new-source: cannot read notes.txt/story.txt: a part of its path is a file, not a folder\n');
    await mkdir(join(project, 'content'));
    await writeFile(join(project, 'content/sources'), 'not a folder\n');
    expect(await refused(article)).toBe('new-source: cannot make the folder content/sources: a file of that name is in the way\n');
    expect(await readFile(join(project, 'content/sources'), 'utf8')).toBe('not a folder\n');
    await removeDir(project);
  });

  test('a folder given as the article is refused in one line', async () => {
    const result = await newSource([SEED_DIR, '--date', '2025-12-04'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`new-source: cannot read ${SEED_DIR}: it is a folder, not a file\n`);
  });

  test('no command failure prints a stack trace', async () => {
    const failures = await Promise.all([
      runCli('newSource', [join(SEED_DIR, '004_8a52d231c445db61.txt'), '--date', '2025-13-45'], dir),
      runCli('newSource', [join(SEED_DIR, '004_8a52d231c445db61.txt'), '--date', '9999-99-99', '--outlet', 'X'], dir),
      runCli('newSource', [SEED_DIR], dir),
    ]);
    for (const { code, stderr } of failures) {
      expect(code).toBe(1);
      expect(stderr.trimEnd().split('\n'), stderr).toHaveLength(1);
      expect(stderr).not.toMatch(/^\s+at /m);
    }
  });

  test('a source that exists is left as it was, and no temporary file is left beside it', async () => {
    const project = await tempDir('new-source-exists');
    await mkdir(join(project, 'content/sources'), { recursive: true });
    await writeFile(join(project, 'content/sources/el-diario-2025-12-04.mdx'), 'an editor’s work\n');
    const result = await newSource([join(ROOT, 'test/fixtures/import/new-source.txt'), '--outlet', 'El Diario'], project);
    expect(result.code).toBe(1);
    expect(await sourcesIn(project)).toEqual(['el-diario-2025-12-04.mdx']);
    expect(await written(project)).toBe('an editor’s work\n');
    await removeDir(project);
  });
});
