import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_URL, correctionsAddress, siteUrl, siteUrlProblem } from '../src/site';

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

describe('the site’s address', () => {
  test('SITE_URL where it is set; on Netlify without it, the site’s main address Netlify gives, as a root; else the local preview’s', () => {
    expect(siteUrl({ SITE_URL: 'https://strikes.example.org/', NETLIFY: 'true', URL: 'https://strikes.netlify.app' })).toBe('https://strikes.example.org/');
    expect(siteUrl({ NETLIFY: 'true', URL: 'https://strikes.netlify.app' })).toBe('https://strikes.netlify.app/');
    expect(siteUrl({ NETLIFY: 'true', URL: 'https://strikes.example.org/' })).toBe('https://strikes.example.org/');
    // Not Netlify's, or not an address: the local preview's.
    expect(siteUrl({ URL: 'https://strikes.netlify.app' })).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ NETLIFY: 'true', URL: 'strikes' })).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
  });

  test('a build on Cloudflare Pages without SITE_URL is told to set it, as its only address is the deployment’s own', () => {
    expect(siteUrlProblem({ CF_PAGES: '1', CF_PAGES_URL: 'https://0a1b2c3d.strikes.pages.dev' })).toBe(
      'SITE_URL is not set: on Cloudflare Pages, set it to the site’s address (like https://example.org/) in the project’s variables',
    );
    expect(siteUrlProblem({ CF_PAGES: '1', SITE_URL: 'https://strikes.example.org/' })).toBeUndefined();
    expect(siteUrlProblem({ NETLIFY: 'true', URL: 'https://strikes.netlify.app' })).toBeUndefined();
    expect(siteUrlProblem({})).toBeUndefined();
  });
});
