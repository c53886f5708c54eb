import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { loadCitationIndex } from '../../src/lib/citationIndex';
import { formatProblem } from '../../src/lib/contentError';
import { checkExplainer } from '../../src/lib/explainerCheck';
import { ROOT } from '../helpers/site';

const index = loadCitationIndex(ROOT);
const FRONT = ['---', 'title: A title', 'description: One sentence.', 'published: 2026-11-21', 'updated: 2026-11-21', 'log: []', '---', ''];
const explainer = (body: string[], front = FRONT) => [...front, ...body, ''].join('\n');
const check = (raw: string) => checkExplainer('content/explainer/x.mdx', raw, index).map(formatProblem);

describe('checkExplainer(file, raw, index)', () => {
  test('passes the committed explainer', async () => {
    expect(checkExplainer('content/explainer/index.mdx', await readFile('content/explainer/index.mdx', 'utf8'), index)).toEqual([]);
  });

  test('passes citations that resolve', () => {
    expect(check(explainer(['Killed 82 <Cite source="orinoco-tribune-2025-11-28" p="7" />.']))).toEqual([]);
  });

  test('reports every citation that does not resolve, each at its line', () => {
    const raw = explainer([
      'Fine <Cite source="orinoco-tribune-2025-11-28" p="7" />.',
      '',
      'A missing paragraph <Cite source="indian-witness-2025-12-03" p="42" />.',
      '',
      'A missing source <Cite source="nowhere-2025-01-01" p="1" />.',
      '',
      'A missing row <Cite data="strikes" row="no-such-row" />.',
    ]);
    expect(check(raw)).toEqual([
      'content/explainer/x.mdx:11 text: <Cite> p: paragraph 42 does not exist in indian-witness-2025-12-03; it has 5 (p-1 to p-5)',
      expect.stringMatching(/^content\/explainer\/x\.mdx:13 text: <Cite> source: no source "nowhere-2025-01-01"; expected one of indian-witness-2025-12-03, /),
      'content/explainer/x.mdx:15 text: <Cite> row: no row "no-such-row" in strikes.csv',
    ]);
  });

  test('reports a bad prop at its line', () => {
    expect(check(explainer(['', 'Text <Cite source="orinoco-tribune-2025-11-28" para="7" />.']))).toEqual([
      'content/explainer/x.mdx:10 text: <Cite> para: unknown prop; expected source and p, or data and row',
    ]);
  });

  test('checks the updates log: the date of its newest entry is the updated date', () => {
    const front = [...FRONT.slice(0, 5), 'log:', '  - date: 2026-12-02', '    kind: correction', '    text: The toll was 14, not 15.', '---', ''];
    expect(check(explainer(['Text.'], front))).toEqual([
      'content/explainer/x.mdx:5 updated: expected the date of the newest log entry',
    ]);
  });

  test('names a log entry still marked TODO', () => {
    const front = [...FRONT.slice(0, 4), 'updated: 2026-12-02', 'log:', '  - date: 2026-12-02', '    kind: update', '    text: "TODO: what changed"', '---', ''];
    expect(check(explainer(['Text.'], front))).toEqual(['content/explainer/x.mdx:9 log[0].text: still to be filled in: what changed']);
  });
});
