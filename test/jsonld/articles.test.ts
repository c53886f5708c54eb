import type { NewsArticle, Organization } from 'schema-dts';
import { describe, expect, test } from 'vitest';
import { citedSources, explainerArticle, sourceArticle } from '../../src/jsonld/articles';
import { us } from '../../src/jsonld/organization';
import { explainerSchema } from '../../src/schemas/explainer';
import { sourceSchema } from '../../src/schemas/source';

const site = new URL('https://example.org/');
/** A node's properties, to read them whatever its schema-dts type. */
const fields = (node: unknown) => node as Record<string, any>;
const OURS = us(site)['@id'];

const source = (id: string, frontmatter: Record<string, unknown> = {}) => ({
  id,
  data: sourceSchema.parse({
    title: 'Trump confirms call',
    outlet: { name: 'Example Times', website: 'example.com' },
    published: { date: '2025-12-01' },
    url: 'https://example.com/story',
    summary: 'Ours.',
    ...frontmatter,
  }),
});

const explainer = explainerSchema.parse({
  title: 'What is reported',
  description: 'Two sentences.',
  published: '2026-11-21',
  updated: '2026-11-30',
  log: [
    { date: '2026-11-30', kind: 'correction', text: 'The toll was 14, not 15.' },
    { date: '2026-11-25', kind: 'update', text: 'A source added.' },
    { date: '2026-11-22', kind: 'correction', text: 'A date fixed.' },
  ],
});

describe('sourceArticle(source, site)', () => {
  const article = fields(sourceArticle(source('example-times-2025-12-01'), site));

  test('is the outlet’s article: its publisher, author and copyright are the outlet’s, never ours', () => {
    const outlet: Organization = { '@type': 'Organization', name: 'Example Times', url: 'https://example.com' };
    expect(article.publisher).toEqual(outlet);
    expect(article.author).toEqual(outlet);
    expect(article.copyrightHolder).toEqual(outlet);
    expect(JSON.stringify([article.publisher, article.author, article.copyrightHolder])).not.toContain(OURS);
  });

  test('is our copy of it: on our page, based on the original at the outlet’s address, dated the article’s own day; we only describe it', () => {
    expect(article.url).toBe('https://example.org/sources/example-times-2025-12-01/');
    expect(article['@id']).toBe('https://example.org/sources/example-times-2025-12-01/#article');
    expect(article.isBasedOn).toBe('https://example.com/story');
    expect(article.datePublished).toBe('2025-12-01');
    expect(article.sdPublisher).toEqual({ '@id': OURS });
  });

  test('gives a headline only where it is the article’s own, and the byline as its credit', () => {
    expect(article.headline).toBe('Trump confirms call');
    const ours = fields(sourceArticle(source('x', { titleFrom: 'editors', byline: 'Staff' }), site));
    expect(ours.headline).toBeUndefined();
    expect(ours.name).toBe('Trump confirms call');
    expect(ours.creditText).toBe('Staff');
  });

  test('names no publisher where the outlet is not known, and no original where its address is not', () => {
    const unknown = fields(sourceArticle(source('x', { outlet: { note: 'The copy names no outlet.' }, url: undefined }), site));
    expect(unknown.publisher).toBeUndefined();
    expect(unknown.author).toBeUndefined();
    expect(unknown.isBasedOn).toBeUndefined();
  });
});

