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

  test('never lets the year’s label, put in the place of the month before it, run into the one before that', () => {
    // The last tick near the right edge, drawn leftwards: "Jan 2027" would reach over "Nov" once "Dec" gave way.
    const x = scaleUtc([day('2025-09-01'), day('2027-01-05')], [44, 364]);
    const svg = timeAxis(x, 0, editionOf('en').words.charts);
    const boxes = [...svg.matchAll(/translate\(([\d.]+),0\)"><line y2="5"\/><text x="0" y="18" text-anchor="(\w+)">([^<]*)</g)].map((m) => {
      const [at, anchor, words] = [Number(m[1]), m[2]!, m[3]!];
      const width = words.length * 6.4;
      const start = anchor === 'start' ? at : anchor === 'end' ? at - width : at - width / 2;
      return { words, start, end: start + width };
    });
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.start, `${boxes[i - 1]!.words} / ${boxes[i]!.words}`).toBeGreaterThanOrEqual(boxes[i - 1]!.end);
  });
});
