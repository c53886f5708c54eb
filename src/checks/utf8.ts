import type { Problem } from './problems';

export const starts = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
/** Bytes as characters of the same codes, to look for ASCII markers in them. */
export const latin = (bytes: Uint8Array) => Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
export const holds = (bytes: Uint8Array, text: string, within = 4096) => latin(bytes.subarray(0, within)).includes(text);

/** What a file that is not text is, by its first bytes: formats an editor might give by mistake. */
export const SIGNATURES: [test: (bytes: Uint8Array) => boolean, what: string][] = [
  [(b) => starts(b, 0x25, 0x50, 0x44, 0x46, 0x2d), 'a PDF document'],
  [(b) => starts(b, 0x89, 0x50, 0x4e, 0x47), 'a PNG image'],
  [(b) => starts(b, 0xff, 0xd8, 0xff), 'a JPEG image'],
  [(b) => starts(b, 0x47, 0x49, 0x46, 0x38), 'a GIF image'],
  [(b) => starts(b, 0x52, 0x49, 0x46, 0x46) && holds(b, 'WEBP', 16), 'a WebP image'],
  [(b) => holds(b, 'ftyp', 12) && /heic|heix|mif1|avif/.test(latin(b.subarray(8, 12))), 'a HEIC or AVIF image'],
  [(b) => holds(b, 'ftyp', 12), 'an MP4 video or audio file'],
  [(b) => starts(b, 0x50, 0x4b, 0x03, 0x04) && holds(b, 'word/'), 'a Word document (.docx)'],
  [(b) => starts(b, 0x50, 0x4b, 0x03, 0x04) && holds(b, 'opendocument.text'), 'an OpenDocument text (.odt)'],
  [(b) => starts(b, 0x50, 0x4b, 0x03, 0x04) && holds(b, 'epub+zip'), 'an EPUB e-book'],
  [(b) => starts(b, 0x50, 0x4b, 0x03, 0x04), 'a ZIP archive'],
  [(b) => starts(b, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'an old Word or Office document (.doc)'],
  [(b) => starts(b, 0x7b, 0x5c, 0x72, 0x74, 0x66), 'an RTF document'],
  [(b) => starts(b, 0x1f, 0x8b), 'a gzip-compressed file'],
];

/**
 * What a file that is not UTF-8 text at all is: a format by its first bytes, or UTF-16 (by its byte-order
 * mark, or every other byte zero); undefined where it may be text.
 */
export function notTextKind(bytes: Uint8Array): string | undefined {
  const known = SIGNATURES.find(([test]) => test(bytes));
  if (known) return known[1];
  if (starts(bytes, 0xff, 0xfe) || starts(bytes, 0xfe, 0xff)) return 'UTF-16 text';
  if (utf16WithoutMark(bytes)) return 'UTF-16 text without the byte-order mark that says so';
  return undefined;
}

/** Every other byte zero (nearly): UTF-16 saved without the mark that says so. */
export function utf16WithoutMark(bytes: Uint8Array): boolean {
  // Most files hold no zero byte at all: they are not counted.
  if (bytes.indexOf(0) < 0) return false;
  const zeros = bytes.filter((byte, i) => byte === 0 && i % 2 === (bytes[0] === 0 ? 0 : 1)).length;
  return zeros > 0 && zeros * 2 >= bytes.length * 0.9;
}

/** The line (from 1) of a file's first NUL byte, which no text holds, or undefined where it has none. */
function nulLine(bytes: Uint8Array): number | undefined {
  const at = bytes.indexOf(0);
  return at < 0 ? undefined : bytes.subarray(0, at).filter((byte) => byte === 0x0a).length + 1;
}

/** The line (from 1) on which a file's bytes stop being UTF-8, or undefined where all of them are. */
export function nonUtf8Line(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  // A line feed is never part of a longer UTF-8 sequence, so each line can be checked on its own.
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return undefined;
}

/**
 * A content file's text. One that is not UTF-8 (a CSV saved by Excel as "CSV", a file from a Windows
 * editor) would have its accents replaced unseen, so it is a problem, at the line where it stops being UTF-8.
 */
export function utf8Text(file: string, bytes: Uint8Array): { text: string; problems: Problem[] } {
  const excel = file.endsWith('.csv') ? ' ("CSV UTF-8" in Excel)' : '';
  const kind = notTextKind(bytes);
  if (kind) {
    const message = kind.startsWith('UTF-16') ? `is ${kind}, not UTF-8: save the file as UTF-8${excel}` : `is not text: it looks like ${kind}; a content file is text, saved as UTF-8`;
    return { text: '', problems: [{ file, line: 1, field: 'encoding', message }] };
  }
  const nul = nulLine(bytes);
  if (nul !== undefined)
    return { text: '', problems: [{ file, line: nul, field: 'encoding', message: 'a NUL byte on this line, which no text holds: is it a binary file, or pasted from one? a content file is text, saved as UTF-8' }] };
  const line = nonUtf8Line(bytes);
  if (line === undefined) return { text: new TextDecoder('utf-8').decode(bytes), problems: [] };
  // Excel's is the one way to save a file as UTF-8 that an editor may need told; a text editor names it UTF-8.
  const message = `not UTF-8 from this line on, so its accents would be lost: save the file as UTF-8${excel}`;
  return { text: '', problems: [{ file, line, field: 'encoding', message }] };
}
