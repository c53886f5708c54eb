import { describe, expect, test } from 'vitest';
import { checkCsv } from '../../src/checks/csvCheck';
import { parseCsv } from '../../src/checks/csv';
import { formatProblem } from '../../src/checks/problems';
import { reportedTotalsAcross, strikesAcross } from '../../src/checks/rowChecks';
import { keyEventRowSchema } from '../../src/schemas/keyEvent';
import { printedFigure, reportedTotalRowSchema } from '../../src/schemas/reportedTotal';
import { strikeRowSchema } from '../../src/schemas/strike';

const HEADER =
  'id,status,date,date_note,announced_date,region,lat,lon,position_precision,position_source,strikes,vessels,killed,survivors,presumed_dead,aboard,nationalities,announced_by,source_title,source_outlet,source_url,other_sources,notes';
const GOOD = '1,cited,2025-09-02,,2025-09-02,Caribbean,,,region,Reported in the Caribbean,1,1,11,0,0,,,Trump,Title,BNO News,https://bnonews.com/a,,';
const SECOND = '2,cited,2025-09-15,,,Caribbean,16.25,-71.52,described,~80 nautical miles from Beata island,1,1,3,0,0,,,Trump,Title,CBS News,https://www.cbsnews.com/b,,';

/** Replaces one column of the second row, the way an editor's typo would. */
const withCell = (column: string, value: string) => {
  const cells = SECOND.split(',');
  cells[HEADER.split(',').indexOf(column)] = value;
  return [HEADER, GOOD, cells.join(',')].join('\n');
};

const problemsOf = (csv: string) => checkCsv('content/data/strikes.csv', csv, strikeRowSchema, strikesAcross).problems;

