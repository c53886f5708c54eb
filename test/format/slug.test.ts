import { describe, expect, test } from 'vitest';
import { slug } from '../../src/format/slug';

describe('slug(text)', () => {
  test.each([
    ['Türkiye Today', 'turkiye-today'],
    ['The Independent (AP)', 'the-independent-ap'],
    ['  El País ', 'el-pais'],
    ['Muslim Network TV (MNTV)', 'muslim-network-tv-mntv'],
    ['Task & Purpose', 'task-purpose'],
    ['MercoPress / ABC (okbroadcast.com)', 'mercopress-abc-okbroadcastcom'],
    ['Orinoco Tribune – News and opinion', 'orinoco-tribune-news-and-opinion'],
    ['Gazeta Łódź', 'gazeta-łodz'],
    ['Trump–Maduro call', 'trumpmaduro-call'],
  ])('%j → %s', (text, expected) => expect(slug(text)).toBe(expected));

  test('gives the same slug for the same name however its accents are encoded', () => {
    expect(slug('Tu\u0308rkiye')).toBe(slug('T\u00fcrkiye'));
  });
});
