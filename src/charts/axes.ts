import type { ScaleLinear, ScaleTime } from 'd3';
import { utcMonth } from 'd3';
import { type ChartWords, ENGLISH } from '../i18n/words';
import { el, text } from './svg';

/** Month ticks along the bottom of a plot, in the edition's words; January and the first tick also show the year. */
export function timeAxis(x: ScaleTime<number, number>, y: number, { month, monthYear }: ChartWords = ENGLISH.words.charts) {
  const ticks = x.ticks(utcMonth.every(1)!);
  return el(
    'g',
    { class: 'axis axis-x', 'aria-hidden': 'true' },
    el('line', { x1: x.range()[0], x2: x.range()[1], y1: y, y2: y, class: 'domain' }),
    ...ticks.map((t, i) =>
      el(
        'g',
        { transform: `translate(${Math.round(x(t) * 10) / 10},${y})` },
        el('line', { y2: 5 }),
        // A label that would overhang the plot's left or right edge is aligned to it instead.
        text(0, 18, i === 0 || t.getUTCMonth() === 0 ? monthYear(t) : month(t), {
          'text-anchor': x(t) - x.range()[0] < 24 ? 'start' : x.range()[1] - x(t) < 24 ? 'end' : 'middle',
        }),
      ),
    ),
  );
}

/** Value ticks up the left of a plot, with light gridlines across it. */
export function valueAxis(y: ScaleLinear<number, number>, x0: number, x1: number, count = 4) {
  return el(
    'g',
    { class: 'axis axis-y', 'aria-hidden': 'true' },
    ...y.ticks(count).map((t) =>
      el(
        'g',
        { transform: `translate(0,${Math.round(y(t) * 10) / 10})` },
        el('line', { x1: x0, x2: x1, class: t === 0 ? 'baseline' : 'grid' }),
        text(x0 - 6, 4, String(t), { 'text-anchor': 'end' }),
      ),
    ),
  );
}
