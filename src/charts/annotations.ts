import type { ScaleTime } from 'd3';
import { type Box, wordsBox } from './boxes';
import { el, text } from './svg';

/** A dated event to mark on a time axis; with `end`, a span. */
export interface KeyEvent {
  date: Date;
  end?: Date;
  label: string;
}

/** Rough width of a label in the charts' 12px type: enough to keep labels apart. */
export const labelWidth = (label: string) => label.length * 6.4 + 8;

/** The same in bold (a point label's, a panel's title, a line's end label): a tenth wider. */
export const boldLabelWidth = (label: string) => labelWidth(label) * 1.1;

/** Where a label of a line at `x0` goes, `width` wide, within the plot's `left` and `right`: its start and end, and where and how it is anchored. */
export interface LabelPlace {
  start: number;
  end: number;
  x: number;
  anchor: 'start' | 'end';
}

/**
 * A label beside its line at `x0`: to the right of it; to its left where the right has no room; where
 * neither side has, ending at the plot's right edge (or from its `left`, if wider than the plot), over the line (a halo keeps it readable).
 */
export function besideLine(x0: number, width: number, left: number, right: number, gap = 3): LabelPlace {
  if (x0 + gap + width <= right) return { start: x0 + gap, end: x0 + gap + width, x: x0 + gap, anchor: 'start' };
  if (x0 - gap - width >= left) return { start: x0 - gap - width, end: x0 - gap, x: x0 - gap, anchor: 'end' };
  const start = Math.max(left, right - width);
  return { start, end: start + width, x: start, anchor: 'start' };
}

/**
 * Where an event's label goes (besideLine), above the plot: within the plot's width, or where the label is
 * wider than that (a long Spanish label on a phone), within the drawing's width, over the value axis's margin.
 */
function eventLabel(event: KeyEvent, x: ScaleTime<number, number>, right: number): LabelPlace {
  const width = labelWidth(event.label);
  const left = x.range()[0]!;
  return besideLine(x(event.date), width, width > right - left ? 2 : left, right);
}

/**
 * Places each event's label in the first row where it does not overlap a label before it, so close
 * events (21 and 28 November, 1 December) stack instead of colliding: each label where it is drawn
 * (eventLabel). Returns the row of each event.
 */
export function labelRows(events: readonly KeyEvent[], x: ScaleTime<number, number>, right: number): number[] {
  const rows: LabelPlace[][] = [];
  return events.map((event) => {
    const place = eventLabel(event, x, right);
    let row = rows.findIndex((placed) => placed.every((other) => other.end < place.start || place.end < other.start));
    if (row === -1) row = rows.push([]) - 1;
    rows[row]!.push(place);
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
    const labelY = top - (depth - rows[i]!) * ROW_HEIGHT + 11;
    return { event, x0, labelY, place: eventLabel(event, x, right) };
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
      ...placed.map(({ event, labelY, place }) => text(place.x, labelY, event.label, { 'text-anchor': place.anchor })),
    ),
  );
}

/** The height the stacked labels need above the plot. */
export const eventLabelsHeight = (events: readonly KeyEvent[], x: ScaleTime<number, number>, right: number) =>
  (Math.max(-1, ...labelRows(events, x, right)) + 1) * ROW_HEIGHT + 6;

/**
 * A strike picked out on a time axis ("you are here"): a line across the plot at its date, labelled beside
 * it (besideLine) at the first of `ys` where its words are `clear` of what else the chart draws (the
 * first, where none is).
 */
export function hereMark(
  x: ScaleTime<number, number>,
  date: Date,
  top: number,
  bottom: number,
  right: number,
  ys: readonly number[],
  label: string,
  clear: (box: Box) => boolean = () => true,
) {
  const x0 = x(date);
  const place = besideLine(x0, boldLabelWidth(label), x.range()[0]!, right, 4);
  const labelY = ys.find((y) => clear(wordsBox(place.start, place.end, y))) ?? ys[0]!;
  return el(
    'g',
    { class: 'here-mark', 'aria-hidden': 'true' },
    el('line', { x1: x0, x2: x0, y1: top, y2: bottom }),
    text(place.x, labelY, label, { 'text-anchor': place.anchor, class: 'point-label' }),
  );
}
