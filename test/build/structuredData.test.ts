import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { type HTMLElement, parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { CHART_IDS } from '../../src/charts/figures';
import { parseSearch } from '../../src/scripts/search/query';
import { builtFiles, urlOf } from '../helpers/pages';
import { expand, loadVocabulary, schemaOrgContext, type Vocabulary } from '../helpers/schemaOrg';
import { type ExpandedNode, isA, nodesOf, valueOf, valuesOf, vocabularyProblems } from '../helpers/structuredData';
import { ROOT } from '../helpers/site';

const siteDir = inject('siteDir');
const files = await builtFiles(siteDir);
const pages = files.filter((f) => f.endsWith('.html'));
/** Whether a built page asks not to be indexed: a page with no address of its own (the 404 page). */
const unlisted = async (file: string) => /<meta name="robots" content="noindex"/.test(await readFile(join(siteDir, file), 'utf8'));
const listed: string[] = [];
for (const file of pages) if (!(await unlisted(file))) listed.push(file);

let vocabulary: Vocabulary;
let context: object;
beforeAll(async () => {
  vocabulary = await loadVocabulary();
  context = schemaOrgContext(vocabulary);
});

interface Page {
  root: HTMLElement;
  /** The page's canonical address. */
  url: string;
  /** Its JSON-LD as written. */
  json: unknown[];
  /** Its JSON-LD expanded: the nodes of its graph. */
  graph: ExpandedNode[];
  /** Every node, nested ones included. */
  nodes: ExpandedNode[];
}

const read = async (file: string): Promise<Page> => {
  const root = parse(await readFile(join(siteDir, file), 'utf8'));
  const json = root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));
  const graph = (await Promise.all(json.map((j) => expand(j, context)))).flat() as ExpandedNode[];
  return { root, url: root.querySelector('link[rel=canonical]')!.getAttribute('href')!, json, graph, nodes: nodesOf(graph) };
};

/** The nodes of a page's graph of a type (or a type below it). */
const ofType = (page: Page, type: string) => page.graph.filter((n) => isA(n, type, vocabulary));
/** The one node of a page's graph of a type. */
const one = (page: Page, type: string) => {
  const found = ofType(page, type);
  expect(found.map((n) => n['@id'])).toHaveLength(1);
  return found[0]!;
};
/** The one `<time datetime>` inside an element. */
const timeIn = (element: HTMLElement | null) => element?.querySelector('time')?.getAttribute('datetime');
/** A built file for an address on the site. */
const fileFor = (url: string, origin: string) => {
  const path = decodeURIComponent(new URL(url).pathname).slice(1);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};
