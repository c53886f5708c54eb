import { utcDay, utcMonth } from 'd3-time';
import { DEFAULT_LOCALE, perLocale } from './locale';
import { capitalise } from './words';

/** Prints a date. */
type DateFormat = { format(date: Date): string };
/** A Spanish abbreviation ends in a full stop ("28 nov.", "sept."), which Intl's short months leave out ("28 nov"). */
const withFullStop = (format: Intl.DateTimeFormat): DateFormat => ({
  format: (date) =>
    format
      .formatToParts(date)
      .map(({ type, value }) => (type === 'month' && !value.endsWith('.') ? `${value}.` : value))
      .join(''),
});

// Dates in content are calendar days at midnight UTC; print them in UTC so no time zone shifts a day.
const dateFormat = (options: Intl.DateTimeFormatOptions) =>
  perLocale((locale): DateFormat => {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return options.month === 'short' && locale.split('-')[0] === 'es' ? withFullStop(format) : format;
  });
const long = dateFormat({ day: 'numeric', month: 'long', year: 'numeric' });
const medium = dateFormat({ day: 'numeric', month: 'short', year: 'numeric' });
const short = dateFormat({ day: 'numeric', month: 'short' });
const dayMonth = dateFormat({ day: 'numeric', month: 'long' });
const month = dateFormat({ month: 'long', year: 'numeric' });
const monthShort = dateFormat({ month: 'short' });

/** "28 November 2025" */
export const formatDate = (date: Date, locale = DEFAULT_LOCALE) => long(locale).format(date);

/** "28 Nov 2025", where space is short. */
export const formatShortDate = (date: Date, locale = DEFAULT_LOCALE) => medium(locale).format(date);

/** "28 Nov" */
export const formatDay = (date: Date, locale = DEFAULT_LOCALE) => short(locale).format(date);

/**
 * "28 November", "28 de noviembre": a day of the story's year in a sentence, its month written out.
 */
export const formatDayMonth = (date: Date, locale = DEFAULT_LOCALE) => dayMonth(locale).format(date);

/**
 * The first day of a span in a sentence, its year left to the last day's where they share it: "15 November"
 * of "15 November to 4 December 2025", "del 15 de noviembre al 4 de diciembre de 2025"; "28 December 2025"
 * of "28 December 2025 to 3 January 2026".
 */
export const formatSpanStart = (from: Date, to: Date, locale = DEFAULT_LOCALE) =>
  from.getUTCFullYear() === to.getUTCFullYear() ? formatDayMonth(from, locale) : formatDate(from, locale);

/** "November 2025" for the month "2025-11". */
export const formatMonth = (yearMonth: string, locale = DEFAULT_LOCALE) => month(locale).format(parseDay(`${yearMonth}-01`));

/** A month as a heading or a label names it, with a capital in every language: "Noviembre de 2025", where a sentence says "noviembre de 2025". */
export const formatMonthLabel = (yearMonth: string, locale = DEFAULT_LOCALE) => capitalise(formatMonth(yearMonth, locale));

/** "Nov" ("nov." in Spanish): a month where space is short, as a chart's axis labels it. */
export const formatMonthShort = (locale = DEFAULT_LOCALE) => (date: Date) => monthShort(locale).format(date);

/** "Nov 2025" ("nov. 2025" in Spanish): a month and its year where space is short, as a chart's axis labels January and its first month. */
export const formatMonthShortYear = (locale = DEFAULT_LOCALE) => (date: Date) => `${monthShort(locale).format(date)} ${date.getUTCFullYear()}`;

/** "2025-11-28", for datetime attributes and ids. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** "2025-11", the month of a day. */
export const isoMonth = (date: Date) => isoDay(date).slice(0, 7);

/** The day written YYYY-MM-DD, at midnight UTC. */
export const parseDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** True for a real calendar day written YYYY-MM-DD: not 2025-02-30, which Date would roll over to March. */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = parseDay(text);
  return !Number.isNaN(date.getTime()) && isoDay(date) === text;
}

/** The day `days` after `date` (before, if negative). */
export const addDays = (date: Date, days: number) => utcDay.offset(date, days);

/**
 * A time axis's extent: from the first of the month of the earliest day to a week after the latest, so its
 * mark has room. The charts draw over it, and the checks keep what a chart marks within it.
 */
export function timeDomain(days: readonly Date[]): [Date, Date] {
  let [first, last] = [Infinity, -Infinity];
  for (const day of days) [first, last] = [Math.min(first, day.getTime()), Math.max(last, day.getTime())];
  return [utcMonth.floor(new Date(first)), addDays(new Date(last), 7)];
}

/** How many whole days from one day to a later one. */
export const daysBetween = (from: Date, to: Date) => utcDay.count(from, to);
