import { describe, expect, test } from 'vitest';
import { articleMetaTags, imageMetaTags } from '../../src/domain/articleMeta';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const SITE = 'https://example.org/';
const tags = (meta: Parameters<typeof articleMetaTags>[0]) => articleMetaTags(meta, SITE).map((t) => `${t.attribute} ${t.key}=${t.content}`);

describe('articleMetaTags(article, site)', () => {
  test('names the author, with the absolute address of their page, and dates the article by its days', () => {
    expect(tags({ author: { name: 'The team', href: '/about/' }, published: day('2026-11-21'), modified: day('2026-11-30') })).toEqual([
      'name author=The team',
      'property article:author=https://example.org/about/',
      'property article:published_time=2026-11-21',
      'property article:modified_time=2026-11-30',
    ]);
  });

  test('leaves out an author page it does not have, and a change on the day of publication', () => {
    expect(tags({ author: { name: 'Indian Witness' }, published: day('2025-12-03'), modified: day('2025-12-03') })).toEqual([
      'name author=Indian Witness',
      'property article:published_time=2025-12-03',
    ]);
  });
});

describe('imageMetaTags(image, site)', () => {
  test('gives the picture at its absolute address, with its type, size and words, and asks for a large card for it', () => {
    const image = { src: '/cards/index.png', alt: 'The toll, week by week', width: 1200, height: 630 };
    expect(imageMetaTags(image, SITE).map((t) => `${t.attribute} ${t.key}=${t.content}`)).toEqual([
      'property og:image=https://example.org/cards/index.png',
      'property og:image:type=image/png',
      'property og:image:width=1200',
      'property og:image:height=630',
      'property og:image:alt=The toll, week by week',
      'name twitter:card=summary_large_image',
      'name twitter:image:alt=The toll, week by week',
    ]);
  });
});
