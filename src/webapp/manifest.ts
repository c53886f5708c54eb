import { wordsFor } from '../i18n/words';
import { defaultLocale, editions, type Locale, pathIn } from '../site';
import { APP_ICONS, type AppIcon, iconHref } from './icons';

/** The page's background in each colour scheme, as src/styles/global.css sets --bg: the app's bars and splash screen match it. */
export const COLOURS = {
  light: { theme: '#fdfcfa', background: '#fdfcfa' },
  dark: { theme: '#161513', background: '#161513' },
} as const;

/** The address of an edition's manifest, which each of its pages links to: "/manifest.webmanifest", "/es/manifest.webmanifest". */
export const manifestPath = (locale: Locale = defaultLocale) => pathIn(locale, '/manifest.webmanifest');

/** The English edition's manifest, which its pages and every source's page link to. */
export const MANIFEST_PATH = manifestPath();

/** A manifest icon: https://www.w3.org/TR/appmanifest/#icons-member */
interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose: AppIcon['purpose'];
}

/** The members of the web app manifest this site sets (W3C Web Application Manifest). */
export interface WebAppManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  start_url: string;
  scope: string;
  display: 'standalone';
  categories: string[];
  theme_color: string;
  background_color: string;
  /** The colours in a dark colour scheme (w3c/manifest#1207). */
  color_scheme_dark: { theme_color: string; background_color: string };
  icons: ManifestIcon[];
  shortcuts: { name: string; short_name: string; description: string; url: string }[];
}

const manifestIcon = (icon: AppIcon): ManifestIcon => ({ src: iconHref(icon), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose });

/**
 * An edition's web app manifest: what a browser needs to install the site (name, start and scope, icons, the
 * colours of each scheme) and the shortcuts a long press on its icon offers, to search and to the data. Each
 * edition's app is an app of its own (its `id`), in its language, starting at its home page; both reach the
 * whole site, as their pages' links do.
 */
export function webManifest(locale: Locale = defaultLocale): WebAppManifest {
  const { name, description, app } = wordsFor(locale).site;
  const shortcut = (key: keyof typeof app.shortcuts, path: string) => {
    const { name, shortName, description } = app.shortcuts[key];
    return { name, short_name: shortName, description, url: pathIn(locale, path) };
  };
  return {
    id: pathIn(locale, '/'),
    name,
    short_name: app.shortName,
    description,
    lang: editions[locale].lang,
    dir: 'ltr',
    start_url: pathIn(locale, '/'),
    scope: '/',
    display: 'standalone',
    categories: ['news'],
    theme_color: COLOURS.light.theme,
    background_color: COLOURS.light.background,
    color_scheme_dark: { theme_color: COLOURS.dark.theme, background_color: COLOURS.dark.background },
    icons: APP_ICONS.map(manifestIcon),
    shortcuts: [shortcut('search', '/search/'), shortcut('data', '/data/')],
  };
}
