import type { APIRoute } from 'astro';
import { loadAliases } from '../../collections/load';
import type { AliasNames } from '../../scripts/search/aliases';

/** The alias groups' names for search in the browser (src/scripts/search/aliases.ts); the notes stay with the editors. */
export const GET: APIRoute = async () => {
  const names: AliasNames = (await loadAliases()).map((group) => group.names);
  return new Response(JSON.stringify(names), { headers: { 'content-type': 'application/json' } });
};
