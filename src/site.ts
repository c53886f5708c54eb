/** The site's name, as the header and titles show it. */
export const SITE_NAME = 'Strikes at Sea';

/**
 * Who writes the explainer: the site's editorial team, named as its author in bylines, page metadata and
 * the feed, with a page saying who we are, how we work and how we correct mistakes.
 */
export const EDITORIAL_TEAM = { name: `${SITE_NAME} editorial team`, href: '/about/' } as const;

/** The main navigation, in order. */
export const NAV = [
  { href: '/', label: 'Explainer' },
  { href: '/strikes/', label: 'Strikes' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/sources/', label: 'Sources' },
  { href: '/ledger/', label: 'Ledger' },
  { href: '/data/', label: 'Data' },
] as const;

/** Where the site is served when SITE_URL does not say: `npm start`'s address. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321/';

/** The site's address, for canonical URLs, the feed and the sitemap: SITE_URL, or the local preview. */
export const siteUrl = (env: Record<string, string | undefined> = process.env) => env.SITE_URL || DEFAULT_SITE_URL;

/** The name under the installed app's icon: home screens cut a label past about twelve characters. */
export const SITE_SHORT_NAME = 'Strikes';

/** One sentence on the site as a whole, for the installed app and search engines. */
export const SITE_DESCRIPTION =
  'A sourced news explainer of the US strikes on boats in the Caribbean and eastern Pacific and the Trump–Maduro phone call of November 2025, built from the news articles of outlets with very different positions.';

/** The site's language (BCP 47): its pages, its app and its structured data. */
export const SITE_LANGUAGE = 'en';

/** The licence of our data: the selection and arrangement of the rows (the outlets' words stay theirs). */
export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
