import { describe, expect, test } from 'vitest';
import { bestPassage, blockId, highlightUrl, type PagefindFragment, passagesOf, termsToMark } from '../../../src/scripts/search/passages';

/** A block of a page; `anchorText`, what Pagefind gives as its anchor's text where not its own (none for a table's row). */
type Block = { id?: string; element?: string; text: string; anchorText?: string };

/**
 * A fragment as Pagefind gives it: the blocks' text joined, an anchor where each block with an id
 * starts, and a location for every word in `matches` (scored as Pagefind does: prefix matches lower,
 * heading words higher by the square of their weight).
 */
function fragment(blocks: Block[], matches: Record<string, number>, prefixes: Record<string, number> = {}): PagefindFragment {
  const words: string[] = [];
  const anchors: PagefindFragment['anchors'] = [];
  const weighted: PagefindFragment['weighted_locations'] = [];
  for (const block of blocks) {
    if (block.id) anchors.push({ element: block.element ?? 'p', id: block.id, text: block.anchorText ?? block.text, location: words.length });
    const weight = block.element?.startsWith('h') ? 5 : 1;
    for (const word of block.text.split(' ')) {
      const bare = word.replace(/[^\p{L}']/gu, '').toLowerCase();
      const score = matches[bare] ?? prefixes[bare];
      if (score) weighted.push({ location: words.length, weight, balanced_score: score * weight ** 2 });
      words.push(word);
    }
  }
  return { url: '/sources/x/', content: words.join(' '), anchors, weighted_locations: weighted };
}

const page: Block[] = [
  { text: 'Intro before any anchor mentions the cartel.' },
  { id: 'p-1', text: 'Officials of the state said the Cartel of the Suns exists.' },
  { id: 'a-heading', element: 'h3', text: 'Reports of the cartel' },
  { id: 'p-2', text: 'Nothing to see in this one.' },
  { id: 'p-3', text: 'Of the sun, the rain, the wind of the sea and the sky of the north.' },
];
const query = { cartel: 512, of: 512, the: 512, suns: 512 };

describe('passagesOf(fragment)', () => {
  const passages = passagesOf(fragment(page, query, { officials: 221, sun: 240 }));

  test('splits the page at every element with an id and keeps, in reading order, the parts that match', () => {
    expect(passages.map((p) => [p.id, p.label, p.url])).toEqual([
      [undefined, { top: true }, '/sources/x/'],
      ['p-1', { paragraph: 1 }, '/sources/x/#p-1'],
      ['a-heading', { text: 'Reports of the cartel' }, '/sources/x/#a-heading'],
      ['p-3', { paragraph: 3 }, '/sources/x/#p-3'],
    ]);
  });

  test('names a table’s row, to which Pagefind gives no words of its own, by its first words, not by its id', () => {
    const row = { id: 'report-2026-01-01-metro-radio-hk', element: 'tr', anchorText: '', text: '2026-01-01 Metro Radio HK 35 36 114 Totals as of Dec 31, a post on X of the first of January' };
    const [p] = passagesOf(fragment([row], { metro: 512 }));
    expect(p!.label).toEqual({ text: '2026-01-01 Metro Radio HK 35 36 114 Totals as of Dec 31,' });
    expect(p!.url).toBe('/sources/x/#report-2026-01-01-metro-radio-hk');
  });

  test('cuts a long name short, and says it was cut rather than ending it with "…" (a name may end with one)', () => {
    const list = { id: 'aboard', element: 'ul', anchorText: '', text: 'Colombian fisherman Alejandro Carranza, named by President Petro and his family' };
    const [p] = passagesOf(fragment([list], { petro: 256 }));
    expect(p!.label).toEqual({ text: 'Colombian fisherman Alejandro Carranza, named by President', cut: true });
    const heading = { id: 'wait', element: 'h2', text: 'And then…' };
    const [short] = passagesOf(fragment([heading], { then: 256 }));
    expect(short!.label).toEqual({ text: 'And then…' });
  });

  test('lands on the paragraph of our own pages that matched, named by its section’s heading, not by its own words', () => {
    const explainer: Block[] = [
      { id: 'the-phone-call', element: 'h2', text: 'The phone call' },
      { id: blockId('the-phone-call', 1), text: 'Trump and Maduro spoke on 21 November.' },
      { id: blockId('the-phone-call', 2), text: 'Nothing here.' },
      { id: blockId('the-phone-call', 3), element: 'li', text: 'Rubio was on the call, according to one outlet.' },
      { id: 'the-strike-campaign', element: 'h2', text: 'The strike campaign' },
      { id: blockId('the-strike-campaign', 1), text: 'Rubio spoke of the strikes too.' },
      // Not a block of that section: a figure's id, and an id whose number is not one.
      { id: 'the-strike-campaign-map', element: 'figure', text: 'Rubio on a map' },
      { id: 'the-strike-campaign-p01', text: 'Rubio once more.' },
    ];
    expect(blockId('the-phone-call', 3)).toBe('the-phone-call-p3');
    const found = passagesOf(fragment(explainer, { rubio: 512, maduro: 512 }));
    expect(found.map((p) => [p.url, p.label])).toEqual([
      ['/sources/x/#the-phone-call-p1', { text: 'The phone call' }],
      ['/sources/x/#the-phone-call-p3', { text: 'The phone call' }],
      ['/sources/x/#the-strike-campaign-p1', { text: 'The strike campaign' }],
      ['/sources/x/#the-strike-campaign-map', { text: 'Rubio on a map' }],
      ['/sources/x/#the-strike-campaign-p01', { text: 'Rubio once more.' }],
    ]);
    // A block before any heading, or under another section's heading, is named by its own words.
    const stray = passagesOf(fragment([{ id: 'in-brief-p1', text: 'Rubio first.' }, { id: 'other', element: 'h2', text: 'Other' }, { id: 'in-brief-p2', text: 'Rubio again.' }], { rubio: 512 }));
    expect(stray.map((p) => p.label)).toEqual([{ text: 'Rubio first.' }, { text: 'Rubio again.' }]);
  });

  test('a passage the page’s filters name as in another language says so; the others, and the text before any anchor, do not', () => {
    const strike: Block[] = [
      { text: 'Ataque del 4 de noviembre de 2025' },
      { id: 'what-the-reports-say', element: 'h2', text: 'Qué dicen los reportes' },
      { id: 'notes', text: 'The same day, the USS Gerald R. Ford passed through the Strait of Gibraltar.' },
      { id: 'reports', element: 'h2', text: 'Gibraltar en los reportes' },
    ];
    const page = { ...fragment(strike, { gibraltar: 512, ataque: 512 }), filters: { kind: ['strike'], languages: ['notes=en', 'position-source=en'] } };
    expect(passagesOf(page).map((p) => [p.id, p.lang])).toEqual([
      [undefined, undefined],
      ['notes', 'en'],
      ['reports', undefined],
    ]);
    expect(passagesOf({ ...page, filters: { kind: ['strike'] } }).map((p) => p.lang)).toEqual([undefined, undefined, undefined]);
  });

  test('counts words that only start like a query word ("officials" for "of") only when nothing better matches', () => {
    const p1 = passages.find((p) => p.id === 'p-1')!;
    expect(p1.terms).toEqual(['of', 'the', 'cartel', 'suns']);
    expect(p1.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['of', 'the', 'the', 'Cartel', 'of', 'the', 'Suns']);
    const prefixOnly = passagesOf(fragment(page, {}, { officials: 221 }));
    expect(prefixOnly.map((p) => p.terms)).toEqual([['officials']]);
  });

  test('scores a passage by its distinct matching words, the rarer on the page the more', () => {
    const best = bestPassage(passages)!;
    expect(best.id).toBe('p-1');
    // p-3 has more matches ("of" and "the" nine times) but only words found all over the page.
    const p3 = passages.find((p) => p.id === 'p-3')!;
    expect(p3.hits).toBeGreaterThan(best.hits);
    expect(p3.score).toBeLessThan(best.score);
  });

  test('a heading’s weight does not make its common words count as better matches than the text’s', () => {
    const onlyCommon = passagesOf(fragment(page, { of: 512 }));
    expect(onlyCommon.map((p) => p.id)).toEqual(['p-1', 'a-heading', 'p-3']);
  });

  test('cuts a long passage to a window around its first match, with ellipses', () => {
    const long = Array.from({ length: 80 }, (_, i) => (i === 50 ? 'OPEC' : `w${i}`)).join(' ');
    const [p] = passagesOf(fragment([{ id: 'p-1', text: long }], { opec: 512 }), { excerptWords: 20 });
    const text = p!.excerpt.map((part) => part.text).join('');
    expect(text.startsWith('… w45 ')).toBe(true);
    expect(text.endsWith('w64 …')).toBe(true);
    expect(p!.excerpt.find((part) => part.mark)!.text).toBe('OPEC');
  });

  test('an element nested at the same place as its parent does not make an empty passage', () => {
    const nested = fragment([{ id: 'p-1', element: 'li', text: 'peace here' }], { peace: 512 });
    nested.anchors.push({ element: 'p', id: 'inner', text: 'peace here', location: 0 });
    expect(passagesOf(nested).map((p) => p.id)).toEqual(['p-1']);
  });
});

describe('termsToMark(passages)', () => {
  test('leaves out common words when the query has others', () => {
    expect(termsToMark(passagesOf(fragment(page, query)))).toEqual(['cartel', 'suns']);
  });
  test('leaves out Spanish’s common words too, for a Spanish page’s results', () => {
    const spanish: Block[] = [{ id: 'p-1', text: 'Habló del Cartel de los Soles y de la llamada.' }];
    expect(termsToMark(passagesOf(fragment(spanish, { cartel: 512, de: 512, los: 512, soles: 512 })))).toEqual(['cartel', 'soles']);
  });
  test('keeps them when they are all there is', () => {
    expect(termsToMark(passagesOf(fragment(page, { of: 512 })))).toEqual(['of']);
  });
});

describe('highlightUrl(url, terms)', () => {
  test('puts the words in the query string and keeps the paragraph in the hash', () => {
    expect(highlightUrl('/sources/x/#p-4', ["slave's", 'peace'])).toBe("/sources/x/?highlight=slave%27s&highlight=peace#p-4");
    expect(highlightUrl('/sources/x/', [])).toBe('/sources/x/');
  });
});

describe('passagesOf(fragment, { searches }): a page found by the reader’s words and by another name', () => {
  const spanish: Block[] = [
    { id: 'p-1', text: 'The Cartel de los Soles is named here.' },
    { id: 'p-2', text: 'Only the cartel, and los Soles apart.' },
    { id: 'p-3', text: 'A cartel of its own.' },
  ];
  const name = fragment(spanish, { cartel: 512, de: 512, los: 512, soles: 512 });
  const words = fragment(spanish, { cartel: 512 });
  const both = passagesOf(name, { searches: [{ locations: words.weighted_locations }, { locations: name.weighted_locations, phrases: true }] });

  test('matching words side by side are one term in a phrase searched for; the reader’s words stay words', () => {
    expect(both.map((p) => p.terms)).toEqual([['cartel', 'cartel de los soles'], ['cartel', 'los soles'], ['cartel']]);
  });

  test('each passage marks every search’s matches, and scores as well as in the search it matches best', () => {
    expect(both[0]!.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['Cartel', 'de', 'los', 'Soles']);
    // By the reader's word alone, every passage is as good as the next; the whole name makes p-1 as good too.
    expect(both.map((p) => p.score)).toEqual([1, 1, 1]);
    expect(bestPassage(both)!.id).toBe('p-1');
  });
});
