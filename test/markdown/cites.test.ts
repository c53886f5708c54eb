import { describe, expect, test } from 'vitest';
import { CitationError, citationsOf } from '../../src/markdown/cites';
import { parseBody } from '../../src/markdown/sourceText';

const cites = (mdx: string) => citationsOf(parseBody(mdx)).map(({ n, note, target }) => ({ n, note, target }));

describe('citationsOf(tree)', () => {
  test('reads what each <Cite> points at: a source and paragraph, or a dataset and row', () => {
    expect(cites('A <Cite source="orinoco-tribune-2025-11-28" p="7" /> and <Cite data="reported-totals" row="2025-10-24-the-independent-ap" />.')).toEqual([
      { n: 1, note: 1, target: { source: 'orinoco-tribune-2025-11-28', p: 7 } },
      { n: 2, note: 2, target: { data: 'reported-totals', row: '2025-10-24-the-independent-ap' } },
    ]);
  });

  test('reads a running total of the strike data (through an event), which shares a note with the same total only', () => {
    expect(cites('A <Cite data="strikes" through="18" />, <Cite data="strikes" row="18" /> and <Cite data="strikes" through="18" />.')).toEqual([
      { n: 1, note: 1, target: { data: 'strikes', through: '18' } },
      { n: 2, note: 2, target: { data: 'strikes', row: '18' } },
      { n: 3, note: 1, target: { data: 'strikes', through: '18' } },
    ]);
  });

  test('numbers citations in reading order, and gives citations of the same passage the note it got first', () => {
    const mdx = '## Head\n\nOne <Cite data="strikes" row="1" />.\n\n- Two <Cite source="a" p="2" />\n\nThree <Cite data="strikes" row="1" />, four <Cite source="a" p="3" />.';
    expect(cites(mdx).map(({ n, note }) => [n, note])).toEqual([
      [1, 1],
      [2, 2],
      [3, 1],
      [4, 3],
    ]);
  });

  test.each([
    ['a paragraph that is not a number', '<Cite source="indian-witness-2025-12-03" p="two" />', 1, /p: expected a paragraph number, like p="7"; got "two"/],
    ['an unknown prop', 'x\n\n<Cite source="indian-witness-2025-12-03" p="2" page="3" />', 3, /page: unknown prop; expected source and p, data and row, or data and through/],
    ['a prop written as code', '<Cite source="indian-witness-2025-12-03" p={2} />', 1, /p: expected a quoted value/],
    ['an unknown dataset', '<Cite data="boats" row="1" />', 1, /data: expected one of strikes, reported-totals/],
    ['a row left out', '<Cite data="strikes" />', 1, /row: missing; expected the row id/],
    ['both kinds at once', '<Cite source="indian-witness-2025-12-03" p="2" data="strikes" row="1" />', 1, /not both/],
    ['a source with a running total', '<Cite source="indian-witness-2025-12-03" p="2" through="1" />', 1, /cites a source \(source, p\) or our data \(data, with row or through\), not both/],
    ['a row and a running total at once', '<Cite data="strikes" row="1" through="3" />', 1, /cites a row \(row\) or the running totals through one \(through\), not both/],
    ['a running total of the reported totals', '<Cite data="reported-totals" through="3" />', 1, /through: only the strike data is added up; expected data="strikes", got data="reported-totals"/],
    ['an empty running total', '<Cite data="strikes" through="" />', 1, /through: empty; expected the last event to add up, like through="18"/],
  ])('rejects %s, at its line', (_, mdx, line, message) => {
    let error: unknown;
    try {
      citationsOf(parseBody(mdx));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(CitationError);
    expect((error as Error).message).toMatch(message);
    expect((error as CitationError).node.position?.start.line).toBe(line);
  });
});
