import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/cli/readContent';
import { readFile } from 'node:fs/promises';
import { checkCsv } from '../../src/checks/csvCheck';
import { strikesAcross } from '../../src/checks/rowChecks';
import { CitationOfUnread, citationIndex, notesOf, resolveCitation, UnresolvedCitation } from '../../src/domain/citations';
import { strikeRowSchema } from '../../src/schemas/strike';
import { editionOf } from '../../src/i18n/words';
import type { CitationTarget } from '../../src/schemas/cite';
import { ROOT } from '../helpers/site';

const { index } = await readContent(ROOT);
const resolve = (target: CitationTarget) => resolveCitation(target, index);
const rows = checkCsv('strikes.csv', await readFile('content/data/strikes.csv', 'utf8'), strikeRowSchema, strikesAcross).rows.map((r) => r.data);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('resolveCitation(target, index), against the real content', () => {
  test('a source and paragraph: the paragraph’s anchor, the outlet, the date and the passage itself', () => {
    const cited = resolve({ source: 'orinoco-tribune-2025-11-28', p: 7 });
    expect(cited).toMatchObject({ href: '/sources/orinoco-tribune-2025-11-28/#p-7', label: 'Orinoco Tribune', paragraph: 7 });
    expect(cited.quote).toContain('The campaign has killed 82 civilians in 21 strikes');
    expect(cited.date).toEqual(new Date('2025-11-28T00:00:00Z'));
  });

  test('a data row: the row’s anchor on the data page', () => {
    // Its page too, which prints the rest of the row (who was aboard, each report's words).
    expect(resolve({ data: 'strikes', row: '11' })).toMatchObject({ href: '/data/#strike-11', label: 'Strike data, 27 October 2025', page: { href: '/strikes/11/', day: new Date('2025-10-27') } });
    expect(resolve({ data: 'reported-totals', row: '2025-10-24-the-independent-ap' })).toMatchObject({
      href: '/data/#report-2025-10-24-the-independent-ap',
      // Our data's row, not The Independent's report: the link goes to our data page.
      label: 'Reported totals in our data: The Independent (AP), 24 October 2025',
    });
    expect(resolve({ data: 'reported-totals', row: '2025-10-24-the-independent-ap' }).page).toBeUndefined();
  });

  test('the running totals through a strike event: its row of the totals so far, the days summed, and what the rows add up to, each edition in its words', () => {
    // Every announced event to 15 November: 21 strikes (3 on 27 October) on 22 vessels (4 that day), 82 killed; the claim 4a is in no sum.
    expect(resolve({ data: 'strikes', through: '18' })).toEqual({
      href: '/charts/strikes-over-time/#through-18',
      outlet: 'Strike data',
      label: 'Strike data, 2 September to 15 November 2025',
      sum: '21 strikes on 22 vessels, 82 killed: 18 announced events added up, the last of them event 18 (without the unconfirmed claim 4a, which no sum counts)',
    });
    expect(resolveCitation({ data: 'strikes', through: '26' }, index, editionOf('es'))).toMatchObject({
      href: '/es/charts/strikes-over-time/#through-26',
      label: 'Datos de ataques, del 2 de septiembre al 31 de diciembre de 2025',
      sum: '35 ataques contra 36 embarcaciones, 114 muertos: la suma de 26 episodios anunciados, el último de ellos el episodio 26 (sin el supuesto ataque no confirmado 4a, que queda fuera de toda suma)',
    });
    // Event 4 is of 3 October, the day before the claim 4a: nothing is left out; event 5, of 14 October, leaves it out.
    expect(resolve({ data: 'strikes', through: '4' }).sum).toBe('4 strikes on 4 vessels, 21 killed: 4 announced events added up, the last of them event 4');
    expect(resolve({ data: 'strikes', through: '5' }).sum).toMatch(/the last of them event 5 \(without the unconfirmed claim 4a, which no sum counts\)$/);
  });

  test('running totals add up whole days: through an event that another of its day follows, they name the day’s last; claims to the day are listed as left out', () => {
    const strikes = rows.map((s) => (s.id === '19' ? { ...s, date: day('2025-11-15') } : s.id === '4a' ? { ...s, date: day('2025-11-15') } : s));
    const sameDay = citationIndex([], strikes, []);
    // Events 18 and 19 now share 15 November: the totals to that day are event 19's.
    expect(() => resolveCitation({ data: 'strikes', through: '18' }, sameDay)).toThrow(
      '<Cite> through: event 18 is not the last announced event of its day; cite the running totals through event 19, which end that day',
    );
    expect(resolveCitation({ data: 'strikes', through: '19' }, sameDay)).toMatchObject({
      label: 'Strike data, 2 September to 15 November 2025',
      sum: '22 strikes on 23 vessels, 86 killed: 19 announced events added up, the last of them event 19 (without the unconfirmed claim 4a, which no sum counts)',
    });
    // The claim, moved to that day, is left out of the totals to it, and of none before.
    expect(resolveCitation({ data: 'strikes', through: '17' }, sameDay).sum).toMatch(/the last of them event 17$/);
  });

  test('a running total is not checked where rows of strikes.csv have a problem: the file’s problem comes first', () => {
    const waiting = { ...index, unread: { sources: new Set<string>(), rows: { strikes: new Set(['77']) } } };
    expect(() => resolveCitation({ data: 'strikes', through: '18' }, waiting)).toThrow(CitationOfUnread);
  });

  test.each<[string, CitationTarget, RegExp]>([
    ['a missing source', { source: 'no-such-outlet-2025-01-01', p: 1 }, /^<Cite> source: no source "no-such-outlet-2025-01-01"; expected one of indian-witness-2025-12-03, /],
    ['a missing paragraph', { source: 'indian-witness-2025-12-03', p: 9 }, /^<Cite> p: paragraph 9 does not exist in indian-witness-2025-12-03; it has 5 \(p-1 to p-5\)$/],
    ['a missing data row', { data: 'strikes', row: '99' }, /^<Cite> row: no row "99" in strikes.csv$/],
    ['a running total through a missing row', { data: 'strikes', through: '99' }, /^<Cite> through: no row "99" in strikes.csv$/],
    ['a running total through an unconfirmed claim', { data: 'strikes', through: '4a' }, /^<Cite> through: event 4a is an unconfirmed claim, which no sum counts; cite the running totals through an announced event$/],
  ])('names %s, and what there is instead', (_, target, message) => {
    expect(() => resolve(target)).toThrow(UnresolvedCitation);
    expect(() => resolve(target)).toThrow(message);
  });
});

