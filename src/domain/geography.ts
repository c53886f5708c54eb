import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geoContains, geoDistance } from 'd3';
import { feature, merge, mesh } from 'topojson-client';

/** A point as d3-geo writes it: [longitude, latitude], in degrees. */
export type LonLat = [number, number];

/** A lon/lat box as d3-geo writes bounds: [[west, south], [east, north]]. */
export type Bounds = [LonLat, LonLat];

/** world-atlas's countries file: Natural Earth's countries, with their names, as TopoJSON. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The land and borders a map draws and positions are checked against. */
export interface Geography {
  /** All land, as one shape: the coastlines. */
  land: MultiPolygon;
  /** Borders between countries, as lines. */
  borders: MultiLineString;
  /** Each country with its name and bounds, to name the land a point falls on. */
  countries: { name: string; shape: Feature<Polygon | MultiPolygon>; bounds: Bounds }[];
}

/** A shape's box in longitude and latitude as numbers on a plane: a country across the 180th meridian spans the world. */
function planarBounds(shape: Feature<Polygon | MultiPolygon>): Bounds {
  const points = (shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates).flat(2);
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}

const intersects = (a: Bounds, b: Bounds) => a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];

/**
 * Land, borders and countries from a world-atlas countries file, keeping only the countries with land
 * within the bounds given: the rest of the world is never drawn, and a point outside those bounds is at sea.
 */
export function geographyOf(topology: CountriesTopology, within: Bounds): Geography {
  const kept = topology.objects.countries.geometries.flatMap((geometry) => {
    if (!('arcs' in geometry)) return [];
    const shape = feature(topology, geometry) as Feature<Polygon | MultiPolygon, { name: string }>;
    const bounds = planarBounds(shape);
    return intersects(bounds, within) ? [{ geometry, country: { name: shape.properties.name, shape, bounds } }] : [];
  });
  const geometries = kept.map((k) => k.geometry);
  return {
    land: merge(topology, geometries as Parameters<typeof merge>[1]),
    borders: mesh(topology, { type: 'GeometryCollection', geometries }, (a, b) => a !== b),
    countries: kept.map((k) => k.country),
  };
}

/** The box around all the boxes given, widened by `pad` degrees on every side. */
export const around = (all: readonly Bounds[], pad = 0): Bounds => [
  [Math.min(...all.map((b) => b[0][0])) - pad, Math.min(...all.map((b) => b[0][1])) - pad],
  [Math.max(...all.map((b) => b[1][0])) + pad, Math.max(...all.map((b) => b[1][1])) + pad],
];

/** Degrees of land kept around the regions mapped: more than a map of them shows. */
export const LAND_AROUND = 10;

const inBounds = ([[west, south], [east, north]]: Bounds, [lon, lat]: LonLat) => lon >= west && lon <= east && lat >= south && lat <= north;

/** The land a point is on: its country's name, "land" where no country claims it, or undefined at sea. */
export function landAt(geography: Geography, point: LonLat): string | undefined {
  if (!geoContains(geography.land, point)) return undefined;
  return geography.countries.find((c) => inBounds(c.bounds, point) && geoContains(c.shape, point))?.name ?? 'land';
}

/** The Earth's mean radius, in kilometres. */
const EARTH_KM = 6371.0088;

/**
 * How far a point lies outside a lon/lat box, in kilometres (0 inside): the great-circle distance to the
 * box's nearest corner or edge, found by clamping the point's longitude and latitude into the box.
 */
export function kmOutside([[west, south], [east, north]]: Bounds, [lon, lat]: LonLat): number {
  const nearest: LonLat = [Math.min(east, Math.max(west, lon)), Math.min(north, Math.max(south, lat))];
  return geoDistance([lon, lat], nearest) * EARTH_KM;
}
