import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type LedgerGroup, type LedgerRow, ledger, ledgerPage, ledgerPageHref, pagesOf } from '../../src/domain/ledger';
import type { SourceEntry } from '../../src/domain/sources';
import { sourceSchema } from '../../src/schemas/source';
import { editionOf } from '../../src/i18n/words';
import { loadData } from '../charts/data';

const { strikes } = await loadData();

/** A source reporting one figure, as its frontmatter would. */
const source = (id: string, outlet: string, metric: string, value: number | number[], date = '2025-11-28'): SourceEntry => ({
  id,
  data: sourceSchema.parse({
    title: 'T',
    outlet: { name: outlet },
    published: { date },
    summary: 'S',
    claims: [value].flat().map((v) => ({ metric, value: v, p: 1, quote: 'q' })),
  }),
});

describe('ledger(sources, strikes)', () => {
  test('compares a death toll with the deaths announced by its day, counting the presumed dead', () => {
    const [group] = ledger([source('a', 'A', 'killed', 83)], strikes);
    expect(group.metric).toBe('killed');
    expect(group.rows[0].data).toEqual({ value: 82, label: 'deaths announced by 28 November' });
    expect(group.rows[0].explanation).toBe('Matches if the 82 deaths announced by 28 November are counted with the 1 person lost at sea and presumed dead (27 October).');
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

  // The comparison as it reads, one pass over the other sources per row: what the ledger must say, however it finds it.
  const byHand = (rows: { sourceId: string; outlet: string; figure: string }[], row: (typeof rows)[number]) => {
    const others = rows.filter((o) => o.sourceId !== row.sourceId);
    if (!others.length) return 'Only this source reports it; our strike data does not cover it.';
    const list = (names: string[]) => {
      const shown = names.slice(0, 3);
      const all = names.length > 3 ? [...shown, `${names.length - 3} others`] : shown;
      return all.length > 1 ? `${all.slice(0, -1).join(', ')} and ${all.at(-1)}` : all[0];
    };
    const same = others.filter((o) => o.figure === row.figure).map((o) => o.outlet);
    const different = others.filter((o) => o.figure !== row.figure).map((o) => `${o.outlet} (${o.figure})`);
    return [same.length ? `Same as ${list(same)}.` : '', different.length ? `Differs from ${list(different)}.` : ''].filter(Boolean).join(' ');
  };

  test('compares each source with every other of its metric, whatever their number and figures, some sources giving several (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 14 }), (figures) => {
        const sources = figures.map((values, i) => source(`s${i}`, `Outlet ${String(i).padStart(2, '0')}`, 'troops', values.map((v) => v * 1000)));
        const rows = ledger(sources, strikes)[0].rows;
        for (const row of rows) expect(row.explanation).toBe(byHand(rows, row));
      }),
      { numRuns: 300 },
    );
  });
});

describe('a figure dated by its source’s day of publication, which we inferred', () => {
  const undated = (asOf?: string): SourceEntry => {
    const entry = source('u', 'U', 'killed', 83, '2025-11-30');
    const claims = entry.data.claims.map((claim) => (asOf ? { ...claim, asOf: new Date(`${asOf}T00:00:00Z`) } : claim));
    return { ...entry, data: { ...entry.data, published: { ...entry.data.published, inferred: 'From its weekdays.' }, claims } };
  };

  test('says its day is inferred; a figure with a day of its own, or of a dated source, does not', () => {
    expect(ledger([undated()], strikes)[0]!.rows[0]).toMatchObject({ asOf: new Date('2025-11-30T00:00:00Z'), dateInferred: true });
    expect(ledger([undated('2025-11-21')], strikes)[0]!.rows[0]).not.toHaveProperty('dateInferred');
    expect(ledger([source('a', 'A', 'killed', 83)], strikes)[0]!.rows[0]).not.toHaveProperty('dateInferred');
  });
});

