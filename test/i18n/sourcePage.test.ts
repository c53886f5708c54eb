import { describe, expect, test } from 'vitest';
import { EDITION_SCRIPT, editionScriptHash } from '../../src/i18n/edition';
import { say as sayInEnglish } from '../../src/i18n/furniture';
import { furnitureWords } from '../../src/i18n/sourcePage';
import { wordsFor } from '../../src/i18n/words';
import { editions, locales } from '../../src/site';

const words = Object.fromEntries(
  locales.map((l) => [l, furnitureWords({ ...wordsFor(l), markName: wordsFor(l).charts.strikeMap.markName, intl: editions[l].intl })]),
);
const { en, es } = words as Record<'en' | 'es', ReturnType<typeof furnitureWords>>;

/** A value for each key that takes one, as a page's data-arg or datetime holds it. */
const ARGS: Record<string, string> = {
  removed: '7',
  kept: '7',
  inSingleStrike: '2025-11-15',
  inPartOfStrike: '2025-09-02',
  paragraph: '4',
  figure: JSON.stringify({ value: 50_000_000, qualifier: 'at least', unit: 'dollars' }),
  date: '2025-11-28',
  shortDate: '2025-11-28',
  citedInParagraph: '4',
  alsoCited: '2 4',
  strike: '2025-09-02',
  strikes: '2025-10-27',
  claimedStrike: '2025-10-14',
  country: 'TR',
};
const say = (table: typeof en, key: string) => table[key]!(ARGS[key] ?? '');

describe("a source page's furniture in each edition", () => {
  test('every edition has every key, each with words', () => {
    for (const locale of locales) {
      expect(Object.keys(words[locale]!).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) expect(say(words[locale]!, key).trim(), `${locale} ${key}`).not.toBe('');
    }
    // Every kind of furniture a source can drop, and every metric a claim can count.
    expect(Object.keys(en)).toEqual(expect.arrayContaining(['removed.cookie-banner', 'removed.subscribe-prompt', 'metric.killed', 'metric.bounty_usd']));
  });

  test('the Spanish words are Spanish, the same only where the languages share the word', () => {
    const same = Object.keys(en).filter((key) => say(en, key) === say(es, key));
    expect(same).toEqual(['original']);
  });

  test('a metric is named with its unit where its label does not say it, as the figure beside it is a number alone', () => {
    expect([say(en, 'metric.call_minutes'), say(en, 'metric.ultimatum_days'), say(en, 'metric.killed'), say(en, 'metric.days_without_strike')]).toEqual([
      'Length of the phone call (minutes)',
      'Reported ultimatum to leave Venezuela (days)',
      'People killed',
      'Days without a reported strike',
    ]);
    expect(say(es, 'metric.call_minutes')).toBe('Duración de la llamada telefónica (minutos)');
  });

  test('values are written as each edition writes them: dates, figures, plurals', () => {
    expect(say(en, 'date')).toBe('28 November 2025');
    expect(say(es, 'date')).toBe('28 de noviembre de 2025');
    expect(say(es, 'shortDate')).toBe('28 nov. 2025');
    expect(say(es, 'figure')).toBe('al menos 50 millones de dólares');
    // A country as each edition's language names it, by its code: its page prints the source's own name for it.
    expect([say(en, 'country'), say(es, 'country')]).toEqual(['Türkiye', 'Turquía']);
    expect(say(en, 'figure')).toBe('at least $50,000,000');
    expect(say(es, 'removed')).toBe('Lo que quitamos: 7 elementos de la página');
    expect(es.removed!('1')).toBe('Lo que quitamos: 1 elemento de la página');
    expect(es.removed!('0')).toBe('No se quitó nada de nuestra copia del texto');
    // Where nothing was removed, it does not say that page furniture was.
    expect(en.kept!('0')).toBe("The article's text is kept word for word, as we received it.");
    expect(en.kept!('7')).toBe("The article's text is kept word for word. Only page furniture was dropped, exactly as listed here.");
    expect(es.kept!('0')).toBe('El texto del artículo se conserva palabra por palabra, tal como lo recibimos.');
    expect(say(es, 'inSingleStrike')).toBe(' en el ataque del 15 de noviembre');
    expect(say(en, 'inPartOfStrike')).toBe(' (some of the toll of the strike of 2 September)');
    expect(say(es, 'inPartOfStrike')).toBe(' (parte del saldo del ataque del 2 de septiembre)');
    expect(say(es, 'paragraph')).toBe('Párrafo 4');
    // A paragraph's links back: to the explainer, and to a strike's page, named as the Spanish strike pages name it.
    expect(say(es, 'citedIn')).toBe('Citado en la explicación');
    // Each named with its paragraph, so that a list of the page's links tells them apart.
    expect(say(es, 'citedInParagraph')).toBe('Citado en la explicación: párrafo 4');
    expect(say(en, 'citedInParagraph')).toBe('Cited in the explainer: paragraph 4');
    expect(say(es, 'alsoCited')).toBe('Citado en la explicación: cita 2 del párrafo 4');
    expect(say(en, 'alsoCited')).toBe('Cited in the explainer: citation 2 of paragraph 4');
    expect(say(es, 'strike')).toBe('Ataque del 2 de septiembre de 2025');
    expect(say(es, 'strikes')).toBe('Ataques del 27 de octubre de 2025');
    expect(say(es, 'claimedStrike')).toBe('Supuesto ataque del 14 de octubre de 2025');
  });

  test('the English page is written with the English words, and an unknown key fails by name', () => {
    expect(sayInEnglish('claimsCaption')).toBe('Figures this article reports');
    expect(sayInEnglish('removed', '0')).toBe('Nothing was removed from our copy of the text');
    expect(sayInEnglish('strike', '2025-09-02')).toBe('Strike of 2 September 2025');
    expect(sayInEnglish('strikes', '2025-10-27')).toBe('Strikes of 27 October 2025');
    expect(sayInEnglish('claimedStrike', '2025-10-14')).toBe('Claimed strike of 14 October 2025');
    expect(() => sayInEnglish('nope')).toThrow('src/i18n/sourcePage.ts has no furniture word "nope"');
  });
});

describe('the edition script', () => {
  test("its hash is the one a Content-Security-Policy allows it by: SHA-256 of its text, in base64", async () => {
    const { createHash } = await import('node:crypto');
    expect(await editionScriptHash()).toBe(`sha256-${createHash('sha256').update(EDITION_SCRIPT).digest('base64')}`);
  });
});
