import { curveStepAfter, line, max, scaleLinear, scaleSqrt, scaleUtc } from 'd3';
import type { Totals, Gap } from '../domain/strikeSeries';
import { isUnexplained } from '../domain/strikeSeries';
import { ENGLISH, type Edition } from '../i18n/words';
import { shortOutlet } from '../schemas/reportedTotal';
import { hereMark } from './annotations';
import { type Box, overlaps } from './boxes';
import { timeAxis, valueAxis } from './axes';
import { timeDomain } from '../format/dates';
import { legend } from './legend';
import { MARK_KINDS, reportGroups } from './reportGroups';
import { type Description, el, px, svgRoot, text } from './svg';

export interface WhoReportedOptions {
  id: string;
  title: string;
  /** Words that describe the chart, or the id of the element on the page that holds them; none where the chart is shown beside its summary. */
  desc?: Description;
  domain?: [Date, Date];
  width?: number;
  /** The day a strike event was announced, picked out across the plot ("you are here"), and how many strikes it is. */
  here?: { date: Date; strikes: number };
  /** The edition whose words label it; English unless given. */
  edition?: Edition;
}

/** The outlet as a narrow drawing labels it: its abbreviation where it has one, "AP" for "The Independent (AP)". */
export const compactOutlet = (outlet: string) => /\(([A-Z]{2,6})\)/.exec(shortOutlet(outlet))?.[1] ?? shortOutlet(outlet);

interface Label {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  /** The mark it names: where the label had to move off it, a leader joins them. */
  mark?: { cx: number; cy: number; r: number; at: { x: number; y: number } };
}

/**
 * A thin line from a mark to its label, where separate() moved the label away from where it was first put:
 * from the mark's edge to the nearest point of the label's box. None where the label sits where it was put.
 */
export function leader({ mark, ...label }: Label): string {
  if (!mark || (label.x === mark.at.x && label.y === mark.at.y)) return '';
  const box = labelBox(label);
  const to = { x: Math.min(Math.max(mark.cx, box.x0), box.x1), y: Math.min(Math.max(mark.cy, box.y0), box.y1) };
  const d = Math.hypot(to.x - mark.cx, to.y - mark.cy);
  if (d <= mark.r + 2) return '';
  const from = { x: mark.cx + ((to.x - mark.cx) * (mark.r + 1)) / d, y: mark.cy + ((to.y - mark.cy) * (mark.r + 1)) / d };
  return el('line', { x1: px(from.x), y1: px(from.y), x2: px(to.x), y2: px(to.y), class: 'leader' });
}

/** A label character's width, in px: a generous average for bold 12px sans (6.7 to 8 measured); there is no DOM to measure. */
export const CHAR_WIDTH = 7.5;

/** The least room between two labels on one line, in px. */
const GAP = 10;

/** The box a label's text covers: 12px type on its baseline. */
export function labelBox({ x, y, text: words, anchor }: Label): Box {
  const w = words.length * CHAR_WIDTH;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x0, x1: x0 + w, y0: y - 10, y1: y + 2 };
}

/** Steps, in px, to try a label at: nearest first. */
const STEPS = [0, -13, 13, -26, 26, -39, 39, -52, 52, -65, 65, -78, 78];

