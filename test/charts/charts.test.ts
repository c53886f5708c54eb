import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { eachStrike } from '../../src/charts/eachStrike';
import { chartEvents } from '../../src/charts/figures';
import { standaloneSvg } from '../../src/charts/standalone';
import { strikeMap } from '../../src/charts/strikeMap';
import { strikesOverTime } from '../../src/charts/strikesOverTime';
import { describeEachStrike, describeStrikesOverTime, describeWhoReported, summaryLead, unconfirmedLeftOut } from '../../src/charts/describe';
import { GROUP_ABOVE } from '../../src/charts/reportGroups';
import { labelBox, leader, NAMED, whoReported } from '../../src/charts/whoReported';
import { announcedSeries, cumulative, type Gap, gaps, isUnexplained } from '../../src/domain/strikeSeries';
import { loadData } from './data';

const { strikes, reports, events: keyEvents, regions, places, geography } = await loadData();
/** The key events the chart marks (the timeline lists the others too). */
const events = chartEvents(keyEvents);
const map = { geography, regions, places };
const text = { title: 'Title', desc: 'Description' };

/** Each chart at both widths the site draws, named for its snapshot file. */
const charts: Record<string, () => string> = {
  'strikesOverTime-720': () => strikesOverTime(cumulative(strikes), { id: 'sot', ...text, events, width: 720 }),
  'strikesOverTime-380': () => strikesOverTime(cumulative(strikes), { id: 'sot', ...text, events, width: 380 }),
  'eachStrike-720': () => eachStrike(strikes, { id: 'each', ...text, width: 720 }),
  'eachStrike-380': () => eachStrike(strikes, { id: 'each', ...text, width: 380 }),
  'whoReported-720': () => whoReported(announcedSeries(strikes), gaps(reports, strikes), { id: 'who', ...text, width: 720 }),
  'whoReported-380': () => whoReported(announcedSeries(strikes), gaps(reports, strikes), { id: 'who', ...text, width: 380 }),
  'strikeMap-720': () => strikeMap(strikes, { id: 'map', ...text, ...map, width: 720, panels: 'all' }),
  'strikeMap-380': () => strikeMap(strikes, { id: 'map', ...text, ...map, width: 380, panels: 'each' }),
  'strikeMap-here-380': () => strikeMap(strikes, { id: 'map', ...text, ...map, width: 380, panels: 'Caribbean', highlight: '3', href: (s) => `/strikes/${s.id}/` }),
};

describe.each(Object.entries(charts))('%s', (name, draw) => {
  const svg = draw();

  test('matches its snapshot file (test/output/<name>.svg)', async () => {
    await expect(svg).toMatchFileSnapshot(`../output/${name}.svg`);
  });

  test('is byte-identical when drawn again from the same data', () => {
    expect(draw()).toBe(svg);
  });

  test('is an image (a group, where its marks are links) named by its title and described by its desc, sized by its viewBox alone', () => {
    // A drawing whose marks are links is a group of them: an image's children are hidden from assistive technology.
    const role = name.includes('here') ? 'group' : 'img';
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \\d+ [\\d.]+" class="chart" role="${role}" aria-labelledby="(\\w+)-title" aria-describedby="\\1-desc"`));
    expect(svg).not.toMatch(/<svg[^>]* (width|height)=/);
    expect(svg).toContain('<title id=');
    expect(svg).toContain('<desc id=');
  });

  test('writes no number with more than one decimal', () => {
    expect(svg.match(/\d+\.\d{2,}/g) ?? []).toEqual([]);
  });
});

