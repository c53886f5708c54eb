/** Each country's code (ISO 3166-1 alpha-2) by its English name as CLDR gives it ("Türkiye"), made on first use. */
let codes: Map<string, string> | undefined;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The code of a country named in English ("Türkiye" → "TR", "Venezuela" → "VE"), as Intl names regions, so
 * that an edition can name it in its own language (`regionName`); undefined for a name Intl does not give.
 */
export function regionCode(name: string): string | undefined {
  if (!codes) {
    const english = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    codes = new Map();
    for (const a of LETTERS)
      for (const b of LETTERS) {
        const named = english.of(a + b);
        if (named && !codes.has(named)) codes.set(named, a + b);
      }
  }
  return codes.get(name.trim());
}

/** A country's name in a language, by its code: "Turquía" for TR in Spanish; the code itself where Intl has no name. */
export const regionName = (code: string, locale: string) => new Intl.DisplayNames(locale, { type: 'region' }).of(code) ?? code;
