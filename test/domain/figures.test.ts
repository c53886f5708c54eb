import { describe, expect, test } from 'vitest';
import { formatFigure, metricHeading } from '../../src/domain/figures';
import { metricNames } from '../../src/schemas/metrics';
import { editionOf } from '../../src/i18n/words';

const spanish = editionOf('es');

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

  test.each([
    [{ value: 83, qualifier: 'at least' }, 'killed', 'al menos 83'],
    [{ value: 5, max: 8, qualifier: 'exact' }, 'cocaine_transit_share_pct', '5–8\u00a0%'],
    [{ value: 50_000_000, qualifier: 'exact' }, 'bounty_usd', '50 millones de dólares'],
    [{ value: 1_000_000, qualifier: 'exact' }, 'bounty_usd', '1 millón de dólares'],
    [{ value: 1_500_000, max: 2_000_000, qualifier: 'exact' }, 'bounty_usd', '1,5–2 millones de dólares'],
    [{ value: 25_000, qualifier: 'exact' }, 'bounty_usd', '25.000 dólares'],
    [{ value: 900_000, max: 1_500_000, qualifier: 'exact' }, 'bounty_usd', '0,9–1,5 millones de dólares'],
    [{ value: 1_234_567, qualifier: 'exact' }, 'bounty_usd', '1.234.567 dólares'],
    [{ value: 15_000, qualifier: 'more than' }, 'troops', 'más de 15.000'],
    [{ value: 1_000, qualifier: 'about' }, undefined, 'unos 1.000'],
  ] as const)('in Spanish, %j (%s) reads "%s": its words and numbers as Spanish writes them', (figure, metric, words) => {
    expect(formatFigure(figure, metric, spanish)).toBe(words);
  });

  test('every metric has a Spanish heading, its unit added only where the label lacks it', () => {
    expect(metricHeading('bounty_usd', spanish)).toBe('Recompensa de EE. UU. por Maduro (dólares estadounidenses)');
    expect(metricHeading('killed', spanish)).toBe('Personas muertas');
    expect(metricHeading('days_without_strike', spanish)).toBe('Días sin un ataque informado');
    for (const metric of metricNames) expect(metricHeading(metric, spanish)).not.toBe(metricHeading(metric));
  });
});
