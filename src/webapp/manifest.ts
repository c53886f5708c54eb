import { SITE_DESCRIPTION, SITE_LANGUAGE, SITE_NAME, SITE_SHORT_NAME } from '../site';
import { APP_ICONS, type AppIcon, iconHref } from './icons';

/** The page's background in each colour scheme, as src/styles/global.css sets --bg: the app's bars and splash screen match it. */
export const COLOURS = {
  light: { theme: '#fdfcfa', background: '#fdfcfa' },
  dark: { theme: '#161513', background: '#161513' },
} as const;

/** The address of the manifest, which every page links to. */
export const MANIFEST_PATH = '/manifest.webmanifest';

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
 * The web app manifest: what a browser needs to install the site (name, start and scope, icons, the
 * colours of each scheme) and the shortcuts a long press on its icon offers, to search and to the data.
 */
export function webManifest(): WebAppManifest {
  return {
    id: '/',
    name: SITE_NAME,
    short_name: SITE_SHORT_NAME,
    description: SITE_DESCRIPTION,
    lang: SITE_LANGUAGE,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    categories: ['news'],
    theme_color: COLOURS.light.theme,
    background_color: COLOURS.light.background,
    color_scheme_dark: { theme_color: COLOURS.dark.theme, background_color: COLOURS.dark.background },
    icons: APP_ICONS.map(manifestIcon),
    shortcuts: [
      { name: 'Search every source', short_name: 'Search', description: 'Search the sources, word for word, and the explainer.', url: '/search/' },
      { name: 'The data', short_name: 'Data', description: 'Every strike event and reported total, with their sources, to download.', url: '/data/' },
    ],
  };
}