describe('strikes.csv rows', () => {
  test('two good rows pass', () => {
    expect(problemsOf([HEADER, GOOD, SECOND].join('\n'))).toEqual([]);
  });

  test('a strike announced before the day it happened, and a cited event of no strike or no vessel, are named at their cells', () => {
    expect(problemsOf(withCell('announced_date', '2025-09-14')).map(formatProblem)).toEqual([
      'content/data/strikes.csv:3 announced_date (row 2): expected the day of the strike or later: a strike is announced after it happens (swapped with date?)',
    ]);
    expect(problemsOf(withCell('announced_date', '2025-09-15'))).toEqual([]);
    // A day after today is a typo, most often in the year.
    const next = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(problemsOf(withCell('date', next)).map(formatProblem)).toContain(
      'content/data/strikes.csv:3 date (row 2): expected a day that has come: this one is after today (a typo in the year?)',
    );
    // And announced: a later announcement is how totals are compared, so a typo there drops the strike from them.
    expect(problemsOf(withCell('announced_date', next)).map(formatProblem)).toEqual([
      'content/data/strikes.csv:3 announced_date (row 2): expected a day that has come: this one is after today (a typo in the year?)',
    ]);
    // Today is taken by a day's grace, as for the dates an editor writes: an editor's day may begin before UTC's.
    const tomorrow = new Date(Date.now() + 86_400_000 - 60_000).toISOString().slice(0, 10);
    expect(problemsOf(withCell('announced_date', tomorrow))).toEqual([]);
    // A count no event has: digits pasted twice, say; a sum of it would lose every other row's.
    expect(problemsOf(withCell('killed', '400000000000000000000')).map(formatProblem)).toEqual([
      'content/data/strikes.csv:3 killed (row 2): expected a count of one strike event, at most 100,000 (a typo?)',
    ]);
    // A cell that is no number says that alone, not that it is too large.
    expect(problemsOf(withCell('killed', 'ten')).map(formatProblem)).toEqual(['content/data/strikes.csv:3 killed (row 2): expected a whole number of 0 or more (or an empty cell)']);
    // A day before the campaign began is a typo too, most often in the year: 2015 for 2025.
    expect(problemsOf(withCell('date', '2015-09-15')).map(formatProblem)).toEqual([
      'content/data/strikes.csv:3 date (row 2): expected a day of the campaign, from 1 September 2025: this one is before it (a typo in the year?)',
    ]);
    expect(problemsOf(withCell('date', '2025-09-01'))).toEqual([]);
    // An optional date written otherwise says what a date must be, as a required one does.
    expect(problemsOf(withCell('announced_date', '16/09/2025')).map(formatProblem)).toEqual([
      'content/data/strikes.csv:3 announced_date (row 2): expected a real date written as YYYY-MM-DD',
    ]);
    expect(problemsOf(withCell('strikes', '0')).map(formatProblem)).toEqual([
      'content/data/strikes.csv:3 strikes (row 2): expected 1 or more: a cited event is at least one strike on one vessel',
    ]);
    expect(problemsOf(withCell('vessels', '0')).map(formatProblem)).toEqual([
      'content/data/strikes.csv:3 vessels (row 2): expected 1 or more: a cited event is at least one strike on one vessel',
    ]);
  });

  test('a misspelt column name is named once, at the header, not at every row, with the column it leaves out', () => {
    const header = HEADER.replace(',lon,', ',lng,');
    expect(problemsOf([header, GOOD, SECOND].join('\n')).map(formatProblem)).toEqual([
      'content/data/strikes.csv:1 lng: unknown column in the header: check its spelling, or remove it',
      'content/data/strikes.csv:1 lon: missing column: the header does not name lon, which every row needs: add it, with a cell in each row',
    ]);
  });

  test('a column left out of the header is named once, at the header, not at every row', () => {
    const drop = (line: string) => line.split(',').toSpliced(HEADER.split(',').indexOf('killed'), 1).join(',');
    expect(problemsOf([HEADER, GOOD, SECOND].map(drop).join('\n')).map(formatProblem)).toEqual([
      'content/data/strikes.csv:1 killed: missing column: the header does not name killed, which every row needs: add it, with a cell in each row',
    ]);
  });

  test('an empty file, or one whose first line is empty, has no header: said once, with the columns it needs', () => {
    for (const text of ['', '\n', `\n${GOOD}`]) {
      const [problem, ...more] = problemsOf(text).map(formatProblem);
      expect(more, JSON.stringify(text)).toEqual([]);
      expect(problem).toMatch(/^content\/data\/strikes\.csv:1 header: the file has no header: its first line must name its columns, at least id,status,date,.*,source_url\b/);
    }
  });

  test('a file saved with semicolons or tabs between its columns (a spreadsheet’s other CSV) is said once, at the header, with what to do', () => {
    for (const [separator, said] of [[';', 'semicolons (;)'], ['\t', 'tabs']] as const) {
      const text = [HEADER, GOOD, SECOND].map((line) => line.replaceAll(',', separator)).join('\n');
      expect(problemsOf(text).map(formatProblem), said).toEqual([
        `content/data/strikes.csv:1 header: the columns are separated by ${said}, not commas: save the file as CSV with commas (in Excel, "CSV UTF-8 (Comma delimited)")`,
      ]);
    }
  });

  test('a column with no name (a comma at the end of the header) is named at the header', () => {
    expect(problemsOf([`${HEADER},`, `${GOOD},`].join('\n')).map(formatProblem)).toEqual([
      'content/data/strikes.csv:1 header: column 24 has no name: is there a comma at the end of the header?',
    ]);
  });

  test('a column named twice is named at the header: no cell of it is silently lost', () => {
    const header = HEADER.replace(',notes', ',source_title');
    expect(problemsOf([header, GOOD, SECOND].join('\n')).map(formatProblem)).toEqual([
      "content/data/strikes.csv:1 source_title: the header names columns 19 and 23 alike: each column needs its own name, or one column's cells are lost",
    ]);
  });

  test.each([
    ['a date that is not a date', 'date', '2025-09-31', 'date (row 2)', /expected a real date written as YYYY-MM-DD/],
    ['a negative count', 'killed', '-3', 'killed (row 2)', /expected a whole number of 0 or more/],
    ['a region outside the list', 'region', 'Atlantic', 'region (row 2)', /expected one of: Caribbean, Eastern Pacific/],
    ['a missing source', 'source_url', '', 'source_url (row 2)', /expected the full address/],
    ['a script for an address', 'source_url', 'javascript:alert(1)', 'source_url (row 2)', /expected the full address/],
    ['a script among the other reports', 'other_sources', 'https://a.example/x (AP) ; javascript:alert(1)', 'other_sources (row 2)', /expected web addresses \(https:\/\/…\) separated by " ; "/],
    ['words for an address among the other reports', 'other_sources', 'the AP story', 'other_sources (row 2)', /expected web addresses/],
    ['a missing outlet', 'source_outlet', ' ', 'source_outlet (row 2)', /expected the outlet of the report/],
    ['a cited row without a count', 'killed', '', 'killed (row 2)', /a cited event needs strikes, vessels, killed and survivors/],
    ['an unknown status', 'status', 'rumoured', 'status (row 2)', /expected cited or unconfirmed/],
    ['an id that cannot be an address', 'id', 'two', 'id (row 2)', /expected an event number from 1, no leading zero, with a letter after it for an event between two/],
    // "027" would be a second address for event 27, and "0" none an editor means.
    ['an id with a leading zero', 'id', '027', 'id (row 2)', /expected an event number from 1, no leading zero/],
    ['a latitude out of range', 'lat', '91.5', 'lat (row 2)', /expected a latitude \(north positive\) in decimal degrees from -90 to 90, or an empty cell/],
    ['a longitude out of range', 'lon', '-271.52', 'lon (row 2)', /expected a longitude \(east positive, so west is negative\) in decimal degrees from -180 to 180/],
    ['a coordinate in another notation', 'lat', '16°15′N', 'lat (row 2)', /expected a latitude .* in decimal degrees/],
    ['a point without its longitude', 'lon', '', 'lon (row 2)', /expected a longitude: a described position needs lat and lon/],
    ['an unknown precision', 'position_precision', 'exact', 'position_precision (row 2)', /expected reported \(coordinates given by a report\), described .* or region/],
    ['a precision without a position_source', 'position_source', ' ', 'position_source (row 2)', /expected the words the described position rests on/],
    ['a region position with a point', 'position_precision', 'region', 'lat (row 2)', /expected an empty cell: a region position has no point/],
  ])('%s: names the file, line 3, row 2 and the column', (_, column, value, field, message) => {
    const problems = problemsOf(withCell(column, value));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/data/strikes.csv', line: 3, field });
    expect(problems[0].message).toMatch(message);
  });

  test('a region position may have no words, where no report says more than the region; a point may not', () => {
    const regionOnly = GOOD.replace(',region,Reported in the Caribbean,', ',region,,');
    const { rows, problems } = checkCsv('content/data/strikes.csv', [HEADER, regionOnly, SECOND].join('\n'), strikeRowSchema, strikesAcross);
    expect(problems).toEqual([]);
    expect(rows[0].data.position).toEqual({ precision: 'region', source: '' });
    const pointWithoutWords = SECOND.replace(',described,~80 nautical miles from Beata island,', ',described,,');
    expect(problemsOf([HEADER, regionOnly, pointWithoutWords].join('\n')).map((p) => p.field)).toEqual(['position_source (row 2)']);
  });

  test('survivors beyond the people aboard', () => {
    const csv = withCell('aboard', '4').replace(',3,0,0,4,', ',3,2,0,4,');
    expect(problemsOf(csv)).toEqual([
      expect.objectContaining({ line: 3, field: 'survivors (row 2)', message: expect.stringMatching(/at most the 4 people aboard; got 3 \+ 2/) }),
    ]);
  });

  test('a duplicate event: the same id, or the same day, region and report', () => {
    expect(problemsOf([HEADER, GOOD, GOOD.replace(/^1,/, '1b,')].join('\n'))).toEqual([
      expect.objectContaining({ line: 3, field: 'date (row 2)', message: expect.stringMatching(/duplicate event: the same date, region and source_url as row 1 \(line 2\)/) }),
    ]);
    expect(problemsOf([HEADER, GOOD, SECOND.replace(/^2,/, '1,')].join('\n'))).toEqual([
      expect.objectContaining({ line: 3, field: 'id (row 2)', message: 'duplicate id "1" as row 1 (line 2)' }),
    ]);
  });

  test('an unconfirmed row may leave its counts empty', () => {
    expect(problemsOf([HEADER, GOOD, withCell('status', 'unconfirmed').split('\n')[2].replace(',1,1,3,0,0,', ',,,,,,')].join('\n'))).toEqual([]);
  });
});

