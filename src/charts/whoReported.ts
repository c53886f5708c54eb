import { curveStepAfter, line, max, scaleLinear, scaleUtc } from 'd3';
import type { Totals, Gap } from '../lib/strikeSeries';
import { isUnexplained } from '../lib/strikeSeries';
import { timeAxis, valueAxis } from './axes';
import { legend } from './legend';
import { el, px, svgRoot, text } from './svg';

export interface WhoReportedOptions {
  id: string;
  title: string;
  desc: string;
  domain?: [Date, Date];
  width?: number;
}

/** The outlet as a short label: "The Independent (AP)" stays, "MercoPress; Just the News" keeps the first. */
export const shortOutlet = (outlet: string) => outlet.split(/;| \(via| \(mirror| \(quoting| \(citing/)[0].trim();

interface Label {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end';
}

/** Moves labels up or down, in 13px steps, until none overlaps another. */
function separate(labels: Label[]): Label[] {
  const placed: { x0: number; x1: number; y: number }[] = [];
  return labels.map((label) => {
    const w = label.text.length * 6.2;
    const x0 = label.anchor === 'start' ? label.x : label.x - w;
    const x1 = x0 + w;
    for (const dy of [0, -13, 13, -26, 26, -39, 39, -52, 52]) {
      const y = label.y + dy;
      if (!placed.some((p) => p.x0 < x1 && x0 < p.x1 && Math.abs(p.y - y) < 12)) {
        placed.push({ x0, x1, y });
        return { ...label, y };
      }
    }
    placed.push({ x0, x1, y: label.y });
    return label;
  });
}

/**
 * Each reported death toll as a point on the day it was reported, against the sum of the deaths that
 * had been announced by then (solid) and that sum with the presumed dead (dashed). Points whose
 * difference no count explains are labelled; the five sources' own figures are squares.
 */
export function whoReported(known: readonly { date: Date; totals: Totals }[], reports: readonly Gap[], options: WhoReportedOptions) {
  const { id, title, desc, width = 720 } = options;
  const points = reports.filter((g) => g.killed);
  const lastDay = Math.max(known.at(-1)!.date.getTime(), ...points.map((g) => g.report.asOf.getTime()));
  const domain: [Date, Date] = options.domain ?? [new Date(Date.UTC(2025, 8, 1)), new Date(lastDay + 7 * 864e5)];
  const margin = { left: 44, right: 16 };
  const key = legend(
    [
      { swatch: el('line', { x1: 0, x2: 16, class: 'line deaths' }), label: 'deaths announced by then' },
      { swatch: el('line', { x1: 0, x2: 16, class: 'line presumed' }), label: 'with the presumed dead' },
      { swatch: el('circle', { cx: 8, r: 4.5, class: 'legend-report' }), label: 'an outlet’s total' },
      { swatch: el('rect', { x: 3, y: -5, width: 10, height: 10, class: 'legend-source' }), label: 'one of our five sources' },
    ],
    margin.left,
    4,
    width - margin.left - margin.right,
  );
  const plotTop = key.height + 14;
  const bottom = plotTop + (width < 500 ? 260 : 300);
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

  const marks = points.map((g, i) => {
    const { report, killed } = g;
    const cx = x(report.asOf);
    const cy = y(killed!.reported);
    const fromSource = report.source.sourceId !== undefined;
    const kind = isUnexplained(killed!.verdict) ? 'unexplained' : killed!.verdict === 'matches' ? 'matches' : 'explained';
    const tip = `${shortOutlet(report.outlet)}, ${report.asOf.toISOString().slice(0, 10)}: ${killed!.reported} killed${
      report.killed!.qualifier === 'exact' ? '' : ` (“${report.killed!.qualifier} ${killed!.reported}”)`
    }; announced by then: ${killed!.sum}. ${killed!.verdict[0].toUpperCase()}${killed!.verdict.slice(1)}.`;
    return el(
      'g',
      { class: `mark report ${kind}${fromSource ? ' from-source' : ''}`, 'data-tip': tip, 'data-index': i },
      fromSource ? el('rect', { x: cx - 5, y: cy - 5, width: 10, height: 10 }) : el('circle', { cx, cy, r: 4.5 }),
    );
  });

  const labels = separate(
    points
      .filter((g) => isUnexplained(g.killed!.verdict) || g.report.source.sourceId)
      .map((g) => {
        const cx = x(g.report.asOf);
        const q = g.report.killed!.qualifier;
        const label = `${shortOutlet(g.report.outlet)}: ${q === 'exact' ? '' : `${q} `}${g.killed!.reported}`;
        // Labels go right of their point unless they would run past the plot; then left.
        const flip = cx + 9 + label.length * 6.2 > right;
        return {
          x: flip ? cx - 9 : cx + 9,
          y: px(y(g.killed!.reported)) + 4,
          text: label,
          anchor: flip ? ('end' as const) : ('start' as const),
        };
      }),
  );

  const last = known.at(-1)!.totals;
  return svgRoot(
    { id, width, height, title, desc },
    key.svg,
    valueAxis(y, margin.left, right, 5),
    el('path', { d: step((t) => t.killed + t.presumedDead), class: 'line presumed' }),
    el('path', { d: step((t) => t.killed), class: 'line deaths' }),
    text(right, px(y(last.killed + last.presumedDead)) - 8, `${last.killed} + ${last.presumedDead}`, { 'text-anchor': 'end', class: 'end-label' }),
    el('g', { class: 'marks' }, ...marks),
    el(
      'g',
      { class: 'labels', 'aria-hidden': 'true' },
      ...labels.map((l) => text(l.x, l.y, l.text, { 'text-anchor': l.anchor, class: 'point-label' })),
    ),
    timeAxis(x, bottom),
  );
}
