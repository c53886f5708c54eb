import { describe, expect, test } from 'vitest';
import { keyEventChartProblems, keyEventCiteProblems, keyEventStrikeProblems } from '../../src/checks/keyEventCites';
import { checkCsv } from '../../src/checks/csvCheck';
import { keyEventRowSchema } from '../../src/schemas/keyEvent';

const HEADER = 'date,end,end_strike,label,source,p,url,outlet,note,chart';
const rows = (...lines: string[]) => checkCsv('content/data/events.csv', [HEADER, ...lines].join('\n'), keyEventRowSchema).rows;
const paragraphs = new Map([
  ['orinoco-tribune-2025-11-28', 21],
  ['indian-witness-2025-12-03', 9],
]);

describe('a key event’s citation, against the sources', () => {
  test('a source we have and one of its paragraphs, or a report by its address: no problem', () => {
    expect(keyEventCiteProblems(rows('2025-11-15,,,No strike reported,orinoco-tribune-2025-11-28,21,,,A note.,yes', '2025-09-02,,,First strike,,,https://bnonews.com/a,BNO News,A note.,yes'), paragraphs)).toEqual([]);
  });

  test('a source we do not have, and a paragraph its source does not have, each at its line and column', () => {
    expect(
      keyEventCiteProblems(rows('2025-11-15,,,No strike reported,orinoco-tribune-2025-11-29,8,,,A note.,yes', '2025-11-21,,,Call,indian-witness-2025-12-03,10,,,A note.,yes'), paragraphs),
    ).toEqual([
      {
        file: 'content/data/events.csv',
        line: 2,
        field: 'source (row 1)',
        message: 'no source "orinoco-tribune-2025-11-29" in content/sources/; expected one of indian-witness-2025-12-03, orinoco-tribune-2025-11-28',
      },
      { file: 'content/data/events.csv', line: 3, field: 'p (row 2)', message: 'paragraph 10 does not exist in indian-witness-2025-12-03; it has 9 (p-1 to p-9)' },
    ]);
  });
});

describe('a span whose end our strike data gives (end_strike), against strikes.csv', () => {
  const days = new Map([
    ['18', { date: new Date('2025-11-15'), status: 'cited' as const }],
    ['19', { date: new Date('2025-12-04'), status: 'cited' as const }],
    ['4a', { date: new Date('2025-10-04'), status: 'unconfirmed' as const }],
  ]);

  test('a strike event dated the span’s last day: no problem; a span without one is not checked', () => {
    expect(keyEventStrikeProblems(rows('2025-11-15,2025-12-04,19,No strike reported,orinoco-tribune-2025-11-28,8,,,A note.,yes', '2025-11-21,,,Call,indian-witness-2025-12-03,2,,,A note.,yes'), days)).toEqual([]);
  });

  test('a strike event that is not in strikes.csv, or not of the span’s last day, at its line; one with a problem of its own waits', () => {
    expect(
      keyEventStrikeProblems(
        rows(
          '2025-11-15,2025-12-04,91,No strike reported,orinoco-tribune-2025-11-28,8,,,A note.,yes',
          '2025-11-16,2025-12-05,19,No strike again,orinoco-tribune-2025-11-28,8,,,A note.,yes',
          '2025-11-17,2025-12-06,20,Pause,orinoco-tribune-2025-11-28,8,,,A note.,yes',
          '2025-10-01,2025-10-04,4a,Lull,orinoco-tribune-2025-11-28,8,,,A note.,yes',
        ),
        days,
        new Set([...days.keys(), '20']),
      ),
    ).toEqual([
      { file: 'content/data/events.csv', line: 2, field: 'end_strike (row 1)', message: 'no strike event "91" in content/data/strikes.csv: expected the id of the strike whose day ends the span' },
      { file: 'content/data/events.csv', line: 3, field: 'end_strike (row 2)', message: "strike event 19 is dated 2025-12-04, not 2025-12-05, the span's end: a span it ends ends on its day" },
      { file: 'content/data/events.csv', line: 5, field: 'end_strike (row 4)', message: 'strike event 4a is a claim never confirmed: a span ends at a strike our data counts' },
    ]);
  });

  test('a strike event given for a single day, or not as an id, is refused by the row itself', () => {
    const { problems } = checkCsv(
      'content/data/events.csv',
      [HEADER, '2025-11-15,,19,No strike reported,orinoco-tribune-2025-11-28,8,,,A note.,yes', '2025-11-15,2025-12-04,event 19,No strike reported,orinoco-tribune-2025-11-28,8,,,A note.,yes'].join('\n'),
      keyEventRowSchema,
    );
    expect(problems).toEqual([
      { file: 'content/data/events.csv', line: 2, field: 'end_strike (row 1)', message: 'expected an end day too: a strike event ends a span' },
      { file: 'content/data/events.csv', line: 3, field: 'end_strike (row 2)', message: 'expected a strike event of strikes.csv, by its id (19, 4a), or an empty cell' },
    ]);
  });
});

