import { describe, expect, test } from 'vitest';
import { correctionsAddress } from '../src/site';

describe('the address for corrections (CORRECTIONS_URL)', () => {
  test('a web address or an e-mail address, as given; none where it is unset or empty', () => {
    expect(correctionsAddress({ CORRECTIONS_URL: 'https://github.com/owner/strikes/issues/new' })).toBe('https://github.com/owner/strikes/issues/new');
    expect(correctionsAddress({ CORRECTIONS_URL: ' mailto:corrections@example.org ' })).toBe('mailto:corrections@example.org');
    expect(correctionsAddress({})).toBeUndefined();
    expect(correctionsAddress({ CORRECTIONS_URL: '' })).toBeUndefined();
  });

  test('anything else stops the build, naming the variable and what it takes', () => {
    for (const value of ['corrections@example.org', 'javascript:alert(1)', 'https://', 'mailto:nobody', 'www.example.org/errors'])
      expect(() => correctionsAddress({ CORRECTIONS_URL: value }), value).toThrow(
        `CORRECTIONS_URL must be a web address (https://…) or an e-mail address (mailto:name@example.org): ${value}`,
      );
  });
});
