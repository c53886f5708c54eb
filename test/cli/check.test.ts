import { access, copyFile, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readContent } from '../../src/cli/readContent';
import { readBuiltSite } from '../../src/cli/builtSite';
import { formatProblem } from '../../src/checks/problems';
import { importSource, sourceFile } from '../../src/importer/importSource';
import { checkLinks } from '../../src/checks/linkCheck';
import { siteUrl } from '../../src/site';
import { runCli } from '../helpers/cli';
import { ROOT, buildSite, copySite, removeDir, tempDir } from '../helpers/site';

const FIXTURES = join(ROOT, 'test/fixtures/sources');

// Each bad fixture is valid.mdx with one mistake; copied in under a name that matches its date.
// [file in content/sources, from fixture, the line `npm run check` must print]
const CASES: [string, string, string][] = [
  ['missing-title-2025-11-20.mdx', 'missing-title.mdx', ':1 title: missing; expected the headline as text'],
  ['bad-date-2025-11-20.mdx', 'bad-date.mdx', ':6 published.date: expected a real date written as YYYY-MM-DD'],
  ['unknown-metric-2025-11-20.mdx', 'unknown-metric.mdx', ':10 claims[0].metric: expected one of: strikes, vessels, killed'],
  ['missing-paragraph-2025-11-20.mdx', 'missing-paragraph.mdx', ':13 claims[0].p: paragraph 9 does not exist; this source has 5 (p-1 to p-5)'],
  ['quote-not-in-paragraph-2025-11-20.mdx', 'quote-not-in-paragraph.mdx', ':14 claims[0].quote: "killed at least 4 people" is not in paragraph 2; copy the words exactly from'],
  ['bad-yaml-2025-11-20.mdx', 'bad-yaml.mdx', ':9 frontmatter: not valid YAML'],
  ['raw-brace-2025-11-20.mdx', 'raw-brace.mdx', ':26 text: curly braces are MDX code: to show "{" or "}" as text, write &#123; or &#125;'],
  ['raw-less-than-2025-11-20.mdx', 'raw-less-than.mdx', ':26 text: Unexpected character `5`'],
  ['unknown-component-2025-11-20.mdx', 'unknown-component.mdx', ':26 text: unknown component <Chart>: a source\'s text may only use <Caption>'],
  ['caption-prop-2025-11-20.mdx', 'caption-prop.mdx', ':17 text: <Caption> takes no props and must stand alone on its line'],
  ['wrong-date-2025-11-21.mdx', 'valid.mdx', ':6 published.date: is 2025-11-20 but the file name says 2025-11-21: rename the file to wrong-date-2025-11-20.mdx, or correct the date'],
  ['Valid Name.mdx', 'valid.mdx', ':1 file name: expected <outlet>-<YYYY-MM-DD>.mdx in lower case'],
  // Saved by a Windows editor: the summary's "é" is one byte, E9 (written in beforeAll).
  ['windows-2025-11-20.mdx', 'valid.mdx', ':8 encoding: not UTF-8 from this line on, so its accents would be lost'],
];