describe('citationIndex(sources, strikes, reports)', () => {
  test('is built from what the loaders read: a source’s outlet, date and blocks, a row’s label', () => {
    const small = citationIndex(
      [{ id: 'x-2025-01-02', data: { outlet: {}, published: { date: new Date('2025-01-02T00:00:00Z') }, blocks: [{ n: 1, kind: 'paragraph', text: 'One.' }] } }],
      [],
      [],
    );
    expect(resolveCitation({ source: 'x-2025-01-02', p: 1 }, small)).toMatchObject({ label: 'Outlet not identified', quote: 'One.', href: '/sources/x-2025-01-02/#p-1' });
    expect(() => resolveCitation({ source: 'x-2025-01-02', p: 2 }, small)).toThrow('it has 1 (p-1 to p-1)');
  });
});

describe('notesOf(citations)', () => {
  const cited = (n: number, note: number, href: string) => ({ n, note, href, outlet: 'X', label: 'X' });

  test('one note per passage, numbered as the citations say, with every citation of it in order', () => {
    const notes = notesOf([cited(1, 1, '/a/#p-1'), cited(2, 2, '/b/#p-4'), cited(3, 1, '/a/#p-1'), cited(4, 3, '/a/#p-2'), cited(5, 2, '/b/#p-4')]);
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
