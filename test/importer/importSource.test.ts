import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { splitFile } from '../../src/checks/frontmatter';
import { ImportError, importSource, sourceFile } from '../../src/importer/importSource';
import { checkSource } from '../../src/checks/sourceCheck';
import { blocksOf } from '../../src/markdown/sourceText';
import { sourceSchema } from '../../src/schemas/source';
import { SEEDS } from '../fixtures/seeds/seeds';
import { shapeOf, sortRemoved } from '../helpers/sourceShape';
import { renderSource } from '../helpers/sourcePage';

describe('importSource(raw, options) on the five seeds', () => {
  describe.each(SEEDS)('$seed → $page', async ({ seed, page, options }) => {
    const committed = splitFile(await readFile(`content/sources/${page}`, 'utf8'));
    const want = sourceSchema.parse(committed.data);
    const made = importSource(await readFile(`test/fixtures/seeds/${seed}`, 'utf8'), options);

    test('gives the committed page its file name', () => {
      expect(`${made.id}.mdx`).toBe(page);
    });

    test('gives the same paragraphs, list items, captions and headings, in the same order', () => {
      expect(shapeOf(made.body)).toEqual(shapeOf(committed.body));
    });

    test('lists the same furniture as removed, word for word', () => {
      const removed = sourceSchema.shape.removed.parse(made.data.removed);
      expect(sortRemoved(removed)).toEqual(sortRemoved(want.removed));
    });

    test('moves the headline and standfirst to the frontmatter where the seed has them', () => {
      if (want.titleFrom === 'article') expect(made.data.title).toBe(want.title);
      else expect(made.data.title).toMatch(/^TODO: the supplied copy has no headline/);
      expect(made.data.standfirst).toBe(want.standfirst);
    });

    test('reads a printed date line into published', () => {
      const published = made.data.published as Record<string, unknown>;
      expect(published.date).toBe(want.published.date.toISOString().slice(0, 10));
      expect(published.time).toBe(want.published.time);
    });
  });
});

describe('importSource(raw, options)', () => {
  test('marks what it cannot fill as TODO, and the build check names each of those fields', () => {
    const made = importSource('A short paragraph, with no headline above it.\n', { date: '2025-12-05' });
    const problems = checkSource('x.mdx', sourceFile(made));
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'title: still to be filled in: the supplied copy has no headline: write one (titleFrom: editors says it is ours)',
      'outlet.note: still to be filled in: the outlet is not named in the supplied copy: give its name as outlet.name, or say here why it is unknown',
      'published.inferred: still to be filled in: the supplied copy prints no date: say how the date was worked out',
      'summary: still to be filled in: one sentence, ours, on what the article says',
    ]);
    expect(made.id).toBe('unidentified-outlet-2025-12-05');
  });

  test('a filled-in import passes every check', () => {
    const made = importSource('A headline\nThe first paragraph.\n', { outlet: 'Example', date: '2025-12-05' });
    const raw = sourceFile(made)
      .replace(/inferred: .*/, 'inferred: Worked out from the text.')
      .replace(/summary: .*/, 'summary: Ours.');
    expect(checkSource('x.mdx', raw)).toEqual([]);
  });

  test('the frontmatter it writes reads back as the data it made', async () => {
    const made = importSource(await readFile('test/fixtures/seeds/000_65373b70834a12fa.txt', 'utf8'), { date: '2025-11-28' });
    expect(splitFile(sourceFile(made)).data).toEqual(made.data);
  });

  test('needs a date: from --date, or a date line in the text', () => {
    expect(() => importSource('Just a paragraph.\n')).toThrow(ImportError);
    expect(() => importSource('Just a paragraph.\n')).toThrow('no publication date in the text: give it with --date YYYY-MM-DD');
    expect(() => importSource('Just a paragraph.\n', { date: '2025-02-30' })).toThrow('--date 2025-02-30: expected a real date');
    expect(importSource('Headline\nMay 5, 2025\nText.\n').id).toBe('unidentified-outlet-2025-05-05');
  });

  test('reads a page’s own date only where it is a real YYYY-MM-DD, and names one that is not', () => {
    const page = (date: string, text = 'Text.') => `<html><head><meta property="article:published_time" content="${date}"></head><body><article><p>${text}</p></article></body></html>`;
    expect(importSource(page('2025-12-04T09:30:00Z')).id).toBe('unidentified-outlet-2025-12-04');
    for (const date of ['Thu, 04 Dec 2025 09:30:00 GMT', '12/04/2025', '2025-02-30', '2025-12-041']) {
      expect(() => importSource(page(date))).toThrow(
        `the page gives its publication date as "${date}", which is not a date written YYYY-MM-DD: give it with --date YYYY-MM-DD`,
      );
      expect(importSource(page(date), { date: '2025-12-04' }).id).toBe('unidentified-outlet-2025-12-04');
      expect(importSource(page(date), { date: '2025-12-04' }).notes).toEqual([]);
      // A date line in the text is the date the article prints, whatever the page's metadata says.
      expect(importSource(page(date, 'December 4, 2025</p><p>Text.')).id).toBe('unidentified-outlet-2025-12-04');
    }
    expect(() => importSource(`<html><body><article><time datetime="12/04/2025">4 Dec</time><p>Text.</p></article></body></html>`)).toThrow(
      'the page gives its publication date as "12/04/2025"',
    );
  });

  test('notes a --date that disagrees with the printed date, and keeps the editor’s', () => {
    const made = importSource('Headline\nMay 5, 2025\nText.\n', { date: '2025-05-06' });
    expect(made.id).toBe('unidentified-outlet-2025-05-06');
    expect(made.notes).toEqual(['--date 2025-05-06 differs from the date the article prints (2025-05-05); check which is right']);
  });

  test('checks --url', () => {
    expect(() => importSource('Text.\n', { date: '2025-05-05', url: 'example.com/a' })).toThrow('--url example.com/a: expected a full web address');
    expect(importSource('Text.\n', { date: '2025-05-05', url: 'https://example.com/a' }).data.url).toBe('https://example.com/a');
    // Not one with a user name and password, which the page would publish; a "@" in its path is the path's.
    expect(() => importSource('Text.\n', { date: '2025-05-05', url: 'https://name:secret@example.com/a' })).toThrow('--url https://name:secret@example.com/a: expected a full web address');
    expect(importSource('Text.\n', { date: '2025-05-05', url: 'https://medium.com/@writer/a' }).data.url).toBe('https://medium.com/@writer/a');
  });

  test('keeps a page’s own address only where it is a web address, and a page saved by a browser is read as a page', () => {
    const page = (href: string) => `<!-- saved from url=(0025)https://example.com/a -->\n<html><head><link rel="canonical" href="${href}"></head><body><article><p>Text.</p></article></body></html>`;
    expect(importSource(page('https://example.com/a'), { date: '2025-05-05' }).data.url).toBe('https://example.com/a');
    expect(importSource(page('javascript:alert(1)'), { date: '2025-05-05' }).data.url).toBeUndefined();
    expect(importSource(page('https://example.com/a'), { date: '2025-05-05' }).body).not.toContain('&lt;html');
  });

  test('rejects a file with no text', () => {
    expect(() => importSource(' \n\n', { date: '2025-05-05' })).toThrow('the file holds no text');
  });

  test('joins text hard-wrapped at a fixed width back into paragraphs', async () => {
    const wrapped = await readFile('test/fixtures/import/wrapped.txt', 'utf8');
    const made = importSource(wrapped, { date: '2025-12-02' });
    expect(made.data.title).toBe('Strike reported off the coast');
    expect(blocksOf(made.body).map((b) => b.text)).toEqual([
      'The US military said on Tuesday that it had struck another boat in the eastern Pacific, killing three people aboard, in what officials described as a strike on drug traffickers.',
      'No evidence was made public. It was the first strike reported in more than two weeks.',
    ]);
  });
});

