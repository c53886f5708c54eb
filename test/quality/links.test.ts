import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { readBuiltSite } from '../../src/cli/builtSite';
import { checkLinks } from '../../src/checks/linkCheck';
import { siteUrl } from '../../src/site';
import { removeDir, tempDir } from '../helpers/site';

const SITE = 'https://example.org/';
const made: string[] = [];
afterAll(() => Promise.all(made.map(removeDir)));

/** A made-up built site: file path → content. */
async function site(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('links');
  made.push(dir);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  return dir;
}

/** The broken links of a made-up site, as "page href". */
const broken = async (dir: string) => checkLinks(await readBuiltSite(dir), SITE).map((b) => `${b.page} ${b.href}`);

describe('the link check of a built site', () => {
  test('finds a missing page, a missing #anchor and a folder link without its slash', async () => {
    const dir = await site({
      'index.html': '<a href="/a/">ok</a><a href="/a/#p-1">ok</a><a href="/gone/">1</a><a href="/a/#p-9">2</a><a href="/a">3</a>',
      'a/index.html': '<p id="p-1">one</p>',
    });
    expect(await broken(dir)).toEqual(['/ /gone/', '/ /a/#p-9', '/ /a']);
  });

  test('follows every candidate of a srcset and every url() in a stylesheet, relative to the stylesheet', async () => {
    const dir = await site({
      'index.html': '<img src="/i/a.png" srcset="/i/a.png 1x, /i/b.png 2x" alt=""><link rel="stylesheet" href="/css/s.css">',
      'i/a.png': '',
      'css/s.css': 'a { background: url(../i/a.png) } b { background: url("../i/gone.svg") } i { background: url(data:image/png;base64,AA) }',
    });
    expect((await broken(dir)).sort()).toEqual(['/ /i/b.png', '/css/s.css ../i/gone.svg']);
  });
});

describe('the built site', () => {
  test('every internal link, asset and #anchor on every page, in the feed, the sitemap and the CSS resolves', async () => {
    const files = await readBuiltSite(inject('siteDir'));
    expect(checkLinks(files, siteUrl())).toEqual([]);
    // Every source page links each paragraph to itself, so a working check sees hundreds of links.
    expect(files.reduce((n, f) => n + f.links.length, 0)).toBeGreaterThan(100);
  });
});
