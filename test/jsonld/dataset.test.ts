import { describe, expect, test } from 'vitest';
import type { SourceEntry } from '../../src/domain/sources';
import { citedReports, SOURCES_NAMED, strikeDataset } from '../../src/jsonld/dataset';
import type { ReportedTotal } from '../../src/schemas/reportedTotal';
import type { Strike } from '../../src/schemas/strike';
import { DATA_LICENCE } from '../../src/site';

const site = new URL('https://example.org/');
/** A node's properties, to read them whatever its schema-dts type. */
const fields = (node: unknown) => node as Record<string, any>;
const strike = (id: string, day: string, url: string) =>
  ({ id, date: new Date(`${day}T00:00:00Z`), source: { title: `Report ${id}`, outlet: 'BNO News', url } }) as unknown as Strike;
const total = (day: string, title: string, url: string | undefined) =>
  ({ asOf: new Date(`${day}T00:00:00Z`), outlet: 'CBS News', source: { title, url } }) as unknown as ReportedTotal;

const strikes = [strike('1', '2025-09-02', 'https://a.example/1'), strike('2', '2025-09-15', 'https://a.example/2'), strike('3', '2025-10-03', 'https://a.example/1')];
const totals = [total('2025-10-14', '[desc] CBS/AP report on Oct 14 strike', 'https://b.example/x'), total('2026-01-01', 'Totals', 'https://a.example/2')];

test('citedReports(strikes, totals) lists each report the rows cite once, in row order', () => {
  expect(citedReports(strikes, totals).map((r) => r.url)).toEqual(['https://a.example/1', 'https://a.example/2', 'https://b.example/x']);
});

describe('strikeDataset(input)', () => {
  const files = [
    { path: '/data/strikes.csv', title: 'Strike events', about: 'One row per strike.', columns: [{ name: 'killed', description: 'Deaths as announced.' }] },
    { path: '/data/reported-totals.csv', title: 'Reported totals', about: 'Totals as printed.', columns: [{ name: 'killed', description: 'People killed so far.' }] },
  ];
  const dataset = fields(strikeDataset({ site, name: 'Strikes', description: 'About the strikes.', files, strikes, totals, regions: ['Caribbean', 'Eastern Pacific'], sources: [] }));

  test('offers each CSV file as a download, at its address on the site', () => {
    expect(dataset.distribution).toEqual([
      { '@type': 'DataDownload', name: 'strikes.csv', description: 'Strike events: One row per strike.', contentUrl: 'https://example.org/data/strikes.csv', encodingFormat: 'text/csv' },
      { '@type': 'DataDownload', name: 'reported-totals.csv', description: 'Reported totals: Totals as printed.', contentUrl: 'https://example.org/data/reported-totals.csv', encodingFormat: 'text/csv' },
    ]);
  });

  test('names each column as a variable with its file, since both files have a `killed`', () => {
    expect(dataset.variableMeasured.map((v: Record<string, string>) => [v.name, v.description])).toEqual([
      ['killed (strikes.csv)', 'Deaths as announced.'],
      ['killed (reported-totals.csv)', 'People killed so far.'],
    ]);
  });

  test('covers the days from the first row to the last of either file, and the regions of the strikes', () => {
    expect(dataset.temporalCoverage).toBe('2025-09-02/2026-01-01');
    expect(dataset.spatialCoverage).toEqual([
      { '@type': 'Place', name: 'Caribbean' },
      { '@type': 'Place', name: 'Eastern Pacific' },
    ]);
  });

  test('is ours under its licence, based on every report its rows cite: a headline as its name, a description as such', () => {
    expect(dataset.license).toBe(DATA_LICENCE.url);
    expect(dataset.creator).toEqual({ '@id': 'https://example.org/#organization' });
    expect(dataset.isBasedOn).toEqual([
      { '@type': 'CreativeWork', url: 'https://a.example/1', name: 'Report 1', publisher: { '@type': 'Organization', name: 'BNO News' } },
      { '@type': 'CreativeWork', url: 'https://a.example/2', name: 'Report 2', publisher: { '@type': 'Organization', name: 'BNO News' } },
      { '@type': 'CreativeWork', url: 'https://b.example/x', description: 'CBS/AP report on Oct 14 strike', publisher: { '@type': 'Organization', name: 'CBS News' } },
    ]);
  });

  test('names each of our sources whose figures the totals add by its article’s id, as its own page describes it, not in full', () => {
    const withSources = fields(
      strikeDataset({ site, name: 'Strikes', description: 'About the strikes.', files, strikes, totals, regions: [], sources: [{ id: 'a-2025-11-28' }, { id: 'b-2025-12-01' }] as SourceEntry[] }),
    );
    expect(withSources.isBasedOn.slice(3)).toEqual([{ '@id': 'https://example.org/sources/a-2025-11-28/#article' }, { '@id': 'https://example.org/sources/b-2025-12-01/#article' }]);
  });

  test(`past ${SOURCES_NAMED} sources, names the list of sources instead, whose pages name each: the page does not grow with the archive`, () => {
    const based = (count: number) =>
      fields(
        strikeDataset({
          site,
          name: 'Strikes',
          description: 'About the strikes.',
          files,
          strikes,
          totals,
          regions: [],
          sources: Array.from({ length: count }, (_, i) => ({ id: `s-${i}` })) as SourceEntry[],
        }),
      ).isBasedOn.slice(3);
    expect(based(SOURCES_NAMED)).toHaveLength(SOURCES_NAMED);
    expect(based(SOURCES_NAMED).at(-1)).toEqual({ '@id': `https://example.org/sources/s-${SOURCES_NAMED - 1}/#article` });
    expect(based(SOURCES_NAMED + 1)).toEqual(['https://example.org/sources/']);
    expect(based(10_000)).toEqual(['https://example.org/sources/']);
  });

  test('is described on the data page, where an article that cites a row finds it by its id', () => {
    expect(dataset['@id']).toBe('https://example.org/data/#dataset');
    expect(dataset.url).toBe('https://example.org/data/');
  });
});
