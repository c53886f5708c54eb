import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { checkLinks } from '../helpers/links';
import { removeDir, tempDir } from '../helpers/site';

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

describe('checkLinks(siteDir)', () => {
  test('finds a missing page, a missing anchor, a folder without its slash, an empty # and a missing asset', async () => {
    const dir = await site({
      'index.html': `<a href="/a/">ok</a><a href="/a/#p-1">ok</a><a href="#here">ok</a><p id="here"></p>
        <a href="/gone/">1</a><a href="/a/#p-9">2</a><a href="/a">3</a><a href="#">4</a><img src="/img.png" alt="">
        <a href="https://example.org/x">off the site: not followed</a>`,
      'a/index.html': '<p id="p-1">one</p><link rel="stylesheet" href="../style.css">',
      'style.css': 'body { background: url(/bg.svg) } p { background: url("data:image/png;base64,AA") }',
    });
    expect((await checkLinks(dir)).broken).toEqual([
      { from: 'index.html', href: '/gone/', reason: 'no such page in the build' },
      { from: 'index.html', href: '/a/#p-9', reason: 'no element with id="p-9" on /a/' },
      { from: 'index.html', href: '/a', reason: "the page is at /a/ (trailingSlash: 'always')" },
      { from: 'index.html', href: '#', reason: 'an empty #anchor leads nowhere' },
      { from: 'index.html', href: '/img.png', reason: 'no such file in the build' },
      { from: 'style.css', href: '/bg.svg', reason: 'no such file in the build' },
    ]);
  });

  test('resolves relative links against the page they are on', async () => {
    const dir = await site({
      'a/b/index.html': '<a href="../">up</a><a href="../../c/#x">c</a><a href="d/">down</a>',
      'a/index.html': '',
      'c/index.html': '<h2 id="x">x</h2>',
    });
    expect((await checkLinks(dir)).broken).toEqual([{ from: 'a/b/index.html', href: 'd/', reason: 'no such page in the build' }]);
  });
});

describe('the built site', () => {
  test('every internal link, asset and #anchor on every page resolves', async () => {
    const { checked, broken } = await checkLinks(inject('siteDir'));
    expect(broken).toEqual([]);
    // Every source page links each paragraph to itself, so a working checker sees hundreds of links.
    expect(checked).toBeGreaterThan(100);
  });
});
