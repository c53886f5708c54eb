import { describe, expect, test } from 'vitest';
import { keyEventCiteProblems } from '../../src/checks/keyEventCites';
import { checkCsv } from '../../src/checks/csvCheck';
import { keyEventRowSchema } from '../../src/schemas/keyEvent';

const HEADER = 'date,end,label,source,p,url,outlet,note,chart';
const rows = (...lines: string[]) => checkCsv('content/data/events.csv', [HEADER, ...lines].join('\n'), keyEventRowSchema).rows;
const paragraphs = new Map([
  ['orinoco-tribune-2025-11-28', 21],
  ['indian-witness-2025-12-03', 9],
]);

describe('a key event’s citation, against the sources', () => {
  test('a source we have and one of its paragraphs, or a report by its address: no problem', () => {
    expect(keyEventCiteProblems(rows('2025-11-15,,No strike reported,orinoco-tribune-2025-11-28,21,,,A note.,yes', '2025-09-02,,First strike,,,https://bnonews.com/a,BNO News,A note.,yes'), paragraphs)).toEqual([]);
  });

  test('a source we do not have, and a paragraph its source does not have, each at its line and column', () => {
    expect(
      keyEventCiteProblems(rows('2025-11-15,,No strike reported,orinoco-tribune-2025-11-29,8,,,A note.,yes', '2025-11-21,,Call,indian-witness-2025-12-03,10,,,A note.,yes'), paragraphs),
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
