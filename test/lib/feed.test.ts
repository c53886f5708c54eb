import { describe, expect, test } from 'vitest';
import { type FeedEntry, atomFeed, sourceEntries } from '../../src/lib/feed';
import type { SourceEntry } from '../../src/lib/sources';
import { sourceSchema } from '../../src/schemas/source';

const META = { title: 'Strikes at Sea', subtitle: 'Sources & updates', site: 'https://example.org/', self: 'https://example.org/feed.xml' };
const entry = (id: string, day: string, extra: Partial<FeedEntry> = {}): FeedEntry => ({
  id: `https://example.org/${id}/`,
  url: `https://example.org/${id}/`,
  title: id,
  summary: `About ${id}.`,
  author: 'Someone',
  category: 'source',
  published: new Date(`${day}T00:00:00Z`),
  ...extra,
});

describe('atomFeed(meta, entries)', () => {
  test('lists entries newest first, by when they were last updated', () => {
    const feed = atomFeed(META, [entry('a', '2025-11-28'), entry('b', '2025-12-03'), entry('c', '2025-11-01', { updated: new Date('2025-12-05T00:00:00Z') })]);
    expect([...feed.matchAll(/<entry>\s*<title>(\w)<\/title>/g)].map((m) => m[1])).toEqual(['c', 'b', 'a']);
  });

  test('is updated when its newest entry was, so the same content gives the same file', () => {
    const entries = [entry('a', '2025-11-28'), entry('b', '2025-12-03')];
    const feed = atomFeed(META, entries);
    expect(feed).toContain('<updated>2025-12-03T00:00:00.000Z</updated>\n  <author>');
    expect(atomFeed(META, [...entries].reverse())).toBe(feed);
  });

  test('escapes text and addresses for XML', () => {
    const feed = atomFeed(META, [entry('a', '2025-11-28', { title: 'Cats & <dogs> say "hi"', url: 'https://example.org/?a=1&b=2' })]);
    expect(feed).toContain('<title>Cats &amp; &lt;dogs&gt; say &quot;hi&quot;</title>');
    expect(feed).toContain('href="https://example.org/?a=1&amp;b=2"');
    expect(feed).toContain('<subtitle>Sources &amp; updates</subtitle>');
  });
});

describe('sourceEntries(sources, site)', () => {
  const source: SourceEntry = {
    id: 'example-outlet-2025-11-20',
    data: sourceSchema.parse({ title: 'A headline', outlet: { note: 'Not known.' }, published: { date: '2025-11-20' }, summary: 'Ours.' }),
  };

  test('gives each source an entry linking to its page on the site, by outlet and date', () => {
    expect(sourceEntries([source], 'https://example.org/')).toEqual([
      {
        id: 'https://example.org/sources/example-outlet-2025-11-20/',
        url: 'https://example.org/sources/example-outlet-2025-11-20/',
        title: 'A headline (Outlet not identified)',
        summary: 'Ours.',
        author: 'Outlet not identified',
        category: 'source',
        published: new Date('2025-11-20T00:00:00Z'),
      },
    ]);
  });
});
