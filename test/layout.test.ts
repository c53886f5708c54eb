import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { layerOf, layerProblems, LAYERS } from './helpers/layers';
import { ROOT } from './helpers/site';

const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const dependencies = Object.keys(pkg.dependencies);

/** Every module under src/, by its path from the project root, with its text. */
async function sources(): Promise<Map<string, string>> {
  const names = (await readdir(join(ROOT, 'src'), { recursive: true })).filter((n) => /\.(ts|astro|mjs)$/.test(n)).sort();
  return new Map(await Promise.all(names.map(async (n) => [`src/${n}`, await readFile(join(ROOT, 'src', n), 'utf8')] as const)));
}

/** Every folder below `dir` (from the project root), at any depth. */
const folders = async (dir: string) =>
  (await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => `${join(e.parentPath, e.name).slice(ROOT.length)}/`);

describe('the layers of src/', async () => {
  const files = await sources();

  test('no import runs up the layers, and the rules of each layer hold', () => {
    expect(layerProblems(ROOT, files, dependencies)).toEqual([]);
  });

  test('every folder of src/ has a layer', async () => {
    const tops = [...new Set([...files.keys()].map((f) => f.split('/')[1]))];
    expect(tops.filter((top) => !LAYERS.flat().includes(top!))).toEqual([]);
  });

  // Each fault planted beside the real modules, and what the check says of it.
  test.each([
    ['a chart importing a component', 'src/charts/bad.ts', "import ChartFigure from '../components/ChartFigure.astro';", "src/charts/bad.ts imports '../components/ChartFigure.astro': src/components comes after src/charts in the layers"],
    ['the domain importing a chart', 'src/domain/bad.ts', "import { el } from '../charts/svg';", "src/domain/bad.ts imports '../charts/svg': src/charts comes after src/domain"],
    ['a schema importing the domain, as a type', 'src/schemas/bad.ts', "import type { Totals } from '../domain/strikeSeries';", 'src/domain comes after src/schemas'],
    ['a page script using Node', 'src/scripts/bad.ts', "import { readFile } from 'node:fs/promises';", "Node's modules belong in src/loaders, src/integrations, src/server or src/cli"],
    ['a component reading the collections', 'src/components/Bad.astro', "---\nimport { getCollection } from 'astro:content';\n---", 'only src/collections and the pages read the collections'],
    ['a package that is only a devDependency', 'src/domain/bad.ts', "import { chromium } from 'playwright-core';", "playwright-core is not in package.json's dependencies"],
    ['a folder with no layer', 'src/utils/bad.ts', 'export const x = 1;', 'src/utils is in no layer'],
  ])('fails on %s', (_, file, text, message) => {
    const planted = new Map([...files, [file, text]]);
    const problems = layerProblems(ROOT, planted, dependencies);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  test('a type-only import of a devDependency is allowed: it is gone from the built code', () => {
    expect(layerProblems(ROOT, new Map([['src/integrations/ok.ts', "import type { Plugin } from 'vite';"]]), dependencies)).toEqual([]);
  });
});

describe("the README's layout table", async () => {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## How the project is laid out'), readme.indexOf('\n## ', readme.indexOf('## How the project is laid out') + 3));
  const rows = [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);

  test('names only folders and files that exist, once each', async () => {
    const missing: string[] = [];
    for (const row of rows) if (!(await readdir(join(ROOT, row)).then(() => true, () => readFile(join(ROOT, row)).then(() => true, () => false)))) missing.push(row);
    expect(missing).toEqual([]);
    expect(new Set(rows).size).toBe(rows.length);
  });

  test('has a line for every folder of src/ and content/, and for every folder of test/ that does not mirror one of src/', async () => {
    const mirrored = (await folders('src')).map((f) => f.replace(/^src\//, 'test/'));
    const wanted = [
      ...(await folders('src')).filter((f) => !f.startsWith('src/pages/') || f === 'src/pages/'),
      ...(await folders('content')),
      ...(await folders('test')).filter((f) => !mirrored.includes(f) && !/^test\/fixtures\/./.test(f)),
    ];
    expect(wanted.filter((f) => !rows.includes(f))).toEqual([]);
  });

  test('lists the folders of src/ in the order of their layers', () => {
    const layers = rows.filter((row) => row.startsWith('src/')).map(layerOf).filter((layer) => layer >= 0);
    expect(layers).toEqual([...layers].sort((a, b) => a - b));
  });
});