describe('explainerArticle(explainer, { path, site, sources, citations })', () => {
  const sources = [source('a-2025-11-28'), source('b-2025-12-01'), source('c-2025-12-03')];
  const citations = [{ href: '/sources/b-2025-12-01/#p-3' }, { href: '/sources/a-2025-11-28/#p-1' }, { href: '/sources/b-2025-12-01/#p-9' }];
  const article = fields(explainerArticle(explainer, { path: '/', site, sources, citations }));

  test('is our background news article (an "explainer"), published and written by us', () => {
    expect(article['@type']).toBe('BackgroundNewsArticle');
    expect(article.author).toEqual({ '@id': OURS });
    expect(article.publisher).toEqual({ '@id': OURS });
    expect(article.headline).toBe('What is reported');
  });

  test('is modified on the day of its log’s newest entry, and lists each correction, not the updates', () => {
    expect(article.datePublished).toBe('2026-11-21');
    expect(article.dateModified).toBe('2026-11-30');
    expect(article.correction.map(fields).map((c: Record<string, string>) => [c.datePublished, c.text])).toEqual([
      ['2026-11-30', 'The toll was 14, not 15.'],
      ['2026-11-22', 'A date fixed.'],
    ]);
  });

  test('is based on, and cites, the sources it cites, each once, with its outlet and original', () => {
    const basis: Record<string, string>[] = article.isBasedOn.map(fields);
    expect(basis.map((b) => b['@id'])).toEqual(['https://example.org/sources/a-2025-11-28/#article', 'https://example.org/sources/b-2025-12-01/#article']);
    expect(basis.map((b) => [fields(b.publisher).name, b.isBasedOn])).toEqual([
      ['Example Times', 'https://example.com/story'],
      ['Example Times', 'https://example.com/story'],
    ]);
    expect(article.citation).toEqual(basis.map((b) => ({ '@id': b['@id'] })));
  });

  test('cites the dataset by its id when a citation is to a row of the data, or to a sum of its rows', () => {
    const withData = fields(explainerArticle(explainer, { path: '/', site, sources, citations: [{ href: '/data/#strike-18' }] }));
    expect(withData.citation).toEqual([{ '@id': 'https://example.org/data/#dataset' }]);
    // A translation cites its edition's data page: the same dataset.
    const spanish = fields(explainerArticle(explainer, { path: '/es/', site, sources, citations: [{ href: '/es/data/#strike-18' }], translationOf: '/' }));
    expect(spanish.citation).toEqual([{ '@id': 'https://example.org/data/#dataset' }]);
    expect(spanish.isBasedOn).toEqual([{ '@id': 'https://example.org/data/#dataset' }]);
    // A running total adds rows of it up, though it links to the row of a chart's table that gives the sum.
    const summed = fields(explainerArticle(explainer, { path: '/', site, sources, citations: [{ href: '/charts/strikes-over-time/#through-18', sum: '82 killed' }] }));
    expect(summed.citation).toEqual([{ '@id': 'https://example.org/data/#dataset' }]);
  });

  test('a translation names the article it translates, and the article its translations', () => {
    const spanish = fields(explainerArticle(explainer, { path: '/es/', site, sources, citations, translationOf: '/' }));
    expect(spanish.translationOfWork).toEqual({ '@id': 'https://example.org/#article' });
    expect(spanish.workTranslation).toBeUndefined();
    const english = fields(explainerArticle(explainer, { path: '/', site, sources, citations, translations: ['/es/'] }));
    expect(english.workTranslation).toEqual([{ '@id': 'https://example.org/es/#article' }]);
    expect(english.translationOfWork).toBeUndefined();
  });

  test('has no correction when its log has none, and a picture only when the page has one', () => {
    const quiet = fields(explainerArticle({ ...explainer, log: [] }, { path: '/', site, sources, citations }));
    expect(quiet.correction).toBeUndefined();
    expect(quiet.image).toBeUndefined();
    expect(fields(explainerArticle(explainer, { path: '/', site, sources, citations, image: 'https://example.org/og.png' })).image).toBe(
      'https://example.org/og.png',
    );
  });
});

test('citedSources(sources, citations) keeps the sources a citation links into, in their order', () => {
  const sources = [source('a'), source('ab'), source('b')];
  expect(citedSources(sources, [{ href: '/sources/b/#p-1' }, { href: '/sources/a/#p-2' }]).map((s) => s.id)).toEqual(['a', 'b']);
});

test('a property schema.org does not have on a type fails the type check (astro check, in npm test)', () => {
  const wrong: NewsArticle = {
    '@type': 'NewsArticle',
    // @ts-expect-error: "headlin" is not a property of NewsArticle; astro check fails if schema-dts ever stops saying so.
    headlin: 'A typo',
  };
  expect(wrong['@type']).toBe('NewsArticle');
});