describe('chart marks', () => {
  test('eachStrike draws one mark per event, the unconfirmed one dashed and empty', () => {
    const svg = charts['eachStrike-720']();
    expect(svg.match(/class="mark /g)).toHaveLength(strikes.length);
    expect(svg.match(/class="mark c-caribbean unconfirmed"/g)).toHaveLength(1);
    // 3 survivors in all, and 9 presumed dead (1 on 27 October, 8 on 30 December).
    expect(svg.match(/class="survivor"/g)).toHaveLength(3 + 1);
    expect(svg.match(/class="presumed-dead"/g)).toHaveLength(9 + 1);
  });

  test.each([720, 380])('whoReported at %i px keeps every label inside the drawing and off every mark', (width) => {
    const svg = whoReported(announcedSeries(strikes), gaps(reports, strikes), { id: 'who', ...text, width });
    const labels = [...svg.matchAll(/<text x="(-?[\d.]+)" y="(-?[\d.]+)" text-anchor="(start|middle|end)" class="point-label">([^<]*)</g)];
    expect(labels).toHaveLength(svg.match(/class="point-label"/g)!.length);
    // Every unexplained toll is labelled (the real data has no source tolls: loadData() reads only the CSVs).
    expect(labels).toHaveLength(gaps(reports, strikes).filter((g) => g.killed && isUnexplained(g.killed.verdict)).length);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    const marks = [
      ...[...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="4.5"\/>/g)].map((m) => [Number(m[1]), Number(m[2])]),
      ...[...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="10" height="10"\/>/g)].map((m) => [Number(m[1]) + 5, Number(m[2]) + 5]),
    ];
    expect(marks.length).toBeGreaterThan(20);
    for (const [, x, y, anchor, words] of labels) {
      const box = labelBox({ x: Number(x), y: Number(y), text: words.replace(/&amp;/g, '&'), anchor: anchor as 'start' });
      expect(box.x0, words).toBeGreaterThanOrEqual(0);
      expect(box.x1, words).toBeLessThanOrEqual(width);
      const covered = marks.filter(([cx, cy]) => box.x0 < cx + 4 && cx - 4 < box.x1 && box.y0 < cy + 4 && cy - 4 < box.y1);
      expect(covered, words).toEqual([]);
    }
  });

  test('whoReported joins a label moved off its mark to it, from the mark’s edge to the nearest point of the label; not one where it was put', () => {
    const mark = { cx: 100, cy: 100, r: 4.5, at: { x: 109, y: 104 } };
    expect(leader({ x: 109, y: 104, text: 'Outlet: 82', anchor: 'start', mark })).toBe('');
    // Moved 39 px down: the line leaves the mark straight down-right, towards the box's top left corner (109, 133).
    const line = leader({ x: 109, y: 143, text: 'Outlet: 82', anchor: 'start', mark });
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(new RegExp(`${a}="([\\d.]+)"`).exec(line)![1]));
    expect([x2, y2]).toEqual([109, 133]);
    expect(Math.hypot(x1! - 100, y1! - 100)).toBeCloseTo(5.5, 0);
    expect(Math.atan2(y1! - 100, x1! - 100)).toBeCloseTo(Math.atan2(33, 9), 1);
    expect(line).toContain('class="leader"');
    // A label with no mark of its own to join (none given) has no line.
    expect(leader({ x: 10, y: 10, text: 'x', anchor: 'start' })).toBe('');
  });

  test('whoReported labels the unexplained outliers: AP’s 46 and BNO’s 72', () => {
    const svg = charts['whoReported-720']();
    expect(svg).toContain('>The Independent (AP): at least 46<');
    expect(svg).toContain('>BNO News: 72<');
    expect(svg).not.toContain('>A News');
  });

  test('whoReported keys each colour its marks use: equal to the sum, explained, not explained', () => {
    const svg = charts['whoReported-720']();
    const kinds = (part: string) => [...new Set([...part.matchAll(/<g class="(?:mark )?report (matches|explained|unexplained)[" ]/g)].map((m) => m[1]))].sort();
    const [key, plot] = svg.split('</g><g class="axis');
    expect(kinds(plot!)).toEqual(['explained', 'matches', 'unexplained']);
    expect(kinds(key!)).toEqual(kinds(plot!));
    for (const label of ['an outlet’s total, equal to the sum', 'explained by the data', 'not explained']) expect(key).toContain(`>${label}<`);
  });

  test.each([720, 380])('eachStrike at %i px draws the presumed dead as the legend does, rings over their strike’s day, not the next month’s', async (width) => {
    const svg = standaloneSvg(eachStrike(strikes, { id: 'each', ...text, width }), (await readFile('src/styles/global.css', 'utf8')) + (await readFile('src/styles/charts.css', 'utf8')));
    const rings = [...svg.matchAll(/<circle [^>]*class="presumed-dead"[^>]*>/g)].map((m) => m[0]);
    // The legend's, then one per person presumed dead.
    expect(rings).toHaveLength(1 + strikes.reduce((n, s) => n + s.presumedDead, 0));
    // Every ring unfilled and in ink, as the legend's.
    expect(new Set(rings.map((ring) => `${/ fill="([^"]*)"/.exec(ring)?.[1]} ${/ stroke="([^"]*)"/.exec(ring)?.[1]}`)).size).toBe(1);
    expect(rings[0]).toMatch(/ fill="none"/);
    // Each strike's rings sit over its mark: no further from its day than its own circle reaches, or 12 px.
    for (const [, mark] of svg.matchAll(/<g class="mark [^"]*"[^>]*>(.*?)<\/g>/g)) {
      const [centre, ...others] = [...mark!.matchAll(/<circle cx="([\d.]+)"[^>]* r="([\d.]+)"/g)].map((m) => ({ cx: Number(m[1]), r: Number(m[2]) }));
      for (const ring of others) expect(Math.abs(ring.cx - centre!.cx)).toBeLessThanOrEqual(Math.max(centre!.r, 12));
    }
  });

  test.each([720, 380])('strikesOverTime at %i px draws every event’s label over every event’s line, on a halo of the background', async (width) => {
    const css = (await readFile('src/styles/global.css', 'utf8')) + (await readFile('src/styles/charts.css', 'utf8'));
    const svg = standaloneSvg(strikesOverTime(cumulative(strikes), { id: 'sot', ...text, events, width }), css);
    const drawn = /<g class="events"[^>]*>(.*?)<\/g><text [^>]*class="panel-title"/.exec(svg)![1]!;
    const labels = [...drawn.matchAll(/<text [^>]*>([^<]*)<\/text>/g)];
    expect(labels.map((m) => m[1])).toEqual(events.map((e) => e.label));
    expect(labels[0]!.index).toBeGreaterThan(drawn.lastIndexOf('<line '));
    const background = /<rect width="100%" height="100%" fill="([^"]+)"/.exec(svg)![1];
    for (const [label] of labels) expect(label).toMatch(new RegExp(` stroke="${background}"[^>]* stroke-width="3(px)?"|stroke-width="3(px)?"[^>]* stroke="${background}"`));
  });

  test('strikesOverTime marks every key event with its label', () => {
    const svg = charts['strikesOverTime-720']();
    for (const e of events) expect(svg).toContain(`>${e.label.replace(/&/g, '&amp;')}<`);
    expect(svg).toContain('114 killed + 9 presumed dead');
  });
});