describe('ledger(sources, strikes, edition): the Spanish edition', () => {
  const es = editionOf('es');

  test('compares a death toll in Spanish, its counts agreeing with their nouns', () => {
    const [group] = ledger([source('a', 'A', 'killed', 83)], strikes, es);
    expect(group.label).toBe('Personas muertas');
    expect(group.rows[0].figure).toBe('83');
    expect(group.rows[0].data).toEqual({ value: 82, label: 'muertes anunciadas hasta el 28 de noviembre' });
    expect(group.rows[0].explanation).toBe('Coincide si a las 82 muertes anunciadas hasta el 28 de noviembre se suma una persona desaparecida en el mar y dada por muerta (27 de octubre).');
  });

  test('where the data has no such figure, compares the sources in Spanish, their figures as Spanish writes them', () => {
    const [group] = ledger([source('a', 'A', 'bounty_usd', 50e6), source('b', 'B', 'bounty_usd', 50e6), source('c', 'C', 'bounty_usd', 25e6)], strikes, es);
    expect(group.rows.map((r) => r.explanation)).toEqual([
      'Igual que B. Difiere de C (25 millones de dólares).',
      'Igual que A. Difiere de C (25 millones de dólares).',
      'Difiere de A (50 millones de dólares) y B (50 millones de dólares).',
    ]);
    const many = Array.from({ length: 40 }, (_, i) => source(`s${i}`, `Outlet ${i}`, 'troops', 15000));
    expect(ledger(many, strikes, es)[0].rows[0].explanation).toBe('Igual que Outlet 1, Outlet 2, Outlet 3 y 36 más.');
  });

  test('our note on a claim in Spanish where it has one, else as written; the data\'s survivors with those later lost at sea', () => {
    const withNote = (es?: { note: string }, date = '2025-11-28') =>
      ({ id: 'a', data: sourceSchema.parse({ title: 'T', outlet: { name: 'A' }, published: { date }, summary: 'S', claims: [{ metric: 'survivors', value: 1, p: 1, quote: 'q', note: 'Our note.', ...(es && { es }) }] }) }) as SourceEntry;
    const lostEs = 'entre ellos un sobreviviente desaparecido luego en el mar y dado por muerto (27 de octubre)';
    expect(ledger([withNote({ note: 'Nuestra nota.' })], strikes, es)[0].rows[0].explanation).toBe(`Los datos tienen 3, ${lostEs}. Nuestra nota.`);
    expect(ledger([withNote()], strikes, es)[0].rows[0].explanation).toBe(`Los datos tienen 3, ${lostEs}. Our note.`);
    expect(ledger([withNote({ note: 'Nuestra nota.' })], strikes)[0].rows[0].explanation).toBe(
      'The data has 3, among them 1 later lost at sea and presumed dead (27 October). Our note.',
    );
    // Before 27 October the data's survivors are the two of 16 October, none of them lost at sea.
    expect(ledger([withNote(undefined, '2025-10-20')], strikes)[0].rows[0].explanation).toBe('The data has 2. Our note.');
    // Our note left in English is said to be English, so that the page can mark it; a translated one is not.
    expect(ledger([withNote()], strikes, es)[0].rows[0].english).toEqual(['Our note.']);
    expect(ledger([withNote({ note: 'Nuestra nota.' })], strikes, es)[0].rows[0].english ?? []).toEqual([]);
    // Only the article's words a translated note quotes, in curly quotes, are English; our translation of them, in angle quotes, is not.
    expect(ledger([withNote({ note: 'Nuestra nota sobre “one September operation” [«una operación de septiembre»].' })], strikes, es)[0].rows[0].english).toEqual([
      'one September operation',
    ]);
  });

  test('a death toll of one strike that the data gives otherwise: the data\'s note\'s first sentence quoted in English, whole, and said to be English', () => {
    const first = strikes.find((s) => s.id === '1')!;
    const entry = { id: 'a', data: sourceSchema.parse({ title: 'T', outlet: { name: 'A' }, published: { date: '2025-11-28' }, summary: 'S', claims: [{ metric: 'killed', value: first.killed + 5, p: 1, quote: 'q', event: '2025-09-02' }] }) } as SourceEntry;
    // Its first sentence names "Adm. Frank Bradley" inside brackets: neither full stop ends it.
    const note = first.notes.slice(0, first.notes.indexOf('Frank Bradley).') + 'Frank Bradley)'.length);
    expect(note).toMatch(/^The Washington Post reported \(28 November 2025\) that a second strike killed .* \(the White House, .*Adm\. Frank Bradley\)$/);
    const [row] = ledger([entry], strikes, es)[0].rows;
    expect(row.explanation).toBe(`Los datos dan ${first.killed} personas muertas en ese ataque (nota de los datos, en inglés: “${note}”).`);
    expect(row.english).toEqual([note]);
  });

  test('a figure for some of one strike\'s dead (part) is said to be part of the data\'s toll, in each edition; a part above the toll is not', () => {
    const first = strikes.find((s) => s.id === '1')!;
    const claim = (value: number) =>
      ({ id: 'a', data: sourceSchema.parse({ title: 'T', outlet: { name: 'A' }, published: { date: '2025-12-01' }, summary: 'S', claims: [{ metric: 'killed', value, p: 1, quote: 'q', event: '2025-09-02', part: true }] }) }) as SourceEntry;
    const [row] = ledger([claim(2)], strikes)[0].rows;
    // The data's figure links to the strike's page, in the row's edition.
    expect(row.data).toEqual({ value: first.killed, label: 'killed in the strike of 2 September', href: '/strikes/1/' });
    expect(ledger([claim(2)], strikes, es)[0].rows[0].data!.href).toBe('/es/strikes/1/');
    expect(row.explanation).toBe(`Some of the ${first.killed} killed in the strike of 2 September, as the data gives them.`);
    expect(ledger([claim(2)], strikes, es)[0].rows[0].explanation).toBe(`Parte de las ${first.killed} personas muertas en el ataque del 2 de septiembre, según los datos.`);
    expect(ledger([claim(first.killed + 1)], strikes)[0].rows[0].explanation).toMatch(/^The data gives \d+ killed in that strike/);
    // Our note on the claim follows, as it says what the figure is part of.
    const noted = { ...claim(2), data: { ...claim(2).data, claims: [{ ...claim(2).data.claims[0], note: 'Two men killed by its second strike.' }] } } as SourceEntry;
    expect(ledger([noted], strikes)[0].rows[0].explanation).toBe(`Some of the ${first.killed} killed in the strike of 2 September, as the data gives them. Two men killed by its second strike.`);
    expect(ledger([noted], strikes, es)[0].rows[0].english).toEqual(['Two men killed by its second strike.']);
  });
});

