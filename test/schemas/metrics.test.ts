import { describe, expect, test } from 'vitest';
import { metricHeading, metricNames } from '../../src/schemas/metrics';

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
