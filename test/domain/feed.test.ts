import { describe, expect, test } from 'vitest';
import { type FeedEntry, atomFeed, explainerEntries, sourceEntries } from '../../src/domain/feed';
import type { SourceEntry } from '../../src/domain/sources';
import { editionOf } from '../../src/i18n/words';
import { explainerSchema } from '../../src/schemas/explainer';
import { sourceSchema } from '../../src/schemas/source';

const META = {
  title: 'Strikes at Sea',
  subtitle: 'Sources & updates',
  author: { name: 'The team', uri: 'https://example.org/about/' },
  site: 'https://example.org/',
  self: 'https://example.org/feed.xml',
};
const entry = (id: string, day: string, extra: Partial<FeedEntry> = {}): FeedEntry => ({
  id: `https://example.org/${id}/`,
  url: `https://example.org/${id}/`,
  title: id,
  summary: `About ${id}.`,
  content: `<p>About ${id}, at length.</p>`,
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

  test('is identified by its own address, which no entry shares, not by the site’s (the explainer’s entry)', () => {
    const feed = atomFeed(META, [entry('a', '2025-11-28', { id: META.site, url: META.site })]);
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>\n  <link rel="alternate" type="text/html" href="https://example.org/"/>\n  <id>https://example.org/feed.xml</id>');
    expect([...feed.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => m[1])).toEqual(['https://example.org/feed.xml', 'https://example.org/']);
  });

  test('escapes text and addresses for XML', () => {
    const feed = atomFeed(META, [entry('a', '2025-11-28', { title: 'Cats & <dogs> say "hi"', url: 'https://example.org/?a=1&b=2' })]);
    expect(feed).toContain('<title>Cats &amp; &lt;dogs&gt; say &quot;hi&quot;</title>');
    expect(feed).toContain('href="https://example.org/?a=1&amp;b=2"');
    expect(feed).toContain('<subtitle>Sources &amp; updates</subtitle>');
  });

  test('gives each entry its content as escaped HTML, and its summary only where it has one', () => {
    const feed = atomFeed(META, [entry('a', '2025-11-28', { content: '<p>A &amp; B</p>', summary: undefined })]);
    expect(feed).toContain('<content type="html">&lt;p&gt;A &amp;amp; B&lt;/p&gt;</content>');
    expect(feed).not.toContain('<summary>');
  });

  test('names the feed’s author and an entry’s with the address of their page, where they have one', () => {
    const feed = atomFeed(META, [entry('a', '2025-11-28', { author: 'The team', authorUri: 'https://example.org/about/' }), entry('b', '2025-11-27')]);
    expect(feed.match(/<author><name>The team<\/name><uri>https:\/\/example.org\/about\/<\/uri><\/author>/g)).toHaveLength(2);
    expect(feed).toContain('<author><name>Someone</name></author>');
  });
});

