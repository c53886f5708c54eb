/** The site's name, as the header and titles show it. */
export const SITE_NAME = 'Strikes at Sea';

/** The main navigation, in order. */
export const NAV = [
  { href: '/', label: 'Explainer' },
  { href: '/sources/', label: 'Sources' },
  { href: '/data/', label: 'Data' },
] as const;
