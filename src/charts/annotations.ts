import type { ScaleTime } from 'd3';
import { el, text } from './svg';

/** A dated event to mark on a time axis; with `end`, a span. */
export interface KeyEvent {
  date: Date;
  end?: Date;
  label: string;
}

/** Rough width of a label in the charts' 12px type: enough to keep labels apart. */
const labelWidth = (label: string) => label.length * 6.4 + 8;

/**
 * Places each event's label in the first row where it does not overlap the label before it, so
 * close events (21 and 28 November, 1 December) stack instead of colliding. Returns the row of each event.
 */
export function labelRows(events: readonly KeyEvent[], x: ScaleTime<number, number>, right: number): number[] {
  const ends: number[] = [];
  return events.map((event) => {
    const width = labelWidth(event.label);
    // Labels near the right edge are drawn to the left of their line.
    const start = Math.min(x(event.date), right - width);
    let row = ends.findIndex((end) => end < start);
    if (row === -1) row = ends.length;
    ends[row] = start + width;
    return row;
  });
}

export const ROW_HEIGHT = 15;

/**
 * Lines (and shaded spans) for each event across the plot, with labels stacked above it. The labels come
 * after every line, each on a halo of the background: a label drawn left of its line may cross an earlier
 * event's, which then stops at its words.
 */
export function eventMarks(events: readonly KeyEvent[], x: ScaleTime<number, number>, top: number, bottom: number, right: number) {
  const rows = labelRows(events, x, right);
  const depth = Math.max(0, ...rows) + 1;
  const placed = events.map((event, i) => {
    const x0 = x(event.date);
    const labelY = top - (depth - rows[i]) * ROW_HEIGHT + 11;
    return { event, x0, labelY, flip: x0 + labelWidth(event.label) > right };
  });
  return el(
    'g',
    { class: 'events' },
    ...placed.map(({ event, x0, labelY }) =>
      el(
        'g',
        { class: event.end ? 'event span' : 'event' },
        event.end ? el('rect', { x: x0, y: top, width: Math.max(1, x(event.end) - x0), height: bottom - top }) : '',
        el('line', { x1: x0, x2: x0, y1: labelY + 3, y2: bottom }),
        // A span ends at a line too, not only where its faint shading does (WCAG 1.4.11).
        event.end ? el('line', { x1: x(event.end), x2: x(event.end), y1: top, y2: bottom, class: 'span-end' }) : '',
      ),
    ),
    el(
      'g',
      { class: 'event-labels' },
      ...placed.map(({ event, x0, labelY, flip }) => text(flip ? x0 - 3 : x0 + 3, labelY, event.label, { 'text-anchor': flip ? 'end' : 'start' })),
    ),
  );
}

/** The height the stacked labels need above the plot. */
export const eventLabelsHeight = (events: readonly KeyEvent[], x: ScaleTime<number, number>, right: number) =>
  (Math.max(-1, ...labelRows(events, x, right)) + 1) * ROW_HEIGHT + 6;

/**
 * A strike picked out on a time axis ("you are here"): a line across the plot at its date, labelled at
 * `labelY` (clear of the panel's title).
 */
export function hereMark(x: ScaleTime<number, number>, date: Date, top: number, bottom: number, right: number, labelY: number, label: string) {
  const x0 = x(date);
  const flip = x0 + labelWidth(label) > right;
  return el(
    'g',
    { class: 'here-mark', 'aria-hidden': 'true' },
    el('line', { x1: x0, x2: x0, y1: top, y2: bottom }),
    text(flip ? x0 - 4 : x0 + 4, labelY, label, { 'text-anchor': flip ? 'end' : 'start', class: 'point-label' }),
  );
}
