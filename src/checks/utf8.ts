import type { Problem } from './problems';

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
  const line = nonUtf8Line(bytes);
  if (line === undefined) return { text: new TextDecoder('utf-8').decode(bytes), problems: [] };
  // Excel's is the one way to save a file as UTF-8 that an editor may need told; a text editor names it UTF-8.
  const message = `not UTF-8 from this line on, so its accents would be lost: save the file as UTF-8${file.endsWith('.csv') ? ' ("CSV UTF-8" in Excel)' : ''}`;
  return { text: '', problems: [{ file, line, field: 'encoding', message }] };
}
