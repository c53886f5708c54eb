import { polygonContains } from 'd3';
import { type Box, overlaps } from './boxes';

/** A ring of land as drawn, in px. */
export type Ring = [number, number][];

const boundsOf = (ring: Ring): Box => ({
  x0: Math.min(...ring.map((p) => p[0])),
  y0: Math.min(...ring.map((p) => p[1])),
  x1: Math.max(...ring.map((p) => p[0])),
  y1: Math.max(...ring.map((p) => p[1])),
});

/** Land as drawn on one panel, for asking whether a box would cover any. */
export class LandMask {
  private readonly rings: { ring: Ring; box: Box }[];
  constructor(rings: Ring[]) {
    this.rings = rings.map((ring) => ({ ring, box: boundsOf(ring) }));
  }

  /** True if any land is inside the box: a coast vertex within it, or a point of it inside a coast. */
  covers(box: Box, step = 8): boolean {
    const near = this.rings.filter((r) => overlaps(r.box, box));
    if (!near.length) return false;
    if (near.some(({ ring }) => ring.some(([x, y]) => x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1))) return true;
    for (let x = box.x0; x <= box.x1; x += Math.min(step, box.x1 - box.x0 || step))
      for (let y = box.y0; y <= box.y1; y += Math.min(step, box.y1 - box.y0 || step))
        if (near.some(({ ring }) => polygonContains(ring, [x, y]))) return true;
    return false;
  }
}

/** What is already drawn where a new box must not go. */
export class Taken {
  readonly boxes: Box[] = [];
  private readonly area: Box;
  private readonly land?: LandMask;
  constructor(area: Box, land?: LandMask) {
    this.area = area;
    this.land = land;
  }

  add(box: Box) {
    this.boxes.push(box);
    return box;
  }

  /** True if the box is inside the area and clear of every box taken. */
  free(box: Box) {
    const inside = box.x0 >= this.area.x0 && box.x1 <= this.area.x1 && box.y0 >= this.area.y0 && box.y1 <= this.area.y1;
    return inside && !this.boxes.some((b) => overlaps(b, box));
  }

  /** True if any land is inside the box (false where the area has no land mask). */
  onLand(box: Box) {
    return this.land?.covers(box) ?? false;
  }

  /**
   * The box of the given size nearest to a preferred centre that `fits`, searched outwards in steps of
   * `step` px among centres within `within` (the whole area by default); undefined where none fits.
   */
  nearest(width: number, height: number, [cx, cy]: [number, number], fits: (box: Box) => boolean, { within = this.area, step = 6 } = {}): Box | undefined {
    const x0 = Math.max(within.x0, this.area.x0 + width / 2);
    const x1 = Math.min(within.x1, this.area.x1 - width / 2);
    const y0 = Math.max(within.y0, this.area.y0 + height / 2);
    const y1 = Math.min(within.y1, this.area.y1 - height / 2);
    const spots: [number, number, number][] = [];
    for (let x = x0; x <= x1; x += step) for (let y = y0; y <= y1; y += step) spots.push([x, y, (x - cx) ** 2 + (y - cy) ** 2]);
    spots.sort((a, b) => a[2] - b[2] || a[0] - b[0] || a[1] - b[1]);
    for (const [x, y] of spots) {
      const box = { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 };
      if (fits(box)) return box;
    }
    return undefined;
  }
}
