import { curveStepAfter, line, max, scaleLinear, scaleUtc } from 'd3';
import type { SeriesPoint } from '../domain/strikeSeries';
import { ENGLISH, type Edition } from '../i18n/words';
import { boldLabelWidth, type KeyEvent, eventLabelsHeight, eventMarks, hereMark } from './annotations';
import { type Box, overlaps, wordsBox } from './boxes';
import { timeAxis, valueAxis } from './axes';
import { timeDomain } from '../format/dates';
import { type Description, el, px, svgRoot, text } from './svg';

export interface StrikesOverTimeOptions {
  /** Prefix of every id in the SVG; unique on the page. */
  id: string;
  title: string;
  /** Words that describe the chart, or the id of the element on the page that holds them; none where the chart is shown beside its summary. */
  desc?: Description;
  /** Dated events to mark across both panels. */
  events?: readonly KeyEvent[];
  /** The time axis; by default from the month of the first event to a week after the last. */
  domain?: [Date, Date];
  width?: number;
  /** A strike event to pick out across both panels ("you are here"): its date, and how many strikes it is. */
  here?: { date: Date; strikes: number };
  /** The edition whose words label it; English unless given. */
  edition?: Edition;
}

/** One panel's step line: flat at 0 until the first point, then a step at each point, on to the end. */
function stepPath(points: readonly { date: Date; value: number }[], x: (d: Date) => number, y: (v: number) => number, [start, end]: [Date, Date]) {
  const all = [{ date: start, value: 0 }, ...points, { date: end, value: points.at(-1)!.value }];
  return line<{ date: Date; value: number }>()
    .x((p) => x(p.date))
    .y((p) => y(p.value))
    .curve(curveStepAfter)
    .digits(1)(all)!;
}

/**
 * Cumulative deaths (top panel) and strikes (bottom panel) as step lines on one time axis, with the
 * presumed dead as a dashed step above the announced deaths and key events marked across both.
 */
export function strikesOverTime(series: readonly SeriesPoint[], options: StrikesOverTimeOptions): string {
  const { id, title, desc, events = [], width = 720, edition = ENGLISH } = options;
  const words = edition.words.charts.strikesOverTime;
  const last = series.at(-1)!;
  const domain = options.domain ?? timeDomain(series.map((p) => p.date));
  const margin = { left: 44, right: 16 };
  const x = scaleUtc(domain, [margin.left, width - margin.right]);
  const labels = eventLabelsHeight(events, x, width - margin.right);
  const deathsTop = labels + 8;
  const deathsHeight = 170;
  const strikesTop = deathsTop + deathsHeight + 24;
  const strikesHeight = 100;
  const bottom = strikesTop + strikesHeight;
  const height = bottom + 30;

  const deathMax = max(series, (p) => p.killed + p.presumedDead)!;
  const yDeaths = scaleLinear([0, deathMax], [deathsTop + deathsHeight, deathsTop]).nice(4);
  const yStrikes = scaleLinear([0, last.strikes], [bottom, strikesTop]).nice(3);

  const killed = series.map((p) => ({ date: p.date, value: p.killed }));
  const withPresumed = series.map((p) => ({ date: p.date, value: p.killed + p.presumedDead }));
  const strikes = series.map((p) => ({ date: p.date, value: p.strikes }));
  const right = width - margin.right;
  const endY = px(yDeaths(last.killed + last.presumedDead)) - 6;
  const deathsEnd = words.deathsEnd(last.killed, last.presumedDead);
  const here = options.here && hereMark(x, options.here.date, deathsTop, bottom, right, ...hereLabel(options.here.date));

  /**
   * Where the strike's label may go in the deaths panel, in order: at its top, under the panel's title; under
   * the running total's label; under the lines where the label is; at the panel's foot. It must keep clear of
   * the title, the total's label and both lines (a step up only ever rises, so over the label's width the lines
   * run from their value at its start to their value at its end).
   */
  function hereLabel(date: Date): [ys: number[], label: string, clear: (box: Box) => boolean] {
    const valueAt = (date: Date, value: (p: SeriesPoint) => number) => {
      const before = series.filter((p) => p.date <= date).at(-1);
      return before ? value(before) : 0;
    };
    const taken = [
      wordsBox(margin.left + 6, margin.left + 6 + boldLabelWidth(words.deathsPanel), deathsTop + 12),
      wordsBox(right - boldLabelWidth(deathsEnd), right, endY),
    ];
    const panelBottom = deathsTop + deathsHeight;
    const below = (date: Date) => px(yDeaths(valueAt(date, (p) => p.killed))) + 16;
    const ys = [deathsTop + 32, endY + 18, below(date), panelBottom - 6].filter((y) => y >= deathsTop + 12 && y <= panelBottom - 4);
    const clear = (box: Box) => {
      const [from, to] = [x.invert(box.x0), x.invert(box.x1)];
      const lines = { x0: box.x0, x1: box.x1, y0: yDeaths(valueAt(to, (p) => p.killed + p.presumedDead)) - 2, y1: yDeaths(valueAt(from, (p) => p.killed)) + 2 };
      return !overlaps(box, lines) && taken.every((other) => !overlaps(box, other));
    };
    return [ys, edition.words.charts.here(options.here!.strikes), clear];
  }

  return svgRoot(
    { id, width, height, title, desc },
    eventMarks(events, x, deathsTop, bottom, right),
    text(margin.left + 6, deathsTop + 12, words.deathsPanel, { class: 'panel-title' }),
    valueAxis(yDeaths, margin.left, right),
    el('path', { d: stepPath(withPresumed, x, yDeaths, domain), class: 'line presumed' }),
    el('path', { d: stepPath(killed, x, yDeaths, domain), class: 'line deaths' }),
    text(right, endY, deathsEnd, { 'text-anchor': 'end', class: 'end-label' }),
    text(margin.left + 6, strikesTop + 12, words.strikesPanel, { class: 'panel-title' }),
    valueAxis(yStrikes, margin.left, right, 3),
    el('path', { d: stepPath(strikes, x, yStrikes, domain), class: 'line strikes' }),
    text(right, px(yStrikes(last.strikes)) - 6, words.strikesEnd(last.strikes), { 'text-anchor': 'end', class: 'end-label' }),
    here ?? '',
    timeAxis(x, bottom, edition.words.charts),
  );
}
