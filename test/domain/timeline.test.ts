import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { splitFile } from '../../src/checks/frontmatter';
import { timeline, type TimelineSource } from '../../src/domain/timeline';
import { sourceSchema } from '../../src/schemas/source';
import { loadData } from '../charts/data';

const { strikes, events, settings } = await loadData();
const dir = 'content/sources';
const sources: TimelineSource[] = await Promise.all(
  (await readdir(dir)).map(async (name) => ({ id: name.replace(/\.mdx$/, ''), data: sourceSchema.parse(splitFile(await readFile(`${dir}/${name}`, 'utf8')).data) })),
);

describe('timeline(events, strikes, sources, settings.regions)', () => {
  const months = timeline(events, strikes, sources, settings.regions);
  const entries = months.flatMap((m) => m.entries);

  test('holds every key event, every strike and every source, once', () => {
    expect(entries).toHaveLength(events.length + strikes.length + sources.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  test('groups by month, in date order', () => {
    expect(months.map((m) => m.label)).toEqual(['September 2025', 'October 2025', 'November 2025', 'December 2025']);
    const days = entries.map((e) => e.date.getTime());
    expect(days).toEqual([...days].sort((a, b) => a - b));
    for (const m of months) for (const e of m.entries) expect(e.date.toISOString().slice(0, 7)).toBe(m.month);
  });

  test('cites each entry: a source paragraph, a data row or a report', () => {
    for (const e of entries) expect(e.cite.href, e.id).toMatch(/^(\/sources\/[^/]+\/#(p-\d+|text)|\/data\/#strike-\w+|https:\/\/.+)$/);
    const call = entries.find((e) => e.title === 'Call, per Indian Witness')!;
    expect(call.cite).toEqual({ label: 'Indian Witness, paragraph 2', href: '/sources/indian-witness-2025-12-03/#p-2', external: false });
  });

  test('links each strike to its page, and says when its date is inferred or announced later', () => {
    const claim = entries.find((e) => e.id === 'strike-4a')!;
    expect(claim).toMatchObject({ href: '/strikes/4a/', unconfirmed: true, title: 'Claimed strike in the Caribbean, unconfirmed and not counted' });
    expect(claim.dated).toMatch(/^Dated: inferred from Trump speech on 2025-10-05/);
    expect(entries.find((e) => e.id === 'strike-17')!.dated).toMatch(/Announced 14 November 2025\.$/);
    expect(entries.find((e) => e.id === 'strike-11')!.title).toBe('Strike in the eastern Pacific: 14 killed, 1 survivor, 1 presumed dead');
  });

  test('says how an inferred publication date was worked out', () => {
    const unnamed = entries.find((e) => e.id === 'source-unidentified-outlet-2025-11-28')!;
    expect(unnamed.dated).toMatch(/^Date inferred: The supplied copy carries no date/);
    expect(entries.find((e) => e.id === 'source-turkiye-today-2025-12-01')!.dated).toBeUndefined();
  });

  test('a span says when it ends', () => {
    expect(entries.some((e) => e.title === 'No strike reported, to 4 December 2025')).toBe(true);
  });
});
