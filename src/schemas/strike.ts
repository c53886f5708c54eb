import { z } from 'astro/zod';
import { afterToday, BEFORE_CAMPAIGN, beforeCampaign, calendarDate, DAY_TO_COME, optionalCalendarDate, optionalLatitude, optionalLongitude, STRIKE_ID, webAddress } from './common';

/** The regions the strikes took place in. */
export const regions = ['Caribbean', 'Eastern Pacific'] as const;
export type Region = (typeof regions)[number];

/** How well a strike's position is known, best first. */
export const positionPrecisions = ['reported', 'described', 'region'] as const;
export type PositionPrecision = (typeof positionPrecisions)[number];

/** The most one row counts: more people, strikes or vessels than any event of a campaign has is a typo (digits pasted twice). */
const MOST = 100_000;

/** A count cell: a whole number of 0 or more, or empty where nothing is known. */
const count = z
  .string()
  .regex(/^(\d+)?$/, { error: 'expected a whole number of 0 or more (or an empty cell)' })
  .transform((cell) => (cell === '' ? undefined : Number(cell)))
  // Checked on the number, so only once the cell is one.
  .refine((n) => n === undefined || n <= MOST, { error: `expected a count of one strike event, at most ${MOST.toLocaleString('en')} (a typo?)` });

const text = z.string().transform((cell) => cell.trim());
/** One of a row's other reports: a web address, with a note in brackets after it if need be ("https://… (UPI)"). */
const OTHER_REPORT = /^https?:\/\/[^\s/]+\.\S*(?:\s*\(.*\))?$/;
const required = (what: string) => z.string().trim().min(1, { error: `expected ${what}` });

/** The columns of the file, each described for the data page. */
export const strikeColumns = z.strictObject({
  id: z
    .string()
    .trim()
    .regex(STRIKE_ID, { error: 'expected an event number from 1, no leading zero, with a letter after it for an event between two ("4a"): it is the address of the strike’s page' })
    .describe('Stable event id (the research event number; "4a" for the unconfirmed claim); the strike’s page is /strikes/<id>/.'),
  status: z.enum(['cited', 'unconfirmed'], { error: 'expected cited or unconfirmed' }).describe('`cited`: announced and reported (the tables on the site say “announced”); `unconfirmed`: claimed but never matched to a strike, kept out of sums.'),
  date: calendarDate.describe('The day of the strike.'),
  date_note: text.describe('How the date was established.'),
  announced_date: optionalCalendarDate.describe('The day it was announced, where that differs or is known.'),
  region: z.enum(regions, { error: `expected one of: ${regions.join(', ')}` }).describe('`Caribbean` or `Eastern Pacific`.'),
  lat: optionalLatitude.describe('Latitude of the position, in decimal degrees (north positive); empty where only the region is known.'),
  lon: optionalLongitude.describe('Longitude, in decimal degrees (east positive, so west is negative).'),
  position_precision: z
    .enum(positionPrecisions, {
      error: 'expected reported (coordinates given by a report), described (worked out from a report’s description) or region (only the sea area is known)',
    })
    .describe('`reported`: coordinates given by a report; `described`: worked out from a description in a report; `region`: only the sea area is known.'),
  position_source: text.describe('The words the position rests on, and how a described point was worked out; empty for a region-only row where no report says more than the region.'),
  strikes: count.describe('Strikes in the event (three strikes on 27 October).'),
  vessels: count.describe('Vessels hit (four on 27 October).'),
  killed: count.describe('Deaths as announced.'),
  survivors: count.describe('People alive after the event, every hit in it counted (none on 2 September, when two who survived the first hit were reported killed by a second).'),
  presumed_dead: count.describe('People lost at sea after the strike and presumed dead; not in `killed`.'),
  aboard: count.describe('People aboard, where the announcement gives it.'),
  nationalities: text.describe('Who the dead and survivors were, as reported.'),
  announced_by: text.describe('Who announced the strike, and where.'),
  source_title: required('the title of the report this row was read from').describe("Headline of the report the row was read from. A cell that opens with square brackets gives words that are not that report's own headline: after `[no title in stored excerpt]`, our description of the report; after a tag that ends `URL slug`, its headline as its web address spells it; after a tag that says where a headline was read (like \"AP headline as carried by journal-news.com\"), that headline."),
  source_outlet: required('the outlet of the report this row was read from').describe('The outlet of that report.'),
  source_url: webAddress('expected the full address (https://…) of the report this row was read from').describe('The address of that report.'),
  other_sources: text
    .refine((cell) => cell.split(/\s+;\s+/).every((part) => !part.trim() || OTHER_REPORT.test(part.trim())), {
      error: 'expected web addresses (https://…) separated by " ; ", each with a note in brackets after it if need be',
    })
    .describe('Further reports, separated by " ; ".'),
  notes: text.describe('Caveats a reader needs.'),
});

