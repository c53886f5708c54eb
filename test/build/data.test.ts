import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { labelBox } from '../../src/charts/whoReported';
import { notesProse } from '../../src/domain/notesProse';
import { drawingsOf, readPage } from '../helpers/html';

const siteDir = inject('siteDir');

describe('/data/', async () => {
  const page = await readPage(siteDir, '/data/');

  test('shows the three charts and the map, each a figure with its caption, SVG, summary, source line, table and CSV link', () => {
    const figures = page.querySelectorAll('figure.chart-figure');
    expect(figures.map((f) => f.id)).toEqual(['strikes-over-time', 'each-strike', 'strike-map', 'who-reported']);
    for (const figure of figures) {
      expect(figure.querySelector('figcaption')?.text).toBeTruthy();
      // One drawing in the page's markup, the other in a data block: the words of one are in the document.
      // The map's marks are links: it is a group of them, not an image.
      expect(figure.querySelectorAll(`svg.chart[role="${figure.id === 'strike-map' ? 'group' : 'img'}"]`)).toHaveLength(1);
      expect(figure.querySelectorAll('svg.chart')).toHaveLength(1);
      expect(drawingsOf(figure).map((svg) => svg.getAttribute('viewBox')!.split(' ')[2])).toEqual(['380', '720']);
      expect(figure.querySelector('.chart-summary')?.text.length).toBeGreaterThan(100);
      expect(figure.querySelector('.chart-source')?.text).toMatch(/Source/);
      expect(figure.querySelector('details.chart-data table tbody tr')).not.toBeNull();
      expect(figure.querySelector('details.chart-data a[download]')?.getAttribute('href')).toMatch(/^\/data\/.+\.csv$/);
    }
  });

  test('each drawing is named by its title and described by nothing: its figure’s summary follows it, written once', () => {
    for (const figure of page.querySelectorAll('figure.chart-figure')) {
      const summary = figure.querySelector('.chart-summary')!.text;
      for (const svg of drawingsOf(figure)) {
        expect(svg.querySelector(`[id="${svg.getAttribute('aria-labelledby')}"]`)?.tagName).toBe('TITLE');
        expect(svg.getAttribute('aria-describedby')).toBeUndefined();
        expect(svg.querySelector('desc')).toBeNull();
      }
      expect(figure.text.split(summary)).toHaveLength(2);
    }
  });

  test('each mark of a drawing points to its own row of the figure’s table, in order', () => {
    const rowsOf = (marks: HTMLElement[]) => marks.map((m) => Number(m.getAttribute('data-row')));
    for (const figure of page.querySelectorAll('figure.chart-figure')) {
      const rows = figure.querySelectorAll('details.chart-data tbody tr').length;
      for (const svg of drawingsOf(figure)) {
        const marked = rowsOf(svg.querySelectorAll('.mark'));
        if (!marked.length) continue;
        expect([...marked].sort((a, b) => a - b), figure.id).toEqual(Array.from({ length: rows }, (_, i) => i));
        // In the order of the rows: through the drawing, or through each of a map's panels.
        for (const group of svg.querySelectorAll('.marks')) {
          const inGroup = rowsOf(group.querySelectorAll('.mark'));
          expect(inGroup, figure.id).toEqual([...inGroup].sort((a, b) => a - b));
        }
      }
    }
  });

  test('the summaries give the numbers a reader needs', () => {
    const summary = page.querySelector('#strikes-over-time .chart-summary')!.text;
    expect(summary).toContain('there had been 21 strikes on 22 vessels, with 82 killed (83 with the presumed dead)');
    expect(page.querySelector('#who-reported .chart-summary')!.text).toContain(
      'The Independent (AP) gave at least 46 on 24 October 2025 when 43 had been announced',
    );
  });

  test('the who-reported chart joins a label moved off its mark to it: Orinoco Tribune’s 82, below its square, in each drawing', () => {
    const svgs = page.querySelectorAll('#who-reported svg');
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      const label = svg.querySelectorAll('.point-label').find((t) => t.text === 'Orinoco Tribune: 82')!;
      const box = labelBox({ x: Number(label.getAttribute('x')), y: Number(label.getAttribute('y')), text: label.text, anchor: label.getAttribute('text-anchor') as 'start' });
      const ends = svg.querySelectorAll('line.leader').map((l) => ({ x: Number(l.getAttribute('x2')), y: Number(l.getAttribute('y2')), from: Number(l.getAttribute('y1')) }));
      // A leader ends on the label's box, and starts off it, at the square.
      const joined = ends.filter((e) => e.x >= box.x0 && e.x <= box.x1 && e.y >= box.y0 && e.y <= box.y1);
      expect(joined).toHaveLength(1);
      expect(joined[0]!.from < box.y0 || joined[0]!.from > box.y1).toBe(true);
    }
  });

  test('the data tables hold one row per event and per reported total', async () => {
    const strikes = csvParse(await readFile('content/data/strikes.csv', 'utf8'));
    expect(page.querySelectorAll('#each-strike tbody tr')).toHaveLength(strikes.length);
    // The sum table leaves out the unconfirmed claim.
    expect(page.querySelectorAll('#strikes-over-time tbody tr')).toHaveLength(strikes.filter((s) => s.status === 'cited').length);
  });

  test('writes the data’s notes out as the strike pages do: "16 October", not "Oct 16", but for what they quote (the CSV download keeps them as written)', async () => {
    const strikes = csvParse(await readFile('content/data/strikes.csv', 'utf8'));
    for (const s of strikes.filter((s) => s.notes)) expect(page.querySelector(`#strike-${s.id} .row-notes`)!.text, s.id).toBe(notesProse(s.notes!));
    const reports = page.querySelectorAll('#all-reports ~ .scroll .row-notes').map((n) => n.text);
    expect(reports.some((n) => n.includes('the 16 October semi-submersible'))).toBe(true);
    // What a note quotes stays as the outlet printed it.
    expect(reports.some((n) => n.startsWith("Totals 'as of Dec 31': "))).toBe(true);
    expect(reports.filter((n) => /\b(Oct|Nov|Dec) \d/.test(n.replace(/'[^']*'(?!\w)|"[^"]*"|“[^”]*”/g, '')))).toEqual([]);
  });

  test('sets every reported total against the strike data, figure by figure, as printed', async () => {
    const rows = page.querySelectorAll('#all-reports ~ .scroll tbody tr').filter((r) => r.id.startsWith('report-'));
    expect(rows).toHaveLength(csvParse(await readFile('content/data/reported-totals.csv', 'utf8')).length);
    const row = (id: string) => page.querySelector(`#report-${id}`)!.querySelectorAll('td').map((td) => td.text);
    const rescued = row('2025-12-04-mercopress-just-the-news-particle-news');
    expect(rescued[4]).toBe('2 rescued');
    expect(rescued.at(-1)).toContain('Survivors: 3 survivors announced by 4 December, less 1 later lost at sea and presumed dead (27 October).');
    expect(row('2026-01-01-metro-radio-hk').at(-1)).toContain('Killed: Matches if the 114 deaths announced by 1 January are counted with the 1 person lost at sea and presumed dead (27 October).');
    expect(row('2025-10-24-the-independent-ap').at(-1)).toContain('Killed: 3 more than the 43 deaths announced by 24 October; the data does not explain the difference.');
    const early = row('2025-10-17-task-purpose').at(-1);
    expect(early).toContain('Killed: 27 deaths announced by 17 October; the figure matches once the strike of 16 October, announced later, is counted.');
    expect(early).toContain('Survivors: No survivors announced by 17 October; the figure matches once the strike of 16 October, announced later, is counted.');
    expect(early).not.toContain('does not explain');
    // Written before the day's last announcement, counting the survivor of 27 October presumed dead: says so.
    expect(row('2025-11-06-just-security').at(-1)).toContain('Killed: The count before the last strike announced that day, with those lost at sea (27 October) presumed dead;');
  });

  test('lists every key event with the note that says how its day is known, and whether the chart marks it', async () => {
    const events = csvParse(await readFile('content/data/events.csv', 'utf8'));
    const rows = page.querySelectorAll('#all-events ~ .scroll tbody tr');
    expect(rows).toHaveLength(events.length);
    const airspace = rows.find((r) => r.querySelector('th')!.text.startsWith('Airspace'))!;
    expect(airspace.querySelector('td')!.text).toBe('2025-12-01');
    expect(airspace.querySelector('a')!.getAttribute('href')).toBe('/sources/turkiye-today-2025-12-01/#p-7');
    expect(airspace.text).toContain('the earliest day on which one of our sources is known to have reported it');
    const onChart = (row: (typeof rows)[number]) => [row.querySelector('th')!.text, row.querySelectorAll('td').at(-1)!.text];
    expect(Object.fromEntries(rows.map(onChart))).toEqual(Object.fromEntries(events.map((e) => [e.label, e.chart === 'yes' ? 'marked' : 'timeline only'])));
    // The chart's note names the events it marks, and only those.
    const source = page.querySelectorAll('.chart-source').find((p) => p.text.includes('Marked events:'))!;
    for (const e of events) expect(source.text.includes(e.label), e.label).toBe(e.chart === 'yes');
    // Each link to a source names its outlet and paragraph, as the table's does, not "source" for each.
    const toSources = source.querySelectorAll('a[href^="/sources/"]');
    expect(toSources.length).toBeGreaterThan(1);
    for (const a of toSources) expect(a.text).toMatch(/^[A-Z].*, paragraph \d+$/);
    // A span whose end our strike data gives cites that strike for its end, beside the source for the rest:
    // the Orinoco Tribune's paragraph speaks of the pause until it wrote, not of the strike that ended it.
    const spans = events.filter((e) => e.end_strike);
    expect(spans.length).toBeGreaterThan(0);
    for (const e of spans) {
      const row = rows.find((r) => r.querySelector('th')!.text === e.label)!;
      expect(row.querySelectorAll('td')[1]!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([`/sources/${e.source}/#p-${e.p}`, `#strike-${e.end_strike}`]);
      expect(row.querySelectorAll('td')[1]!.text.replace(/\s+/g, ' ').trim()).toBe(`Orinoco Tribune, paragraph ${e.p}; its end, strike event ${e.end_strike} in the table above`);
      expect(page.querySelector(`#strike-${e.end_strike} td`)?.text).toBe(e.end);
      const onChart = source.querySelectorAll(`a[href="/strikes/${e.end_strike}/"]`);
      expect(onChart.map((a) => a.text)).toEqual([`its end, strike event ${e.end_strike}`]);
    }
  });

  test('lists each dataset with its columns, described', () => {
    for (const id of ['strikes', 'reported-totals', 'events']) expect(page.querySelector(`#${id}`)).not.toBeNull();
    const strikeColumns = page.querySelectorAll('section')[0].querySelectorAll('dt code').map((c) => c.text);
    expect(strikeColumns).toContain('presumed_dead');
    expect(page.querySelectorAll('section')[0].querySelectorAll('dd').every((dd) => dd.text.length > 0)).toBe(true);
    expect(page.querySelector('#licence')).not.toBeNull();
  });
});

describe('CSV downloads', () => {
  test.each(['strikes', 'regions', 'places', 'events', 'outlets'])('/data/%s.csv is the reviewed file, byte for byte', async (name) => {
    expect(await readFile(join(siteDir, `data/${name}.csv`), 'utf8')).toBe(await readFile(`content/data/${name}.csv`, 'utf8'));
  });

  test('/data/reported-totals.csv adds our sources’ figures, linked to their paragraphs', async () => {
    const rows = csvParse(await readFile(join(siteDir, 'data/reported-totals.csv'), 'utf8'));
    const csvRows = csvParse(await readFile('content/data/reported-totals.csv', 'utf8'));
    const added = rows.filter((r) => r.source_url?.includes('/sources/'));
    expect(rows.length).toBe(csvRows.length + added.length);
    expect(added.map((r) => `${r.as_of} ${r.killed}`).sort()).toEqual(['2025-11-28 82', '2025-11-30 at least 83', '2025-12-01 at least 83']);
    expect(added.find((r) => r.as_of === '2025-11-28')!.source_url).toMatch(/\/sources\/orinoco-tribune-2025-11-28\/#p-7$/);
    // A title of ours (the Orinoco Tribune's copy has no headline) is marked as the file marks a description of ours; a headline is not.
    expect(added.find((r) => r.as_of === '2025-11-28')!.source_title).toBe('[desc] Trump and Maduro spoke about a possible meeting, NYT reports');
    expect(added.find((r) => r.as_of === '2025-12-01')!.source_title).toBe('Trump confirms call with Venezuela’s Maduro amid escalating tensions');
  });
});