describe('importSource(html) on a saved web page', async () => {
  const made = importSource(await readFile('test/fixtures/import/article.html', 'utf8'));

  test('reads headline, outlet, date, address, author and language from the page', () => {
    expect(made.id).toBe('the-example-gazette-2025-12-04');
    expect(made.data).toMatchObject({
      title: 'Boat strike kills three',
      standfirst: 'The military gave no evidence',
      outlet: { name: 'The Example Gazette' },
      published: { date: '2025-12-04' },
      url: 'https://gazette.example/world/boat-strike',
      byline: 'Jane Doe',
      language: 'en-GB',
    });
    expect(made.data.published).not.toHaveProperty('inferred');
  });

  test('keeps the article’s text in its structure, and none of its scripts', () => {
    expect(shapeOf(made.body)).toEqual({
      blocks: [
        'caption: A patrol boat in the Caribbean. (AP Photo/Jane Roe)',
        'paragraph: The US military said on Thursday that it had struck a boat, killing three people.',
        'paragraph: Officials said the boat carried drugs & weapons; 3 < 4 {sic}.',
        'list-item: No evidence was shown.',
        'list-item: No survivors were reported.',
      ],
      headings: ['What officials said'],
    });
    expect(made.body).not.toMatch(/advert|tracker/);
  });

  test('lists the furniture inside the article as removed; the page around it is not the article', () => {
    expect(made.data.removed).toEqual([
      { kind: 'related-link', text: 'Read more: Another story' },
      { kind: 'navigation', text: 'Share Print' },
      { kind: 'subscribe-prompt', text: 'Subscribe to our newsletter' },
    ]);
  });
});

describe('importSource(raw, options).id', () => {
  test.each([
    ['Türkiye Today', 'turkiye-today-2025-12-01'],
    ['Muslim Network TV (MNTV)', 'muslim-network-tv-mntv-2025-12-01'],
    ['  El País ', 'el-pais-2025-12-01'],
    ['Task & Purpose', 'task-purpose-2025-12-01'],
  ])('--outlet "%s" names the file %s.mdx', (outlet, id) => {
    expect(importSource('A headline\nThe first paragraph.\n', { outlet, date: '2025-12-01' }).id).toBe(id);
  });
});

test('a subheading that ends in a "#" after a space keeps it (Markdown would read it as the heading\'s closing marks)', async () => {
  // Found by the property test (importSource.property.test.ts): "1. #" imported as a subheading showed "1.".
  for (const line of ['1. #', 'A #', 'Rank ##', 'Ends in # ']) {
    const made = importSource(`The.\n\n${line}\n\nThe.`, { outlet: 'Example Outlet', date: '2025-12-04' });
    expect(made.body).toContain('## ');
    expect((await renderSource(made.body)).blocks).toEqual(['The.', line.trim(), 'The.']);
  }
});
