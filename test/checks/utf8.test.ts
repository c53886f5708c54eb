import { describe, expect, test } from 'vitest';
import { nonUtf8Line, utf8Text } from '../../src/checks/utf8';

describe('utf8Text(file, bytes)', () => {
  test('reads UTF-8, with or without its byte-order mark', () => {
    expect(utf8Text('a.csv', new Uint8Array(Buffer.from('id,name\n1,Café\n')))).toEqual({ text: 'id,name\n1,Café\n', problems: [] });
    expect(utf8Text('a.csv', new Uint8Array(Buffer.from('\uFEFFid\n')))).toEqual({ text: 'id\n', problems: [] });
  });

  test('refuses a file that is not UTF-8, at the line where it stops being UTF-8', () => {
    // What Excel writes for "CSV" on Windows: "é" as the single byte E9.
    const bytes = new Uint8Array(Buffer.from('id,name\n1,Bogota\n2,Bogotá\n', 'latin1'));
    expect(nonUtf8Line(bytes)).toBe(3);
    expect(utf8Text('content/data/strikes.csv', bytes)).toEqual({
      text: '',
      problems: [
        {
          file: 'content/data/strikes.csv',
          line: 3,
          field: 'encoding',
          message: 'not UTF-8 from this line on, so its accents would be lost: save the file as UTF-8 ("CSV UTF-8" in Excel)',
        },
      ],
    });
    // Excel is named for a CSV file only.
    expect(utf8Text('content/data/glossary.es.yml', bytes).problems[0]!.message).toBe('not UTF-8 from this line on, so its accents would be lost: save the file as UTF-8');
  });

  test('says what a file that is not text at all is, at its first line: UTF-16 (with its mark or without), an image, a binary file', () => {
    const said = (file: string, bytes: Buffer) => utf8Text(file, new Uint8Array(bytes)).problems.map((p) => `${p.line} ${p.field}: ${p.message}`);
    const text = '---\ntitle: "Café"\n---\n';
    expect(said('x.mdx', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual(['1 encoding: is UTF-16 text, not UTF-8: save the file as UTF-8']);
    expect(said('x.csv', Buffer.from(text, 'utf16le'))).toEqual([
      '1 encoding: is UTF-16 text without the byte-order mark that says so, not UTF-8: save the file as UTF-8 ("CSV UTF-8" in Excel)',
    ]);
    expect(said('x.mdx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual([
      '1 encoding: is not text: it looks like a PNG image; a content file is text, saved as UTF-8',
    ]);
    // A NUL byte, at its line, wherever it is in the file.
    expect(said('x.mdx', Buffer.from('---\ntitle: x\0\0\n'))).toEqual(['2 encoding: a NUL byte on this line, which no text holds: is it a binary file, or pasted from one? a content file is text, saved as UTF-8']);
    expect(said('x.mdx', Buffer.from(`${'text\n'.repeat(2000)}a\0b\n`))[0]).toMatch(/^2001 encoding: a NUL byte on this line/);
  });
});