describe('an event that is a strike of our data (strike), against strikes.csv', () => {
  const WITH_STRIKE = `${HEADER},strike`;
  const rowsWith = (...lines: string[]) => checkCsv('content/data/events.csv', [WITH_STRIKE, ...lines].join('\n'), keyEventRowSchema).rows;
  const days = new Map([
    ['1', { date: new Date('2025-09-02'), status: 'cited' as const }],
    ['2', { date: new Date('2025-09-15'), status: 'cited' as const }],
    ['4a', { date: new Date('2025-10-04'), status: 'unconfirmed' as const }],
  ]);

  test('a confirmed strike of the event’s day: no problem; a file without the column has none', () => {
    expect(keyEventStrikeProblems(rowsWith('2025-09-02,,,First strike,,,https://bnonews.com/a,BNO News,A note.,yes,1'), days)).toEqual([]);
    expect(rows('2025-09-02,,,First strike,,,https://bnonews.com/a,BNO News,A note.,yes').map((r) => r.data.strike)).toEqual([undefined]);
  });

  test('a strike not in strikes.csv, of another day, a claim never confirmed, or another event’s already, at its line', () => {
    expect(
      keyEventStrikeProblems(
        rowsWith(
          '2025-09-02,,,First strike,,,https://bnonews.com/a,BNO News,A note.,yes,91',
          '2025-09-03,,,Second strike,,,https://bnonews.com/b,BNO News,A note.,yes,2',
          '2025-10-04,,,Claimed strike,,,https://bnonews.com/c,BNO News,A note.,no,4a',
          '2025-09-02,,,Opening strike,,,https://bnonews.com/d,BNO News,A note.,no,1',
          '2025-09-02,,,The first strike again,,,https://bnonews.com/e,BNO News,A note.,no,1',
        ),
        days,
      ),
    ).toEqual([
      { file: 'content/data/events.csv', line: 2, field: 'strike (row 1)', message: 'no strike event "91" in content/data/strikes.csv: expected the id of the strike this event is' },
      { file: 'content/data/events.csv', line: 3, field: 'strike (row 2)', message: "strike event 2 is dated 2025-09-15, not 2025-09-03, the event's day" },
      { file: 'content/data/events.csv', line: 4, field: 'strike (row 3)', message: 'strike event 4a is a claim never confirmed: an event is a strike our data counts' },
      { file: 'content/data/events.csv', line: 6, field: 'strike (row 5)', message: "strike event 1 is row 4's already: one event marks a strike" },
    ]);
  });

  test('a strike given to a span, or not as an id, is refused by the row itself', () => {
    const { problems } = checkCsv(
      'content/data/events.csv',
      [WITH_STRIKE, '2025-09-02,2025-09-04,,First days,,,https://bnonews.com/a,BNO News,A note.,yes,1', '2025-09-02,,,First strike,,,https://bnonews.com/a,BNO News,A note.,yes,event 1'].join('\n'),
      keyEventRowSchema,
    );
    expect(problems).toEqual([
      { file: 'content/data/events.csv', line: 2, field: 'strike (row 1)', message: 'expected no end: an event that is a strike is the day of that strike' },
      { file: 'content/data/events.csv', line: 3, field: 'strike (row 2)', message: 'expected a strike event of strikes.csv, by its id (1, 4a), or an empty cell' },
    ]);
  });
});

describe('a day the chart of strikes over time marks, against the chart’s dates', () => {
  const strikes = [
    { date: new Date('2025-09-02'), status: 'cited' as const },
    { date: new Date('2025-12-04'), status: 'cited' as const },
    { date: new Date('2026-02-01'), status: 'unconfirmed' as const },
  ];

  test('marked days from the first of the first strike’s month to a week after the last, and days the chart does not mark: no problem', () => {
    expect(
      keyEventChartProblems(
        rows(
          '2025-09-01,,,Campaign,,,https://bnonews.com/a,BNO News,A note.,yes',
          '2025-11-15,2025-12-11,,No strike reported,orinoco-tribune-2025-11-28,8,,,A note.,yes',
          '2015-11-21,,,Background,,,https://bnonews.com/b,BNO News,A note.,no',
        ),
        strikes,
      ),
    ).toEqual([]);
  });

  test('a marked day years early, or a span ending after the chart (a claim never confirmed does not extend it), at its line and column', () => {
    expect(
      keyEventChartProblems(
        rows('2015-11-21,,,Call,indian-witness-2025-12-03,2,,,A note.,yes', '2025-11-15,2025-12-12,,No strike reported,orinoco-tribune-2025-11-28,8,,,A note.,yes'),
        strikes,
      ),
    ).toEqual([
      {
        file: 'content/data/events.csv',
        line: 2,
        field: 'date (row 1)',
        message:
          "2015-11-21 is outside the chart this event is marked on (chart yes): the chart of strikes over time runs from 2025-09-01 to 2025-12-11 (the first of its first confirmed strike's month to a week after its last); expected a day within it (a typo in the year?), or chart no, for the timeline alone",
      },
      {
        file: 'content/data/events.csv',
        line: 3,
        field: 'end (row 2)',
        message:
          "2025-12-12 is outside the chart this event is marked on (chart yes): the chart of strikes over time runs from 2025-09-01 to 2025-12-11 (the first of its first confirmed strike's month to a week after its last); expected a day within it (a typo in the year?), or chart no, for the timeline alone",
      },
    ]);
  });

  test('with no confirmed strike, no chart and nothing to check', () => {
    expect(keyEventChartProblems(rows('2015-11-21,,,Call,indian-witness-2025-12-03,2,,,A note.,yes'), strikes.slice(2))).toEqual([]);
  });
});
