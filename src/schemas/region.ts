import { z } from 'astro/zod';
import { latitude, longitude } from './common';
import { regions } from './strike';

/** The columns of content/data/regions.csv, each described for the data page. */
export const regionColumns = z.strictObject({
  region: z.enum(regions, { error: `expected one of: ${regions.join(', ')}` }).describe('The region, as strikes.csv names it.'),
  west: longitude.describe('Western edge of the area we count as this region (longitude).'),
  south: latitude.describe('Southern edge (latitude).'),
  east: longitude.describe('Eastern edge (longitude).'),
  north: latitude.describe('Northern edge (latitude).'),
  gather_lat: latitude.describe('Where the map gathers the strikes whose position is not known: a point at sea in the region (latitude).'),
  gather_lon: longitude.describe('The same point’s longitude.'),
  note: z.string().describe('What the edges follow.'),
});

/** One row of content/data/regions.csv: the sea area a region covers, which the map draws and positions are checked against. */
export const regionRowSchema = regionColumns
  .superRefine((row, ctx) => {
    if (row.south >= row.north) ctx.addIssue({ code: 'custom', path: ['north'], message: `expected the northern edge above the southern (${row.south})` });
    if (row.west >= row.east) ctx.addIssue({ code: 'custom', path: ['east'], message: `expected the eastern edge east of the western (${row.west})` });
    const inside = row.gather_lat > row.south && row.gather_lat < row.north && row.gather_lon > row.west && row.gather_lon < row.east;
    if (!inside) ctx.addIssue({ code: 'custom', path: ['gather_lat'], message: 'expected a point inside the region’s edges' });
  })
  .transform((row) => ({
    region: row.region,
    /** [[west, south], [east, north]], as d3-geo writes bounds. */
    bounds: [
      [row.west, row.south],
      [row.east, row.north],
    ] as [[number, number], [number, number]],
    /** [lon, lat], as d3-geo writes points. */
    gather: [row.gather_lon, row.gather_lat] as [number, number],
    note: row.note,
  }));

export type RegionArea = z.output<typeof regionRowSchema>;