describe('sourceEntries(sources, site)', () => {
  const source: SourceEntry = {
    id: 'example-outlet-2025-11-20',
    data: sourceSchema.parse({ title: 'A headline', outlet: { note: 'Not known.' }, published: { date: '2025-11-20' }, summary: 'Ours.' }),
  };

  test('gives each source an entry linking to its page on the site, by outlet and date, with our summary and a link', () => {
    expect(sourceEntries([source], 'https://example.org/')).toEqual([
      {
        id: 'https://example.org/sources/example-outlet-2025-11-20/',
        url: 'https://example.org/sources/example-outlet-2025-11-20/',
        title: 'A headline (Outlet not identified)',
        summary: 'Ours.',
        content:
          '<p>Ours.</p><p><a href="https://example.org/sources/example-outlet-2025-11-20/">Read the article, kept word for word</a> (Outlet not identified, 20 November 2025)</p>',
        author: 'Outlet not identified',
        category: 'source',
        published: new Date('2025-11-20T00:00:00Z'),
      },
    ]);
  });

  test('says, as the list of sources does, where the title is ours (in its title too, which a reader may see alone) and where the day is inferred', () => {
    const ours: SourceEntry = {
      id: 'example-outlet-2025-11-20',
      data: sourceSchema.parse({
        title: 'Our title',
        titleFrom: 'editors',
        outlet: { note: 'Not known.' },
        published: { date: '2025-11-20', inferred: 'The copy says "on Thursday".' },
        summary: 'Ours.',
        es: { summary: 'Nuestro.', title: 'Nuestro título' },
      }),
    };
    const [english] = sourceEntries([ours], 'https://example.org/');
    expect(english!.title).toBe('Our title (Outlet not identified; the title is ours)');
    expect(english!.content).toBe(
      '<p>Ours.</p><p>Our copy has no headline; the title above is ours.</p><p><a href="https://example.org/sources/example-outlet-2025-11-20/">Read the article, kept word for word</a> (Outlet not identified, 20 November 2025, date inferred)</p>',
    );
    const [spanish] = sourceEntries([ours], 'https://example.org/', editionOf('es'));
    expect(spanish!.title).toBe('Nuestro título (Medio no identificado; el título es nuestro)');
    // The same page, but not the same entry: each edition's has an id of its own.
    expect([english!.id, spanish!.id]).toEqual(['https://example.org/sources/example-outlet-2025-11-20/', 'https://example.org/sources/example-outlet-2025-11-20/#es']);
    expect(spanish!.url).toBe(english!.url);
    expect(spanish!.content).toContain('<p>Nuestra copia no tiene titular; el título de arriba es nuestro.</p>');
    expect(spanish!.content).toContain('(Medio no identificado, 20 de noviembre de 2025, fecha deducida)');
  });

  test('says, as the source’s page does, where a title of ours is the words of the article’s web address', () => {
    const fromAddress: SourceEntry = {
      id: 'example-outlet-2025-11-20',
      data: sourceSchema.parse({
        title: 'Our title in its words',
        titleFrom: 'editors',
        url: 'https://news.example.com/world/our-title-in-its-words-abc',
        outlet: { name: 'Example Times' },
        published: { date: '2025-11-20' },
        summary: 'Ours.',
      }),
    };
    const [english] = sourceEntries([fromAddress], 'https://example.org/');
    expect(english!.content).toContain('<p>Our copy has no headline; the title above is ours, in the words of the article’s web address.</p>');
    const [spanish] = sourceEntries([fromAddress], 'https://example.org/', editionOf('es'));
    expect(spanish!.content).toContain('<p>Nuestra copia no tiene titular; el título de arriba es nuestro, con las palabras de la dirección web del artículo.</p>');
  });

  test('in the Spanish feed, marks a source’s own English title as English where the whole title is, and its page, in English, as English', () => {
    const named: SourceEntry = { ...source, data: { ...source.data, outlet: { name: 'Example Times' } } };
    const [spanish] = sourceEntries([named], 'https://example.org/', editionOf('es'));
    expect(spanish).toMatchObject({ title: 'A headline (Example Times)', titleLang: 'en', hreflang: 'en' });
    const [english] = sourceEntries([named], 'https://example.org/');
    expect(english).not.toHaveProperty('titleLang');
    expect(english).not.toHaveProperty('hreflang');
    const feed = atomFeed({ ...META, lang: 'es' }, [spanish!]);
    expect(feed).toContain('<title xml:lang="en">A headline (Example Times)</title>');
    expect(feed).toContain('<link rel="alternate" type="text/html" href="https://example.org/sources/example-outlet-2025-11-20/" hreflang="en"/>');
    // An outlet we name in Spanish makes the title mixed: left in the feed's language, its page still English.
    const [unnamed] = sourceEntries([source], 'https://example.org/', editionOf('es'));
    expect(unnamed).toMatchObject({ title: 'A headline (Medio no identificado)', hreflang: 'en' });
    expect(unnamed).not.toHaveProperty('titleLang');
    // So does a title of ours with no Spanish words: said to be ours, in Spanish.
    const [oursInEnglish] = sourceEntries([{ ...named, data: { ...named.data, titleFrom: 'editors' } }], 'https://example.org/', editionOf('es'));
    expect(oursInEnglish).toMatchObject({ title: 'A headline (Example Times; el título es nuestro)', hreflang: 'en' });
    expect(oursInEnglish).not.toHaveProperty('titleLang');
  });

  test('nests an outlet’s own brackets in square ones, in the title and the line naming the article: (Muslim Network TV [MNTV])', () => {
    const bracketed: SourceEntry = { ...source, data: { ...source.data, outlet: { name: 'Muslim Network TV (MNTV)' } } };
    const [entry] = sourceEntries([bracketed], 'https://example.org/');
    expect(entry!.title).toBe('A headline (Muslim Network TV [MNTV])');
    expect(entry!.content).toContain('</a> (Muslim Network TV [MNTV], 20 November 2025)</p>');
  });
});

