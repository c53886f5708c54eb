/** The site's name, as the header and titles show it. */
export const SITE_NAME = 'Strikes at Sea';

/** The main navigation, in order. */
export const NAV = [
  { href: '/', label: 'Explainer' },
  { href: '/sources/', label: 'Sources' },
  { href: '/ledger/', label: 'Ledger' },
  { href: '/data/', label: 'Data' },
] as const;

/** Where the site is served when SITE_URL does not say: `npm start`'s address. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321/';

/** The site's address, for canonical URLs, the feed and the sitemap: SITE_URL, or the local preview. */
export const siteUrl = (env: Record<string, string | undefined> = process.env) => env.SITE_URL || DEFAULT_SITE_URL;
