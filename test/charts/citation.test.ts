import { describe, expect, test } from 'vitest';
import { chartCitation } from '../../src/charts/citation';

describe('chartCitation', () => {
  test('names the chart, the site, its address and the day of its newest data', () => {
    expect(chartCitation({ caption: 'Each strike', site: 'Strikes at Sea', url: 'https://example.org/charts/each-strike/', asOf: new Date('2025-12-31T00:00:00Z') })).toBe(
      '“Each strike”. Strikes at Sea. https://example.org/charts/each-strike/ (data as of 31 December 2025).',
    );
  });
});
