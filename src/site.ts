/** The site's name, as the English edition's header and titles show it (each edition's is in src/i18n/). */
export const SITE_NAME = 'Strikes at Sea';

/**
 * Who writes the explainer: the site's editorial team, named as its author in bylines, page metadata and
 * the feed, with a page saying who we are, how we work and how we correct mistakes.
 */
export const EDITORIAL_TEAM = { name: `${SITE_NAME} editorial team`, href: '/about/' } as const;

/** The main navigation, in order, by the English page's path; each edition names them (src/i18n/) and has them under its own path. */
export const NAV = ['/', '/strikes/', '/timeline/', '/sources/', '/ledger/', '/data/'] as const;

/** The pages of the navigation that only the English edition has so far: another edition links to the English page, and says so. */
export const ENGLISH_ONLY_NAV: readonly string[] = [];

/** Where the site is served when SITE_URL does not say: `npm start`'s address. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321/';

/**
 * The site's address, for canonical URLs, the feed, the sitemap and the cards other sites show: SITE_URL; on
 * Netlify without it, the site's main address, which Netlify gives every build (`URL`: its own domain once it
 * has one; a deploy preview's build gets it too, its own address being DEPLOY_PRIME_URL); else the local preview's.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  if (env.SITE_URL) return env.SITE_URL;
  if (env.NETLIFY === 'true' && env.URL && WEB_ADDRESS.test(env.URL)) return env.URL.endsWith('/') ? env.URL : `${env.URL}/`;
  return DEFAULT_SITE_URL;
}

/**
 * Why a build cannot know the site's address, if it cannot: on Cloudflare Pages (CF_PAGES) without SITE_URL.
 * The only address it gives is the deployment's own (CF_PAGES_URL, a new one each build), so the pages would
 * name the local preview's, and a link shared from them would show no card.
 */
export const siteUrlProblem = (env: Record<string, string | undefined> = process.env): string | undefined =>
  env.CF_PAGES && !env.SITE_URL ? 'SITE_URL is not set: on Cloudflare Pages, set it to the site’s address (like https://example.org/) in the project’s variables' : undefined;

/** A web address written out in full (https://example.org/…), with no user name or password before its host: what `npm run new-source -- --url` and CORRECTIONS_URL take. */
export const WEB_ADDRESS = /^https?:\/\/[^\s/@]+\.[^\s]+$/;

/**
 * Where readers tell us of a mistake: CORRECTIONS_URL, a web address (a form, an issue tracker) or an e-mail
 * address (mailto:). The About page gives it at the end of its "Corrections"; unset, it gives none. Anything
 * else stops the build as that page is written, naming the variable.
 */
export function correctionsAddress(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env.CORRECTIONS_URL?.trim();
  if (!value) return undefined;
  if (!WEB_ADDRESS.test(value) && !/^mailto:[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(value))
    throw new Error(`CORRECTIONS_URL must be a web address (https://…) or an e-mail address (mailto:name@example.org): ${value}`);
  return value;
}

/** The name under the installed app's icon: home screens cut a label past about twelve characters. */
export const SITE_SHORT_NAME = 'Strikes';

/** One sentence on the site as a whole, for the installed app and search engines. */
export const SITE_DESCRIPTION =
  'A sourced news explainer of the US strikes on boats in the Caribbean and eastern Pacific and the Trump–Maduro phone call of November 2025, built from the news articles of outlets with very different positions.';

/** The site's language (BCP 47): its pages, its app and its structured data. */
export const SITE_LANGUAGE = 'en';

/**
 * The licence of our data and of the charts drawn from it: the selection and arrangement of the rows, and the
 * drawings (the outlets' words stay theirs). Named on the data page, on each chart's page, in its embed and in
 * its downloads.
 */
export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
/**
 * The site's editions. English is at the root of the site; every other edition is under its own code
 * (`/es/`). A source stays in the language it was published in: only our words have editions.
 */
export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];

/** The edition at the root of the site, and the one every other translates. */
export const defaultLocale: Locale = 'en';

/** What each edition is called and how each standard names it. */
export const editions: Record<
  Locale,
  {
    /** Its name, in its own language, for the language switch. */
    name: string;
    /** The `lang` of its pages and of the feed (BCP 47). */
    lang: string;
    /** The locale its dates and numbers are written in, through Intl. */
    intl: string;
    /** Open Graph's name for it (language_TERRITORY). */
    og: string;
  }
> = {
  en: { name: 'English', lang: 'en', intl: 'en-GB', og: 'en_GB' },
  // Neutral Latin-American Spanish; numbers as most of the region writes them ("1.000"), which 'es' gives.
  es: { name: 'Español', lang: 'es', intl: 'es', og: 'es_LA' },
};

export const isLocale = (value: string | undefined): value is Locale => locales.includes(value as Locale);

/** A page's edition: Astro's, from its i18n routing (Astro.currentLocale), else its path's. */
export const pageLocale = ({ currentLocale, url }: { currentLocale?: string | undefined; url: URL }): Locale =>
  isLocale(currentLocale) ? currentLocale : localeOfPath(url.pathname);

/** The `lang` of English words (a source's, the data's) on an edition's page: none on an English page. */
export const englishIn = (locale: Locale): string | undefined => (locale === defaultLocale ? undefined : defaultLocale);

/** Each column's `lang` on an edition's page: English for the columns `english` names (an outlet's name), by index. */
export const columnLangs = (columns: readonly unknown[], english: readonly number[] | undefined, locale: Locale) =>
  columns.map((_, c) => (english?.includes(c) ? englishIn(locale) : undefined));

/** Where an edition's pages start: "" for English, "/es" for Spanish. */
export const prefixOf = (locale: Locale) => (locale === defaultLocale ? '' : `/${locale}`);

/** The edition a path on the site belongs to: "/es/ledger/" is Spanish, anything else English. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isLocale(first) && first !== defaultLocale ? first : defaultLocale;
}

/** The hreflang of a link from a page in `locale` to a page of ours in another edition ("/sources/x/" from a Spanish page: "en"); undefined within the edition, or to another site. */
export const hreflangFrom = (locale: Locale, href: string) =>
  href.startsWith('/') && !href.startsWith('//') && localeOfPath(href) !== locale ? localeOfPath(href) : undefined;

/** A path of the English site in an edition: pathIn('es', '/ledger/') is "/es/ledger/"; pathIn('en', …) leaves it. */
export const pathIn = (locale: Locale, path: string) => `${prefixOf(locale)}${path}`;

/** The English path of a page of any edition: "/es/ledger/" → "/ledger/". */
export function basePath(pathname: string): string {
  const locale = localeOfPath(pathname);
  return locale === defaultLocale ? pathname : pathname.slice(prefixOf(locale).length) || '/';
}

/** The params of a route that has a page in every edition (`src/pages/[...lang]/…`): no prefix for English, `es` for Spanish. */
export const editionParams = (editionsWithPage: readonly Locale[] = locales) =>
  editionsWithPage.map((locale) => ({ params: { lang: locale === defaultLocale ? undefined : locale }, props: { locale } }));

/** True where an edition's navigation leads to a page only the English edition has. */
export const navInEnglish = (locale: Locale, href: string) => locale !== defaultLocale && ENGLISH_ONLY_NAV.includes(href);

/** Where an edition's navigation leads for a page of NAV: its own page, or the English one where it has none. */
export const navHref = (locale: Locale, href: string) => (navInEnglish(locale, href) ? href : pathIn(locale, href));
