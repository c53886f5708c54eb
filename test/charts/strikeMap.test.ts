import { describe, expect, test } from 'vitest';
import { describeStrikeMap } from '../../src/charts/describe';
import { strikeMap, strikeMapMarks } from '../../src/charts/strikeMap';
import { kmOutside, landAt } from '../../src/domain/geography';
import { loadData } from './data';

const { strikes, regions, places, geography, settings } = await loadData();
const base = { id: 'map', title: 'Title', desc: 'Description', geography, regions, places };
const drawings = {
  'wide (one map)': { ...base, width: 720, panels: 'all' as const },
  'narrow (a map per region)': { ...base, width: 380, panels: 'each' as const },
};
const byId = new Map(strikes.map((s) => [s.id, s]));

describe.each(Object.entries(drawings))('strikeMap, %s', (_, options) => {
  const svg = strikeMap(strikes, options);
  const marks = strikeMapMarks(strikes, options).flat();

  test('draws one mark per strike, each pointing to its row of the table', () => {
    const rows = [...svg.matchAll(/class="mark [^"]*" data-row="(\d+)"/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(rows).toEqual(strikes.map((_, i) => i));
    expect(marks).toHaveLength(strikes.length);
  });

  test('the legend counts each kind of position of the strikes, not of the unconfirmed claim, which has its own', () => {
    const count = (p: string) => strikes.filter((s) => s.status !== 'unconfirmed' && s.position.precision === p).length;
    expect(svg).toContain(`>position reported: ${count('reported')}<`);
    expect(svg).toContain(`>worked out from a description: ${count('described')}<`);
    expect(svg).toContain(`>region only, in a box: ${count('region')}<`);
    expect(count('described')).toBe(3);
    expect(count('region')).toBe(23);
    expect(svg).toContain('>unconfirmed claim<');
  });

  test('a reported or described strike is drawn at its position, ringed if described', () => {
    const pointed = strikes.filter((s) => s.position.precision !== 'region');
    for (const s of pointed) {
      const at = marks.find((m) => m.id === s.id)!.at;
      const p = s.position as { lat: number; lon: number };
      expect(at[0], s.id).toBeCloseTo(p.lon, 1);
      expect(at[1], s.id).toBeCloseTo(p.lat, 1);
    }
    expect(svg.match(/class="approx"/g)).toHaveLength(pointed.length);
  });

  test('a strike known only by its region is gathered at sea inside that region, in its labelled box', () => {
    const gathered = strikes.filter((s) => s.position.precision === 'region');
    for (const s of gathered) {
      const { at } = marks.find((m) => m.id === s.id)!;
      expect(landAt(geography, at), `${s.id} at ${at}`).toBeUndefined();
      expect(kmOutside(regions.find((r) => r.region === s.region)!.bounds, at), s.id).toBe(0);
    }
    // Each box counts as the legend does, the strikes known only by their region (9 and 14 of the legend's
    // 23), and names apart the claim never confirmed that is drawn in the Caribbean's box.
    const legend = Number(svg.match(/>region only, in a box: (\d+)</)![1]);
    const boxes = [...svg.matchAll(/>Position not known: (\d+)( \+ 1 unconfirmed)?</g)];
    expect(boxes.map((m) => m[0])).toEqual(['>Position not known: 9 + 1 unconfirmed<', '>Position not known: 14<']);
    expect(boxes.reduce((sum, m) => sum + Number(m[1]), 0)).toBe(legend);
    expect(legend).toBe(gathered.filter((s) => s.status !== 'unconfirmed').length);
  });

  test('names both seas, a name moved over open sea where the marks and boxes leave its point no room', () => {
    // At the Caribbean Sea's point the Caribbean's box is drawn: its name, longer than Spanish's "Mar Caribe", was once left out.
    expect(svg).toContain('>Caribbean Sea</text>');
    expect(svg).toContain('>Pacific Ocean</text>');
  });

  test('no two marks overlap', () => {
    for (const [i, a] of marks.entries())
      for (const b of marks.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} and ${b.id}`).toBeGreaterThanOrEqual(a.r + b.r);
  });

  test('the unconfirmed claim is drawn dashed with a question mark, which is no part of its mark', () => {
    const row = strikes.findIndex((s) => s.status === 'unconfirmed');
    expect(svg.match(/class="mark c-caribbean p-region unconfirmed"/g)).toHaveLength(1);
    expect(svg).toMatch(new RegExp(`class="mark c-caribbean p-region unconfirmed" data-row="${row}"><circle [^>]*/></g>`));
    expect(svg).toMatch(/<g class="mark-texts" aria-hidden="true">.*<g class="mark-text c-caribbean p-region unconfirmed"><text [^>]*>\?<\/text> <\/g>/);
  });

  test('marks are drawn in the order of the table’s rows, and the words on them apart, out of their names', () => {
    const rows = [...svg.matchAll(/class="mark [^"]*" data-row="(\d+)"/g)].map((m) => Number(m[1]));
    for (const panel of svg.split('class="panel"').slice(1)) {
      const inPanel = [...panel.matchAll(/class="mark [^"]*" data-row="(\d+)"/g)].map((m) => Number(m[1]));
      expect(inPanel).toEqual([...inPanel].sort((a, b) => a - b));
    }
    expect(rows).toHaveLength(strikes.length);
    for (const mark of svg.match(/<(a|g) [^>]*class="mark [^"]*"[^>]*>.*?<\/\1>/g)!) expect(mark).not.toContain('<text');
  });
});

describe('strikeMap with one strike picked out, its marks linking to strike pages', () => {
  const svg = strikeMap(strikes, { ...base, width: 380, panels: 'Caribbean', highlight: '3', href: (s) => `/strikes/${s.id}/` });

  test('draws only that region, picks out the one strike, and links every mark', () => {
    const caribbean = strikes.filter((s) => s.region === 'Caribbean');
    expect(svg.match(/<a href="\/strikes\/[^/]+\/" class="mark /g)).toHaveLength(caribbean.length);
    expect(svg.match(/class="mark [^"]* here"/g)).toHaveLength(1);
    expect(svg).toContain('<a href="/strikes/3/" class="mark c-caribbean p-described here"');
    expect(svg).toContain('class="marks has-here"');
    expect(svg).not.toContain('c-pacific');
  });

  test('the picked-out mark, a link to the page it is drawn on, is the current page, and no other mark is', () => {
    expect(svg.match(/aria-current="page"/g)).toHaveLength(1);
    expect(svg).toMatch(/<a href="\/strikes\/3\/"[^>]* here"[^>]* aria-current="page"/);
  });

  test('its links open where it is told (an embed’s, in a new tab), and where the page opens them otherwise', () => {
    const embedded = strikeMap(strikes, { ...base, width: 380, panels: 'Caribbean', href: (s) => `/strikes/${s.id}/`, target: '_blank' });
    expect(embedded.match(/<a href="[^"]+" target="_blank" class="mark /g)).toHaveLength(strikes.filter((s) => s.region === 'Caribbean').length);
    expect(svg).not.toContain('target=');
  });

  test('its key counts only the strikes of the region it draws, and names the unconfirmed claim only where it is drawn', () => {
    for (const region of ['Caribbean', 'Eastern Pacific'] as const) {
      const one = strikeMap(strikes, { ...base, width: 380, panels: region });
      const shown = strikes.filter((s) => s.region === region);
      const count = (p: string) => shown.filter((s) => s.status !== 'unconfirmed' && s.position.precision === p).length;
      expect(one, region).toContain(`>position reported: ${count('reported')}<`);
      expect(one, region).toContain(`>worked out from a description: ${count('described')}<`);
      expect(one, region).toContain(`>region only, in a box: ${count('region')}<`);
      expect(one.includes('>unconfirmed claim<'), region).toBe(shown.some((s) => s.status === 'unconfirmed'));
    }
    // The data as it is, so that both cases are tried: the one claim is shown in the Caribbean.
    expect(strikes.filter((s) => s.status === 'unconfirmed').map((s) => s.region)).toEqual(['Caribbean']);
  });

  test('a link mark is named without JavaScript', () => {
    expect(svg).toContain(`aria-label="Strike of 19 September 2025"`);
    expect(byId.get('3')!.date.toISOString()).toMatch(/^2025-09-19/);
  });
});

describe('strikeMap with a made-up strike', () => {
  const strike = (id: string, lon: number, lat: number) => ({
    ...byId.get('3')!,
    id,
    position: { precision: 'described' as const, lat, lon, source: 'Made up' },
  });

  test('its mark moves with its position, and the region box makes room for it', () => {
    // A point just where the Caribbean's box would go.
    const gather = regions.find((r) => r.region === 'Caribbean')!.gather;
    const rows = [...strikes, strike('99', gather[0], gather[1])];
    const marks = strikeMapMarks(rows, drawings['wide (one map)']).flat();
    const added = marks.find((m) => m.id === '99')!;
    expect(added.at[0]).toBeCloseTo(gather[0], 1);
    for (const m of marks) if (m !== added) expect(Math.hypot(m.x - added.x, m.y - added.y), m.id).toBeGreaterThan(m.r + added.r);
  });
});

describe('describeStrikeMap(rows, regions)', () => {
  test('counts each kind of position, names the described ones, and where the rest are', () => {
    expect(describeStrikeMap(strikes, settings.regions)).toBe(
      'The map shows 27 strike events, 1 of them unconfirmed. No report gives coordinates for any strike. ' +
        'Three have positions worked out from a report’s description, drawn ringed: 2 September 2025, 19 September 2025 and 27 October 2025. ' +
        'For 23, only the region is known (9 in the Caribbean and 14 in the eastern Pacific): they are gathered in a box in their region, not at a place. ' +
        'The unconfirmed claim of 4 October 2025 names no place; it is shown in the box of its region, the Caribbean. ' +
        'The data table on the map’s page gives the words each position rests on.',
    );
  });

  test('a strike with reported coordinates is counted as such', () => {
    const reported = strikes.map((s) => (s.id === '3' ? { ...s, position: { precision: 'reported' as const, lat: 16, lon: -71, source: 'Made up' } } : s));
    expect(describeStrikeMap(reported, settings.regions)).toContain('One has its coordinates from a report (19 September 2025). Two have positions worked out');
  });
});
