import { describe, expect, test } from 'vitest';
import { titleFromAddress } from '../../src/domain/sources';

const indianWitness = {
  title: 'Venezuelan President confirms cordial call with Trump',
  titleFrom: 'editors' as const,
  url: 'https://www.indianwitness.com/news/international/venezuelan-president-confirms-cordial-call-with-trump-o',
};

describe('titleFromAddress(source): whether a title of ours is the words of the article’s web address', () => {
  test('Indian Witness’s is, though its address cuts the last word short', () => {
    expect(titleFromAddress(indianWitness)).toBe(true);
    expect(titleFromAddress({ ...indianWitness, url: 'https://example.org/news/venezuelan-president-confirms-cordial-call-with-trump/' })).toBe(true);
  });

  test('a title of ours in other words, or with no address to compare, is not; nor is an article’s own headline', () => {
    expect(titleFromAddress({ ...indianWitness, title: 'Maduro confirms the call' })).toBe(false);
    expect(titleFromAddress({ ...indianWitness, url: undefined })).toBe(false);
    expect(titleFromAddress({ ...indianWitness, titleFrom: 'article' })).toBe(false);
    // Words that only begin the address's last part, up to the middle of a word, are not its words.
    expect(titleFromAddress({ ...indianWitness, title: 'Venezuelan President confirms cordial call with Tru' })).toBe(false);
  });
});
