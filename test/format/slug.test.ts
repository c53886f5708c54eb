import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { slug } from '../../src/format/slug';

describe('slug(text)', () => {
  test.each([
    ['Türkiye Today', 'turkiye-today'],
    ['The Independent (AP)', 'the-independent-ap'],
    ['  El País ', 'el-pais'],
    ['Muslim Network TV (MNTV)', 'muslim-network-tv-mntv'],
    ['Task & Purpose', 'task-purpose'],
    ['MercoPress / ABC (okbroadcast.com)', 'mercopress-abc-okbroadcast-com'],
    ['Caliber.az (citing US media)', 'caliber-az-citing-us-media'],
    ['Orinoco Tribune – News and opinion', 'orinoco-tribune-news-and-opinion'],
    ['Gazeta Łódź', 'gazeta-łodz'],
    ['Trump–Maduro call', 'trump-maduro-call'],
    ['東京新聞', '東京新聞'],
  ])('%j → %s', (text, expected) => expect(slug(text)).toBe(expected));

  test('gives every row of reported-totals.csv the id it had before slugs came from github-slugger', async () => {
    // The ASCII rule the site used until then; citations and links to /data/#report-… use these ids.
    const before = (text: string) => text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const outlets = csvParse(await readFile('content/data/reported-totals.csv', 'utf8')).map((row) => row.outlet!);
    expect(outlets.filter((outlet) => slug(outlet) !== before(outlet))).toEqual([]);
  });

  test('gives the same slug for the same name however its accents are encoded', () => {
    expect(slug('Tu\u0308rkiye')).toBe(slug('T\u00fcrkiye'));
  });
});
