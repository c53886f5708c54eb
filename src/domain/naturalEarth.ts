import countries from 'world-atlas/countries-50m.json' with { type: 'json' };
import { type Bounds, type CountriesTopology, type Geography, geographyOf } from './geography';

const made = new Map<string, Geography>();

/**
 * Natural Earth's 1:50m coastlines and borders (the world-atlas package) around the bounds given, which
 * the map draws and strike positions are checked against; worked out once for each bounds.
 */
export function naturalEarth(within: Bounds): Geography {
  const key = within.flat().join();
  if (!made.has(key)) made.set(key, geographyOf(countries as unknown as CountriesTopology, within));
  return made.get(key)!;
}