describe('reported-totals.csv rows', () => {
  const header = 'as_of,outlet,strikes,vessels,killed,survivors,source_title,source_url,notes';
  const problems = (row: string) =>
    checkCsv('content/data/reported-totals.csv', `${header}\n${row}`, reportedTotalRowSchema, reportedTotalsAcross).problems;

  test('one outlet’s totals twice on one day, however it is spelt the second time, are named at the second', () => {
    const twice = (outlet: string) => problems(`2025-10-24,CBS News,10,,at least 46,,T,https://a.example/x,\n2025-10-24,${outlet},11,,at least 47,,T,https://a.example/y,`).map(formatProblem);
    expect(twice('CBS News')).toEqual(['content/data/reported-totals.csv:3 outlet (row 2): duplicate report: CBS News on this day is row 1 (line 2)']);
    expect(twice('CBS-News')).toEqual(['content/data/reported-totals.csv:3 outlet (row 2): duplicate report: "CBS-News" is "CBS News" of row 1 (line 2) on this day, spelt otherwise: their ids are the same']);
  });

  test('a report of a day to come, and an outlet that is signs alone or an address, are refused at their cells', () => {
    const next = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(problems(`${next},AP,10,,at least 46,,T,https://a.example/x,`).map(formatProblem)).toEqual([
      'content/data/reported-totals.csv:2 as_of (row 1): expected a day that has come: this one is after today (a typo in the year?)',
    ]);
    // Today by a day's grace, as for every day an editor writes.
    const tomorrow = new Date(Date.now() + 86_400_000 - 60_000).toISOString().slice(0, 10);
    expect(problems(`${tomorrow},AP,10,,at least 46,,T,https://a.example/x,`)).toEqual([]);
    expect(problems('2015-10-24,AP,10,,at least 46,,T,https://a.example/x,').map(formatProblem)).toEqual([
      'content/data/reported-totals.csv:2 as_of (row 1): expected a day of the campaign, from 1 September 2025: this one is before it (a typo in the year?)',
    ]);
    expect(problems('2025-10-24,¿?,10,,at least 46,,T,https://a.example/x,').map(formatProblem)).toEqual([
      'content/data/reported-totals.csv:2 outlet (row 1): expected the outlet’s name, in letters or digits, not signs alone',
    ]);
    expect(problems('2025-10-24,https://www.example.com/news,10,,at least 46,,T,https://a.example/x,').map(formatProblem)).toEqual([
      'content/data/reported-totals.csv:2 outlet (row 1): expected the outlet’s name, not an address: the report’s address goes in source_url',
    ]);
    // A site's name as its outlet is a name: "UPI (via origonews.com)".
    expect(problems('2025-10-24,UPI (via origonews.com),10,,at least 46,,T,https://a.example/x,')).toEqual([]);
  });

  test('reads "at least 46" as a qualifier and a number', () => {
    const { rows } = checkCsv('x.csv', `${header}\n2025-10-24,AP,10,,at least 46,,T,https://a.example/x,`, reportedTotalRowSchema);
    expect(rows[0].data.killed).toEqual({ value: 46, qualifier: 'at least' });
    expect(rows[0].data.strikes).toEqual({ value: 10, qualifier: 'exact' });
  });

  test('keeps "2 rescued" as printed, in survivors only', () => {
    const { rows } = checkCsv('x.csv', `${header}
2025-12-04,M,22,,at least 87,2 rescued,T,https://a.example/x,`, reportedTotalRowSchema);
    expect(rows[0].data.survivors).toEqual({ value: 2, qualifier: 'exact', counts: 'rescued' });
    expect(printedFigure(rows[0].data.survivors!)).toBe('2 rescued');
    expect(printedFigure(rows[0].data.killed!)).toBe('at least 87');
    const [problem] = problems('2025-12-04,M,22,,87 rescued,,T,https://a.example/x,');
    expect(problem).toMatchObject({ line: 2, field: 'killed (row 1)' });
    expect(problem.message).not.toContain('rescued');
    expect(problems('2025-12-04,M,22,,87,2 saved,T,https://a.example/x,')[0].message).toMatch(/optionally followed by rescued \(e\.g\. "2 rescued"\)/);
  });

  test.each([
    ['a figure in words', '2025-10-24,AP,ten,,46,,T,https://a.example/x,', 'strikes (row 1)', /expected a whole number, optionally after one of/],
    ['a row with no figure', '2025-10-24,AP,,,,,T,https://a.example/x,', 'killed (row 1)', /expected at least one figure/],
    ['a date that is not a date', '24/10/2025,AP,10,,46,,T,https://a.example/x,', 'as_of (row 1)', /expected a real date/],
    ['a missing source', '2025-10-24,AP,10,,46,,T,,', 'source_url (row 1)', /expected the full address/],
  ])('%s is reported at its line and column', (_, row, field, message) => {
    const found = problems(row);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2, field });
    expect(found[0].message).toMatch(message);
  });

  test('the same outlet twice on one day', () => {
    const row = '2025-10-24,AP,10,,46,,T,https://a.example/x,';
    expect(problems(`${row}\n${row}`)).toEqual([expect.objectContaining({ line: 3, field: 'outlet (row 2)' })]);
  });
});

