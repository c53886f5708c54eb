import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CSV_FILES } from './checks/dataFiles';
import { aliasesLoader } from './loaders/aliases';
import { chartSettingsLoader } from './loaders/chartSettings';
import { readAgainWhenCodeChanges } from './loaders/codeVersion';
import { csvLoader } from './loaders/csv';
import { glossaryLoader } from './loaders/glossary';
import { sourcesLoader } from './loaders/sources';
import { withYamlProblems } from './loaders/yamlProblems';
import type { AliasGroup } from './schemas/aliases';
import type { ChartSettings } from './schemas/chartSettings';
import { explainerSchema } from './schemas/explainer';
import { pageSchema } from './schemas/page';
import type { Glossary } from './schemas/glossary';
import type { KeyEventRow } from './schemas/keyEvent';
import type { Outlet } from './schemas/outlet';
import type { Place } from './schemas/place';
import type { RegionArea } from './schemas/region';
import type { ReportedTotal } from './schemas/reportedTotal';
import { sourceEntrySchema } from './schemas/source';
import type { Strike } from './schemas/strike';

/**
 * The five (and any further) news articles, one MDX file each in content/sources/, with their numbered blocks.
 * Each of the three collections read by Astro's glob loader, which keeps an unchanged file's entry from the
 * build before, reads every file again when the code its entries are made with has changed (src/loaders/codeVersion.ts).
 */
const sources = defineCollection({ loader: readAgainWhenCodeChanges(sourcesLoader()), schema: sourceEntrySchema });

/**
 * One entry per strike event, from content/data/strikes.csv (checked row by row by its loader), each
 * position checked against Natural Earth's coastlines and its region's edges (content/data/regions.csv).
 */
const strikes = defineCollection({ loader: csvLoader(CSV_FILES.strikes), schema: z.custom<Strike>() });

/** The sea area of each region, from content/data/regions.csv: what the map draws, and what positions are checked against. */
const regions = defineCollection({ loader: csvLoader(CSV_FILES.regions), schema: z.custom<RegionArea>() });

/** The names the map prints, from content/data/places.csv. */
const places = defineCollection({ loader: csvLoader(CSV_FILES.places), schema: z.custom<Place>() });

/** Running totals as outlets reported them, from content/data/reported-totals.csv. */
const reportedTotals = defineCollection({ loader: csvLoader(CSV_FILES.reportedTotals), schema: z.custom<ReportedTotal>() });

/** Dated events the charts mark, from content/data/events.csv. */
const keyEvents = defineCollection({ loader: csvLoader(CSV_FILES.keyEvents), schema: z.custom<KeyEventRow & { at: { line: number; row: number } }>() });

/** The outlets behind the sites that further reports on a strike are on, from content/data/outlets.csv. */
const outlets = defineCollection({ loader: csvLoader(CSV_FILES.outlets), schema: z.custom<Outlet>() });

/** What the charts say that their data cannot (content/data/charts.yml): one entry, `charts`. */
const chartSettings = defineCollection({ loader: chartSettingsLoader(), schema: z.custom<ChartSettings>() });

/** Search's groups of names for one thing (content/search/aliases.yml): one entry, `aliases`, of `{ groups }`. */
const aliases = defineCollection({ loader: aliasesLoader(), schema: z.custom<{ groups: AliasGroup[] }>() });

/**
 * The long-form explainer, written by us in MDX, citing the sources paragraph by paragraph: index.mdx
 * (id `index`) and its translations, es/index.mdx (id `es`).
 */
const explainer = defineCollection({ loader: readAgainWhenCodeChanges(withYamlProblems(glob({ base: './content/explainer', pattern: '**/*.mdx' }))), schema: explainerSchema });

/** Our pages about the site, in MDX (content/pages/about.mdx is /about/): who we are, how we work, how we correct. */
const pages = defineCollection({ loader: readAgainWhenCodeChanges(withYamlProblems(glob({ base: './content/pages', pattern: '*.mdx' }))), schema: pageSchema });

/** Each edition's words for the data's English (content/data/glossary.es.yml): one entry per edition, `es`. */
const glossaries = defineCollection({ loader: glossaryLoader(), schema: z.custom<{ file: string; words: Glossary }>() });

export const collections = { sources, strikes, regions, places, reportedTotals, keyEvents, outlets, chartSettings, aliases, explainer, pages, glossaries };
