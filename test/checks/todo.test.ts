import { describe, expect, test } from 'vitest';
import { checkSource } from '../../src/checks/sourceCheck';
import { todo, todoFields } from '../../src/checks/todo';

describe('todoFields(data)', () => {
  test('finds every value marked TODO, at any depth', () => {
    const data = { title: todo('a headline'), outlet: { name: 'X' }, removed: [{ text: todo('what') }], n: 3, date: new Date(0) };
    expect(todoFields(data)).toEqual([
      { path: ['title'], hint: 'a headline' },
      { path: ['removed', 0, 'text'], hint: 'what' },
    ]);
  });
});

describe('checkSource with fields marked TODO', () => {
  test('reports the TODO, at its line, instead of what the schema makes of the marker', () => {
    const raw = '---\ntitle: T\noutlet: { name: X }\npublished:\n  date: "TODO: YYYY-MM-DD, the day it was published"\nsummary: S\n---\n\nText.\n';
    expect(checkSource('x.mdx', raw)).toEqual([
      { file: 'x.mdx', line: 5, field: 'published.date', message: 'still to be filled in: YYYY-MM-DD, the day it was published' },
    ]);
  });
});
