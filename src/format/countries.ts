/** Each country's code (ISO 3166-1 alpha-2) by its English name as CLDR gives it ("Türkiye"), made on first use. */
let codes: Map<string, string> | undefined;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Whether a region code is the one in use, not one withdrawn that Intl still names ("DD" for Germany is "DE"'s old code). */
const current = (code: string) => Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;

/**
 * The code of a country named in English ("Türkiye" → "TR", "Venezuela" → "VE"), as Intl names regions, so
 * that an edition can name it in its own language (`regionName`); undefined for a name Intl does not give
 * (an older name, "Turkey"; an abbreviation, "UK"): the page then prints it as written, in English.
 */
export function regionCode(name: string): string | undefined {
  if (!codes) {
    const english = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    codes = new Map();
    for (const a of LETTERS)
      for (const b of LETTERS) {
        const named = english.of(a + b);
        if (named && current(a + b) && !codes.has(named)) codes.set(named, a + b);
      }
  }
  return codes.get(name.trim());
}

/**
 * A country's name in a language, by its code: "Turquía" for TR in Spanish. Nothing where the browser has no
 * names of regions (Intl.DisplayNames), or none for the code: the name stays as the page printed it.
 */
export function regionName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' }).of(code) ?? '';
  } catch {
    return '';
  }
}
