import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { CHART_SETTINGS_FILE, CSV_FILES, readChartSettings, readCsv } from '../../src/checks/dataFiles';
import { GLOSSARY_FILES, glossaryProblems, readGlossary, wordsToTranslate } from '../../src/checks/glossaryCheck';
import { formatProblem } from '../../src/checks/problems';

const file = GLOSSARY_FILES.es!;
const glossaryText = await readFile(file, 'utf8');
const strikes = readCsv(CSV_FILES.strikes, await readFile(CSV_FILES.strikes.file, 'utf8')).rows;
const events = readCsv(CSV_FILES.keyEvents, await readFile(CSV_FILES.keyEvents.file, 'utf8')).rows;
const places = readCsv(CSV_FILES.places, await readFile(CSV_FILES.places.file, 'utf8')).rows;
const settingsText = await readFile(CHART_SETTINGS_FILE, 'utf8');
const settings = { data: readChartSettings(CHART_SETTINGS_FILE, settingsText).data, text: settingsText };

describe('the Spanish glossary of the data’s English words', () => {
  test('translates every word of the data the Spanish pages show', () => {
    const { data, problems } = readGlossary(file, glossaryText);
    expect(problems).toEqual([]);
    expect(glossaryProblems(file, data!, wordsToTranslate(strikes, events, settings, places))).toEqual([]);
  });

  test('a word it lacks is named where the data writes it, with the line to add', () => {
    const label = events[1]!;
    const without = readGlossary(file, glossaryText.replace(/^No strike reported: .*\n/m, '')).data!;
    expect(glossaryProblems(file, without, wordsToTranslate(strikes, events, settings)).map(formatProblem)).toEqual([
      `content/data/events.csv:${label.line} label (row 2): "No strike reported" has no translation in ${file}: add a line \`No strike reported: …\` with the words its pages should show`,
    ]);
  });

  test('a name the map prints is named at its row of places.csv', () => {
    const sea = places.find((r) => r.data.name === 'Caribbean Sea')!;
    const without = readGlossary(file, glossaryText.replace(/^Caribbean Sea: .*\n/m, '')).data!;
    expect(glossaryProblems(file, without, wordsToTranslate(strikes, events, settings, places)).map(formatProblem)).toEqual([
      `content/data/places.csv:${sea.line} name (row ${sea.row}): "Caribbean Sea" has no translation in ${file}: add a line \`Caribbean Sea: …\` with the words its pages should show`,
    ]);
  });

  test('a word with YAML’s own marks is given quoted; a region sentence name is named in charts.yml', () => {
    const without = readGlossary(file, glossaryText.replace(/^"Call, dated by Indian Witness": .*\n/m, '').replace(/^the eastern Pacific: .*\n/m, '')).data!;
    const problems = glossaryProblems(file, without, wordsToTranslate(strikes, events, settings)).map(formatProblem);
    expect(problems).toContainEqual(expect.stringMatching(/^content\/data\/charts\.yml:\d+ regions\.Eastern Pacific: "the eastern Pacific" has no translation/));
    expect(problems).toContainEqual(expect.stringContaining('add a line `"Call, dated by Indian Witness": …`'));
  });

  test.each([
    ['an empty translation', 'Caribbean: ""\n', /^content\/data\/glossary\.es\.yml:1 Caribbean: expected the word in this language$/],
    ['a translation that is not text', 'Caribbean: [Caribe]\n', /^content\/data\/glossary\.es\.yml:1 Caribbean: expected the word in this language, as text$/],
    ['YAML that does not parse', 'Caribbean: [Caribe\n', /^content\/data\/glossary\.es\.yml:\d yaml: not valid YAML/],
    // Once, though the reader finds it at two colons, and with what to do.
    [
      'a translation with a colon and a space, unquoted',
      'Caribbean: Caribe\nLull: no strikes: Pausa: sin ataques\n',
      /^content\/data\/glossary\.es\.yml:2 yaml: not valid YAML: Nested mappings are not allowed in compact mappings: a value that holds a colon and a space \(": "\) must be in double quotes$/,
    ],
  ])('names %s at its line', (_, yaml, line) => {
    expect(readGlossary(file, yaml).problems.map(formatProblem)).toEqual([expect.stringMatching(line)]);
  });
});