describe('chart descriptions', () => {
  test('a summary’s lead, for a page’s description: whole sentences that fit, else the first cut where a clause or a word ends, with an ellipsis', () => {
    const short = 'Eleven strikes. Four survivors.';
    expect(summaryLead(short)).toBe(short);
    expect(summaryLead('One sentence here. Another “quoted” one follows. A third is far too long to fit as well.', 50)).toBe('One sentence here. Another “quoted” one follows.');
    // No break after a figure's stop within a sentence ("1.5"), nor an abbreviation followed by a small letter.
    expect(summaryLead('It rose 1.5 times in the month, by the count of the U.S. government.', 40)).toBe('It rose 1.5 times in the month, by the…');
    expect(summaryLead('From the first strike to the last, 35 strikes killed 114 people; 9 more were lost at sea and are presumed dead by then.', 80)).toBe(
      'From the first strike to the last, 35 strikes killed 114 people…',
    );
    // Not inside brackets or a quotation: before them.
    expect(summaryLead('Of the tolls reported, one is true as worded ("at least", "more than") and so counts.', 60)).toBe('Of the tolls reported, one is true as worded…');
    expect(summaryLead('One outlet printed a figure of its own (its count of the vessels struck that week) today.', 60)).toBe('One outlet printed a figure of its own…');
    // A clause's end too early in the text (before half of it) is not where it is cut.
    expect(summaryLead('Of 34: fourteen equal the sum of the deaths announced by that day and eighteen differ.', 60)).toBe('Of 34: fourteen equal the sum of the deaths announced by…');
    const regionNames = Object.fromEntries(strikes.map((s) => [s.region, s.region])) as Parameters<typeof describeEachStrike>[1];
    for (const text of [describeStrikesOverTime(strikes, new Date(Date.UTC(2025, 11, 31))), describeEachStrike(strikes, regionNames)])
      expect(text.startsWith(summaryLead(text).replace(/…$/, '')) && summaryLead(text).length <= 200).toBe(true);
  });

  test('a chart described by an element of the page points to it and writes no <desc> of its own', () => {
    const svg = eachStrike(strikes, { id: 'each', title: 'Title', desc: { id: 'each-summary' } });
    expect(svg).toContain('aria-describedby="each-summary"');
    expect(svg).not.toContain('<desc');
  });

  test('the strikes-over-time summary says after which strikes the presumed dead were lost at sea', () => {
    const summary = describeStrikesOverTime(strikes, new Date(Date.UTC(2025, 11, 31)));
    const lost = strikes.filter((s) => s.status === 'cited' && s.presumedDead > 0);
    const total = lost.reduce((n, s) => n + s.presumedDead, 0);
    expect(lost.length).toBe(2);
    // As our data counts them, each row saying whose count: not in the chart's own voice.
    expect(summary).toContain(`; our data counts ${total} more as presumed dead, lost at sea after the strikes of 27 October 2025 and 30 December 2025. `);
  });

  test('the strikes-over-time summary says nothing of the presumed dead where the data has none', () => {
    const none = strikes.map((s) => ({ ...s, presumedDead: 0 }));
    const summary = describeStrikesOverTime(none, new Date(Date.UTC(2025, 11, 31)));
    expect(summary).toMatch(/ killed \d+ people\. Up to and including /);
    expect(summary).not.toContain('more as presumed dead');
  });

  test('the each-strike summary lists the strikes with survivors and the unconfirmed claims in date order, whatever the rows\' order', () => {
    const reversed = [...strikes].reverse();
    const regionNames = Object.fromEntries(strikes.map((s) => [s.region, s.region])) as Parameters<typeof describeEachStrike>[1];
    const datesIn = (text: string) => [...text.matchAll(/\d{1,2} [A-Z][a-z]+ \d{4}/g)].map(([day]) => Date.parse(day));
    const survivors = /Survivors were reported after [^.]+\./.exec(describeEachStrike(reversed, regionNames))![0];
    expect(datesIn(survivors).length).toBeGreaterThan(1);
    expect(datesIn(survivors)).toEqual(datesIn(survivors).toSorted((a, b) => a - b));
    const claims = [...reversed, { ...reversed.find((s) => s.status === 'unconfirmed')!, id: '0a', date: new Date(Date.UTC(2025, 8, 1)) }];
    const leftOut = unconfirmedLeftOut(claims);
    expect(datesIn(leftOut).length).toBeGreaterThan(1);
    expect(datesIn(leftOut)).toEqual(datesIn(leftOut).toSorted((a, b) => a - b));
  });

  test('a chart drawn with no description is named by its title alone', () => {
    const svg = eachStrike(strikes, { id: 'each', title: 'Title' });
    expect(svg).toContain('aria-labelledby="each-title"');
    expect(svg).not.toContain('aria-describedby');
    expect(svg).not.toContain('<desc');
  });
});

