/**
 * The locale the site is written in. Every formatter in src/format/ takes a locale, this one unless
 * told otherwise, so that another edition needs new words, not new code.
 */
export const DEFAULT_LOCALE = 'en-GB';

/** One Intl object per locale, made the first time a locale asks for it. */
export function perLocale<T>(make: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => {
    if (!made.has(locale)) made.set(locale, make(locale));
    return made.get(locale)!;
  };
}
