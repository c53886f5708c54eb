import { z } from 'astro/zod';

/** A site as a report's address names it, without "www.": "airwars.org", "english.elpais.com". */
const SITE = /^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** The columns of content/data/outlets.csv, each described for the data page. */
export const outletColumns = z.strictObject({
  site: z
    .string()
    .trim()
    .regex(SITE, { error: 'expected a site as its addresses name it, in lower case and without "www." (airwars.org)' })
    .describe('The site, as a report’s address names it, without "www.".'),
  name: z.string().trim().min(1, { error: 'expected the outlet’s name' }).describe('The outlet’s name, as a strike’s page prints it for the reports on that site.'),
});

/** One row of content/data/outlets.csv: the name of the outlet behind a site that further reports are on. */
export const outletRowSchema = outletColumns;

export type Outlet = z.output<typeof outletRowSchema>;
