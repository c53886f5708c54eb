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
});
