import { el, text } from './svg';

/** A legend entry: a swatch drawn from (0, 0) rightwards, and its label. */
export interface LegendItem {
  swatch: string;
  label: string;
  /** How wide the swatch is; 16 unless given. */
  width?: number;
}

const swatchWidth = (item: LegendItem) => (item.width ?? 16) + 6;
const itemWidth = (item: LegendItem) => swatchWidth(item) + item.label.length * 6.4 + 16;

/** Legend entries in rows that wrap within the width; returns the markup and the height it takes. */
export function legend(items: readonly LegendItem[], left: number, top: number, width: number) {
  let x = left;
  let row = 0;
  const placed = items.map((item) => {
    if (x > left && x + itemWidth(item) > left + width) {
      x = left;
      row++;
    }
    const at = { x, y: top + row * 24 + 12, item };
    x += itemWidth(item);
    return at;
  });
  return {
    height: (row + 1) * 24 + 4,
    svg: el(
      'g',
      { class: 'legend', 'aria-hidden': 'true' },
      ...placed.map(({ x, y, item }) =>
        el('g', { transform: `translate(${Math.round(x * 10) / 10},${y})` }, item.swatch, text(swatchWidth(item), 4, item.label)),
      ),
    ),
  };
}