describe('npm run check: content', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempDir('check-content');
    await mkdir(join(root, 'content/sources'), { recursive: true });
    for (const [name, fixture] of CASES) await copyFile(join(FIXTURES, fixture), join(root, 'content/sources', name));
    const valid = await readFile(join(FIXTURES, 'valid.mdx'), 'utf8');
    await writeFile(join(root, 'content/sources/windows-2025-11-20.mdx'), Buffer.from(valid.replace('every check.', 'every check, café.'), 'latin1'));
    const imported = importSource('A headline\nThe first paragraph.\n', { outlet: 'Example', date: '2025-11-20' });
    await writeFile(join(root, 'content/sources/example-2025-11-20.mdx'), sourceFile(imported));
  });
  afterAll(() => removeDir(root));

  test.each(CASES)('%s: names the file, line and field, and says how to fix it', async (name, _, line) => {
    const { problems } = await readContent(root);
    const mine = problems.filter((p) => p.file === `content/sources/${name}`).map(formatProblem);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toContain(`content/sources/${name}${line}`);
  });

  test('a source still marked TODO by new-source: each field left to fill in', async () => {
    const { problems } = await readContent(root);
    expect(problems.filter((p) => p.file === 'content/sources/example-2025-11-20.mdx').map((p) => `${p.field}: ${p.message}`)).toEqual([
      'published.inferred: still to be filled in: the supplied copy prints no date: say how the date was worked out',
      'summary: still to be filled in: one sentence, ours, on what the article says',
    ]);
  });

  test('the command prints every problem at once, skips the steps that would only repeat them, and fails', async () => {
    const result = await runCli('check', [], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`content  ${CASES.length + 2} problems in content:\n`);
    for (const [name, , line] of CASES) expect(result.stdout).toContain(`  content/sources/${name}${line}`);
    expect(result.stdout).toContain('types    skipped: fix the content first\nlinks    skipped: fix the content first');
    expect(result.stdout).toContain('npm run check failed: fix each problem at the file and line it names.');
  });

  test('a strike row whose position is on land, and a source listing a strike strikes.csv lacks, are named at their lines', async () => {
    const data = await tempDir('check-data');
    await mkdir(join(data, 'content/data'), { recursive: true });
    await mkdir(join(data, 'content/sources'), { recursive: true });
    for (const file of ['regions.csv', 'places.csv', 'outlets.csv', 'glossary.es.yml']) await copyFile(join(ROOT, 'content/data', file), join(data, 'content/data', file));
    const strikes = await readFile(join(ROOT, 'content/data/strikes.csv'), 'utf8');
    // Event 3's point moved to Caracas.
    await writeFile(join(data, 'content/data/strikes.csv'), strikes.replace('Caribbean,16.25,-71.52,described', 'Caribbean,10.5,-66.9,described'));
    await copyFile(join(FIXTURES, 'unknown-strike.mdx'), join(data, 'content/sources/example-outlet-2025-11-20.mdx'));
    const { problems } = await readContent(data);
    await removeDir(data);
    expect(problems.map(formatProblem)).toEqual([
      'content/sources/example-outlet-2025-11-20.mdx:16 strikes[0].id: no strike "99" in content/data/strikes.csv: expected the id of one of its rows, like "1" or "4a"',
      expect.stringMatching(/^content\/data\/strikes\.csv:4 lat \(row 3\): lat 10\.5, lon -66\.9 is on land \(Venezuela\)/),
    ]);
  });

  test('a key event citing a source we do not have, or a paragraph its source does not have, is named at its line', async () => {
    const data = await tempDir('check-events');
    await mkdir(join(data, 'content/data'), { recursive: true });
    await mkdir(join(data, 'content/sources'), { recursive: true });
    await copyFile(join(ROOT, 'content/data/glossary.es.yml'), join(data, 'content/data/glossary.es.yml'));
    await copyFile(join(FIXTURES, 'valid.mdx'), join(data, 'content/sources/example-outlet-2025-11-20.mdx'));
    const events = ['date,end,end_strike,label,source,p,url,outlet,note,chart', '2025-09-02,,,First strike,example-outlet-2025-11-20,99,,,A note.,yes', '2025-11-15,,,No strike reported,no-such-source,1,,,A note.,no'];
    await writeFile(join(data, 'content/data/events.csv'), `${events.join('\n')}\n`);
    const { problems } = await readContent(data);
    await removeDir(data);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/data\/events\.csv:2 p \(row 1\): paragraph 99 does not exist in example-outlet-2025-11-20; it has \d+ \(p-1 to p-\d+\)$/),
      'content/data/events.csv:3 source (row 2): no source "no-such-source" in content/sources/; expected one of example-outlet-2025-11-20',
    ]);
  });

  test('a day the chart of strikes over time marks outside the chart’s dates is named at its line, the background the timeline alone lists is not', async () => {
    const data = await tempDir('check-event-days');
    await mkdir(join(data, 'content/data'), { recursive: true });
    for (const file of ['strikes.csv', 'regions.csv', 'places.csv', 'outlets.csv', 'glossary.es.yml']) await copyFile(join(ROOT, 'content/data', file), join(data, 'content/data', file));
    const events = [
      'date,end,end_strike,label,source,p,url,outlet,note,chart',
      '2015-09-02,,,First strike,,,https://bnonews.com/a,BNO News,A note.,yes',
      '2020-03-26,,,Terrorist designation reported,,,https://bnonews.com/b,BNO News,A note.,no',
    ];
    await writeFile(join(data, 'content/data/events.csv'), `${events.join('\n')}\n`);
    const { problems } = await readContent(data);
    await removeDir(data);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/data\/events\.csv:2 date \(row 1\): 2015-09-02 is outside the chart this event is marked on \(chart yes\): the chart of strikes over time runs from 2025-09-01 to 20\d\d-\d\d-\d\d/),
    ]);
  });

  test('passes content that is right', async () => {
    const good = await tempDir('check-good');
    await mkdir(join(good, 'content/sources'), { recursive: true });
    await copyFile(join(FIXTURES, 'valid.mdx'), join(good, 'content/sources/example-outlet-2025-11-20.mdx'));
    const result = await runCli('check', ['content'], good);
    await removeDir(good);
    expect(result.stdout).toBe('content  1 content file: no problems\n\nEvery check passed.\n');
    expect(result.code).toBe(0);
  });

  test('says what it does with --help, and runs nothing', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await runCli('check', [flag], root);
      expect(result.code, flag).toBe(0);
      expect(result.stdout, flag).toMatch(/^usage: npm run check \[-- <step>…\]: runs every step, or those named, in order; the steps are content, types, links\n  content /);
      expect(result.stdout, flag).not.toContain('Every check passed');
    }
  });

  test('names an unknown step', async () => {
    const result = await runCli('check', ['spelling'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('check: unknown step spelling; the steps are content, types, links\n');
  });

  test('names a step that only an object inherits (constructor, toString) as unknown', async () => {
    const result = await runCli('check', ['constructor', 'toString'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('check: unknown step constructor, toString; the steps are content, types, links\n');
  });
});

describe('npm run check: the explainer’s attribution and citation review', () => {
  let site: string;
  beforeAll(async () => {
    site = await copySite();
    const file = join(site, 'content/explainer/index.mdx');
    const mdx = (await readFile(file, 'utf8'))
      .replace('## In brief', '## In brief\n\nMaduro called it "respectful and cordial".\n\nIndian Witness calls the call brief <Cite source="indian-witness-2025-12-03" p="2" />.')
      .replace('Both can be traced to what the US announced, counted differently.', 'Both match the announcements.');
    await writeFile(file, mdx);
    await writeFile(join(site, 'content/explainer/index.review.csv'), `${await readFile(join(site, 'content/explainer/index.review.csv'), 'utf8')}strikes#18,Both can be traced to what the US announced,holds,A. Reviewer,\n`);
  });
  afterAll(() => removeDir(site));

  test('names a quotation cited nowhere, a citation without a review row and a row whose claim is gone, each at its file and line', async () => {
    const result = await runCli('check', ['content'], site);
    expect(result.code).toBe(1);
    const rows = (await readFile(join(site, 'content/explainer/index.review.csv'), 'utf8')).trimEnd().split('\n').length;
    // And the Spanish translation, which does not cite the passage the English now cites, named in both files.
    expect(result.stdout).toContain('content  4 problems in content:\n');
    const lines = (await readFile(join(site, 'content/explainer/index.mdx'), 'utf8')).split('\n');
    const lineOf = (words: string) => lines.findIndex((l) => l.includes(words)) + 1;
    expect(result.stdout).toContain(`  content/explainer/index.mdx:${lineOf('Maduro called it')} text: this sentence quotes "respectful and cordial" but cites nothing`);
    expect(result.stdout).toContain(`  content/explainer/index.mdx:${lineOf('calls the call brief')} text: <Cite> of indian-witness-2025-12-03#p-2 has no row in content/explainer/index.review.csv`);
    expect(result.stdout).toContain(`  content/explainer/index.review.csv:${rows} claim (row ${rows - 1}): no sentence that cites strikes#18 has these words`);
    expect(result.stdout).toMatch(
      new RegExp(`  content/explainer/es/index\\.mdx:\\d+ text: content/explainer/index\\.mdx:${lineOf('calls the call brief')} cites indian-witness-2025-12-03#p-2, and content/explainer/es/index\\.mdx does not, here`),
    );
  });
});

describe('a copy of the explainer, or a page renamed or removed: named once, by check and build', () => {
  let site: string;
  beforeAll(async () => {
    site = await copySite();
    // A copy saved beside the explainer (as a file manager names it), and the Spanish one renamed.
    await copyFile(join(site, 'content/explainer/index.mdx'), join(site, 'content/explainer/index copy.mdx'));
    await copyFile(join(site, 'content/explainer/es/index.mdx'), join(site, 'content/explainer/es/indice.mdx'));
    await rm(join(site, 'content/explainer/es/index.mdx'));
    await rm(join(site, 'content/pages/about.mdx'));
  });
  afterAll(() => removeDir(site));

  const lines = [
    'content/explainer/es/index.mdx:1 file: missing: the site is built from it; restore it with git checkout -- content/explainer/es/index.mdx',
    'content/pages/about.mdx:1 file: missing: the site is built from it; restore it with git checkout -- content/pages/about.mdx',
    'content/explainer/es/indice.mdx:1 file: not a page of the explainer, which is content/explainer/index.mdx and content/explainer/es/index.mdx: move this file out of content/ (a copy here is published as a page of its own)',
    'content/explainer/index copy.mdx:1 file: not a page of the explainer, which is content/explainer/index.mdx and content/explainer/es/index.mdx: move this file out of content/ (a copy here is published as a page of its own)',
  ];

  test('npm run check names each file once, and nothing of what the copies hold', async () => {
    const result = await runCli('check', ['content'], site);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('content  4 problems in content:\n');
    for (const line of lines) expect(result.stdout).toContain(`  ${line}\n`);
  });

  test('the build stops as it starts, with the same lines, and writes nothing', async () => {
    const out = join(site, 'out');
    const result = await buildSite(out, site);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`4 problems in content:\n${lines.map((line) => `  ${line}`).join('\n')}`);
    await expect(access(out)).rejects.toThrow();
  });
});

describe('npm run check: the data files', () => {
  let root: string;
  beforeAll(async () => {
    root = await tempDir('check-data');
    await mkdir(join(root, 'content/data'), { recursive: true });
    const strikes = (await readFile(join(ROOT, 'content/data/strikes.csv'), 'utf8')).split('\n');
    strikes[2] = strikes[2]!.replace(',Caribbean,', ',Atlantic,');
    await writeFile(join(root, 'content/data/strikes.csv'), strikes.join('\n'));
    await writeFile(join(root, 'content/data/charts.yml'), 'checkpoint: 2025-11-31\nregions:\n  Caribbean: the Caribbean\n');
    // The Spanish pages print the data's English words through their glossary, which is checked with the data.
    await writeFile(join(root, 'content/data/glossary.es.yml'), await readFile(join(ROOT, 'content/data/glossary.es.yml'), 'utf8'));
  });
  afterAll(() => removeDir(root));

  test('a bad row and a bad setting, each at its line', async () => {
    const { files, problems } = await readContent(root);
    expect(files).toBe(3);
    // A missing region at the regions: line, as every content file reports a missing field, at its parent's key.
    expect(problems.map(formatProblem)).toEqual([
      'content/data/strikes.csv:3 region (row 2): expected one of: Caribbean, Eastern Pacific',
      'content/data/charts.yml:1 checkpoint: expected a real date written as YYYY-MM-DD',
      'content/data/charts.yml:2 regions.Eastern Pacific: missing; expected how a sentence names the region, like "the eastern Pacific"',
    ]);
  });
});

describe('npm run check: files the build would not read as they are', () => {
  let site: string;
  beforeAll(async () => {
    site = await copySite();
    const sources = join(site, 'content/sources');
    const valid = await readFile(join(FIXTURES, 'valid.mdx'), 'utf8');
    // Emacs's lock file for a source open in it (a link to nothing), and a folder named like a source: not content.
    await symlink('editor@host.1234:1', join(sources, '.#turkiye-today-2025-12-01.mdx'));
    await mkdir(join(sources, 'drafts.mdx'));
    // A link to nothing that is named like a source is named: the build would fail on it.
    await symlink('nowhere.mdx', join(sources, 'linked-2025-11-20.mdx'));
    // A source in a folder, which the build would publish at another address.
    await mkdir(join(sources, '2025'));
    await writeFile(join(sources, '2025/in-folder-2025-11-20.mdx'), valid);
    await writeFile(join(sources, 'tagged-2025-11-20.mdx'), valid.replace('title: "A valid source"', 'title: !foo "A valid source"'));
    await writeFile(join(sources, 'script-link-2025-11-20.mdx'), valid.replace('language: en', 'url: javascript:alert(1)\nlanguage: en'));
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abc'[i]}`).join(', ')}]`)];
    await writeFile(join(sources, 'aliases-2025-11-20.mdx'), valid.replace('language: en', `${bomb.join('\n')}\nlanguage: en`));
    await rm(join(site, 'content/data/charts.yml'));
    // A source saved as Markdown, which the build would leave out without a word; an editor's backup beside it, not content.
    await writeFile(join(sources, 'notes-2025-11-20.md'), valid);
    await writeFile(join(sources, 'valid-2025-11-20.mdx~'), valid);
    // A source the explainer cites, with a mistake that keeps it from being read: its citations wait for it.
    const cited = join(sources, 'turkiye-today-2025-12-01.mdx');
    await writeFile(cited, (await readFile(cited, 'utf8')).replace('  date: 2025-12-01', '  date: 2025-12-1'));
  });
  afterAll(() => removeDir(site));

  test('names a source in a folder, a data file that is missing, a YAML tag, repeated anchors, a script for an address, a source saved as .md, and a source that cannot be read once (not again at each citation of it); leaves an editor’s lock file, backup and a folder alone', async () => {
    const { problems } = await readContent(site);
    expect(problems.map(formatProblem)).toEqual([
      'content/sources/2025/in-folder-2025-11-20.mdx:1 file: is in a folder: content/sources/ holds its files directly, so move it to content/sources/in-folder-2025-11-20.mdx',
      'content/sources/linked-2025-11-20.mdx:1 file: could not be read: it is a link to a file that is not there, or not a file',
      'content/data/charts.yml:1 file: missing: the site is built from it; restore it with git checkout -- content/data/charts.yml',
      'content/sources/aliases-2025-11-20.mdx:2 frontmatter: not valid YAML: Excessive alias count indicates a resource exhaustion attack: write each value out rather than repeating it with &anchors and *aliases',
      'content/sources/notes-2025-11-20.md:1 file name: not published: only .mdx files in this folder become pages; if it is one, rename it content/sources/notes-2025-11-20.mdx',
      'content/sources/script-link-2025-11-20.mdx:7 url: expected a full web address (https://…)',
      'content/sources/tagged-2025-11-20.mdx:2 frontmatter: not valid YAML: Unresolved tag: !foo: a value here is plain text, a number, a date, a list or fields; remove the tag',
      // Its mistake, once: not again at each of the explainers' citations of it, which wait until it is mended.
      'content/sources/turkiye-today-2025-12-01.mdx:8 published.date: expected a real date written as YYYY-MM-DD',
    ]);
  });
});

describe('npm run check: a data file that is there but cannot be read', () => {
  let site: string;
  beforeAll(async () => {
    site = await copySite();
    await rm(join(site, 'content/data/places.csv'));
    await mkdir(join(site, 'content/data/places.csv'));
  });
  afterAll(() => removeDir(site));

  test('a folder in its place is named as a folder, not as a file that is missing', async () => {
    const { problems } = await readContent(site);
    const said = problems.filter((p) => p.file === 'content/data/places.csv').map(formatProblem);
    expect(said).toEqual(['content/data/places.csv:1 file: is a folder, not a file: the site is built from a file of this name']);
  });
});

describe('npm run check: a data file with a problem', () => {
  let site: string;
  beforeAll(async () => {
    site = await copySite();
    const file = join(site, 'content/data/strikes.csv');
    const [header, ...rows] = (await readFile(file, 'utf8')).split('\n');
    await writeFile(file, [header!.replace(',killed,', ',kiled,'), ...rows].join('\n'));
  });
  afterAll(() => removeDir(site));

  test('is named at its line, once: the sources and the explainers that cite its rows are not checked against it until it is mended', async () => {
    const { problems } = await readContent(site);
    // The misspelt name, and the column it leaves out, both at the header.
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/data\/strikes\.csv:1 kiled: unknown column/),
      expect.stringMatching(/^content\/data\/strikes\.csv:1 killed: missing column/),
    ]);
  });
});

