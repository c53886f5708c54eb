import type { ScaleLinear, ScaleTime } from 'd3';
import { utcMonth } from 'd3';
import { type ChartWords, ENGLISH } from '../i18n/words';
import { labelWidth } from './annotations';
import { el, text } from './svg';

/** Month ticks along the bottom of a plot, in the edition's words; January and the first tick also show the year. */
export function timeAxis(x: ScaleTime<number, number>, y: number, { month, monthYear }: ChartWords = ENGLISH.words.charts) {
  const [left, right] = x.range() as [number, number];
  const ticks = x.ticks(utcMonth.every(1)!).map((t, i) => {
    const at = x(t);
    const year = i === 0 || t.getUTCMonth() === 0;
    const words = year ? monthYear(t) : month(t);
    // A label that would overhang the plot's left or right edge is aligned to it instead.
    const anchor = at - left < 24 ? 'start' : right - at < 24 ? 'end' : 'middle';
    const width = labelWidth(words) - 8;
    const start = anchor === 'start' ? at : anchor === 'end' ? at - width : at - width / 2;
    return { at, words, anchor, year, start, end: start + width };
  });
  // A month whose label would run into the one before keeps its tick, unlabelled ("sept. 2025" leaves no room
  // for "oct." on a phone); where the later one gives the year and the earlier does not, the earlier goes.
  const shown: (typeof ticks)[number][] = [];
  const clearOf = (tick: (typeof ticks)[number], before?: (typeof ticks)[number]) => !before || tick.start >= before.end + 6;
  for (const tick of ticks) {
    const [before, last] = [shown.at(-2), shown.at(-1)];
    if (clearOf(tick, last)) shown.push(tick);
    else if (tick.year && !last!.year && clearOf(tick, before)) (last!.words = ''), shown.splice(-1, 1, tick);
    else tick.words = '';
  }
  return el(
    'g',
    { class: 'axis axis-x', 'aria-hidden': 'true' },
    el('line', { x1: left, x2: right, y1: y, y2: y, class: 'domain' }),
    ...ticks.map(({ at, words, anchor }) =>
      el('g', { transform: `translate(${Math.round(at * 10) / 10},${y})` }, el('line', { y2: 5 }), words ? text(0, 18, words, { 'text-anchor': anchor }) : ''),
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