/** Where a strike was: a point, reported or worked out from a description, or only its region; with the words it rests on. */
export type Position =
  | { precision: 'reported' | 'described'; lat: number; lon: number; source: string }
  | { precision: 'region'; source: string };

function positionOf({ position_precision: precision, lat, lon, position_source: source }: z.output<typeof strikeColumns>): Position {
  return precision === 'region' ? { precision, source } : { precision, lat: lat!, lon: lon!, source };
}

/** One row of content/data/strikes.csv: one strike event, as announced and reported. */
export const strikeRowSchema = strikeColumns
  .superRefine((row, ctx) => {
    if (row.status === 'cited') {
      for (const column of ['strikes', 'vessels', 'killed', 'survivors'] as const)
        if (row[column] === undefined) ctx.addIssue({ code: 'custom', path: [column], message: 'expected a count: a cited event needs strikes, vessels, killed and survivors' });
      // An event is at least one strike on at least one vessel: a 0 there is a typo, which would put its dead on no strike.
      for (const column of ['strikes', 'vessels'] as const)
        if (row[column] === 0) ctx.addIssue({ code: 'custom', path: [column], message: `expected 1 or more: a cited event is at least one strike on one vessel` });
    }
    // A strike that has happened, and been announced.
    for (const column of ['date', 'announced_date'] as const) {
      if (afterToday(row[column])) ctx.addIssue({ code: 'custom', path: [column], message: DAY_TO_COME });
      if (beforeCampaign(row[column])) ctx.addIssue({ code: 'custom', path: [column], message: BEFORE_CAMPAIGN });
    }
    // Announced the day it happened or later, never before.
    if (row.announced_date && row.date && row.announced_date.getTime() < row.date.getTime())
      ctx.addIssue({ code: 'custom', path: ['announced_date'], message: 'expected the day of the strike or later: a strike is announced after it happens (swapped with date?)' });
    if (!row.position_source && row.position_precision !== 'region')
      ctx.addIssue({ code: 'custom', path: ['position_source'], message: `expected the words the ${row.position_precision} position rests on (a report’s words, and how a point was worked out)` });
    const pointed = row.lat !== undefined || row.lon !== undefined;
    if (row.position_precision === 'region' && pointed)
      ctx.addIssue({
        code: 'custom',
        path: [row.lat !== undefined ? 'lat' : 'lon'],
        message: 'expected an empty cell: a region position has no point (use described for a point worked out from a report’s description)',
      });
    if (row.position_precision !== 'region')
      for (const column of ['lat', 'lon'] as const)
        if (row[column] === undefined)
          ctx.addIssue({ code: 'custom', path: [column], message: `expected a ${column === 'lat' ? 'latitude' : 'longitude'}: a ${row.position_precision} position needs lat and lon` });
    if (row.aboard !== undefined) {
      const accounted = (row.killed ?? 0) + (row.survivors ?? 0);
      if ((row.survivors ?? 0) > row.aboard || accounted > row.aboard)
        ctx.addIssue({
          code: 'custom',
          path: ['survivors'],
          message: `expected killed + survivors to be at most the ${row.aboard} people aboard; got ${row.killed ?? 0} + ${row.survivors ?? 0}`,
        });
    }
  })
  .transform((row) => ({
    id: row.id,
    status: row.status,
    date: row.date,
    dateNote: row.date_note,
    announcedDate: row.announced_date,
    region: row.region,
    position: positionOf(row),
    strikes: row.strikes ?? 0,
    vessels: row.vessels ?? 0,
    killed: row.killed ?? 0,
    survivors: row.survivors ?? 0,
    presumedDead: row.presumed_dead ?? 0,
    aboard: row.aboard,
    nationalities: row.nationalities,
    announcedBy: row.announced_by,
    source: { title: row.source_title, outlet: row.source_outlet, url: row.source_url },
    otherSources: row.other_sources.split(/\s+;\s+/).filter(Boolean),
    notes: row.notes,
  }));

export type Strike = z.output<typeof strikeRowSchema>;
