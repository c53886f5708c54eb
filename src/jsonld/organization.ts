import type { IdReference, Organization, SearchAction, WebSite, WithActionConstraints } from 'schema-dts';
import { wordsFor } from '../i18n/words';
import { defaultLocale, locales, SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME } from '../site';
import { appIcon, iconHref } from '../webapp/icons';
import { absolute } from './graph';

/**
 * The site as an organisation: publisher of our pages and creator of our data, never of a source. Every
 * page's graph holds it once (src/components/StructuredData.astro); the nodes name it by `us(site)`. Its
 * name in each other edition is an alternate name: a search engine may show "Ataques en el mar" to a Spanish reader.
 */
export function ourOrganization(site: URL): Organization {
  const logo = appIcon('any', 512);
  return {
    '@type': 'Organization',
    '@id': us(site)['@id'],
    name: SITE_NAME,
    alternateName: locales.filter((locale) => locale !== defaultLocale).map((locale) => wordsFor(locale).site.name),
    url: site.href,
    logo: { '@type': 'ImageObject', url: absolute(iconHref(logo), site), width: `${logo.size}`, height: `${logo.size}` },
  };
}

/** The site's organisation, named by its node id. */
export const us = (site: URL): IdReference => ({ '@id': absolute('/#organization', site) });

/** The placeholder a search engine fills with the reader's words in the search address. */
const QUERY = 'search_term_string';

/**
 * The site, with the search a reader can run on it from a search engine: /search/?q=… An edition in
 * another language is a site of its own at its home (`/es/`), in its language, searched from its search page.
 */
export function webSite(
  site: URL,
  { home = '/', inLanguage = SITE_LANGUAGE, name = SITE_NAME, description = SITE_DESCRIPTION }: { home?: string; inLanguage?: string; name?: string; description?: string } = {},
): WebSite {
  const searchPath = `${home}search/`;
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    // Written out, not through URL, which would escape the braces of the template.
    target: { '@type': 'EntryPoint', urlTemplate: `${absolute(searchPath, site)}?q={${QUERY}}` },
    'query-input': `required name=${QUERY}`,
  };
  return {
    '@type': 'WebSite',
    '@id': absolute(`${home}#website`, site),
    name,
    description,
    url: absolute(home, site),
    inLanguage,
    publisher: us(site),
    potentialAction: search,
  };
}
