import { z } from 'astro/zod';
import { latitude, longitude } from './common';

/** How the map writes a place's name. */
export const placeKinds = ['country', 'sea', 'place'] as const;

/** The columns of content/data/places.csv, each described for the data page. */
export const placeColumns = z.strictObject({
  name: z.string().trim().min(1, { error: 'expected the name the map prints' }).describe('The name the map prints.'),
  kind: z
    .enum(placeKinds, { error: `expected one of: ${placeKinds.join(', ')}` })
    .describe('`country`: a name across its land; `sea`: a name on the water; `place`: a dot and a name (a town or island a position is measured from).'),
  lat: latitude.describe('Where the name goes (latitude); for a place, where its dot is.'),
  lon: longitude.describe('Its longitude (west is negative).'),
});

/** One row of content/data/places.csv: a name the map prints. */
export const placeRowSchema = placeColumns.transform((row) => ({
  name: row.name,
  kind: row.kind,
  /** [lon, lat], as d3-geo writes points. */
  at: [row.lon, row.lat] as [number, number],
}));

export type Place = z.output<typeof placeRowSchema>;
