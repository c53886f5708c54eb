import type { APIRoute, GetStaticPaths } from 'astro';
import { cardJson } from '../../cards/cards';
import { cardNames, cardSpec } from '../../collections/cards';

// What each card shows, as JSON: src/integrations/socialCards.ts draws /cards/<name>.png from it (as the
// pages are rendered, or after), and removes it.
export const getStaticPaths = (async () => (await cardNames()).map((card) => ({ params: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const spec = await cardSpec(params.card!);
  if (!spec) throw new Error(`social cards: no card named ${params.card}`);
  return new Response(cardJson(spec));
};