/** The rows of a data file of content/data/. */
const csv = async (name: string) => csvParse(await readFile(join(ROOT, 'content/data', name), 'utf8'));
/** Every string in a JSON value, at any depth. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(stringsIn) : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

test('a page with no address of its own (the 404 page, the offline page, and a chart’s embed, whose address is its chart’s page) describes nothing; every other page does', () => {
  // One per chart in each edition.
  const embeds = pages.filter((f) => /^(es\/)?charts\/[^/]+\/embed\/index\.html$/.test(f));
  expect(embeds).toHaveLength(CHART_IDS.length * 2);
  expect(pages.filter((f) => !listed.includes(f)).sort()).toEqual(['404.html', 'es/404.html', 'es/404/index.html', 'offline/index.html', ...embeds].sort());
});

test.each(pages.filter((f) => !listed.includes(f)))('%s has no JSON-LD', async (file) => {
  expect(await readFile(join(siteDir, file), 'utf8')).not.toContain('application/ld+json');
});

describe.each(listed)('%s', (file) => {
  test('has one JSON-LD block that expands against schema.org, with no network, using only its types and properties', async () => {
    const page = await read(file);
    expect(page.json).toHaveLength(1);
    expect(page.nodes.length).toBeGreaterThan(0);
    expect(page.nodes.flatMap((n) => vocabularyProblems(n, vocabulary))).toEqual([]);
  });

  test('names only addresses of this site that are built files', async () => {
    const page = await read(file);
    const origin = new URL(page.url).origin;
    const ours = stringsIn(page.json).filter((s) => s.startsWith(origin) && !s.includes('{'));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.map((u) => fileFor(u, origin)).filter((f) => !files.includes(f))).toEqual([]);
  });

  test('has the site’s organisation with its name, address and logo, and below the home page a breadcrumb trail to the page', async () => {
    const page = await read(file);
    const organization = one(page, 'Organization');
    expect([valueOf(organization, 'name'), valueOf(organization, 'url')]).toEqual(['Strikes at Sea', new URL('/', page.url).href]);
    // The one organisation of both editions, by its Spanish edition's name too.
    expect(valuesOf(organization, 'alternateName')).toEqual(['Ataques en el mar']);
    expect(valueOf(valuesOf(organization, 'logo')[0] as ExpandedNode, 'url')).toMatch(/\/icons\/icon-512\.png$/);
    const trails = ofType(page, 'BreadcrumbList');
    // Each edition's trail starts at its own home page: / or /es/.
    const home = urlOf(file).startsWith('/es/') ? '/es/' : '/';
    if (urlOf(file) === home) return expect(trails).toEqual([]);
    // Google: itemListElement, each ListItem with its position, name and item (https://developers.google.com/search/docs/appearance/structured-data/breadcrumb).
    const items = valuesOf(one(page, 'BreadcrumbList'), 'itemListElement') as ExpandedNode[];
    const crumbs = items.map((i) => [Number(valueOf(i, 'position')), valueOf(i, 'name'), valueOf(i, 'item')]);
    expect(crumbs.map((c) => c[0])).toEqual(crumbs.map((_, i) => i + 1));
    expect(crumbs.every((c) => typeof c[1] === 'string' && c[1].length > 0)).toBe(true);
    expect(crumbs[0]![2]).toBe(new URL(home, page.url).href);
    expect(crumbs.at(-1)![2]).toBe(page.url);
  });
});

describe('the home page', () => {
  test('has the site, with a search action at the search page’s address for the words a search engine fills in', async () => {
    const page = await read('index.html');
    const site = one(page, 'WebSite');
    expect([valueOf(site, 'name'), valueOf(site, 'url')]).toEqual(['Strikes at Sea', new URL('/', page.url).href]);
    const action = valuesOf(site, 'potentialAction')[0] as ExpandedNode;
    expect(isA(action, 'SearchAction', vocabulary)).toBe(true);
    const template = valueOf(valuesOf(action, 'target')[0] as ExpandedNode, 'urlTemplate')!;
    expect(valueOf(action, 'query-input')).toBe('required name=search_term_string');
    const address = new URL(template.replace('{search_term_string}', 'Cartel de los Soles'));
    expect(files).toContain(fileFor(address.href, address.origin));
    expect(parseSearch(address.searchParams).q).toBe('Cartel de los Soles');
  });

  test('is our background news article, with what Google recommends for an article, its dates as the page shows them', async () => {
    const page = await read('index.html');
    const article = one(page, 'NewsArticle');
    expect(article['@type']).toEqual(['http://schema.org/BackgroundNewsArticle']);
    // Google's recommended properties for an Article: author (name, url), dateModified, datePublished, headline, image
    // (https://developers.google.com/search/docs/appearance/structured-data/article). The image is the page's own picture, where it has one.
    expect(valueOf(article, 'headline')).toBe(page.root.querySelector('h1')!.textContent);
    const author = valueOf(article, 'author');
    expect(author).toBe(one(page, 'Organization')['@id']);
    expect(valueOf(article, 'publisher')).toBe(author);
    // The byline shows both days: published, then updated.
    const [published, updated] = page.root.querySelectorAll('.explainer header .byline time').map((t) => t.getAttribute('datetime'));
    expect([valueOf(article, 'datePublished'), valueOf(article, 'dateModified')]).toEqual([published, updated]);
    expect(valueOf(article, 'datePublished')).toBe(timeIn(page.root.querySelector('.update-log > .meta')));
    expect(valueOf(article, 'image')).toBe(page.root.querySelector('meta[property="og:image"]')?.getAttribute('content'));
    expect(valueOf(article, 'url')).toBe(page.url);
  });

  test('lists each correction of the updates log as the page shows it, and none of the updates', async () => {
    const page = await read('index.html');
    const corrections = (valuesOf(one(page, 'NewsArticle'), 'correction') as ExpandedNode[]).map((c) => {
      expect(isA(c, 'CorrectionComment', vocabulary)).toBe(true);
      return [valueOf(c, 'datePublished'), valueOf(c, 'text')];
    });
    const shown = page.root
      .querySelectorAll('.update-log li')
      .filter((li) => li.querySelector('strong')!.textContent === 'Correction')
      .map((li) => [timeIn(li), li.textContent.replace(/^[^:]*Correction: /, '').trim()]);
    expect(shown.length).toBeGreaterThan(0);
    expect(corrections).toEqual(shown);
  });

  test('is based on each source the page cites, with its outlet and its original address as its own page gives them', async () => {
    const page = await read('index.html');
    const article = one(page, 'NewsArticle');
    const cited = [...new Set(page.root.querySelectorAll('.explainer a[href^="/sources/"]').map((a) => a.getAttribute('href')!.split('#')[0]!))].filter((h) => h !== '/sources/');
    const basis = (valuesOf(article, 'isBasedOn') as ExpandedNode[]).filter((n) => n['@type']);
    expect(basis.map((b) => new URL(b['@id']!).pathname).sort()).toEqual(cited.sort());
    for (const work of basis) {
      const source = await read(fileFor(work['@id']!, new URL(page.url).origin));
      expect(valueOf(work, 'isBasedOn')).toBe(factsOf(source.root).Original?.querySelector('a')?.getAttribute('href'));
      expect(valueOf((valuesOf(work, 'publisher')[0] as ExpandedNode | undefined) ?? {}, 'name')).toBe(outletShown(source.root));
    }
    expect(valuesOf(article, 'citation').sort()).toEqual(basis.map((b) => b['@id']).concat(new URL('/data/#dataset', page.url).href).sort());
  });
});

/** A source page's facts (its <dl class="facts">): each <dd> by its <dt>. */
function factsOf(root: HTMLElement): Record<string, HTMLElement> {
  const facts: Record<string, HTMLElement> = {};
  for (const dt of root.querySelectorAll('.facts dt')) facts[dt.textContent.trim()] = dt.nextElementSibling!;
  return facts;
}
/** The outlet a source page names above its headline, or undefined where its facts say it is not identified. */
const outletShown = (root: HTMLElement) => (factsOf(root).Outlet!.querySelector('.flag') ? undefined : root.querySelector('.kicker .outlet')!.textContent.trim());