/** The area labels may take: the plot. */
interface Area {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Places each label at the nearest free spot: moved up or down in 13px steps (a label centred over its
 * point, sideways too), inside the plot, clear of the labels placed before it and of every mark; failing
 * that, clear of the labels only. A label with no such spot is left out: the summary and the table still
 * name it.
 */
function separate(labels: Label[], marks: Box[], area: Area): Label[] {
  const placed: Box[] = [];
  const inside = (b: Box) => b.x0 >= area.left && b.x1 <= area.right && b.y0 >= area.top && b.y1 <= area.bottom;
  return labels.flatMap((label) => {
    const shifts = label.anchor === 'middle' ? STEPS.map((s) => s * 3) : [0];
    const spots = STEPS.flatMap((dy) => shifts.map((dx) => ({ ...label, x: label.x + dx, y: label.y + dy })));
    // Labels on one line keep a gap of GAP px, so that two never read as one.
    const free = (spot: Label, avoidMarks: boolean) => {
      const box = labelBox(spot);
      return inside(box) && !placed.some((p) => overlaps(p, box, GAP)) && !(avoidMarks && marks.some((m) => overlaps(m, box)));
    };
    const spot = spots.find((s) => free(s, true)) ?? spots.find((s) => free(s, false));
    if (!spot) return [];
    placed.push(labelBox(spot));
    return [spot];
  });
}

/** A mark's radius (half a square's side) for one report, and the most a group's may take. */
const R = 4.5;
const R_MAX = 14;

/** A death toll as the outlet printed it: "at least 83", or "82"; in Spanish, "al menos 83". */
export const printedKilled = (g: Gap, { words }: Edition = ENGLISH) => words.figures.printed({ ...g.report.killed!, value: g.killed!.reported });

/**
 * A reported toll's verdict, as a table cell and a summary name it: a count written before the day's last
 * announcement that also counts the people lost at sea says so, as its difference from the data needs both;
 * a match counting the presumed dead names the strikes they were lost after, which may be fewer than the
 * data's by then (an outlet adds each as its search ends).
 */
export function killedVerdict(g: Gap, { words }: Edition = ENGLISH): string {
  const { verdict, lostAtSea = [] } = g.killed!;
  if (verdict === 'matches counting presumed dead' && lostAtSea.length) return words.charts.countingPresumedDead(lostAtSea);
  return `${words.charts.verdicts[verdict]}${verdict === 'written before an announcement that day' && lostAtSea.length ? words.charts.withPresumedDead : ''}`;
}

/** How many reports of each kind the chart labels and its summary names; the table has them all. */
export const NAMED = 5;

/** Reports of one kind: the few to name, in date order, and how many there are in all. */
export interface Named {
  shown: Gap[];
  total: number;
}

const byDate = (a: Gap, b: Gap) => a.report.asOf.getTime() - b.report.asOf.getTime();

/**
 * The death tolls the chart labels and its summary names: those that differ from the announced sum
 * without an explanation (the furthest from it, when there are more than NAMED), and our own sources'
 * (the first NAMED by date). A toll may be in both.
 */
export function namedReports(reports: readonly Gap[]): { unexplained: Named; fromSources: Named } {
  const withDeaths = reports.filter((g) => g.killed);
  // Named in date order, and in the table's order within a day.
  const row = new Map(withDeaths.map((g, i) => [g, i]));
  const inOrder = (list: Gap[]) => list.sort((a, b) => byDate(a, b) || row.get(a)! - row.get(b)!);
  const unexplained = withDeaths.filter((g) => isUnexplained(g.killed!.verdict));
  const furthest = [...unexplained]
    .sort((a, b) => Math.abs(b.killed!.difference) - Math.abs(a.killed!.difference) || byDate(a, b))
    .slice(0, NAMED);
  const fromSources = withDeaths.filter((g) => g.report.source.sourceId);
  return {
    unexplained: { shown: inOrder(furthest), total: unexplained.length },
    fromSources: { shown: inOrder([...fromSources]).slice(0, NAMED), total: fromSources.length },
  };
}

/**
 * Each reported death toll as a point on the day it was reported, against the sum of the deaths that
 * had been announced by then (solid) and that sum with the presumed dead (dashed). The points
 * namedReports() picks are labelled; our sources' own figures are squares. Past GROUP_ABOVE tolls, the
 * tolls reportGroups() puts together are one mark each, sized by their count, and none is labelled.
 */
export function whoReported(known: readonly { date: Date; totals: Totals }[], reports: readonly Gap[], options: WhoReportedOptions) {
  const { id, title, desc, width = 720, edition = ENGLISH } = options;
  const words = edition.words.charts.whoReported;
  const points = reports.filter((g) => g.killed);
  const { groups, band } = reportGroups(reports);
  const grouped = band !== undefined;
  const domain = options.domain ?? timeDomain([...known.map((k) => k.date), ...points.map((g) => g.report.asOf)]);
  const margin = { left: 44, right: 16 };
  const key = legend(
    [
      { swatch: el('line', { x1: 0, x2: 16, class: 'line deaths' }), label: words.legendAnnounced },
      { swatch: el('line', { x1: 0, x2: 16, class: 'line presumed' }), label: words.legendPresumed },
      // An outlet's total, in its kind's colour: equal to the sum, a difference the data explains, or one it
      // does not. Every kind, whether drawn or not: the first names what the marks are.
      ...MARK_KINDS.map((kind) => ({
        swatch: el('g', { class: `report ${kind}` }, el('circle', { cx: 8, r: 4.5 })),
        label: words.legendKinds[kind],
      })),
      { swatch: el('rect', { x: 3, y: -5, width: 10, height: 10, class: 'legend-source' }), label: words.legendSource },
      ...(grouped ? [{ swatch: el('circle', { cx: 8, r: 7, class: 'legend-report' }), label: words.legendGroup }] : []),
    ],
    margin.left,
    4,
    width - margin.left - margin.right,
  );
  const plotTop = key.height + 14;
  const narrow = width < 500;
  const bottom = plotTop + (narrow ? 260 : 300);
  const height = bottom + 30;
  const right = width - margin.right;
  const x = scaleUtc(domain, [margin.left, right]);
  const top = max([...known.map((k) => k.totals.killed + k.totals.presumedDead), ...points.map((g) => g.killed!.reported)])!;
  const y = scaleLinear([0, top], [bottom, plotTop]).nice(5);

  const step = (value: (t: Totals) => number) =>
    line<{ date: Date; totals: Totals }>()
      .x((k) => x(k.date))
      .y((k) => y(value(k.totals)))
      .curve(curveStepAfter)
      .digits(1)([{ date: domain[0], totals: { ...known[0].totals, killed: 0, presumedDead: 0 } }, ...known, { ...known.at(-1)!, date: domain[1] }])!;

  // Where each toll is drawn: the marks, and the places labels keep clear of. Past GROUP_ABOVE tolls, the
  // tolls that coincide are one mark, its area the number of tolls (and that number written in it where it fits).
  const most = max(groups, (g) => g.reports.length)!;
  const area = scaleSqrt([0, most], [0, R_MAX]);
  const centres = groups.map((g) => ({ cx: x(g.at), cy: y(g.value), r: g.reports.length > 1 ? Math.max(R, area(g.reports.length)) : R }));
  const marks = groups.map((g, i) => {
    const { cx, cy, r } = centres[i];
    const n = g.reports.length;
    const count = n > 1 && `${n}`.length * 6.5 <= 2 * r ? text(cx, px(cy + 4), `${n}`, { 'text-anchor': 'middle', class: 'mark-count' }) : '';
    return el(
      'g',
      // The mark's words are its row of the figure's data table; the tooltip script shows them.
      { class: `mark report ${g.kind}${g.fromSource ? ' from-source' : ''}`, 'data-row': i },
      // A square's side is a circle's diameter and a stroke: 10 px for one report.
      g.fromSource ? el('rect', { x: cx - r - 0.5, y: cy - r - 0.5, width: 2 * r + 1, height: 2 * r + 1 }) : el('circle', { cx, cy, r }),
      count,
    );
  });

  // Grouped, a toll's label would read as its group's: the summary names them, and each group's row lists its outlets.
  const named = grouped ? { unexplained: { shown: [], total: 0 }, fromSources: { shown: [], total: 0 } } : namedReports(points);
  const markBoxes = centres.map(({ cx, cy, r }) => ({ x0: cx - r - 0.5, x1: cx + r + 0.5, y0: cy - r - 0.5, y1: cy + r + 0.5 }));
  const labels = separate(
    [...new Set([...named.unexplained.shown, ...named.fromSources.shown])].map((g): Label => {
      const cx = x(g.report.asOf);
      const cy = px(y(g.killed!.reported));
      const label = `${(narrow ? compactOutlet : shortOutlet)(g.report.outlet)}: ${printedKilled(g, edition)}`;
      const w = label.length * CHAR_WIDTH;
      // Labelled, no tolls are grouped: each mark is one report's, of radius R.
      const at = (x: number, y: number, anchor: Label['anchor']): Label => ({ x, y, text: label, anchor, mark: { cx, cy, r: R, at: { x, y } } });
      // Right of the point if the label fits there, else left; else above it, kept inside the plot.
      if (cx + 9 + w <= right) return at(cx + 9, cy + 4, 'start');
      if (cx - 9 - w >= margin.left) return at(cx - 9, cy + 4, 'end');
      return at(Math.min(Math.max(cx, margin.left + w / 2), right - w / 2), cy - 9, 'middle');
    }),
    markBoxes,
    { left: margin.left, right, top: plotTop, bottom },
  );

  const last = known.at(-1)!.totals;
  const end = { x: right, y: px(y(last.killed + last.presumedDead)) - 8, text: `${last.killed} + ${last.presumedDead}`, anchor: 'end' as const };
  // The strike's label at the plot's top, or lower where that is taken: by the running total's label, a report's or a mark.
  const taken = [labelBox(end), ...labels.map(labelBox), ...markBoxes];
  const clear = (b: Box) => !taken.some((box) => overlaps(b, box));
  const hereYs = Array.from({ length: Math.floor((bottom - plotTop - 16) / 14) + 1 }, (_, i) => plotTop + 12 + 14 * i);
  return svgRoot(
    { id, width, height, title, desc },
    key.svg,
    valueAxis(y, margin.left, right, 5),
    el('path', { d: step((t) => t.killed + t.presumedDead), class: 'line presumed' }),
    el('path', { d: step((t) => t.killed), class: 'line deaths' }),
    text(end.x, end.y, end.text, { 'text-anchor': 'end', class: 'end-label' }),
    options.here ? hereMark(x, options.here.date, plotTop, bottom, right, hereYs, edition.words.charts.here(options.here.strikes), clear) : '',
    // The largest first, so that a smaller mark is drawn over it (the keyboard goes by data-row, not this order).
    el('g', { class: 'marks' }, ...marks.map((mark, i) => ({ mark, r: centres[i]!.r })).sort((a, b) => b.r - a.r).map((m) => m.mark)),
    el(
      'g',
      { class: 'labels', 'aria-hidden': 'true' },
      ...labels.map(leader),
      ...labels.map((l) => text(l.x, l.y, l.text, { 'text-anchor': l.anchor, class: 'point-label' })),
    ),
    timeAxis(x, bottom, edition.words.charts),
  );
}
