import type { APIRoute } from 'astro';
import { cardJson } from '../cards/cards';
import { cardNames, cardSpec } from '../collections/cards';

// What every card shows, as one JSON object from each card's name ("sources/<id>", "es/strikes/<id>") to
// its spec: src/integrations/socialCards.ts draws /cards/<name>.png from each (as the pages are rendered,
// or after), and removes this file. One file, not one per card: each route Astro writes costs it a few
// milliseconds, which at 1,000 sources was about 4 s of every build (README: What it costs, measured).
export const GET: APIRoute = async () => {
  const entries = await Promise.all(
    (await cardNames()).map(async (name) => {
      const spec = await cardSpec(name);
      if (!spec) throw new Error(`social cards: no card named ${name}`);
      // Each spec as cardJson() gives it, the same text a page offered for drawing.
      return `${JSON.stringify(name)}:${cardJson(spec)}`;
    }),
  );
  return new Response(`{${entries.join(',\n')}}`);
};
