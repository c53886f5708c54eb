import { expect, inject, test } from 'vitest';
import { DEFAULT_BUDGET, budgetMegabytes } from '../../src/integrations/offline';
import { LOOPBACK_GUARDED, LOOPBACK_ONLY } from '../helpers/loopback.mjs';

const log = inject('buildLog');

test('the build of the real content prints no warning, so that a new one is noticed', () => {
  expect(log).toContain('Complete!');
  expect(log.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line))).toEqual([]);
});

test('a build with no SITE_URL says which address its pages name, and how to set theirs', () => {
  expect(log).toContain(
    "[strikes:host] The pages name http://127.0.0.1:4321/ as the site's address (SITE_URL is not set): their canonical links, the feed, the sitemap, the cards and the embed codes. Set SITE_URL to the address the site is served at before publishing.",
  );
});

test('it says what the search index and the offline copy come to', () => {
  expect(log).toMatch(/\[strikes:pagefind\] Search index of the \d+ pages read: \d+ files, [\d.]+ kB/);
  // The budget as set, not rounded: 1.25 MB was printed "1.3 MB".
  const budget = budgetMegabytes(DEFAULT_BUDGET).replace('.', '\\.');
  expect(log).toMatch(
    new RegExp(`\\[strikes:offline\\] Offline copy: \\d+ files, [\\d.]+ MB saved after one visit \\(beyond the shell, at most ${budget} as sent\\); \\d+ more, [\\d.]+ MB, when a reader saves the whole site`),
  );
});

test('the build asks nothing of any other host: its fetch() reaches this machine alone, and refused nothing', () => {
  expect(log).toContain('Complete!');
  expect(log).toContain(LOOPBACK_GUARDED);
  expect(log).not.toContain(LOOPBACK_ONLY);
});
