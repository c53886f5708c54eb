import { readFile, readdir } from 'node:fs/promises';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { splitFile } from '../../src/checks/frontmatter';
import { checkSource } from '../../src/checks/sourceCheck';
import { blocksOf, parseBody } from '../../src/markdown/sourceText';
import { sourceSchema } from '../../src/schemas/source';

/** Each committed source page and the raw seed it was made from (test/fixtures/seeds/README.md). */
const PAGES: Record<string, string> = {
  'orinoco-tribune-2025-11-28.mdx': '000_65373b70834a12fa.txt',
  'muslim-network-tv-2025-11-30.mdx': '001_9fcffa944729c7f1.txt',
  'unidentified-outlet-2025-11-28.mdx': '002_98a14e9bd877e571.txt',
  'turkiye-today-2025-12-01.mdx': '003_452e0af591d0f123.txt',
  'indian-witness-2025-12-03.mdx': '004_8a52d231c445db61.txt',
};

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
// The seeds print list items with a bullet; the pages make them a list.
const unbullet = (line: string) => line.replace(/^• /, '');

describe('content/sources', async () => {
  test('holds exactly the five seed articles', async () => {
    expect((await readdir('content/sources')).sort()).toEqual(Object.keys(PAGES).sort());
  });

  describe.each(Object.entries(PAGES))('%s', async (page, seed) => {
    const raw = await readFile(`content/sources/${page}`, 'utf8');
    const seedLines = lines(await readFile(`test/fixtures/seeds/${seed}`, 'utf8'));
    const { data, body } = splitFile(raw);
    const source = sourceSchema.parse(data);
    const blocks = blocksOf(body);
    const headings = parseBody(body)
      .children.filter((n): n is Heading => n.type === 'heading')
      .map((h) => toString(h));
    const removedLines = source.removed.flatMap((r) => lines(r.text));

    test('passes every build check', () => {
      expect(checkSource(page, raw)).toEqual([]);
    });

    test('is named by outlet and date', () => {
      const date = source.published.date.toISOString().slice(0, 10);
      expect(page.endsWith(`-${date}.mdx`)).toBe(true);
    });

    test('adds nothing: every paragraph and heading is a line of the seed, word for word', () => {
      const seedText = new Set(seedLines.map(unbullet));
      for (const text of [...blocks.map((b) => b.text), ...headings]) expect(seedText).toContain(text);
    });

    test('loses nothing: every line of the seed is on the page or listed as removed', () => {
      const kept = new Set([source.title, source.standfirst, ...blocks.map((b) => b.text), ...headings, ...removedLines]);
      const lost = seedLines.filter((line) => !kept.has(line) && !kept.has(unbullet(line)));
      expect(lost).toEqual([]);
    });

    test('removes a caption only where it is printed twice, keeping one copy marked as a caption', () => {
      const captions = blocks.filter((b) => b.kind === 'caption').map((b) => b.text);
      for (const duplicate of source.removed.filter((r) => r.kind === 'duplicate-caption')) {
        expect(captions).toContain(duplicate.text);
        expect(seedLines.filter((l) => l === duplicate.text)).toHaveLength(2);
      }
    });
  });
});
