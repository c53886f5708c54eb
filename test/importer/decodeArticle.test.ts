import { describe, expect, test } from 'vitest';
import { decodeArticle, firstInvalidUtf8 } from '../../src/importer/decodeArticle';

const bytes = (text: string, encoding: BufferEncoding = 'utf8') => new Uint8Array(Buffer.from(text, encoding));
const refusal = (input: Uint8Array) => {
  try {
    decodeArticle(input);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('decodeArticle(bytes)', () => {
  test('UTF-8, with or without its mark, is read as it is, and not called a guess', () => {
    expect(decodeArticle(bytes('Café'))).toEqual({ text: 'Café', encoding: 'utf-8', guessed: false });
    expect(decodeArticle(bytes('\uFEFFCafé'))).toEqual({ text: 'Café', encoding: 'utf-8', guessed: false });
  });

  test('UTF-16 with its mark, either byte order', () => {
    const le = bytes('\uFEFFleña', 'utf16le');
    const be = le.map((_, i) => le[i ^ 1]!);
    expect(decodeArticle(le)).toEqual({ text: 'leña', encoding: 'utf-16le', guessed: false });
    expect(decodeArticle(be)).toEqual({ text: 'leña', encoding: 'utf-16be', guessed: false });
  });

  test('bytes that are not UTF-8 are read as Windows-1252, curly quotes and the euro included, and called a guess', () => {
    const windows = Uint8Array.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35]);
    expect(decodeArticle(windows)).toEqual({ text: '“Café” €5', encoding: 'windows-1252', guessed: true });
  });

  test('a web page that is not UTF-8 is read in the encoding it declares', () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-15"></head><body>'), Buffer.from([0xa4, 0x35]), Buffer.from('</body></html>')]);
    const decoded = decodeArticle(new Uint8Array(page));
    expect(decoded.text).toContain('€5');
    expect(decoded).toMatchObject({ encoding: 'iso-8859-15', guessed: true });
  });

  test('a file that says it is UTF-8 (its mark, or a web page’s charset) with bytes that are not is refused, at the line and column of the first, not read with replacement marks', () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head>\n<body><p>Caf\u00e9 and '), Buffer.from([0x93]), Buffer.from('quoted</p></body></html>')]);
    expect(refusal(new Uint8Array(page))).toBe(
      'says it is UTF-8 (its charset), but line 2, column 19 holds bytes that are not UTF-8: save it again as UTF-8 (or as it was first saved, and remove what says UTF-8), and import that',
    );
    const marked = Buffer.concat([Buffer.from('\uFEFFFirst line\nSecond '), Buffer.from([0xe9]), Buffer.from(' line')]);
    expect(refusal(new Uint8Array(marked))).toMatch(/^begins with the mark of UTF-8, but line 2, column 8 holds bytes that are not UTF-8: /);
    // A replacement mark written in the text before the bad byte is text, not the bad byte; accents before it count as one column each.
    const earlier = Buffer.concat([Buffer.from('\uFEFFA mark \uFFFD here, then “café” '), Buffer.from([0x93])]);
    expect(refusal(new Uint8Array(earlier))).toMatch(/^begins with the mark of UTF-8, but line 1, column 28 holds bytes /);
  });

  test('UTF-8 with a few bytes of another encoding pasted in is refused at the first of them, not read whole as Windows-1252 (its accents garbled) nor called binary', () => {
    const mixed = Buffer.concat([Buffer.from('Maduro speaks\n\nNicolás Maduro said “hello”.\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' owners agreed.\n')]);
    expect(refusal(new Uint8Array(mixed))).toBe(
      'is UTF-8 (its accents and quotes are written so), but line 5, column 4 holds bytes that are not UTF-8: type that character again, or paste it from the article, save the file as UTF-8, and import that',
    );
    // Windows-1252 alone, with no sequence of UTF-8's, is read as before.
    expect(decodeArticle(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94])).encoding).toBe('windows-1252');
  });

  test('firstInvalidUtf8(bytes) finds the first byte that begins no well-formed sequence: a lone continuation, an overlong form, a surrogate, a sequence cut short', () => {
    const at = (...bytes: number[]) => firstInvalidUtf8(Uint8Array.from(bytes));
    expect(at(0x41, 0xc3, 0xa9, 0x42)).toBe(4);
    expect(at(0x41, 0x80)).toBe(1);
    expect(at(0xc0, 0xaf)).toBe(0);
    expect(at(0xe0, 0x80, 0xaf)).toBe(0);
    expect(at(0xed, 0xa0, 0x80)).toBe(0);
    expect(at(0x41, 0xe2, 0x82)).toBe(1);
    expect(at(0xf0, 0x9f, 0x98, 0x80, 0xf5, 0x80)).toBe(4);
  });

  test('says what a file that is not text looks like', () => {
    expect(refusal(Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0]))).toMatch(/^looks like a GIF image, not an article/);
    expect(refusal(bytes('RIFF\x10\0\0\0WEBPVP8 ', 'latin1'))).toMatch(/^looks like a WebP image/);
    expect(refusal(bytes('PK\x03\x04mimetypeapplication/epub+zip', 'latin1'))).toMatch(/^looks like an EPUB e-book/);
    expect(refusal(bytes('PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.text', 'latin1'))).toMatch(/^looks like an OpenDocument text/);
    expect(refusal(bytes('\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1', 'latin1'))).toMatch(/^looks like an old Word or Office document/);
    expect(refusal(bytes('{\\rtf1\\ansi Hello}'))).toMatch(/^looks like an RTF document/);
    expect(refusal(bytes('\0\0\0\x18ftypmp42', 'latin1'))).toMatch(/^looks like an MP4 video/);
  });

  test('UTF-16 without its mark is named, with what to do', () => {
    expect(refusal(bytes('An article saved as UTF-16, with no mark.', 'utf16le'))).toBe(
      'looks like UTF-16 text without the byte-order mark that says so, not an article: save it again as UTF-8 and import that',
    );
  });

  test('text with a stray control character is text; one with many is not', () => {
    expect(decodeArticle(bytes(`${'An ordinary sentence of an article. '.repeat(5)}\x1a`)).guessed).toBe(false);
    expect(refusal(bytes('ab\x01\x02\x03\x04cd'))).toMatch(/^looks like a binary file/);
  });
});
