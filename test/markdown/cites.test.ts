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
    ['an unknown prop', 'x\n\n<Cite source="indian-witness-2025-12-03" p="2" page="3" />', 3, /page: unknown prop; expected source and p, or data and row/],
    ['a prop written as code', '<Cite source="indian-witness-2025-12-03" p={2} />', 1, /p: expected a quoted value/],
    ['an unknown dataset', '<Cite data="boats" row="1" />', 1, /data: expected one of strikes, reported-totals/],
    ['a row left out', '<Cite data="strikes" />', 1, /row: missing; expected the row id/],
    ['both kinds at once', '<Cite source="indian-witness-2025-12-03" p="2" data="strikes" row="1" />', 1, /not both/],
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
