import { z } from 'astro/zod';
import { isoDay } from '../format/dates';
import { slug } from '../format/slug';
import { afterToday, calendarDate, DAY_TO_COME, optionalCalendarDate, STRIKE_ID, webAddress } from './common';

/** The columns of the file, each described for the data page. */
export const keyEventColumns = z.strictObject({
  date: calendarDate.describe('The day of the event, or the first day of a span.'),
  end: optionalCalendarDate.describe('The last day of a span; empty for a single day.'),
  end_strike: z
    .union([z.literal(''), z.string().trim().regex(STRIKE_ID, { error: 'expected a strike event of strikes.csv, by its id (19, 4a), or an empty cell' })])
    .transform((id) => id || undefined)
    .describe('Where our strike data, not the source, gives the end of a span: the strike event whose day ends it (its id in strikes.csv). Empty otherwise.'),
  label: z
    .string()
    .trim()
    .min(1, { error: 'expected a short label' })
    .max(32, { error: (issue) => `expected at most 32 characters, to fit a chart: this one has ${String(issue.input).length}` }).describe('The label the timeline and the charts print: a few words.'),
  source: z.string().trim().describe('The source that reports it, by its name: its page is /sources/<name>/.'),
  p: z.union([z.literal('').transform(() => undefined), z.string().regex(/^\d+$/, { error: 'expected a paragraph number' }).transform(Number)]).describe('The paragraph of that source.'),
  url: z.union([z.literal(''), webAddress('expected a full address (https://…)')]).describe('Or the address of a report, where none of the sources reports it.'),
  outlet: z.string().trim().describe('The outlet that published that report, as readers know it (with a url only).'),
  note: z.string().describe('What a reader should know about the date.'),
  chart: z
    .enum(['yes', 'no'], { error: 'expected yes (the chart marks it) or no (the timeline alone lists it)' })
    .describe('Whether the chart of strikes over time marks it (`yes`), or the timeline alone lists it (`no`): the chart marks a few, so that its labels stay apart.'),
  // Optional in the header: a file written before it was added reads as having none.
  strike: z
    .union([z.literal(''), z.string().trim().regex(STRIKE_ID, { error: 'expected a strike event of strikes.csv, by its id (1, 4a), or an empty cell' })])
    .optional()
    .transform((id) => id || undefined)
    .describe('Where the event is a strike our strike data lists (“First strike”): that strike event, by its id in strikes.csv. The timeline then lists the strike once, marked with this label, rather than the event beside it. Empty otherwise.'),
});

/** One row of content/data/events.csv: a dated event the timeline lists (and the chart may mark), with where it is reported. */
export const keyEventRowSchema = keyEventColumns
  .superRefine((row, ctx) => {
    if (!row.url && !(row.source && row.p))
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'expected a source and paragraph (or a url) that reports the event' });
    if (row.url && !row.outlet) ctx.addIssue({ code: 'custom', path: ['outlet'], message: 'expected the name of the outlet that published the report at url' });
    if (row.outlet && !row.url) ctx.addIssue({ code: 'custom', path: ['outlet'], message: 'expected no outlet without a url: the source names its own' });
    if (row.strike && row.end) ctx.addIssue({ code: 'custom', path: ['strike'], message: 'expected no end: an event that is a strike is the day of that strike' });
    if (row.end_strike && !row.end) ctx.addIssue({ code: 'custom', path: ['end_strike'], message: 'expected an end day too: a strike event ends a span' });
    if (row.end && row.date && row.end.getTime() <= row.date.getTime())
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'expected a day after date: a span ends after the day it starts (leave end empty for one day)' });
    // A key event our sources report has happened.
    for (const column of ['date', 'end'] as const) if (afterToday(row[column])) ctx.addIssue({ code: 'custom', path: [column], message: DAY_TO_COME });
  })
  .transform((row) => ({
    date: row.date,
    end: row.end,
    endStrike: row.end_strike,
    strike: row.strike,
    label: row.label,
    cite: row.source ? { source: row.source, p: row.p! } : undefined,
    report: row.url ? { url: row.url, outlet: row.outlet } : undefined,
    note: row.note,
    onChart: row.chart === 'yes',
  }));

export type KeyEventRow = z.output<typeof keyEventRowSchema>;

/** A key event's id: its day and its label ("2025-11-21-call-dated-by-indian-witness"), unique in the file; empty where the label has no letter or digit. */
export const keyEventId = (row: KeyEventRow) => (slug(row.label) ? `${isoDay(row.date)}-${slug(row.label)}` : '');
