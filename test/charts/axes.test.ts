import { scaleUtc } from 'd3';
import { describe, expect, test } from 'vitest';
import { timeAxis } from '../../src/charts/axes';
import { editionOf } from '../../src/i18n/words';

/** The month labels an axis prints, in order, with an empty string for a tick left unlabelled. */
const labels = (svg: string) => [...svg.matchAll(/<line y2="5"\/>(?:<text[^>]*>([^<]*)<\/text>)?/g)].map((m) => m[1] ?? '');

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('timeAxis(x, y, words)', () => {
  test('labels every month where the labels fit, the first and each January with its year', () => {
    const x = scaleUtc([day('2025-09-01'), day('2026-01-08')], [44, 704]);
    expect(labels(timeAxis(x, 0, editionOf('en').words.charts))).toEqual(['Sept 2025', 'Oct', 'Nov', 'Dec', 'Jan 2026']);
  });

  test('leaves a month unlabelled where its name would run into the one before: "oct." after "sept. 2025" on a phone', () => {
    const x = scaleUtc([day('2025-09-01'), day('2026-01-08')], [44, 364]);
    expect(labels(timeAxis(x, 0, editionOf('es').words.charts))).toEqual(['sept. 2025', '', 'nov.', 'dic.', 'ene. 2026']);
  });

  test('keeps the year where two labels meet: "Dec" goes, not "Jan 2026"', () => {
    // December and January 12 px apart: the year must stay.
    const x = scaleUtc([day('2025-09-01'), day('2026-01-20')], [44, 224]);
    const shown = labels(timeAxis(x, 0, editionOf('en').words.charts));
    expect(shown).toContain('Jan 2026');
    expect(shown[shown.indexOf('Jan 2026') - 1]).toBe('');
  });
});
