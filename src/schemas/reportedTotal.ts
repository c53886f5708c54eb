import { z } from 'astro/zod';
import { isoDay } from '../format/dates';
import { slug } from '../format/slug';
import { splitOutsideBrackets } from '../format/brackets';
import { afterToday, BEFORE_CAMPAIGN, beforeCampaign, calendarDate, DAY_TO_COME, webAddress } from './common';
import { type Qualifier, qualifiers } from './metrics';

/** Words an outlet may print after a figure to say what it counts: "2 rescued". */
export const countWords = ['rescued'] as const;

/** A figure as an outlet printed it: a qualifier it used, the number, and any word after it. */
export interface ReportedFigure {
  value: number;
  qualifier: Qualifier;
  /** What the outlet says the number counts, where it says more than the column does. */
  counts?: (typeof countWords)[number];
}

const spoken = qualifiers.filter((q) => q !== 'exact');

/** A cell such as "at least 46", "72" or empty; with `words`, also "2 rescued". */
const figure = (words: readonly (typeof countWords)[number][] = []) => {
  const pattern = new RegExp(`^(?:(${spoken.join('|')}) )?(\\d+)${words.length ? `(?: (${words.join('|')}))?` : ''}$`);
  const after = words.length ? `, optionally followed by ${words.join(' or ')} (e.g. "2 ${words[0]}")` : '';
  return z
    .string()
    .regex(new RegExp(`${pattern.source}|^$`), {
      error: `expected a whole number, optionally after one of: ${spoken.join(', ')} (e.g. "at least 46")${after}`,
    })
    .transform((cell): ReportedFigure | undefined => {
      const match = pattern.exec(cell);
      if (!match) return undefined;
      const counts = match[3] as ReportedFigure['counts'];
      return { value: Number(match[2]), qualifier: (match[1] as Qualifier | undefined) ?? 'exact', ...(counts && { counts }) };
    });
};

/** A figure as the outlet printed it: "at least 46", "2 rescued". */
export const printedFigure = (f: ReportedFigure) => [f.qualifier === 'exact' ? '' : f.qualifier, f.value, f.counts ?? ''].filter((w) => w !== '').join(' ');

/** The columns of the file, each described for the data page. */
export const reportedTotalColumns = z.strictObject({
  as_of: calendarDate
    .refine((day) => !afterToday(day), { error: DAY_TO_COME })
    .refine((day) => !beforeCampaign(day), { error: BEFORE_CAMPAIGN })
    .describe('The day the outlet reported the totals.'),
  outlet: z
    .string()
    .trim()
    .min(1, { error: 'expected the outlet that reported the totals' })
    .regex(/[\p{L}\p{N}]/u, { error: 'expected the outlet’s name, in letters or digits, not signs alone' })
    .refine((name) => !/^[a-z]+:\/\//i.test(name), { error: 'expected the outlet’s name, not an address: the report’s address goes in source_url' })
    .describe('Who reported them (and through whom, where we read a copy).'),
  strikes: figure().describe('Strikes so far, as printed.'),
  vessels: figure().describe('Vessels hit so far, as printed.'),
  killed: figure().describe('People killed so far, as printed.'),
  survivors: figure(countWords).describe('Survivors so far, as printed ("2 rescued" where the outlet counts only those rescued).'),
  source_title: z.string().trim().min(1, { error: 'expected the title of the report' }).describe('Headline of the report. A cell that opens with square brackets gives words that are not the headline: after `[desc]`, our description of the report (in the download, also the title we gave a source article whose copy has no headline); after `[URL slug]`, its headline as its web address spells it.'),
  source_url: webAddress('expected the full address (https://…) of the report').describe('The address of the report.'),
  notes: z.string().describe('Caveats and the outlet\'s words.'),
});

/** One row of content/data/reported-totals.csv: the running totals one outlet printed on one day. */
export const reportedTotalRowSchema = reportedTotalColumns
  .superRefine((row, ctx) => {
    if (!row.strikes && !row.vessels && !row.killed && !row.survivors)
      ctx.addIssue({ code: 'custom', path: ['killed'], message: 'expected at least one figure: strikes, vessels, killed or survivors' });
  })
  .transform((row) => ({
    asOf: row.as_of,
    outlet: row.outlet,
    strikes: row.strikes,
    vessels: row.vessels,
    killed: row.killed,
    survivors: row.survivors,
    source: { title: row.source_title, url: row.source_url as string | undefined, sourceId: undefined as string | undefined, p: undefined as number | undefined },
    notes: row.notes,
  }));

export type ReportedTotal = z.output<typeof reportedTotalRowSchema>;

/** "2025-10-24-the-independent-ap": a row's id, stable while its day and outlet stay the same. Citations and /data/#report-… use it. */
export const reportedTotalId = (row: Pick<ReportedTotal, 'asOf' | 'outlet'>) => reportedTotalIdOf(isoDay(row.asOf), row.outlet);

/** The same id from a row's cells as written, `as_of` (YYYY-MM-DD) and `outlet`: what `npm run check` reads of a row it could not read whole. */
export const reportedTotalIdOf = (day: string, outlet: string) => `${day.trim()}-${slug(outlet)}`;

/**
 * The outlet as a short label, for charts and citations: the outlet cell names who reported a total and
 * through whom we read it ("CNN (via KEYT)", "AFP (NZ Herald; LBC)", "MercoPress; Just the News"), and
 * this keeps the first. "The Independent (AP)" stays as it is.
 */
export const shortOutlet = (outlet: string) => splitOutsideBrackets(outlet)[0]!.split(/ \((?:via|mirror|quoting|citing)\b| \([^()]*;[^()]*\)/)[0]!.trim();
