import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { ALIASES_FILE, readAliases, unprintedNames } from '../../src/checks/aliasCheck';
import { formatProblem } from '../../src/checks/problems';
import { nameKey } from '../../src/format/words';

const aliases = (yaml: string) => readAliases(ALIASES_FILE, yaml);

describe('readAliases(file, text): content/search/aliases.yml', () => {
  test('reads the committed groups: organisations, outlets, people and places, English and Spanish forms', async () => {
    const { problems, groups } = aliases(await readFile(ALIASES_FILE, 'utf8'));
    expect(problems).toEqual([]);
    const names = groups!.map((g) => g.names);
    expect(names).toContainEqual(['Cartel of the Suns', 'Cartel de los Soles']);
    expect(names).toContainEqual(['Associated Press', 'AP']);
    expect(names).toContainEqual(['Mexican Navy', 'SEMAR']);
    // Each name's line, for warnings found after the build.
    const lines = (await readFile(ALIASES_FILE, 'utf8')).split('\n');
    for (const group of groups!) group.names.forEach((name, j) => expect(lines[group.lines[j]! - 1]).toContain(name));
  });

  test.each([
    ['an empty group', '- names: [A, B]\n- names: []\n  note: x\n', 'content/search/aliases.yml:2 [1].names: an empty group is no group: list two or more names for one thing, or remove the entry'],
    ['a group of one name', '- names:\n    - Suns\n', 'content/search/aliases.yml:1 [0].names: one name is no group: list two or more names for one thing, or remove the entry'],
    [
      'a name in two groups (case and accents aside)',
      '# People\n- names: [Nicolás Maduro, Maduro]\n- names: [AP, Associated Press]\n- names:\n    - President\n    - nicolas maduro\n',
      'content/search/aliases.yml:6 [2].names[1]: "nicolas maduro" is already in group 1 (Nicolás Maduro): a name belongs to one group; keep it once',
    ],
    ['a name twice in its group', '- names: [NYT, New York Times, "NYT."]\n', 'content/search/aliases.yml:1 [0].names[2]: "NYT." is already earlier in this group: a name belongs to one group; keep it once'],
    ['a name with no letter', '- names: [AP, "--"]\n', 'content/search/aliases.yml:1 [0].names[1]: expected a name with a letter or a digit in it'],
    ['a field the file does not have', '- names: [A, B]\n  kind: person\n', 'content/search/aliases.yml:2 [0].kind: unknown field: check its spelling, or remove it'],
    ['a map where a list belongs', 'names: [A, B]\n', 'content/search/aliases.yml:1 yaml: expected a list of groups, each "- names: [...]"'],
    ['YAML that does not parse', '- names: [A, B\n', /^content\/search\/aliases\.yml:\d yaml: not valid YAML/],
  ])('stops on %s, at its line', (_, yaml, line) => {
    const { problems, groups } = aliases(yaml);
    expect(groups).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([typeof line === 'string' ? line : expect.stringMatching(line)]);
  });
});

describe('unprintedNames(file, groups, texts)', () => {
  const { groups } = aliases('- names: [Cartel of the Suns, Cartel de los Soles]\n  note: both\n- names:\n    - Defense Secretary\n    - Secretary of War\n');

  test('warns of each name that no page prints, at its line, naming its group', () => {
    const texts = ['The so-called “Cartel of the Suns,” he said.', 'the “Cartel de los Soles” as a terrorist group; Defense Secretary Pete Hegseth'];
    expect(unprintedNames(ALIASES_FILE, groups!, texts).map(formatProblem)).toEqual([
      'content/search/aliases.yml:5 [1].names[1]: "Secretary of War" (a name for Defense Secretary) is printed on no page that search indexes: check its spelling, or remove it until a page prints it',
    ]);
  });

  test('finds a name as words in a row, whatever their case, accents and punctuation; not split by other words', () => {
    expect(unprintedNames(ALIASES_FILE, groups!, ['SECRETARY OF WAR; cartel of the suns, cartel de los "soles" defense secretary'])).toEqual([]);
    expect(unprintedNames(ALIASES_FILE, groups!, ['Secretary of the War, cartel of the suns cartel de los soles defense secretary'])).toHaveLength(1);
  });
});

describe('nameKey(name)', () => {
  test('is a name as search compares it', () => {
    expect(nameKey('  Cartel de los  “Soles” ')).toBe('cartel de los soles');
    expect(nameKey('Nicolás Maduro’s')).toBe('nicolas maduro');
  });
});
