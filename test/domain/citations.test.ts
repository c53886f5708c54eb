import { describe, expect, test } from 'vitest';
import { loadCitationIndex } from '../../src/domain/citations';
import { CitationError, citationsOf, notesOf, resolveCitation } from '../../src/markdown/cites';
import { parseBody } from '../../src/markdown/sourceText';
import { ROOT } from '../helpers/site';

const index = loadCitationIndex(ROOT);
const resolve = (mdx: string) => citationsOf(parseBody(mdx)).map((c) => resolveCitation(c, index));
const failure = (mdx: string) => {
  try {
    resolve(mdx);
  } catch (error) {
    expect(error).toBeInstanceOf(CitationError);
    return { message: (error as Error).message, line: (error as CitationError).node.position?.start.line };
  }
  throw new Error('expected a CitationError');
};

describe('citations', () => {
  test('<Cite source p> resolves to the paragraph’s anchor, with the outlet, date and the passage itself', () => {
    const [c] = resolve('The toll was 82 <Cite source="orinoco-tribune-2025-11-28" p="7" />.');
    expect(c).toMatchObject({ n: 1, href: '/sources/orinoco-tribune-2025-11-28/#p-7', label: 'Orinoco Tribune', paragraph: 7 });
    expect(c.quote).toContain('The campaign has killed 82 civilians in 21 strikes');
    expect(c.date).toEqual(new Date('2025-11-28T00:00:00Z'));
  });

  test('<Cite data row> resolves to the row’s anchor on the data page', () => {
    const [a, b] = resolve('A <Cite data="strikes" row="11" /> and <Cite data="reported-totals" row="2025-10-24-the-independent-ap" />.');
    expect(a).toMatchObject({ n: 1, href: '/data/#strike-11', label: 'Strike data, 27 Oct' });
    expect(b).toMatchObject({ n: 2, href: '/data/#report-2025-10-24-the-independent-ap', label: 'The Independent (AP), 24 Oct' });
  });

  test('numbers citations in reading order', () => {
    const mdx = '## Head\n\nOne <Cite data="strikes" row="1" />.\n\n- Two <Cite data="strikes" row="2" />\n\nThree <Cite data="strikes" row="3" />.';
    expect(resolve(mdx).map((c) => `${c.n} ${c.href}`)).toEqual(['1 /data/#strike-1', '2 /data/#strike-2', '3 /data/#strike-3']);
  });

  test.each([
    ['a missing source', 'x\n\nSee <Cite source="no-such-outlet-2025-01-01" p="1" />.', 3, /source: no source "no-such-outlet-2025-01-01"; expected one of/],
    ['a missing paragraph', '<Cite source="indian-witness-2025-12-03" p="9" />', 1, /p: paragraph 9 does not exist in indian-witness-2025-12-03; it has 5/],
    ['a paragraph that is not a number', '<Cite source="indian-witness-2025-12-03" p="two" />', 1, /p: expected a paragraph number, like p="7"; got "two"/],
    ['an unknown prop', '<Cite source="indian-witness-2025-12-03" p="2" page="3" />', 1, /page: unknown prop; expected source and p, or data and row/],
    ['a prop written as code', '<Cite source="indian-witness-2025-12-03" p={2} />', 1, /p: expected a quoted value/],
    ['a missing data row', '<Cite data="strikes" row="99" />', 1, /row: no row "99" in strikes.csv/],
    ['an unknown dataset', '<Cite data="boats" row="1" />', 1, /data: expected one of strikes, reported-totals/],
    ['both kinds at once', '<Cite source="indian-witness-2025-12-03" p="2" data="strikes" row="1" />', 1, /not both/],
  ])('rejects %s, at its line', (_, mdx, line, message) => {
    const found = failure(mdx);
    expect(found.message).toMatch(message);
    expect(found.line).toBe(line);
  });
});

describe('notesOf', () => {
  const cited = (n: number, href: string) => ({ n, href, outlet: 'X', label: 'X' });

  test('gives a passage cited again the note it got first, and keeps every citation of it in order', () => {
    const notes = notesOf([cited(1, '/a/#p-1'), cited(2, '/b/#p-4'), cited(3, '/a/#p-1'), cited(4, '/a/#p-2'), cited(5, '/b/#p-4')]);
    expect(notes.map(({ n, href, citations }) => ({ n, href, citations }))).toEqual([
      { n: 1, href: '/a/#p-1', citations: [1, 3] },
      { n: 2, href: '/b/#p-4', citations: [2, 5] },
      { n: 3, href: '/a/#p-2', citations: [4] },
    ]);
  });

  test('has no notes for no citations', () => {
    expect(notesOf([])).toEqual([]);
  });
});