describe('npm run check: types and links, on a copy of the site', () => {
  let site: string;
  const source = 'content/sources/link-test-2025-11-20.mdx';
  beforeAll(async () => {
    site = await copySite();
    const valid = await readFile(join(FIXTURES, 'valid.mdx'), 'utf8');
    const links = [
      '[A page that is not there](/sources/nope/).',
      '[A paragraph that is not there](/sources/orinoco-tribune-2025-11-28/#p-99).',
      '[No trailing slash](/sources).',
    ];
    await writeFile(join(site, source), `${valid}\n${links.join('\n\n')}\n`);
    await writeFile(join(site, 'src/domain/typeError.ts'), "export const count: number = 'three';\n");
  });
  afterAll(() => removeDir(site));

  test('a type error and each broken link are named at their file and line', async () => {
    const result = await runCli('check', [], site);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('content  18 content files: no problems');
    expect(result.stdout).toContain('types    astro check found type errors:');
    expect(result.stdout).toMatch(/src\/domain\/typeError\.ts:1:\d+ - error ts\(2322\): Type 'string' is not assignable to type 'number'/);
    expect(result.stdout).toContain('links    3 broken links:');
    expect(result.stdout).toContain(`  ${source}:28 link: /sources/nope/: there is no page or file /sources/nope/ on the site: check the address`);
    expect(result.stdout).toContain(
      `  ${source}:30 link: /sources/orinoco-tribune-2025-11-28/#p-99: /sources/orinoco-tribune-2025-11-28/ has no #p-99: its paragraphs are p-1 to p-21`,
    );
    expect(result.stdout).toContain(`  ${source}:32 link: /sources: write it with the trailing slash, /sources/: every page's address ends in /`);
  });
});

describe('the built site', () => {
  test('has no broken internal link or anchor, in its pages, feed or sitemap', async () => {
    const files = await readBuiltSite(inject('siteDir'));
    expect(checkLinks(files, siteUrl())).toEqual([]);
    const checked = new Map(files.map((f) => [f.path, f.links.length]));
    for (const path of ['/', '/sources/', '/feed.xml', '/sitemap-0.xml', '/sitemap-index.xml']) expect(checked.get(path)).toBeGreaterThan(0);
  });
});
