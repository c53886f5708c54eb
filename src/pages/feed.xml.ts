import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed, sourceEntries } from '../lib/feed';
import { SITE_NAME } from '../lib/site';

/** /feed.xml: an Atom feed of the sources (and, with the explainer, its updates log). */
export const GET: APIRoute = async ({ site }) => {
  const entries = sourceEntries(await getCollection('sources'), site!);
  const feed = atomFeed(
    {
      title: SITE_NAME,
      subtitle: 'New sources, and updates to the explainer of the US strikes on boats and the Trump–Maduro call.',
      site: new URL('/', site).href,
      self: new URL('/feed.xml', site).href,
    },
    entries,
  );
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
