import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadEdition } from '../../collections/edition';
import { atomFeed, explainerEntries, sourceEntries } from '../../domain/feed';
import { localeOfExplainer } from '../../schemas/explainer';
import { EDITORIAL_TEAM, editionParams, editions, type Locale, pathIn } from '../../site';

export const getStaticPaths = () => editionParams();

/**
 * /feed.xml, and /es/feed.xml for the Spanish edition: an Atom feed of the edition's explainer, each of its
 * updates and corrections, and the sources (the same pages in every edition, with our words in its language).
 */
export const GET: APIRoute = async ({ site, props }) => {
  const { locale } = props as { locale: Locale };
  const edition = await loadEdition(locale);
  const entries = [
    ...explainerEntries(await getCollection('explainer', (e) => localeOfExplainer(e.filePath ?? '') === locale), site!, edition),
    ...sourceEntries(await getCollection('sources'), site!, edition),
  ];
  const feed = atomFeed(
    {
      title: edition.words.site.name,
      subtitle: edition.words.feed.subtitle,
      author: { name: edition.words.feed.author, uri: new URL(EDITORIAL_TEAM.href, site).href },
      site: new URL(pathIn(locale, '/'), site).href,
      self: new URL(pathIn(locale, '/feed.xml'), site).href,
      lang: editions[locale].lang,
    },
    entries,
  );
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
