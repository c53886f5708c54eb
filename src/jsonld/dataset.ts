import type { CreativeWork, DataDownload, Dataset, PropertyValue, WebPage } from 'schema-dts';
import { isoDay } from '../format/dates';
import { withoutCode } from '../format/segments';
import { reportTitle } from '../domain/reportTitles';
import { SOURCES_PAGE, type SourceEntry, sourcesPageHref } from '../domain/sources';
import type { ReportedTotal } from '../schemas/reportedTotal';
import type { Strike } from '../schemas/strike';
import { DATA_LICENCE, defaultLocale, SITE_LANGUAGE } from '../site';
import { absolute } from './graph';
import { DATA_PATH, datasetId, sourceArticleId } from './ids';
import { us } from './organization';

/** A report a data row was read from, as the row cites it. */
export interface CitedReport {
  title: string;
  outlet?: string;
  url: string;
}

/** Every report the rows cite (strikes.csv's source columns, reported-totals.csv's outlet and source), once each, as its first row cites it. */
export function citedReports(strikes: readonly Strike[], totals: readonly ReportedTotal[]): CitedReport[] {
  const cited = [
    ...strikes.map((s) => s.source),
    ...totals.flatMap((t) => (t.source.url ? [{ title: t.source.title, outlet: t.outlet, url: t.source.url }] : [])),
  ];
  const once = new Map<string, CitedReport>();
  for (const report of cited) if (!once.has(report.url)) once.set(report.url, report);
  return [...once.values()];
}

/** A cited report as a creative work: its headline as its name, or the row's description of it. */
function reportWork({ title, outlet, url }: CitedReport): CreativeWork {
  const { kind, text } = reportTitle(title);
  return {
    '@type': 'CreativeWork',
    url,
    ...(kind === 'described' ? { description: text } : { name: text }),
    ...(outlet && { publisher: { '@type': 'Organization', name: outlet } }),
  };
}

/** One downloadable file of the dataset, with the columns the schemas describe. */
export interface DataFile {
  /** Its address on the site: "/data/strikes.csv". */
  path: string;
  /** What it is: "Strike events". */
  title: string;
  /** A sentence or two on what it holds. */
  about: string;
  /** Its columns, each with its description from the schema (src/schemas/). */
  columns: readonly { name: string; description: string }[];
}

/** What the data page gives the dataset's description. */
export interface DatasetInput {
  site: URL;
  name: string;
  description: string;
  files: readonly DataFile[];
  strikes: readonly Strike[];
  totals: readonly ReportedTotal[];
  /** Where the strikes happened: the regions of strikes.csv. */
  regions: readonly string[];
  /** Our sources, whose own figures the reported-totals download adds. */
  sources: readonly SourceEntry[];
}

const fileName = (path: string) => path.split('/').at(-1)!;

/**
 * Up to this many of our sources (a page of the list of sources), the dataset names each by its article's
 * id; past it, it names the list of sources, whose pages name each. Ten thousand ids made a megabyte of the
 * data page, which a first visit saves for offline reading.
 */
export const SOURCES_NAMED = SOURCES_PAGE;

/**
 * The strike data as a dataset: its CSV downloads, each column as a variable (named with its file, as
 * both files have a `killed`), its licence, the days and waters its rows cover, us as its creator, and
 * every report its rows were read from, with our sources whose figures the totals add (each by its id, as its
 * own page describes it; past SOURCES_NAMED of them, the list of sources).
 */
export function strikeDataset({ site, name, description, files, strikes, totals, regions, sources }: DatasetInput): Dataset {
  const page = absolute(DATA_PATH, site);
  const days = [...strikes.map((s) => s.date), ...totals.map((t) => t.asOf)].sort((a, b) => a.getTime() - b.getTime());
  const distribution: DataDownload[] = files.map((f) => ({
    '@type': 'DataDownload',
    name: fileName(f.path),
    description: `${f.title}: ${f.about}`,
    contentUrl: absolute(f.path, site),
    encodingFormat: 'text/csv',
  }));
  const variables: PropertyValue[] = files.flatMap((f) =>
    f.columns.map((c) => ({ '@type': 'PropertyValue', name: `${c.name} (${fileName(f.path)})`, description: withoutCode(c.description) })),
  );
  return {
    '@type': 'Dataset',
    '@id': datasetId(site),
    name,
    description,
    url: page,
    inLanguage: SITE_LANGUAGE,
    creator: us(site),
    publisher: us(site),
    license: DATA_LICENCE.url,
    isAccessibleForFree: true,
    ...(days.length > 0 && { temporalCoverage: `${isoDay(days[0]!)}/${isoDay(days.at(-1)!)}` }),
    spatialCoverage: regions.map((region) => ({ '@type': 'Place', name: region })),
    variableMeasured: variables,
    distribution,
    // Each source by its id: its own page describes it in full (written out here, a 10,000-source archive
    // made 6 MB of this page); past SOURCES_NAMED, the list of sources, by its address.
    isBasedOn: [
      ...citedReports(strikes, totals).map(reportWork),
      ...(sources.length <= SOURCES_NAMED ? sources.map((s) => ({ '@id': sourceArticleId(s.id, site) })) : [absolute(sourcesPageHref(defaultLocale, 1), site)]),
    ],
  };
}

/**
 * The data page of another edition: a page in its language about the dataset, which the English data page
 * describes in full (the same rows, named by its node id).
 */
export function dataPage({ site, path, name, description, inLanguage }: { site: URL; path: string; name: string; description: string; inLanguage: string }): WebPage {
  const page = absolute(path, site);
  return { '@type': 'WebPage', '@id': page, url: page, name, description, inLanguage, about: { '@id': datasetId(site) }, publisher: us(site) };
}
