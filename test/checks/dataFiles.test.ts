import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { CHART_SETTINGS_FILE, CSV_FILES, idsOf, readChartSettings, readCsv } from '../../src/checks/dataFiles';
import { formatProblem } from '../../src/checks/problems';
import { parseDay } from '../../src/format/dates';

const settings = (yaml: string) => readChartSettings(CHART_SETTINGS_FILE, yaml);

describe('readChartSettings(file, text): content/data/charts.yml', () => {
  test('reads the committed settings', async () => {
    const { problems, data } = settings(await readFile(CHART_SETTINGS_FILE, 'utf8'));
    expect(problems).toEqual([]);
    expect(data).toEqual({ checkpoint: parseDay('2025-11-15'), regions: { Caribbean: 'the Caribbean', 'Eastern Pacific': 'the eastern Pacific' } });
  });

  test.each([
    ['a day that is not a day', 'checkpoint: 2025-11-31\nregions: { Caribbean: a, Eastern Pacific: b }\n', 'content/data/charts.yml:1 checkpoint: expected a real date written as YYYY-MM-DD'],
    ['a day to come (a typo in the year)', 'checkpoint: 2099-11-15\nregions: { Caribbean: a, Eastern Pacific: b }\n', 'content/data/charts.yml:1 checkpoint: expected a day that has come: this one is after today (a typo in the year?)'],
    ['a region left out', '# note\ncheckpoint: 2025-11-15\nregions:\n  Caribbean: the Caribbean\n', 'content/data/charts.yml:3 regions.Eastern Pacific: missing; expected how a sentence names the region, like "the eastern Pacific"'],
    ['a region strikes.csv does not have', 'checkpoint: 2025-11-15\nregions:\n  Caribbean: a\n  Eastern Pacific: b\n  Atlantic: c\n', 'content/data/charts.yml:5 regions.Atlantic: expected the regions of strikes.csv, each once: Caribbean, Eastern Pacific'],
    ['a setting no chart reads', 'checkpoint: 2025-11-15\nregions: { Caribbean: a, Eastern Pacific: b }\ncolour: red\n', 'content/data/charts.yml:3 colour: unknown field: check its spelling, or remove it'],
    ['YAML that does not parse', 'checkpoint: [2025\n', /^content\/data\/charts\.yml:\d yaml: not valid YAML/],
  ])('names %s at its line', (_, yaml, line) => {
    const { problems } = settings(yaml);
    expect(problems.map(formatProblem)).toEqual([typeof line === 'string' ? line : expect.stringMatching(line)]);
  });
});

describe('CSV_FILES', () => {
  test('name each data file once, for the loaders and for npm run check', () => {
    expect(Object.values(CSV_FILES).map((f) => f.file)).toEqual([
      'content/data/strikes.csv',
      'content/data/regions.csv',
      'content/data/places.csv',
      'content/data/reported-totals.csv',
      'content/data/events.csv',
      'content/data/outlets.csv',
    ]);
  });
});

describe('readCsv(): outlets.csv', () => {
  const problemsIn = (text: string) => readCsv(CSV_FILES.outlets, text).problems.map(formatProblem);

  test('the committed file has no problem', async () => {
    expect(problemsIn(await readFile(CSV_FILES.outlets.file, 'utf8'))).toEqual([]);
  });

  test('a site written with "www.", in capitals or as an address, and a row without a name are named at their lines', () => {
    const text = 'site,name\nairwars.org,Airwars\nwww.dawn.com,Dawn\nEFE.com,EFE\nhttps://kvia.com/,KVIA\ngcaptain.com,\n';
    const site = 'expected a site as its addresses name it, in lower case and without "www." (airwars.org)';
    expect(problemsIn(text)).toEqual([
      `content/data/outlets.csv:3 site (row 2): ${site}`,
      `content/data/outlets.csv:4 site (row 3): ${site}`,
      `content/data/outlets.csv:5 site (row 4): ${site}`,
      'content/data/outlets.csv:6 name (row 5): expected the outlet’s name',
    ]);
  });

  test('a site given twice is named at its second line', () => {
    expect(problemsIn('site,name\nairwars.org,Airwars\ndawn.com,Dawn\nairwars.org,Airwars again\n')).toEqual([
      'content/data/outlets.csv:4 site (row 3): duplicate site: the same id ("airwars.org") as row 1 (line 2)',
    ]);
  });
});

describe('readCsv(): places.csv and events.csv, whose ids are made from names', () => {
  const problemsIn = (csv: 'places' | 'keyEvents', text: string) =>
    (csv === 'places' ? readCsv(CSV_FILES.places, text) : readCsv(CSV_FILES.keyEvents, text)).problems.map(formatProblem);

  test('the committed files give each id once', async () => {
    for (const csv of ['places', 'keyEvents'] as const) expect(problemsIn(csv, await readFile(CSV_FILES[csv].file, 'utf8'))).toEqual([]);
  });

  test('a place named twice, in any case or accents, is named at its line, not dropped', () => {
    const text = 'name,kind,lat,lon\nPanama,country,9,-80\nCuba,country,21.9,-79.3\nPANAMÁ,country,8.5,-80.5\n?,place,10,-70\n';
    expect(problemsIn('places', text)).toEqual([
      'content/data/places.csv:4 name (row 3): duplicate place: the same id ("panama") as row 1 (line 2)',
      "content/data/places.csv:5 name (row 4): expected some letters or digits: a place's id is made of them",
    ]);
  });

  test('an event given twice on one day is named at its line; the same label on another day is another event', () => {
    const text = 'date,end,end_strike,label,source,p,url,outlet,note,chart\n2025-09-02,,,First strike,,,https://example.com/a,A,,yes\n2025-09-03,,,First strike,,,https://example.com/b,B,,yes\n2025-09-02,,,First  strike!,,,https://example.com/c,C,,yes\n';
    expect(problemsIn('keyEvents', text)).toEqual([
      'content/data/events.csv:4 label (row 3): duplicate event on this day: the same id ("2025-09-02-first-strike") as row 1 (line 2)',
    ]);
  });
});

describe('idsOf(text, idOf): the ids a CSV file holds, however its rows read', () => {
  test('each row’s id cell, a row with a bad cell’s too; or what idOf makes of its cells', () => {
    expect(idsOf('id,killed\n1,3\n2,three\n4a,\n')).toEqual(new Set(['1', '2', '4a']));
    expect(idsOf('as_of,outlet\n2025-10-09,UPI\n', (row) => `${row.as_of}-${row.outlet}`)).toEqual(new Set(['2025-10-09-UPI']));
  });

  test('none where they cannot all be read: no id column, an empty id, a quote never closed, a file not read', () => {
    expect(idsOf('idd,killed\n1,3\n')).toBeUndefined();
    expect(idsOf('id,killed\n1,3\n,4\n')).toBeUndefined();
    expect(idsOf('id,notes\n1,"never closed\n2,x\n')).toBeUndefined();
    expect(idsOf(undefined)).toBeUndefined();
  });
});