describe('parseCsv(text)', () => {
  test('counts lines inside quoted cells, so errors point at the right line', () => {
    const { rows } = parseCsv('a,b\n1,"two\nlines"\n3,x\n');
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });
  // Found by test/loaders/csv.property.test.ts.
  test('counts every line break an editor sees: CRLF, LF or CR, in a quoted cell or between rows', () => {
    expect(parseCsv('a,b\r\n1,"two\nlines"\r\n3,x\r\n').rows.map((r) => r.line)).toEqual([2, 4]);
    expect(parseCsv('a,b\r1,"old\rMac"\r3,x').rows.map((r) => r.line)).toEqual([2, 4]);
  });
  test('a quote inside a bare cell is a character, not the start of a quoted cell, as d3-dsv reads it', () => {
    const { rows } = parseCsv('a,b\n1,5" gun\n3,x\n4,y\n');
    expect(rows.map((r) => [r.line, r.values.b])).toEqual([[2, '5" gun'], [3, 'x'], [4, 'y']]);
  });
  test('says how many cells each row has, and skips blank lines', () => {
    const { rows } = parseCsv('a,b\n1,2,3\n\n4\n');
    expect(rows.map((r) => [r.line, r.cells])).toEqual([[2, 3], [4, 1]]);
  });
});