const real = gaps(reports, strikes);
const ap = real.find((g) => g.report.outlet.includes('(AP)'))!;
const realUnexplained = real.filter((g) => g.killed && isUnexplained(g.killed.verdict)).length;

/** n made-up outlets like AP's toll, "Outlet 1" to "Outlet n", over the announced sum by 1 to n with no explanation. */
const unexplained = (n: number, { fromSources = false } = {}): Gap[] =>
  Array.from({ length: n }, (_, i) => ({
    ...ap,
    report: { ...ap.report, outlet: `Outlet ${i + 1}`, source: { ...ap.report.source, ...(fromSources && { sourceId: `outlet-${i + 1}` }) } },
    killed: { ...ap.killed!, reported: ap.killed!.sum + i + 1, difference: i + 1, verdict: 'higher' },
  }));

describe('who reported what, with as many outlets as it draws one by one', () => {
  // More outlets, up to GROUP_ABOVE tolls in all (past it they are grouped: test/charts/reportGroups.test.ts),
  // each over the announced sum by 1 to n with no explanation, on our sources' pages.
  const many = unexplained(GROUP_ABOVE - real.filter((g) => g.killed).length, { fromSources: true });
  const crowd = [...real, ...many];
  const svg = whoReported(announcedSeries(strikes), crowd, { id: 'who', title: 'Title', desc: 'Description' });
  const labels = svg.match(/class="point-label">[^<]*</g) ?? [];

  test('draws a mark for every toll, each pointing to its row of the table, in order', () => {
    const rows = [...svg.matchAll(/class="mark report[^"]*" data-row="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual(crowd.filter((g) => g.killed).map((_, i) => i));
    expect(svg).not.toContain('data-tip');
  });

  test(`labels only the ${NAMED} tolls furthest from the sum and ${NAMED} of our sources'`, () => {
    expect(labels).toHaveLength(2 * NAMED);
    const n = many.length;
    for (const k of [n, n - 1, n - 2, n - 3, n - 4]) expect(labels.some((l) => l.endsWith(`>Outlet ${k}: ${ap.killed!.sum + k}<`))).toBe(true);
    expect(svg).not.toContain(`>Outlet ${n - 5}:`);
    expect(svg).not.toContain('>The Independent (AP)');
  });

  test('its summary names the same tolls and says how many more the table holds', () => {
    const summary = describeWhoReported(crowd);
    const n = many.length;
    expect(summary).toContain(`${n + realUnexplained} differ without an explanation. The ${NAMED} furthest from the sum: Outlet ${n - 4} gave`);
    expect(summary).toContain(`and ${n + realUnexplained - NAMED} more, in the table.`);
    expect(summary).not.toContain(`Outlet ${n - 5} `);
    expect(summary.length).toBeLessThan(2000);
  });

  test('with the real data, the summary names every unexplained toll', () => {
    const summary = describeWhoReported(real);
    expect(summary).toMatch(/Two differ without an explanation: The Independent \(AP\) gave at least 46 .*; BNO News gave 72 on 11 November 2025 when 75 had been announced\./);
    // Task & Purpose's "at least 28" of 17 October counts the strike of 16 October, announced on 18 October.
    expect(summary).toContain('and 1 matches once a strike that had happened by then, and was announced later, is added.');
    expect(summary).not.toContain('Task & Purpose');
    // Its "at least 115" of 1 January 2026 is 114 announced deaths plus the survivor of 27 October presumed dead.
    expect(summary).not.toContain('Metro Radio HK');
    expect(summary).not.toContain('more, in the table');
  });
});

describe('the who-reported summary, however many tolls differ', () => {
  const explained = real.filter((g) => g.killed && g.killed.verdict === 'matches');

  test.each([
    [0, 'None differs without an explanation.'],
    // A count that opens the sentence is a word up to ten (NAMED is 5).
    [1, 'One differs without an explanation: Outlet 1 gave '],
    [NAMED, `Five differ without an explanation: Outlet 1 gave `],
    [NAMED + 1, `Six differ without an explanation. The ${NAMED} furthest from the sum: Outlet 2 gave `],
  ])('%i unexplained', (n, words) => {
    const summary = describeWhoReported([...explained, ...unexplained(n)]);
    expect(summary).toContain(words);
    expect(summary).toContain(`Of ${explained.length + n} death tolls reported, ${explained.length} equal the sum`);
    expect(summary.includes('more, in the table')).toBe(n > NAMED);
    expect(summary).not.toMatch(/ 1 (differ|count|are|were|equal) /);
  });
});

describe('a strike picked out ("you are here"), for its page', () => {
  test('eachStrike rings its mark and draws the others faint', () => {
    const svg = eachStrike(strikes, { id: 'each', ...text, width: 380, highlight: '11' });
    expect(svg.match(/ here"/g)).toHaveLength(1);
    expect(svg).toMatch(/class="mark c-pacific here" data-row="\d+"/);
    expect(svg).toContain('class="marks has-here"');
    expect(eachStrike(strikes, { id: 'each', ...text, width: 380 })).not.toContain('has-here');
  });

  test.each([
    ['strikesOverTime', (date?: Date, count = 1) => strikesOverTime(cumulative(strikes), { id: 'sot', ...text, events, width: 380, here: date && { date, strikes: count } })],
    ['whoReported', (date?: Date, count = 1) => whoReported(announcedSeries(strikes), gaps(reports, strikes), { id: 'who', ...text, width: 380, here: date && { date, strikes: count } })],
  ])('%s draws a labelled line at the strike’s day, and none without one', (_, draw) => {
    const day = new Date(Date.UTC(2025, 9, 27));
    const line = (svg: string) => /<g class="here-mark" aria-hidden="true"><line x1="([\d.]+)" x2="\1"/.exec(svg);
    const at = line(draw(day));
    expect(at).not.toBeNull();
    expect(draw(day)).toContain('>This strike</text>');
    expect(draw(day, 3)).toContain('>These strikes</text>');
    expect(Number(line(draw(new Date(Date.UTC(2025, 11, 1))))![1])).toBeGreaterThan(Number(at![1]));
    expect(draw()).not.toContain('here-mark');
  });
});
