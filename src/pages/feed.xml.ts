import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atomFeed, explainerEntries, sourceEntries } from '../domain/feed';
import { localeOfExplainer } from '../schemas/explainer';
import { EDITORIAL_TEAM, SITE_NAME } from '../site';

/** /feed.xml: an Atom feed of the explainer, each of its updates and corrections, and the sources. */
export const GET: APIRoute = async ({ site }) => {
  const entries = [
    ...explainerEntries(await getCollection('explainer', (e) => localeOfExplainer(e.filePath ?? '') === 'en'), site!),
    ...sourceEntries(await getCollection('sources'), site!),
  ];
  const feed = atomFeed(
    {
      title: SITE_NAME,
      subtitle: 'New sources, and updates to the explainer of the US strikes on boats and the Trump–Maduro call.',
      author: { name: EDITORIAL_TEAM.name, uri: new URL(EDITORIAL_TEAM.href, site).href },
      site: new URL('/', site).href,
      self: new URL('/feed.xml', site).href,
    },
    entries,
  );
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