describe('explainerEntries(explainers, site)', () => {
  const data = explainerSchema.parse({
    title: 'The explainer',
    description: 'What is reported.',
    published: '2026-11-21',
    updated: '2026-12-02',
    log: [
      { date: '2026-12-02', kind: 'correction', text: 'The toll was 14, not 15.' },
      { date: '2026-11-25', kind: 'update', text: 'Added the strike of 24 November.' },
    ],
  });
  const entries = explainerEntries([{ id: 'index', data }], 'https://example.org/');

  test('gives the explainer one entry, at the home page, by its editorial team, updated when its log says', () => {
    expect(entries[0]).toMatchObject({
      id: 'https://example.org/',
      url: 'https://example.org/',
      title: 'The explainer',
      summary: 'What is reported.',
      author: 'Strikes at Sea editorial team',
      authorUri: 'https://example.org/about/',
      category: 'explainer',
      published: new Date('2026-11-21T00:00:00Z'),
      updated: new Date('2026-12-02T00:00:00Z'),
    });
  });

  test('carries the explainer’s standfirst and what changed on the day it was last updated', () => {
    expect(entries[0]!.content).toBe(
      '<p>What is reported.</p><p>What changed on 2 December 2026:</p><ul><li>Correction: The toll was 14, not 15.</li></ul>' +
        '<p><a href="https://example.org/">Read the explainer</a> · <a href="https://example.org/#log-heading">every update and correction</a></p>',
    );
    const unchanged = explainerEntries([{ id: 'index', data: { ...data, updated: data.published, log: [] } }], 'https://example.org/')[0]!;
    expect(unchanged.content).toContain('<p>First published 21 November 2026.</p>');
  });

  test('gives each update and correction an entry of its own, carrying its full text, linking to itself in the log, numbered from the oldest (the number in its title too)', () => {
    expect(entries.slice(1).map((e) => [e.id, e.url, e.title, e.summary, e.category])).toEqual([
      ['https://example.org/#log-2026-12-02-2', 'https://example.org/#log-2026-12-02-2', 'Correction of 2 December 2026 (no. 2): The explainer', undefined, 'correction'],
      ['https://example.org/#log-2026-11-25-1', 'https://example.org/#log-2026-11-25-1', 'Update of 25 November 2026 (no. 1): The explainer', undefined, 'update'],
    ]);
    expect(entries[1]!.content).toBe(
      '<p>The toll was 14, not 15.</p><p><a href="https://example.org/#log-heading">Every update and correction</a> · <a href="https://example.org/">the explainer</a></p>',
    );
  });

  test('leaves out of a translation’s feed the original’s changes up to the day the translation was published, which its log gives', () => {
    const translation = { ...data, published: new Date('2026-11-25T00:00:00Z'), translates: new Date('2026-12-02T00:00:00Z') };
    const spanish = explainerEntries([{ id: 'es', data: translation }], 'https://example.org/', editionOf('es'));
    // The explainer, and the one change after its publication, numbered as in the whole log.
    expect(spanish.map((e) => e.id)).toEqual(['https://example.org/es/', 'https://example.org/es/#log-2026-12-02-2']);
    expect(spanish[1]!.title).toBe('Corrección del 2 de diciembre de 2026 (n.º 2): The explainer');
    // The English a change quotes is marked so, as on the page (WCAG 3.1.2); our translation after it is not.
    const quoting = { ...translation, log: [{ date: translation.translates, kind: 'correction' as const, text: 'Cita “details of the call” [«detalles de la llamada»] & más.' }] };
    const [first, change] = explainerEntries([{ id: 'es', data: quoting }], 'https://example.org/', editionOf('es'));
    expect(change!.content).toMatch(/^<p>Cita “<span lang="en">details of the call<\/span>” \[«detalles de la llamada»\] &amp; más\.<\/p>/);
    expect(first!.content).toContain('<li>Corrección: Cita “<span lang="en">details of the call</span>” [«detalles de la llamada»] &amp; más.</li>');
    // The original's own feed keeps every change.
    expect(explainerEntries([{ id: 'index', data: { ...data, published: new Date('2026-11-25T00:00:00Z') } }], 'https://example.org/')).toHaveLength(3);
  });
});
