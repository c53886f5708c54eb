import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { splitFile } from '../../src/checks/frontmatter';
import { blocksOf } from '../../src/markdown/sourceText';
import { type MentionSource, strikeMentions } from '../../src/domain/strikeMentions';
import { sourceSchema } from '../../src/schemas/source';
import { loadData } from '../charts/data';

const { strikes } = await loadData();
const dir = 'content/sources';
const sources: MentionSource[] = await Promise.all(
  (await readdir(dir)).map(async (name) => {
    const { data, body } = splitFile(await readFile(`${dir}/${name}`, 'utf8'));
    return { id: name.replace(/\.mdx$/, ''), data: sourceSchema.parse(data), paragraphs: blocksOf(body).map((b) => b.text) };
  }),
);
const where = (m: { source: string; p: number }) => `${m.source}#p-${m.p}`;

describe('strikeMentions(strikes, sources)', () => {
  const { mentions, problems } = strikeMentions(strikes, sources);

  test('finds the paragraphs of a claim about one strike (its event date) and those a source lists', () => {
    expect(problems).toEqual([]);
    const of = (id: string) => mentions.filter((m) => m.strike === id).map((m) => `${where(m)} ${m.via}`);
    expect(of('1')).toEqual([
      'orinoco-tribune-2025-11-28#p-12 listed',
      'muslim-network-tv-2025-11-30#p-8 listed',
      'muslim-network-tv-2025-11-30#p-9 listed',
      'turkiye-today-2025-12-01#p-17 listed',
      'turkiye-today-2025-12-01#p-18 listed',
      'turkiye-today-2025-12-01#p-19 claim',
    ]);
    expect(of('18')).toEqual(['orinoco-tribune-2025-11-28#p-8 claim']);
    expect(of('6')).toEqual(['orinoco-tribune-2025-11-28#p-7 listed']);
  });

  test('quotes each paragraph and names its outlet', () => {
    const pause = mentions.find((m) => m.strike === '18')!;
    expect(pause.text).toMatch(/^No “kinetic strikes” have been reported in the past 13 days\. The last confirmed strike occurred Nov\. 15/);
    expect(pause.outlet).toBe('Orinoco Tribune');
    // Its day is inferred (the copy carries none), and so said beside it, as on every other page; Türkiye Today's is printed.
    expect([pause.inferred, mentions.find((m) => m.source.startsWith('turkiye-today'))!.inferred]).toEqual([true, false]);
  });

  test('a paragraph listed twice, or listed and claimed, counts once', () => {
    const twice = sources.map((s) => (s.id.startsWith('turkiye') ? { ...s, data: { ...s.data, strikes: [...s.data.strikes, { id: '1', p: 19 }, { id: '1', p: 17 }] } } : s));
    expect(strikeMentions(strikes, twice).mentions).toHaveLength(mentions.length);
  });

  test('a listed strike or paragraph that does not exist is named, with the entry', () => {
    const bad = sources.map((s) => (s.id.startsWith('turkiye') ? { ...s, data: { ...s.data, strikes: [{ id: '99', p: 3 }, { id: '1', p: 40 }] } } : s));
    expect(strikeMentions(strikes, bad).problems).toEqual([
      { source: 'turkiye-today-2025-12-01', index: 0, field: 'id', message: 'no strike "99" in content/data/strikes.csv' },
      { source: 'turkiye-today-2025-12-01', index: 1, field: 'p', message: 'paragraph 40 does not exist; this source has 22 (p-1 to p-22)' },
    ]);
  });
});
