import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/checks/problems';
import { translationProblems } from '../../src/checks/translationCheck';
import { formatDate } from '../../src/format/dates';

const ENGLISH = 'content/explainer/index.mdx';
const SPANISH = 'content/explainer/es/index.mdx';
const en = await readFile(ENGLISH, 'utf8');
const es = await readFile(SPANISH, 'utf8');

/** The check of the two real files, one of them changed. */
const check = ({ english = en, spanish = es } = {}) => {
  const { problems, warnings } = translationProblems([
    { file: ENGLISH, raw: english },
    { file: SPANISH, raw: spanish },
  ]);
  return { problems: problems.map(formatProblem), warnings };
};
/** A frontmatter date of a file, as written: `updated` of the English, `translates` of the Spanish. */
const dateIn = (text: string, key: string) => text.match(new RegExp(`^${key}: (\\S+)$`, 'm'))![1]!;
/** The day after the English page's last update: later than any revision it has had, and yet not after today (by a day's grace). */
const dayAfterUpdate = (english: string) => new Date(Date.parse(dateIn(english, 'updated')) + 86_400_000).toISOString().slice(0, 10);
const lineOf = (text: string, words: string) => text.split('\n').findIndex((line) => line.includes(words)) + 1;

describe('translationProblems(files): each translation against the English it translates', () => {
  test('the committed Spanish explainer cites what the English cites, in the same places, and is up to date', () => {
    expect(check()).toEqual({ problems: [], warnings: [] });
  });

  test('a citation changed in one language only is named in both files', () => {
    const spanish = es.replace('<Cite source="orinoco-tribune-2025-11-28" p="13" />', '<Cite source="orinoco-tribune-2025-11-28" p="14" />');
    expect(check({ spanish }).problems).toEqual([
      `${SPANISH}:${lineOf(es, 'p="13"')} text: <Cite> of orinoco-tribune-2025-11-28#p-14 where ${ENGLISH}:${lineOf(en, 'p="13"')} cites orinoco-tribune-2025-11-28#p-13: a translation cites the same paragraphs and rows as the English, in the same places: correct one file or the other`,
    ]);
  });

  test('a data row changed in the English only is named in both files too', () => {
    const english = en.replace('<Cite data="strikes" row="8" />', '<Cite data="strikes" row="9" />');
    expect(check({ english }).problems).toEqual([expect.stringMatching(new RegExp(`^${SPANISH}:${lineOf(es, 'row="8"')} text: <Cite> of strikes#8 where ${ENGLISH}:${lineOf(en, 'row="8"')} cites strikes#9: `))]);
  });

  test('a citation dropped from the translation is named where it belongs, one added where it is', () => {
    const dropped = es.replace(' <Cite source="orinoco-tribune-2025-11-28" p="13" />', '');
    expect(check({ spanish: dropped }).problems).toEqual([
      expect.stringMatching(new RegExp(`^${SPANISH}:\\d+ text: ${ENGLISH}:${lineOf(en, 'p="13"')} cites orinoco-tribune-2025-11-28#p-13, and ${SPANISH} does not, here: `)),
    ]);
    const added = es.replace('<Cite source="orinoco-tribune-2025-11-28" p="13" />', '<Cite source="orinoco-tribune-2025-11-28" p="13" /> <Cite data="strikes" row="2" />');
    expect(check({ spanish: added }).problems).toEqual([`${SPANISH}:${lineOf(es, 'p="13"')} text: <Cite> of strikes#2 has no counterpart in ${ENGLISH}: a translation cites the same paragraphs and rows as the English, in the same places: correct one file or the other`]);
  });

  test('the same citations in another order are not the same places', () => {
    const spanish = es.replace('<Cite source="unidentified-outlet-2025-11-28" p="2" /> <Cite source="muslim-network-tv-2025-11-30" p="7" />', '<Cite source="muslim-network-tv-2025-11-30" p="7" /> <Cite source="unidentified-outlet-2025-11-28" p="2" />');
    expect(check({ spanish }).problems.length).toBeGreaterThan(0);
    expect(check({ spanish }).problems.every((p) => p.includes(ENGLISH) && p.startsWith(SPANISH))).toBe(true);
  });

  test('a translation says which English revision it translates, one the English has had', () => {
    expect(check({ spanish: es.replace(/^translates: .*\n/m, '') }).problems).toEqual([
      `${SPANISH}:1 translates: missing; expected the English revision this translates: the \`updated\` of ${ENGLISH} when the translation was last brought up to date (${dateIn(en, 'updated')})`,
    ]);
    const later = dayAfterUpdate(en);
    expect(check({ spanish: es.replace(/^translates: .*$/m, `translates: ${later}`) }).problems).toEqual([
      `${SPANISH}:${lineOf(es, 'translates:')} translates: ${later} is after ${ENGLISH} was last updated (${dateIn(en, 'updated')}): expected the English revision this translates`,
    ]);
  });

  test('warns, naming both files, when the English has a newer correction than the revision translated', () => {
    const later = dayAfterUpdate(en);
    const english = en
      .replace(/^updated: .*$/m, `updated: ${later}`)
      .replace('log:\n', `log:\n  - date: ${later}\n    kind: correction\n    text: The toll on 27 October was 14, not 15, as first written.\n`);
    const { problems, warnings } = check({ english });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      `${SPANISH} translates ${ENGLISH} as of ${formatDate(new Date(dateIn(es, 'translates')))}, and the English has a newer correction (${formatDate(new Date(later))}: "The toll on 27 October was 14, not 15, as first written."): bring the translation up to date, then set its translates: ${later}`,
    ]);
  });

  test('a translation of a page that does not exist is named', () => {
    const { problems } = translationProblems([{ file: 'content/explainer/es/other.mdx', raw: es }]);
    expect(problems.map(formatProblem)).toEqual([
      'content/explainer/es/other.mdx:1 file: translates content/explainer/other.mdx, which does not exist: a translation has the path of the English page it translates, under its language\'s folder',
    ]);
  });
});
