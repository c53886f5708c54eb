import { expect, inject, test } from 'vitest';
import { DEFAULT_BUDGET, budgetMegabytes } from '../../src/integrations/offline';

const log = inject('buildLog');

test('the build of the real content prints no warning, so that a new one is noticed', () => {
  expect(log).toContain('Complete!');
  expect(log.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line))).toEqual([]);
});

test('it says what the search index and the offline copy come to', () => {
  expect(log).toMatch(/\[strikes:pagefind\] Search index of the \d+ pages read: \d+ files, [\d.]+ kB/);
  // The budget as set, not rounded: 1.25 MB was printed "1.3 MB".
  const budget = budgetMegabytes(DEFAULT_BUDGET).replace('.', '\\.');
  expect(log).toMatch(
    new RegExp(`\\[strikes:offline\\] Offline copy: \\d+ files, [\\d.]+ MB saved after one visit \\(beyond the shell, at most ${budget} as sent\\); \\d+ more, [\\d.]+ MB, when a reader saves the whole site`),
  );
});
