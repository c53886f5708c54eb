// Dates in content are calendar days at midnight UTC; print them in UTC so no time zone shifts a day.
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const short = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "28 November 2025" */
export const formatDate = (date: Date) => long.format(date);

const medium = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "28 Nov 2025", where space is short. */
export const formatShortDate = (date: Date) => medium.format(date);

/** "28 Nov" */
export const formatDay = (date: Date) => short.format(date);

/** "2025-11-28", for datetime attributes and ids. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