describe('a row of the wrong size', () => {
  test('too many cells (a comma outside quotes) is refused, not cut short', () => {
    const csv = withCell('notes', 'Killed 11, per Airwars');
    expect(problemsOf(csv)).toEqual([
      {
        file: 'content/data/strikes.csv',
        line: 3,
        field: 'notes (row 2)',
        message: '24 cells where the header has 23: "Killed 11, per Airwars" reads as 2 cells, split at its comma; a cell that holds a comma must be in double quotes ("…, …")',
      },
    ]);
    // Named at the cell the comma split, not the last: a number written with a decimal comma, in the middle of the row.
    expect(problemsOf(withCell('lat', '11,1')).map(formatProblem)).toEqual([
      'content/data/strikes.csv:3 lat (row 2): 24 cells where the header has 23: "11,1" reads as 2 cells, split at its comma; a cell that holds a comma must be in double quotes ("…, …"), and a number is written with a decimal point (11.1)',
    ]);
    // A count with a thousands separator, beside a cell that joined with its neighbour would also make a row the file takes.
    expect(problemsOf(withCell('killed', '1,200')).map(formatProblem)).toEqual([
      'content/data/strikes.csv:3 killed (row 2): 24 cells where the header has 23: "1,200" reads as 2 cells, split at its comma; a cell that holds a comma must be in double quotes ("…, …"), and a number is written without a thousands separator (1200)',
    ]);
  });
  test('too few cells is refused at the first missing column, not filled with empty cells', () => {
    const csv = [HEADER, GOOD, SECOND.split(',').slice(0, 21).join(',')].join('\n');
    expect(problemsOf(csv)).toEqual([
      {
        file: 'content/data/strikes.csv',
        line: 3,
        field: 'other_sources (row 2)',
        message: 'missing: the row has 21 cells where the header has 23: a cell left out anywhere in it moves the ones after it a column to the left, so find where (an empty cell is nothing between two commas)',
      },
    ]);
  });
  test.each(['source_title', 'notes'])('a double quote never closed, in %s, is named at the cell it opens: not as a comma outside quotes, nor the rows after it lost in the last cell', (column) => {
    const cells = GOOD.split(',');
    cells[HEADER.split(',').indexOf(column)] = '"Unclosed, and the rest of the file is read into it';
    const csv = [HEADER, cells.join(','), SECOND, SECOND.replace(/^2,/, '3,')].join('\n');
    expect(problemsOf(csv)).toEqual([
      {
        file: 'content/data/strikes.csv',
        line: 2,
        field: `${column} (row 1)`,
        message:
          'runs over a line break, and a cell is one line: if its double quote is not closed, the lines after it are read into it, so close it (a quote inside a quoted cell is written twice, ""); else remove the line break',
      },
    ]);
  });
});

