import { describe, expect, test } from 'vitest';
import { regionCode, regionName } from '../../src/format/countries';

describe('regionCode(name) and regionName(code, locale): a country named in each edition’s language', () => {
  test('finds the code of a country by its English name as Intl gives it, and names it in Spanish', () => {
    expect(['Türkiye', 'India', 'Venezuela', 'United States'].map((name) => regionName(regionCode(name)!, 'es'))).toEqual(['Turquía', 'India', 'Venezuela', 'Estados Unidos']);
  });

  test('takes the code in use, never one withdrawn that Intl still names (Germany is DE, not DD)', () => {
    expect(['Germany', 'Vietnam', 'Yemen', 'Serbia'].map(regionCode)).toEqual(['DE', 'VN', 'YE', 'RS']);
  });

  test('finds nothing for a name Intl does not give, nor names a code it does not know: the page keeps the name as written', () => {
    expect(['Turkey', 'UK', 'Narnia'].map(regionCode)).toEqual([undefined, undefined, undefined]);
    expect(regionName('QQ', 'es')).toBe('');
  });
});