describe.each(pages.filter((f) => /^sources\/[^/]+\/index\.html$/.test(f)))('the source page %s', (file) => {
  test('describes the article it keeps as the outlet’s, never ours: its publisher, author and copyright the outlet named on the page', async () => {
    const page = await read(file);
    const article = one(page, 'NewsArticle');
    const ours = one(page, 'Organization')['@id'];
    const outlet = outletShown(page.root);
    for (const role of ['publisher', 'author', 'copyrightHolder', 'creator']) {
      const parties = valuesOf(article, role) as (ExpandedNode | string)[];
      expect(parties.filter((p) => p === ours || (typeof p === 'object' && p['@id'] === ours))).toEqual([]);
      if (role !== 'creator') expect(parties.map((p) => valueOf(p as ExpandedNode, 'name'))).toEqual(outlet ? [outlet] : []);
    }
    expect(valueOf(article, 'sdPublisher')).toBe(ours);
  });

  test('is based on the original at the address the page gives, dated as the page shows, headed only by the article’s own headline', async () => {
    const page = await read(file);
    const article = one(page, 'NewsArticle');
    const facts = factsOf(page.root);
    expect(valueOf(article, 'isBasedOn')).toBe(facts.Original!.querySelector('a')?.getAttribute('href'));
    expect(valueOf(article, 'datePublished')).toBe(timeIn(facts.Published!));
    const title = page.root.querySelector('h1')!.textContent;
    // The page says where the headline is ours: then the article has a name, not a headline.
    expect([valueOf(article, 'headline'), valueOf(article, 'name')]).toEqual(facts.Headline ? [undefined, title] : [title, undefined]);
    expect(valueOf(article, 'url')).toBe(page.url);
  });
});

