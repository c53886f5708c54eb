import { csvParseRows } from 'd3-dsv';

/** A CSV record with the file line it starts on. */
export interface CsvRow {
  /** 1-based line in the file where this record starts (the header is line 1). */
  line: number;
  /** How many cells the record has: one per column, or it is wrong. */
  cells: number;
  /** The first of its cells that runs over a line break (a quoted cell), if any: an unclosed quote runs to the end of the file. */
  runsOn?: number;
  values: Record<string, string>;
  /** Where the record has more cells than the header: all of them, to find the cell a comma split. */
  extra?: string[];
}

/**
 * The file line on which each record starts, splitting records exactly as d3-dsv does (its tokenizer,
 * followed step by step) and counting lines as a text editor does: at each CR, LF or CRLF, inside quoted
 * cells too.
 */
function recordLines(text: string): number[] {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 10) --end;
  if (text.charCodeAt(end - 1) === 13) --end;
  const breaksIn = (from: number, to: number) => {
    let count = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
    }
    return count;
  };
  const starts: number[] = [];
  let at = 0;
  let line = 1;
  let eof = end <= 0;
  while (!eof) {
    starts.push(line);
    let eol = false;
    while (!eol && !eof) {
      const from = at;
      if (text.charCodeAt(at) === 34) {
        // A quoted cell runs to the quote that is not doubled, then one character (a comma or a line break) ends it.
        while ((at++ < end && text.charCodeAt(at) !== 34) || text.charCodeAt(++at) === 34);
        if (at >= end) eof = true;
        else {
          const c = text.charCodeAt(at++);
          if (c === 10) eol = true;
          else if (c === 13) (eol = true), text.charCodeAt(at) === 10 && ++at;
        }
      } else {
        let ended = false;
        while (at < end && !ended) {
          const c = text.charCodeAt(at++);
          if (c === 10) (eol = true), (ended = true);
          else if (c === 13) (eol = true), (ended = true), text.charCodeAt(at) === 10 && ++at;
          else if (c === 44) ended = true;
        }
        if (!ended) eof = true;
      }
      line += breaksIn(from, at);
    }
  }
  return starts;
}

/** Parses CSV text with d3-dsv, keeping each record's line and size so errors can point at it. Blank lines are skipped. */
export function parseCsv(text: string): { columns: string[]; rows: CsvRow[] } {
  const [columns = [], ...records] = csvParseRows(text);
  const lines = recordLines(text).slice(1);
  const rows = records.map((cells, i) => ({
    line: lines[i] ?? i + 2,
    cells: cells.length,
    ...(cells.some((cell) => /[\n\r]/.test(cell)) && { runsOn: cells.findIndex((cell) => /[\n\r]/.test(cell)) }),
    // As d3-dsv's csvParse makes them: a missing cell is empty.
    values: Object.fromEntries(columns.map((column, k) => [column, cells[k] ?? ''])),
    ...(cells.length > columns.length && { extra: cells }),
    blank: cells.length === 1 && cells[0] === '',
  }));
  return { columns, rows: rows.filter((row) => !row.blank).map(({ blank: _, ...row }) => row) };
}
