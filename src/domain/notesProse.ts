import { formatDate, isCalendarDay, parseDay } from '../format/dates';

/** The month abbreviations strikes.csv's notes use ("Sept 2", "1 Nov", "Jan 2026"), in English as the notes are. */
const MONTHS: Record<string, string> = {
  Jan: 'January',
  Feb: 'February',
  Mar: 'March',
  Apr: 'April',
  Jun: 'June',
  Jul: 'July',
  Aug: 'August',
  Sep: 'September',
  Sept: 'September',
  Oct: 'October',
  Nov: 'November',
  Dec: 'December',
};
const MONTH = `(${Object.keys(MONTHS).join('|')})`;

/**
 * A quoted passage of a note: in double quotes, or in single quotes that no letter touches from outside
 * (an apostrophe inside, "'Colombia's boats'", followed by a letter, does not end it).
 */
const QUOTED = /"[^"]*"|“[^”]*”|‘(?:[^’]|’(?=[\p{L}\p{N}]))*’|(?<![\p{L}\p{N}])'(?:[^']|'(?=[\p{L}\p{N}]))*'(?![\p{L}\p{N}])/gu;

/**
 * A strikes.csv note as a reader reads it: the editor's shorthand written out, every word and figure kept.
 * What it quotes stays as the outlet printed it ("'as of Dec 31'"): only the editor's own words are written out.
 * Dates read as the site prints them ("2025-11-28", "Jan 1 2026" and "Nov 28" become "28 November 2025",
 * "1 January 2026" and "28 November"), and the units and signs of a data note become words: "~" about ("a ~3-week pause": a roughly), ">" more than, "nm" nautical miles, "h"
 * hours, "SW" south-west, "vs" against.
 */
export function notesProse(notes: string): string {
  let prose = '';
  let at = 0;
  for (const quote of notes.matchAll(QUOTED)) {
    prose += writtenOut(notes.slice(at, quote.index)) + quote[0];
    at = quote.index + quote[0].length;
  }
  return prose + writtenOut(notes.slice(at));
}

/** The editor's shorthand in words not quoted, written out. */
function writtenOut(words: string): string {
  return (
    words
      .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => (isCalendarDay(day) ? formatDate(parseDay(day)) : day))
      .replace(new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`, 'g'), (_, month: string, day: string, year: string) => `${day} ${MONTHS[month]} ${year}`)
      .replace(new RegExp(`\\b${MONTH} (\\d{4})\\b`, 'g'), (_, month: string, year: string) => `${MONTHS[month]} ${year}`)
      // Two days of one month: "Oct 16-17" and "Oct 23 or 24" are "16-17 October" and "23 or 24 October".
      .replace(new RegExp(`\\b${MONTH} (\\d{1,2})(-| or )(\\d{1,2})\\b`, 'g'), (_, month: string, first: string, between: string, last: string) => `${first}${between}${last} ${MONTHS[month]}`)
      .replace(new RegExp(`\\b${MONTH} (\\d{1,2})\\b(?!,? \\d{4})`, 'g'), (_, month: string, day: string) => `${day} ${MONTHS[month]}`)
      .replace(new RegExp(`\\b(\\d{1,2}) ${MONTH}(?!\\w)`, 'g'), (_, day: string, month: string) => `${day} ${MONTHS[month]}`)
      .replace(/\ba ~\s?/g, 'a roughly ')
      .replace(/~\s?/g, 'about ')
      .replace(/>\s?(?=\d)/g, 'more than ')
      .replace(/(\d)\s?nm\b/g, '$1 nautical miles')
      .replace(/(\d)\s?h\b/g, '$1 hours')
      .replace(/\bSW\b/g, 'south-west')
      .replace(/ vs /g, ' against ')
      .replace(/ = /g, ': ')
  );
}
