import { DEFAULT_LOCALE, perLocale } from './locale';
import { capitalise } from './words';

// Grouped from four digits in every locale: "1,000", and "1.000" in Spanish, where Intl's default would write "1000".
const integer = perLocale((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: 'always' }));
const pluralRules = perLocale((locale) => new Intl.PluralRules(locale));
const conjunction = perLocale((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

/** "15,000"; "15.000" in Spanish */
export const formatNumber = (n: number, locale = DEFAULT_LOCALE) => integer(locale).format(n);

/**
 * A count with the words that agree with it: plural(1, 'strike') is "1 strike", plural(2, 'strike') "2
 * strikes", plural(2, 'differs', 'differ') "2 differ". The words may be a phrase: "claimed strike is".
 */
export const plural = (n: number, one: string, other = `${one}s`, locale = DEFAULT_LOCALE) =>
  `${formatNumber(n, locale)} ${pluralRules(locale).select(n) === 'one' ? one : other}`;

const SMALL = {
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  es: ['', '', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
};
const NONE = { un: 'ningún', uno: 'ninguno', una: 'ninguna' };

/**
 * A count that opens a sentence, in words up to ten and with a capital, as style guides in both languages
 * ask: "Two differ", "One claimed strike is"; "Dos difieren", "Un supuesto ataque". `oneAs` is how 1 (and 0)
 * agree in Spanish with what follows: "un" before a noun, "uno" or "una" standing alone.
 */
export function openingCount(n: number, one: string, other = `${one}s`, locale = DEFAULT_LOCALE, oneAs: keyof typeof NONE = 'un'): string {
  const spanish = locale.startsWith('es');
  const word = n > 10 ? formatNumber(n, locale) : spanish ? (n === 0 ? NONE[oneAs] : n === 1 ? oneAs : SMALL.es[n]!) : SMALL.en[n]!;
  // Spanish says "ningún ataque", singular, where English says "no strikes".
  const singular = spanish ? n <= 1 : pluralRules(locale).select(n) === 'one';
  return `${capitalise(word)} ${singular ? one : other}`;
}

/** "A, B and C": a list as a sentence writes it. */
export const formatList = (items: readonly string[], locale = DEFAULT_LOCALE) => conjunction(locale).format(items);

const hundredths = perLocale((locale) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const hemisphere = (value: number, locale: string, positive: string, negative: string) =>
  `${hundredths(locale).format(Math.abs(value))}° ${value < 0 ? negative : positive}`;

/** The letters of the compass points in a language: Spanish writes west "O". */
export interface Compass {
  N: string;
  S: string;
  E: string;
  W: string;
}

const COMPASS: Compass = { N: 'N', S: 'S', E: 'E', W: 'W' };

/** "16.25° N, 71.52° W" ("16,25° N, 71,52° O" in Spanish): a point given as [longitude, latitude], by its hemispheres rather than signs. */
export const formatPoint = ([lon, lat]: readonly [number, number], locale = DEFAULT_LOCALE, { N, S, E, W }: Compass = COMPASS) =>
  `${hemisphere(lat, locale, N, S)}, ${hemisphere(lon, locale, E, W)}`;
