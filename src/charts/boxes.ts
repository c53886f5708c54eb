/** A rectangle on the drawing, in px: from x0 to x1 across, from y0 to y1 down. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Whether two boxes share any area, or come closer across than `gap` px. */
export const overlaps = (a: Box, b: Box, gap = 0) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 && b.y0 < a.y1;

/** The square around a circle. */
export const circleBox = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

/** The box of 12px words on their baseline at `y`, from `x0` to `x1` across. */
export const wordsBox = (x0: number, x1: number, y: number): Box => ({ x0, x1, y0: y - 11, y1: y + 3 });

/**
 * The box that text covers, on its baseline at (x, y): an average character is `em` of the type size (0.6
 * for lower case; more for spaced capitals); there is no DOM to measure.
 */
export function textBox(x: number, y: number, words: string, anchor: 'start' | 'middle' | 'end', size = 12, em = 0.6): Box {
  const width = words.length * size * em;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x0, y0: y - size * 0.85, x1: x0 + width, y1: y + size * 0.25 };
}
