import { describe, expect, test } from 'vitest';
import { sourceSchema } from '../../src/schemas/source';

const valid = {
  title: 'Headline',
  outlet: { name: 'Outlet' },
  published: { date: '2025-11-28' },
  summary: 'One sentence.',
  claims: [{ metric: 'killed', value: 82, p: 7, quote: '82 civilians' }],
};

const issuesOf = (data: unknown) => {
  const result = sourceSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('sourceSchema', () => {
  test('accepts a valid source and fills the defaults', () => {
    const source = sourceSchema.parse(valid);
    expect(source.published.date).toEqual(new Date('2025-11-28T00:00:00Z'));
    expect(source.titleFrom).toBe('article');
    expect(source.language).toBe('en');
    expect(source.removed).toEqual([]);
    expect(source.claims[0].qualifier).toBe('exact');
  });

  test('accepts dates that YAML has already read as Dates', () => {
    expect(sourceSchema.parse({ ...valid, published: { date: new Date('2025-11-28') } }).published.date).toEqual(
      new Date('2025-11-28T00:00:00Z'),
    );
  });

  test.each([
    ['a missing title', { ...valid, title: undefined }, /^title: expected the headline as text/],
    ['an empty title', { ...valid, title: '' }, /^title: expected a headline/],
    ['a date that is not a date', { ...valid, published: { date: 'last Friday' } }, /^published.date: expected a real date/],
    ['a day that does not exist', { ...valid, published: { date: '2025-02-30' } }, /^published.date: expected a real date/],
    ['a year alone', { ...valid, published: { date: 2025 } }, /^published.date: expected a real date/],
    ['a range whose high end is below its low end', { ...valid, claims: [{ ...valid.claims[0], value: 15, max: 5 }] }, /^claims.0.max: expected the high end of the range, at least value \(15\); got 5 \(swapped with value\?\)$/],
    ['a day to come (a typo in the year)', { ...valid, published: { date: '2062-12-05' } }, /^published.date: expected a day that has come: this one is after today \(a typo in the year\?\)$/],
    ['an outlet with neither name nor note', { ...valid, outlet: {} }, /^outlet: expected outlet.name, or outlet.note/],
    ['an unknown metric', { ...valid, claims: [{ ...valid.claims[0], metric: 'deaths' }] }, /^claims.0.metric: expected one of/],
    ['a claim’s Spanish with neither note nor quote', { ...valid, claims: [{ ...valid.claims[0], es: {} }] }, /^claims.0.es: expected es.note \(our note in Spanish\) or es.quote/],
    ['a claim’s Spanish quote of spaces', { ...valid, claims: [{ ...valid.claims[0], es: { quote: '  ' } }] }, /^claims.0.es.quote: expected our translation of the quote, in words/],
    ['a claim’s Spanish with an unknown field', { ...valid, claims: [{ ...valid.claims[0], es: { quote: '82 civiles', title: 'x' } }] }, /^claims.0.es: /],
    ['a figure for part of a strike with no strike', { ...valid, claims: [{ ...valid.claims[0], part: true }] }, /^claims.0.part: expected an `event` date with `part`/],
    ['a part that is not true', { ...valid, claims: [{ ...valid.claims[0], event: '2025-09-02', part: 'yes' }] }, /^claims.0.part: expected true/],
    ['a quote of spaces', { ...valid, claims: [{ ...valid.claims[0], quote: ' ' }] }, /^claims.0.quote: expected the words of the paragraph that state the figure/],
    ['a url that runs a script', { ...valid, url: 'javascript:alert(1)' }, /^url: expected a full web address/],
    ['an unknown qualifier', { ...valid, claims: [{ ...valid.claims[0], qualifier: 'roughly' }] }, /^claims.0.qualifier: expected one of/],
    ['a negative figure', { ...valid, claims: [{ ...valid.claims[0], value: -1 }] }, /^claims.0.value: expected a number of 0 or more/],
    ['paragraph 0', { ...valid, claims: [{ ...valid.claims[0], p: 0 }] }, /^claims.0.p: /],
    ['a relative url', { ...valid, url: 'example.com/x' }, /^url: expected a full web address/],
    ['a url with a user name and password, which the page would publish', { ...valid, url: 'https://name:secret@example.com/x' }, /^url: holds a user name or password \(before "@"\), which the page would publish/],
    ['a misspelt field', { ...valid, tittle: 'x' }, /tittle/],
  ])('rejects %s', (_, data, message) => {
    expect(issuesOf(data).join('\n')).toMatch(message);
  });
});
