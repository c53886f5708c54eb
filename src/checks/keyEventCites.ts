import type { KeyEventRow } from '../schemas/keyEvent';
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
