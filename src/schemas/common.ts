import { z } from 'astro/zod';
import { formatDate, isCalendarDay, parseDay } from '../format/dates';

/** A calendar date written as YYYY-MM-DD (YAML may already have read it as a Date at midnight UTC). */
export const calendarDate = z
  .custom<Date | string>((value) => (value instanceof Date ? !Number.isNaN(value.getTime()) : typeof value === 'string' && isCalendarDay(value)), {
    error: 'expected a real date written as YYYY-MM-DD',
  })
  .transform((value) => (value instanceof Date ? value : parseDay(value)));

/** A calendar date cell, or an empty one (undefined): a date written otherwise says what a date must be, as calendarDate does. */
export const optionalCalendarDate = z.preprocess((value) => (value === '' ? undefined : value), calendarDate.optional());

/** A strike event's id, the address of its page: a number from 1 with no leading zero, and a letter for an event between two ("4a"). */
export const STRIKE_ID = /^[1-9]\d*[a-z]?$/;

/** What a day after today is, in data about what has happened: a typo, most often in the year (2052 for 2025). */
export const DAY_TO_COME = 'expected a day that has come: this one is after today (a typo in the year?)';

/**
 * A day that has come, written by an editor: a date in frontmatter, a setting or a row of data. A day after
 * today is a typo (2099 for 2025); today is taken generously, by a day, for an editor whose day begins before UTC's.
 */
export const hasCome = (day: Date) => day.getTime() <= Date.now() + 86_400_000;

/** Whether a day of the data is after today, taken as hasCome takes it. */
export const afterToday = (day: Date | undefined) => day !== undefined && !hasCome(day);

/** A calendar date that has come (hasCome), for the dates an editor writes. */
export const dayThatHasCome = calendarDate.refine(hasCome, { error: DAY_TO_COME });

/** The first day of the campaign this site covers: no strike, and no outlet's running total of them, comes before it. */
export const CAMPAIGN_BEGAN = parseDay('2025-09-01');

/** What a day before the campaign is, in its strikes or its running totals: a typo, most often in the year (2015 for 2025). */
export const BEFORE_CAMPAIGN = `expected a day of the campaign, from ${formatDate(CAMPAIGN_BEGAN)}: this one is before it (a typo in the year?)`;

/** Whether a day of the strikes or their totals is before the campaign began. */
export const beforeCampaign = (day: Date | undefined) => day !== undefined && day.getTime() < CAMPAIGN_BEGAN.getTime();

const DEGREES = /^-?\d{1,3}(\.\d+)?$/;
const LATITUDE = 'latitude (north positive)';
const LONGITUDE = 'longitude (east positive, so west is negative)';

/** A cell of decimal degrees from -limit to limit ("-62.0"), or, where `empty` allows it, an empty cell. */
const degreesCell = (limit: number, what: string, empty: boolean) =>
  z
    .string()
    .trim()
    .refine((cell) => (empty && cell === '') || (DEGREES.test(cell) && Math.abs(Number(cell)) <= limit), {
      error: `expected a ${what} in decimal degrees from -${limit} to ${limit}${empty ? ', or an empty cell' : ''}`,
    });

const orEmpty = (cell: string) => (cell === '' ? undefined : Number(cell));

/** A latitude cell. */
export const latitude = degreesCell(90, LATITUDE, false).transform(Number);
/** A longitude cell. */
export const longitude = degreesCell(180, LONGITUDE, false).transform(Number);
/** A latitude cell, or an empty one (undefined). */
export const optionalLatitude = degreesCell(90, LATITUDE, true).transform(orEmpty);
/** A longitude cell, or an empty one (undefined). */
export const optionalLongitude = degreesCell(180, LONGITUDE, true).transform(orEmpty);

/** The schemes a link to a report may use: a web address, not `javascript:` or `data:` (which z.url() alone accepts). */
export const WEB = /^https?$/;

/** A user name or password in an address (https://name:secret@host/): published with the page, they would give them away. */
const CREDENTIALS = 'holds a user name or password (before "@"), which the page would publish: write the address without them';

/**
 * A web address (http or https) written out in full, as a report's link: `error` where it is not one, and
 * refused where it holds a user name or password.
 */
export const webAddress = (error: string) =>
  z.url({ protocol: WEB, error }).refine((url) => {
    // Checked after the address is: one that is not an address is named by `error` alone.
    if (!URL.canParse(url)) return true;
    const { username, password } = new URL(url);
    return !username && !password;
  }, CREDENTIALS);
