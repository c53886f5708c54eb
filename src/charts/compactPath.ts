import type { GeoStream } from 'd3';
import { polygonArea } from 'd3';

/** What a path keeps: points at least `step` pixels apart, and rings of at least `minArea` square pixels. */
export interface CompactPathOptions {
  step?: number;
  minArea?: number;
}

/**
 * A d3-geo stream (after projection and clipping) that writes SVG path data in whole pixels with relative
 * steps ("M120,40l3,-2l4,1z"): a coastline drawn at screen size, with no detail finer than the screen shows.
 * A point closer than `step` pixels to the last one kept is left out, and so is a ring (an island) smaller
 * than `minArea`.
 */
export function compactPath({ step = 1.5, minArea = 1 }: CompactPathOptions = {}) {
  let d = '';
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  let inPolygon = false;
  const write = () => {
    const points = ring;
    ring = [];
    if (points.length < (inPolygon ? 3 : 2)) return;
    if (inPolygon && Math.abs(polygonArea(points)) < minArea) return;
    let [x, y] = points[0].map(Math.round);
    let part = `M${x},${y}`;
    const kept: [number, number][] = [[x, y]];
    for (const [px, py] of points.slice(1)) {
      const [nx, ny] = [Math.round(px), Math.round(py)];
      if (nx === x && ny === y) continue;
      part += `l${nx - x},${ny - y}`;
      [x, y] = [nx, ny];
      kept.push([x, y]);
    }
    d += inPolygon ? `${part}z` : part;
    if (inPolygon) rings.push(kept);
  };
  const stream: GeoStream = {
    point(x, y) {
      const last = ring.at(-1);
      if (!last || Math.hypot(x - last[0], y - last[1]) >= step) ring.push([x, y]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd: write,
    polygonStart() {
      inPolygon = true;
    },
    polygonEnd() {
      inPolygon = false;
    },
    sphere() {},
  };
  /** The path data, and each polygon's rings as drawn. */
  return { stream, result: () => d, rings: () => rings };
}
