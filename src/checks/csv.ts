import { csvParse } from 'd3-dsv';

/** A CSV record with the file line it starts on. */
export interface CsvRow {
  /** 1-based line in the file where this record starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

/** The file line on which each record starts, counting newlines inside quoted cells. */
function recordLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atStart = true;
  for (const char of text) {
    if (atStart && char !== '\n') {
      starts.push(line);
      atStart = false;
    }
    if (char === '"') quoted = !quoted;
    else if (char === '\n') {
      line++;
      if (!quoted) atStart = true;
    }
  }
  return starts;
}

/** Parses CSV text with d3-dsv, keeping each record's line so errors can point at it. */
export function parseCsv(text: string): { columns: string[]; rows: CsvRow[] } {
  const records = csvParse(text);
  const lines = recordLines(text).slice(1);
  return {
    columns: records.columns,
    rows: records.map((values, i) => ({ line: lines[i] ?? i + 2, values: values as Record<string, string> })),
  };
}
