import type { RegionArea } from '../schemas/region';
import type { Strike } from '../schemas/strike';
import { formatNumber } from '../format/numbers';
import type { RowsCheck } from './csvCheck';
import { type Geography, kmOutside, landAt, type LonLat } from '../domain/geography';

/** How far outside its region's edges a position may lie before it is taken for a mistake, in kilometres. */
export const FAR_KM = 200;

/** A point as the row wrote it: "lat 10.5, lon -66.9". */
const cells = ([lon, lat]: LonLat) => `lat ${lat}, lon ${lon}`;

/**
 * Each strike's position against the map it is drawn on: a point must be at sea by Natural Earth's
 * coastlines (the ones the map draws), and within FAR_KM of its region's edges; every region needs a row
 * in regions.csv.
 */
export const positionsAcross =
  (regions: readonly RegionArea[], geography: Geography): RowsCheck<Strike> =>
  (rows, problem) =>
    rows.flatMap((row) => {
      const { position, region } = row.data;
      const area = regions.find((r) => r.region === region);
      if (!area) return [problem(row, 'region', `${region} has no row in content/data/regions.csv, which gives the sea area each region covers`)];
      if (position.precision === 'region') return [];
      const point: LonLat = [position.lon, position.lat];
      const land = landAt(geography, point);
      if (land)
        return [
          problem(
            row,
            'lat',
            `${cells(point)} is on land (${land}) by Natural Earth's 1:50m coastlines, which the map draws: a strike at sea needs a position at sea (is a sign or a digit wrong?)`,
          ),
        ];
      const outside = kmOutside(area.bounds, point);
      if (outside > FAR_KM)
        return [
          problem(
            row,
            'lat',
            `${cells(point)} is ${formatNumber(outside)} km outside the row's region, ${region} (more than ${FAR_KM} km beyond its edges in content/data/regions.csv): check the position, its signs, or the region`,
          ),
        ];
      return [];
    });
