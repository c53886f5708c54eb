import { describe, expect, test } from 'vitest';
import { eachStrike } from '../../src/charts/eachStrike';
import { strikesOverTime } from '../../src/charts/strikesOverTime';
import { whoReported } from '../../src/charts/whoReported';
import { announcedSeries, cumulative, gaps } from '../../src/lib/strikeSeries';
import { loadData } from './data';

const { strikes, reports, events } = await loadData();
const text = { title: 'Title', desc: 'Description' };

/** Each chart at both widths the site draws, named for its snapshot file. */
const charts: Record<string, () => string> = {
  'strikesOverTime-720': () => strikesOverTime(cumulative(strikes), { id: 'sot', ...text, events, width: 720 }),
  'strikesOverTime-380': () => strikesOverTime(cumulative(strikes), { id: 'sot', ...text, events, width: 380 }),
  'eachStrike-720': () => eachStrike(strikes, { id: 'each', ...text, width: 720 }),
  'eachStrike-380': () => eachStrike(strikes, { id: 'each', ...text, width: 380 }),
  'whoReported-720': () => whoReported(announcedSeries(strikes), gaps(reports, strikes), { id: 'who', ...text, width: 720 }),
  'whoReported-380': () => whoReported(announcedSeries(strikes), gaps(reports, strikes), { id: 'who', ...text, width: 380 }),
};

describe.each(Object.entries(charts))('%s', (name, draw) => {
  const svg = draw();

  test('matches its snapshot file (test/output/<name>.svg)', async () => {
    await expect(svg).toMatchFileSnapshot(`../output/${name}.svg`);
  });

  test('is byte-identical when drawn again from the same data', () => {
    expect(draw()).toBe(svg);
  });

  test('is an image named by its title and description, sized by its viewBox alone', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ [\d.]+" class="chart" role="img" aria-labelledby="(\w+)-title \1-desc"/);
    expect(svg).not.toMatch(/<svg[^>]* (width|height)=/);
    expect(svg).toContain('<title id=');
    expect(svg).toContain('<desc id=');
  });

  test('writes no number with more than one decimal', () => {
    expect(svg.match(/\d+\.\d{2,}/g) ?? []).toEqual([]);
  });
});

describe('chart marks', () => {
  test('eachStrike draws one mark per event, the unconfirmed one dashed and empty', () => {
    const svg = charts['eachStrike-720']();
    expect(svg.match(/class="mark /g)).toHaveLength(strikes.length);
    expect(svg.match(/class="mark c-caribbean unconfirmed"/g)).toHaveLength(1);
    // 3 survivors in all, and 9 presumed dead (1 on 27 October, 8 on 30 December).
    expect(svg.match(/class="survivor"/g)).toHaveLength(3 + 1);
    expect(svg.match(/class="presumed-dead"/g)).toHaveLength(9 + 1);
  });

  test('whoReported labels the unexplained outliers: AP’s 46 and BNO’s 72', () => {
    const svg = charts['whoReported-720']();
    expect(svg).toContain('>The Independent (AP): at least 46<');
    expect(svg).toContain('>BNO News: 72<');
    expect(svg).not.toContain('>Anadolu');
  });

  test('strikesOverTime marks every key event with its label', () => {
    const svg = charts['strikesOverTime-720']();
    for (const e of events) expect(svg).toContain(`>${e.label.replace(/&/g, '&amp;')}<`);
    expect(svg).toContain('114 killed + 9 presumed dead');
  });
});
