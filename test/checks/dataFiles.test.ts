import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { CHART_SETTINGS_FILE, CSV_FILES, readChartSettings } from '../../src/checks/dataFiles';
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
    ]);
  });
});