describe('the data page', () => {

  test('is a dataset with what Google requires and recommends that applies to it', async () => {
    const dataset = one(await read('data/index.html'), 'Dataset');
    // Google requires name and a description of 50 to 5,000 characters, and recommends (of what applies here)
    // creator, license, temporalCoverage, spatialCoverage, variableMeasured, distribution, isBasedOn,
    // isAccessibleForFree and url (https://developers.google.com/search/docs/appearance/structured-data/dataset).
    expect(valueOf(dataset, 'name')!.length).toBeGreaterThan(0);
    expect(valueOf(dataset, 'description')!.length).toBeGreaterThanOrEqual(50);
    expect(valueOf(dataset, 'description')!.length).toBeLessThanOrEqual(5000);
    for (const property of ['creator', 'license', 'temporalCoverage', 'spatialCoverage', 'variableMeasured', 'distribution', 'isBasedOn', 'isAccessibleForFree', 'url'])
      expect(valuesOf(dataset, property), property).not.toEqual([]);
  });

  test('offers as CSV downloads the files the page links to, under the licence the page names', async () => {
    const page = await read('data/index.html');
    const dataset = one(page, 'Dataset');
    const downloads = (valuesOf(dataset, 'distribution') as ExpandedNode[]).map((d) => [new URL(valueOf(d, 'contentUrl')!).pathname, valueOf(d, 'encodingFormat')]);
    expect(downloads).toEqual(page.root.querySelectorAll('section > p > a[download]').map((a) => [a.getAttribute('href'), 'text/csv']));
    expect(downloads.map(([path]) => path)).toEqual(['/data/strikes.csv', '/data/regions.csv', '/data/places.csv', '/data/reported-totals.csv', '/data/events.csv', '/data/outlets.csv']);
    expect(valueOf(dataset, 'license')).toBe(page.root.querySelector('a[rel=license]')!.getAttribute('href'));
  });

  test('names every column the page describes as a variable, with its description, and covers the days of the rows', async () => {
    const page = await read('data/index.html');
    const dataset = one(page, 'Dataset');
    const variables = (valuesOf(dataset, 'variableMeasured') as ExpandedNode[]).map((v) => [valueOf(v, 'name'), valueOf(v, 'description')]);
    const sections = page.root.querySelectorAll('section').filter((s) => s.querySelector(':scope > p > a[download]') && s.querySelector('.columns'));
    const described = sections.flatMap((s) => {
      const file = s.querySelector(':scope > p > a[download]')!.getAttribute('href')!.split('/').at(-1);
      return s.querySelectorAll('.columns dt').map((dt) => [`${dt.textContent.trim()} (${file})`, dt.nextElementSibling!.textContent.trim()]);
    });
    expect(variables).toEqual(described);
    const days = [...(await csv('strikes.csv')).map((r) => r.date!), ...(await csv('reported-totals.csv')).map((r) => r.as_of!)].sort();
    expect(valueOf(dataset, 'temporalCoverage')).toBe(`${days[0]}/${days.at(-1)}`);
  });

  test('is based on every report a row cites, and on the sources whose figures the totals add', async () => {
    const page = await read('data/index.html');
    // A node named only by its id is that id.
    const basis = (valuesOf(one(page, 'Dataset'), 'isBasedOn') as (ExpandedNode | string)[]).map((b) => (typeof b === 'string' ? b : (valueOf(b, 'url') ?? b['@id'])));
    const cited = [...(await csv('strikes.csv')).map((r) => r.source_url), ...(await csv('reported-totals.csv')).map((r) => r.source_url)];
    expect(cited.filter((url) => !basis.includes(url))).toEqual([]);
    // Each source by the id its own page gives its article.
    const sources = files.filter((f) => /^sources\/[^/]+\/index\.html$/.test(f));
    expect(sources.length).toBeGreaterThanOrEqual(5);
    for (const file of sources) expect(basis).toContain(one(await read(file), 'NewsArticle')['@id']);
  });
});

