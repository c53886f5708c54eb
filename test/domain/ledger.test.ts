import { describe, expect, test } from 'vitest';
import { ledger } from '../../src/domain/ledger';
import type { SourceEntry } from '../../src/domain/sources';
import { sourceSchema } from '../../src/schemas/source';
import { loadData } from '../charts/data';

const { strikes } = await loadData();

/** A source reporting one figure, as its frontmatter would. */
const source = (id: string, outlet: string, metric: string, value: number, date = '2025-11-28'): SourceEntry => ({
  id,
  data: sourceSchema.parse({
    title: 'T',
    outlet: { name: outlet },
    published: { date },
    summary: 'S',
    claims: [{ metric, value, p: 1, quote: 'q' }],
  }),
});

describe('ledger(sources, strikes)', () => {
  test('compares a death toll with the deaths announced by its day, counting the presumed dead', () => {
    const [group] = ledger([source('a', 'A', 'killed', 83)], strikes);
    expect(group.metric).toBe('killed');
    expect(group.rows[0].data).toEqual({ value: 82, label: 'deaths announced by 28 Nov' });
    expect(group.rows[0].explanation).toBe('82 deaths announced by 28 Nov, plus 1 lost at sea and presumed dead (27 Oct).');
  });

  test('where the data has no such figure, compares the sources with each other', () => {
    const [group] = ledger([source('a', 'A', 'bounty_usd', 50e6), source('b', 'B', 'bounty_usd', 50e6), source('c', 'C', 'bounty_usd', 25e6)], strikes);
    expect(group.rows.map((r) => r.explanation)).toEqual([
      'Same as B. Differs from C ($25,000,000).',
      'Same as A. Differs from C ($25,000,000).',
      'Differs from A ($50,000,000) and B ($50,000,000).',
    ]);
  });

  test('names at most three other sources in a row, however many agree', () => {
    const many = Array.from({ length: 40 }, (_, i) => source(`s${i}`, `Outlet ${i}`, 'troops', 15000));
    const rows = ledger(many, strikes)[0].rows;
    expect(rows).toHaveLength(40);
    expect(rows[0].explanation).toBe('Same as Outlet 1, Outlet 2, Outlet 3 and 36 others.');
  });
});