describe('events.csv rows', () => {
  test('an event that cites nothing: no source and paragraph, and no address', () => {
    const csv = 'date,end,end_strike,label,source,p,url,outlet,note,chart\n2025-09-02,,,First strike,,,,,A note.,yes\n';
    expect(checkCsv('content/data/events.csv', csv, keyEventRowSchema).problems).toEqual([
      { file: 'content/data/events.csv', line: 2, field: 'source (row 1)', message: 'expected a source and paragraph (or a url) that reports the event' },
    ]);
  });

  test('a report is named by its outlet, which only a report has: a page shows “report by BNO News”, not an address', () => {
    const csv = [
      'date,end,end_strike,label,source,p,url,outlet,note,chart',
      '2025-09-02,,,First strike,,,https://bnonews.com/a,,A note.,yes',
      '2025-09-03,,,Second strike,some-source,2,,BNO News,A note.,yes',
      '2025-09-04,,,Third strike,,,https://bnonews.com/b,BNO News,A note.,no',
    ].join('\n');
    const { rows, problems } = checkCsv('content/data/events.csv', csv, keyEventRowSchema);
    expect(problems).toEqual([
      { file: 'content/data/events.csv', line: 2, field: 'outlet (row 1)', message: 'expected the name of the outlet that published the report at url' },
      { file: 'content/data/events.csv', line: 3, field: 'outlet (row 2)', message: 'expected no outlet without a url: the source names its own' },
    ]);
    expect(rows.map((r) => r.data.report)).toEqual([{ url: 'https://bnonews.com/b', outlet: 'BNO News' }]);
  });

  test('a span ends after it starts, a day to come is a typo, and a label too long says its length', () => {
    const next = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const csv = [
      'date,end,end_strike,label,source,p,url,outlet,note,chart',
      '2025-09-15,2025-09-02,,Backwards,,,https://bnonews.com/a,BNO News,A note.,yes',
      '2025-09-15,2025-09-15,,One day,,,https://bnonews.com/a,BNO News,A note.,yes',
      `${next},,,To come,,,https://bnonews.com/a,BNO News,A note.,yes`,
      '2025-09-16,15/09/2025,,Slashed,,,https://bnonews.com/a,BNO News,A note.,yes',
      '2025-09-17,,,Airspace closed to every flight over Venezuela,,,https://bnonews.com/a,BNO News,A note.,yes',
    ].join('\n');
    expect(checkCsv('content/data/events.csv', csv, keyEventRowSchema).problems.map(formatProblem)).toEqual([
      'content/data/events.csv:2 end (row 1): expected a day after date: a span ends after the day it starts (leave end empty for one day)',
      'content/data/events.csv:3 end (row 2): expected a day after date: a span ends after the day it starts (leave end empty for one day)',
      'content/data/events.csv:4 date (row 3): expected a day that has come: this one is after today (a typo in the year?)',
      'content/data/events.csv:5 end (row 4): expected a real date written as YYYY-MM-DD',
      'content/data/events.csv:6 label (row 5): expected at most 32 characters, to fit a chart: this one has 46',
    ]);
  });

  test('the chart marks an event, or the timeline alone lists it: yes or no, and nothing else', () => {
    const csv = ['date,end,end_strike,label,source,p,url,outlet,note,chart', '2025-09-02,,,First strike,,,https://bnonews.com/a,BNO News,A note.,yes', '2025-09-03,,,Second strike,,,https://bnonews.com/b,BNO News,A note.,maybe'].join('\n');
    const { rows, problems } = checkCsv('content/data/events.csv', csv, keyEventRowSchema);
    expect(problems).toEqual([{ file: 'content/data/events.csv', line: 3, field: 'chart (row 2)', message: 'expected yes (the chart marks it) or no (the timeline alone lists it)' }]);
    expect(rows.map((r) => r.data.onChart)).toEqual([true]);
  });
});
