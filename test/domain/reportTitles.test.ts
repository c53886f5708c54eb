import { describe, expect, test } from 'vitest';
import { headlineOf, reportTitle } from '../../src/domain/reportTitles';
import { loadData } from '../charts/data';

describe('reportTitle(cell): what a row says of its report', () => {
  test.each([
    ['Trump says U.S. strike killed 11', { text: 'Trump says U.S. strike killed 11', kind: 'headline' }],
    ['[desc] CBS/AP report on Oct 14 strike', { text: 'CBS/AP report on Oct 14 strike', kind: 'described' }],
    ['[no title in stored excerpt] Stripes report on Nov 4 strike', { text: 'Stripes report on Nov 4 strike', kind: 'described' }],
    ['[URL slug] Happy New Year', { text: 'Happy New Year', kind: 'fromAddress' }],
    ['[title not in stored excerpt; URL slug] Strikes seventh alleged drug boat', { text: 'Strikes seventh alleged drug boat', kind: 'fromAddress' }],
    [
      '[title not in stored CBS excerpt; AP headline as carried by journal-news.com] Trump says US strikes another boat',
      { text: 'Trump says US strikes another boat', kind: 'headline', readAt: 'AP headline as carried by journal-news.com', carried: { by: 'AP', site: 'journal-news.com' } },
    ],
    ['[title not in stored excerpt; headline read in a newsletter] Strikes go on', { text: 'Strikes go on', kind: 'headline', readAt: 'headline read in a newsletter' }],
    // Whose headline, only where a name says so: else the research's words are shown as they are.
    ['[original headline as carried by x.com] Strikes go on', { text: 'Strikes go on', kind: 'headline', readAt: 'original headline as carried by x.com' }],
    ['[title not in stored excerpt] A report on the strike', { text: 'A report on the strike', kind: 'described' }],
    ['[desc]', { text: '[desc]', kind: 'headline' }],
  ])('%s', (cell, title) => {
    expect(reportTitle(cell)).toEqual(title);
  });

  test('a description is no headline for linked data', () => {
    expect(headlineOf('[desc] CBS/AP report')).toBeUndefined();
    expect(headlineOf('[URL slug] Happy New Year')).toBe('Happy New Year');
  });

  test('no title in the data is left with the research\'s brackets', async () => {
    const { strikes, reports } = await loadData();
    for (const cell of [...strikes, ...reports].map((row) => row.source.title)) expect(reportTitle(cell).text, cell).not.toMatch(/^\[|\]/);
  });
});