describe('a strike’s page', () => {
  const strikePages = files.filter((f) => /^strikes\/\d+[a-z]?\/index\.html$/.test(f));

  test.each(strikePages)('%s is a page of ours about its strike, based on our data and the reports its row names, citing the sources it quotes', async (file) => {
    const page = await read(file);
    const row = (await csv('strikes.csv')).find((r) => `strikes/${r.id}/index.html` === file)!;
    const webPage = one(page, 'WebPage');
    expect([valueOf(webPage, 'url'), valueOf(webPage, 'name')]).toEqual([page.url, page.root.querySelector('h1')!.textContent.trim()]);
    expect(valueOf(webPage, 'publisher')).toBe(one(page, 'Organization')['@id']);
    // A node named by its id alone is its id; a report is a node with its address.
    const basis = (valuesOf(webPage, 'isBasedOn') as (string | ExpandedNode)[]).map((b) => (typeof b === 'string' ? b : valueOf(b, 'url')));
    expect(basis).toEqual([new URL('/data/#dataset', page.url).href, row.source_url, ...row.other_sources!.split(/\s+;\s+/).filter(Boolean).map((o) => o.split(/\s/)[0])]);
    const quoted = new Set(page.root.querySelectorAll('.mentions .meta a').map((a) => new URL(a.getAttribute('href')!.replace(/#.*/, '#article'), page.url).href));
    expect(valuesOf(webPage, 'citation')).toEqual([...quoted]);
  });

  test('a confirmed strike is an event on the day and in the region its row gives; the unconfirmed claim is no event', async () => {
    for (const row of await csv('strikes.csv')) {
      const page = await read(`strikes/${row.id}/index.html`);
      const events = ofType(page, 'Event');
      if (row.status === 'unconfirmed') {
        expect(events, row.id).toEqual([]);
        expect(valuesOf(one(page, 'WebPage'), 'about')).toEqual([]);
        continue;
      }
      const event = one(page, 'Event');
      expect(valueOf(one(page, 'WebPage'), 'about')).toBe(event['@id']);
      expect(valueOf(event, 'startDate'), row.id).toBe(row.date);
      const place = valuesOf(event, 'location')[0] as ExpandedNode;
      expect(valueOf(place, 'name')).toBe(row.region);
      // Coordinates only where a report gives them: a described point is ours, so it is in words.
      expect(valuesOf(place, 'geo').length > 0, row.id).toBe(row.position_precision === 'reported');
    }
  });
});

describe('the list of strikes', () => {
  test.each(['strikes/index.html', 'strikes/caribbean/2025-10/index.html'])('%s lists the strike pages it links to, in its order', async (file) => {
    const page = await read(file);
    // A breadcrumb trail is an ItemList too: the list of strikes is the one of that type itself.
    const lists = page.graph.filter((n) => n['@type']?.includes('http://schema.org/ItemList'));
    expect(lists).toHaveLength(1);
    const items = (valuesOf(lists[0]!, 'itemListElement') as ExpandedNode[]).sort((a, b) => Number(valueOf(a, 'position')) - Number(valueOf(b, 'position')));
    const shown = page.root.querySelectorAll('.strike-list .name a').map((a) => new URL(a.getAttribute('href')!, page.url).href);
    expect(items.map((i) => valueOf(i, 'url'))).toEqual(shown);
    expect(items.map((i) => valueOf(i, 'name'))).toEqual(page.root.querySelectorAll('.strike-list .name a').map((a) => a.textContent.trim()));
  });
});

describe('the checks of structured data', () => {
  test('find a type or a property schema.org does not have, and a property of another type', async () => {
    const document = { '@context': 'https://schema.org', '@id': 'https://example.org/#a', '@type': 'NewsArticle', headlin: 'x', distribution: 'y' };
    const wrongType = { '@context': 'https://schema.org', '@type': 'NewsArtcle', name: 'x' };
    const problems = nodesOf([...(await expand(document, context)), ...(await expand(wrongType, context))]).flatMap((n) => vocabularyProblems(n, vocabulary));
    expect(problems).toEqual([
      'NewsArticle: distribution is not a property of it',
      'https://example.org/#a: http://schema.org/headlin is not a schema.org property',
      'a node: NewsArtcle is not a schema.org type',
    ]);
  });

  test('load no context but schema.org’s, as the tests have no network', async () => {
    await expect(expand({ '@context': 'https://example.org/context.jsonld', name: 'x' }, context)).rejects.toMatchObject({
      details: { cause: { message: 'the tests have no network, and https://example.org/context.jsonld is not schema.org’s context' } },
    });
  });
});
