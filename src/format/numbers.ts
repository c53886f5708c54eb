import { DEFAULT_LOCALE, perLocale } from './locale';

const integer = perLocale((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
const pluralRules = perLocale((locale) => new Intl.PluralRules(locale));
const conjunction = perLocale((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

/** "15,000" */
export const formatNumber = (n: number, locale = DEFAULT_LOCALE) => integer(locale).format(n);

/**
 * A count with the words that agree with it: plural(1, 'strike') is "1 strike", plural(2, 'strike') "2
 * strikes", plural(2, 'differs', 'differ') "2 differ". The words may be a phrase: "claimed strike is".
 */
export const plural = (n: number, one: string, other = `${one}s`, locale = DEFAULT_LOCALE) =>
  `${formatNumber(n, locale)} ${pluralRules(locale).select(n) === 'one' ? one : other}`;

/** "A, B and C": a list as a sentence writes it. */
export const formatList = (items: readonly string[], locale = DEFAULT_LOCALE) => conjunction(locale).format(items);

const hundredths = perLocale((locale) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const hemisphere = (value: number, locale: string, positive: string, negative: string) =>
  `${hundredths(locale).format(Math.abs(value))}° ${value < 0 ? negative : positive}`;

/** "16.25° N, 71.52° W": a point given as [longitude, latitude], by its hemispheres rather than signs. */
export const formatPoint = ([lon, lat]: readonly [number, number], locale = DEFAULT_LOCALE) =>
  `${hemisphere(lat, locale, 'N', 'S')}, ${hemisphere(lon, locale, 'E', 'W')}`;