describe('the ledger in pages', () => {
  /** A metric with `n` rows, told apart by their paragraph. */
  const group = (n: number): LedgerGroup => ({
    metric: 'killed',
    label: 'People killed',
    rows: Array.from({ length: n }, (_, i) => ({ sourceId: 's', outlet: 'O', claim: { metric: 'killed', value: 1, qualifier: 'exact', p: i + 1, quote: 'q' } as LedgerRow['claim'], asOf: new Date(0), figure: '1', explanation: '' })),
  });

  test('ledgerPage(group, page, size): each row on exactly one page, in order, and says where it stands (property)', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.integer({ min: 1, max: 12 }), (n, size) => {
        const all = group(n);
        const pages = pagesOf(all, size);
        expect(pages).toBe(Math.max(1, Math.ceil(n / size)));
        const shown = Array.from({ length: pages }, (_, i) => ledgerPage(all, i + 1, size));
        expect(shown.flatMap((p) => p.rows)).toEqual(all.rows);
        for (const p of shown) {
          expect(p.rows.length).toBeLessThanOrEqual(size);
          expect(p).toMatchObject({ metric: 'killed', pages, total: n, start: (p.page - 1) * size });
        }
      }),
    );
  });

  test('ledgerPage refuses a page the metric does not have', () => {
    expect(() => ledgerPage(group(5), 2, 5)).toThrow("the ledger's killed rows have pages 1 to 1, not 2");
    expect(() => ledgerPage(group(5), 0, 5)).toThrow(RangeError);
    expect(() => ledgerPage(group(5), 1.5, 2)).toThrow(RangeError);
  });

  test('ledgerPageHref: page 1 is the metric’s table on the ledger’s page; the others have pages of their own, in each edition', () => {
    expect(ledgerPageHref('en', 'killed', 1)).toBe('/ledger/#ledger-killed');
    expect(ledgerPageHref('en', 'killed', 2)).toBe('/ledger/killed/2/');
    expect(ledgerPageHref('es', 'strikes', 1)).toBe('/es/ledger/#ledger-strikes');
    expect(ledgerPageHref('es', 'strikes', 3)).toBe('/es/ledger/strikes/3/');
  });
});
