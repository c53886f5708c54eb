import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { isoDay } from './format/dates';
import { slug } from './format/slug';
import { csvLoader } from './loaders/csv';
import { sourcesLoader } from './loaders/sources';
import { reportedTotalId, reportedTotalsAcross, strikesAcross } from './checks/rowChecks';
import { explainerSchema } from './schemas/explainer';
import { type KeyEventRow, keyEventRowSchema } from './schemas/keyEvent';
import { type ReportedTotal, reportedTotalRowSchema } from './schemas/reportedTotal';
import { sourceSchema } from './schemas/source';
import { type Strike, strikeRowSchema } from './schemas/strike';

/** The five (and any further) news articles, one MDX file each in content/sources/. */
const sources = defineCollection({ loader: sourcesLoader(), schema: sourceSchema });

/** One entry per strike event, from content/data/strikes.csv (checked row by row by its loader). */
const strikes = defineCollection({
  loader: csvLoader({ file: 'content/data/strikes.csv', schema: strikeRowSchema, idOf: (row) => row.id, across: strikesAcross }),
  schema: z.custom<Strike>(),
});

/** Running totals as outlets reported them, from content/data/reported-totals.csv. */
const reportedTotals = defineCollection({
  loader: csvLoader({
    file: 'content/data/reported-totals.csv',
    schema: reportedTotalRowSchema,
    idOf: reportedTotalId,
    across: reportedTotalsAcross,
  }),
  schema: z.custom<ReportedTotal>(),
});

/** Dated events the charts mark, from content/data/events.csv. */
const keyEvents = defineCollection({
  loader: csvLoader({ file: 'content/data/events.csv', schema: keyEventRowSchema, idOf: (row) => `${isoDay(row.date)}-${slug(row.label)}` }),
  schema: z.custom<KeyEventRow>(),
});

/** The long-form explainer, written by us in MDX, citing the sources paragraph by paragraph. */
const explainer = defineCollection({ loader: glob({ base: './content/explainer', pattern: '*.mdx' }), schema: explainerSchema });

export const collections = { sources, strikes, reportedTotals, keyEvents, explainer };
