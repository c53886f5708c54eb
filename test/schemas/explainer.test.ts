import { describe, expect, test } from 'vitest';
import { explainerSchema } from '../../src/schemas/explainer';
import { pageSchema } from '../../src/schemas/page';

const explainer = {
  title: 'Headline',
  description: 'One sentence.',
  published: '2025-11-21',
  updated: '2025-12-05',
  log: [{ date: '2025-12-05', kind: 'update', text: 'What changed.' }],
};

const issuesOf = (schema: typeof explainerSchema | typeof pageSchema, data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const TO_COME = 'expected a day that has come: this one is after today (a typo in the year?)';

describe('the dates of our own pages', () => {
  test('a day to come in the explainer (a typo in the year) is refused at its field: readers would see "Updated 5 December 2099"', () => {
    expect(issuesOf(explainerSchema, explainer)).toEqual([]);
    expect(issuesOf(explainerSchema, { ...explainer, updated: '2099-12-05', log: [{ ...explainer.log[0], date: '2099-12-05' }] })).toEqual([
      `updated: ${TO_COME}`,
      `log.0.date: ${TO_COME}`,
    ]);
    expect(issuesOf(explainerSchema, { ...explainer, published: '2099-11-21' })).toEqual([`published: ${TO_COME}`]);
    expect(issuesOf(pageSchema, { title: 'About', description: 'Who we are.', updated: '2099-12-05' })).toEqual([`updated: ${TO_COME}`]);
  });

  test('today is a day that has come, by a day’s grace for an editor whose day begins before UTC’s', () => {
    const tomorrow = new Date(Date.now() + 86_400_000 - 60_000).toISOString().slice(0, 10);
    expect(issuesOf(explainerSchema, { ...explainer, updated: tomorrow, log: [{ ...explainer.log[0], date: tomorrow }] })).toEqual([]);
  });
});
