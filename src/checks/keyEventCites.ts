import { confirmed } from '../domain/strikeSeries';
import { isoDay, timeDomain } from '../format/dates';
import type { KeyEventRow } from '../schemas/keyEvent';
import type { Strike } from '../schemas/strike';
import type { Problem } from './problems';

/** A row of events.csv where it is in the file. */
export interface LocatedKeyEvent {
  data: KeyEventRow;
  line: number;
  row: number;
}

/**
 * Each key event that cites a source we do not have, or a paragraph its source does not have, at its line:
 * the check that needs the sources, which a row's own schema cannot make. `paragraphs` is each source's
 * number of paragraphs, by its id.
 */
export function keyEventCiteProblems(events: readonly LocatedKeyEvent[], paragraphs: ReadonlyMap<string, number>, file = 'content/data/events.csv'): Problem[] {
  return events.flatMap(({ data: { cite }, line, row }): Problem[] => {
    if (!cite) return [];
    const count = paragraphs.get(cite.source);
    if (count === undefined)
      return [{ file, line, field: `source (row ${row})`, message: `no source "${cite.source}" in content/sources/; expected one of ${[...paragraphs.keys()].sort().join(', ')}` }];
    if (cite.p > count) return [{ file, line, field: `p (row ${row})`, message: `paragraph ${cite.p} does not exist in ${cite.source}; it has ${count} (p-1 to p-${count})` }];
    return [];
  });
}

/**
 * Each key event whose span our strike data ends (`end_strike`), where that strike event is not in
 * strikes.csv, is a claim never confirmed, or is not dated the span's last day, at its line; and each that is
 * a strike of our data (`strike`), where that strike event is not there, is a claim never confirmed, is not
 * dated the event's day, or is another event's too. `strikes` is each strike event by its id; `ids`, every id
 * strikes.csv has, read or not (a row with a problem of its own is named there, not here).
 */
export function keyEventStrikeProblems(
  events: readonly LocatedKeyEvent[],
  strikes: ReadonlyMap<string, Pick<Strike, 'date' | 'status'>>,
  ids: ReadonlySet<string> = new Set(strikes.keys()),
  file = 'content/data/events.csv',
): Problem[] {
  const claimed = new Map<string, number>();
  const strikeProblems = events.flatMap(({ data: { date, strike: id }, line, row }): Problem[] => {
    if (!id) return [];
    const field = `strike (row ${row})`;
    if (!ids.has(id)) return [{ file, line, field, message: `no strike event "${id}" in content/data/strikes.csv: expected the id of the strike this event is` }];
    if (claimed.has(id)) return [{ file, line, field, message: `strike event ${id} is row ${claimed.get(id)}'s already: one event marks a strike` }];
    claimed.set(id, row);
    const strike = strikes.get(id);
    if (!strike) return [];
    if (strike.status === 'unconfirmed') return [{ file, line, field, message: `strike event ${id} is a claim never confirmed: an event is a strike our data counts` }];
    if (strike.date.getTime() === date.getTime()) return [];
    return [{ file, line, field, message: `strike event ${id} is dated ${isoDay(strike.date)}, not ${isoDay(date)}, the event's day` }];
  });
  return [...strikeProblems, ...events.flatMap(({ data: { end, endStrike }, line, row }): Problem[] => {
    if (!endStrike) return [];
    const field = `end_strike (row ${row})`;
    if (!ids.has(endStrike)) return [{ file, line, field, message: `no strike event "${endStrike}" in content/data/strikes.csv: expected the id of the strike whose day ends the span` }];
    const strike = strikes.get(endStrike);
    if (!strike || !end) return [];
    if (strike.status === 'unconfirmed') return [{ file, line, field, message: `strike event ${endStrike} is a claim never confirmed: a span ends at a strike our data counts` }];
    if (strike.date.getTime() === end.getTime()) return [];
    return [{ file, line, field, message: `strike event ${endStrike} is dated ${isoDay(strike.date)}, not ${isoDay(end)}, the span's end: a span it ends ends on its day` }];
  })];
}

/**
 * Each key event the chart of strikes over time marks (`chart` yes) on a day outside the chart's dates, at
 * its line: the chart runs from the first of the month of the first confirmed strike to a week after the
 * last (timeDomain, as the chart draws it), and a mark outside it would fall off the chart, where no reader
 * sees it. Most often a typo in the year (2015 for 2025); an event of the story's background is listed by
 * the timeline alone (`chart` no). With no confirmed strike there is no chart to mark, and nothing to check.
 */
export function keyEventChartProblems(events: readonly LocatedKeyEvent[], strikes: readonly Pick<Strike, 'date' | 'status'>[], file = 'content/data/events.csv'): Problem[] {
  const days = confirmed(strikes).map((s) => s.date);
  if (!days.length) return [];
  const [first, last] = timeDomain(days);
  const span = `the chart of strikes over time runs from ${isoDay(first)} to ${isoDay(last)} (the first of its first confirmed strike's month to a week after its last)`;
  return events.flatMap(({ data: { date, end, onChart }, line, row }): Problem[] => {
    if (!onChart) return [];
    const [column, day] = ([['date', date], ['end', end]] as const).find(([, day]) => day && (day < first || day > last)) ?? [];
    if (!day) return [];
    return [{ file, line, field: `${column} (row ${row})`, message: `${isoDay(day)} is outside the chart this event is marked on (chart yes): ${span}; expected a day within it (a typo in the year?), or chart no, for the timeline alone` }];
  });
}
