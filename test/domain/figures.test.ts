import { describe, expect, test } from 'vitest';
import { formatFigure, metricHeading } from '../../src/domain/figures';
import { metricNames } from '../../src/schemas/metrics';

describe('metricHeading', () => {
  test('gives the unit where the label does not say it', () => {
    expect(metricHeading('bounty_usd')).toBe('US reward for Maduro (US dollars)');
    expect(metricHeading('call_minutes')).toBe('Length of the phone call (minutes)');
    expect(metricHeading('cocaine_transit_share_pct')).toBe('Share of cocaine transiting Venezuela (%)');
  });

  test('leaves it out where the label says it already', () => {
    expect(metricHeading('strikes')).toBe('Strikes');
    expect(metricHeading('killed')).toBe('People killed');
    expect(metricHeading('days_without_strike')).toBe('Days without a reported strike');
  });

  test('never adds a unit whose words the label already has', () => {
    for (const metric of metricNames) {
      const heading = metricHeading(metric);
      const unit = /\(([^)]+)\)$/.exec(heading)?.[1];
      if (unit && unit !== '%') expect(heading.slice(0, -unit.length - 3).toLowerCase().split(/\W+/)).not.toEqual(expect.arrayContaining(unit.toLowerCase().split(/\W+/)));
    }
  });
});

describe('formatFigure(figure, metric)', () => {
  test.each([
    [{ value: 83, qualifier: 'at least' }, 'killed', 'at least 83'],
    [{ value: 82, qualifier: 'exact' }, 'killed', '82'],
    [{ value: 5, max: 8, qualifier: 'exact' }, 'cocaine_transit_share_pct', '5–8%'],
    [{ value: 50_000_000, qualifier: 'exact' }, 'bounty_usd', '$50,000,000'],
    [{ value: 15_000, qualifier: 'more than' }, 'troops', 'more than 15,000'],
    [{ value: 46, qualifier: 'at least' }, undefined, 'at least 46'],
  ] as const)('%j (%s) reads "%s"', (figure, metric, words) => {
    expect(formatFigure(figure, metric)).toBe(words);
  });

  test('writes numbers as the locale does', () => {
    expect(formatFigure({ value: 15_000, qualifier: 'exact' }, 'troops', 'es')).toBe('15.000');
  });
});
