import { latin, SIGNATURES, starts, utf16WithoutMark } from '../checks/utf8';
import { ImportError } from './importSource';

/** A supplied article's bytes as text, and how they were read. */
export interface DecodedArticle {
  text: string;
  /** The encoding it was read in, as TextDecoder names it. */
  encoding: string;
  /** Set when the encoding was a guess that a reviewer should check. */
  guessed: boolean;
}

/** Characters no article holds: C0 controls but tab, line feed, form feed and carriage return, DEL, and C1 controls. */
const CONTROL = /[\0-\x08\x0b\x0e-\x1f\x7f\x80-\x9f]/g;

/** One character in a hundred or more is a control character: not text, whatever it decoded as. */
const looksBinary = (text: string) => text.includes('\0') || (text.match(CONTROL)?.length ?? 0) * 100 > text.length;

/** The encoding a web page declares in a <meta charset> near its start, when TextDecoder knows it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = latin(bytes.subarray(0, 2048));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
  try {
    return label ? new TextDecoder(label).encoding : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a supplied article's bytes: UTF-8 (with or without a byte-order mark), UTF-16 with one, a web
 * page in the encoding it declares, and otherwise Windows-1252, which is what most text that is not
 * UTF-8 turns out to be (Latin-1 is a part of it). Throws an ImportError saying what the file looks like
 * when it is not text.
 */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  const notText = (what: string, advice = 'save the article as text (.txt) or as a web page (.html) and import that') =>
    new ImportError(`looks like ${what}, not an article: ${advice}`);
  const known = SIGNATURES.find(([test]) => test(bytes));
  if (known) throw notText(known[1]);

  let decoded: DecodedArticle | undefined;
  if (starts(bytes, 0xef, 0xbb, 0xbf)) decoded = { text: saidUtf8(bytes, 'begins with the mark of UTF-8'), encoding: 'utf-8', guessed: false };
  else if (starts(bytes, 0xff, 0xfe)) decoded = { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', guessed: false };
  else if (starts(bytes, 0xfe, 0xff)) decoded = { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', guessed: false };
  else {
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', guessed: false };
    } catch {
      const declared = declaredCharset(bytes);
      const encoding = declared ?? 'windows-1252';
      // A page that says it is UTF-8 and is not would be read with a replacement mark for each bad byte, silently.
      if (encoding === 'utf-8') saidUtf8(bytes, 'says it is UTF-8 (its charset)');
      // Read whole as Windows-1252, its UTF-8 accents would all be garbled ("NicolÃ¡s"), its quotes taken for controls.
      if (!declared && holdsUtf8Sequences(bytes))
        saidUtf8(bytes, 'is UTF-8 (its accents and quotes are written so)', 'type that character again, or paste it from the article, save the file as UTF-8, and import that');
      decoded = { text: new TextDecoder(encoding).decode(bytes), encoding, guessed: true };
    }
  }
  if (looksBinary(decoded.text)) {
    if (utf16WithoutMark(bytes)) throw notText('UTF-16 text without the byte-order mark that says so', 'save it again as UTF-8 and import that');
    throw notText('a binary file');
  }
  return decoded;
}

/**
 * The text of bytes that say they are UTF-8; where some are not, an ImportError naming the first such place
 * (line and column, as an editor finds it), rather than a text with "\uFFFD" in place of each bad byte.
 */
function saidUtf8(bytes: Uint8Array, says: string, advice = 'save it again as UTF-8 (or as it was first saved, and remove what says UTF-8), and import that'): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Where the first bad byte is: the line, and the characters before it on its line (the mark not one).
    const at = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
    const line = bytes.subarray(0, lineStart).filter((b) => b === 0x0a).length + 1;
    const before = [...new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at))].length;
    throw new ImportError(
      `${says}, but line ${line}, column ${before + 1} holds bytes that are not UTF-8: ${advice}`,
    );
  }
}

/** The length of the well-formed UTF-8 sequence (RFC 3629) of more than one byte that begins at `i`, or 0. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  // The sequence's length, and the range its second byte must fall in (no overlong forms, no surrogates, nothing past U+10FFFF).
  const [length, low, high] =
    b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
    : b === 0xe0 ? [3, 0xa0, 0xbf]
    : b === 0xed ? [3, 0x80, 0x9f]
    : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
    : b === 0xf0 ? [4, 0x90, 0xbf]
    : b === 0xf4 ? [4, 0x80, 0x8f]
    : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf]
    : [0, 0, 0];
  if (!length || i + length > bytes.length) return 0;
  if (bytes[i + 1]! < low || bytes[i + 1]! > high) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return 0;
  return length;
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629), or the length. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = sequenceAt(bytes, i);
    if (!length) return i;
    i += length;
  }
  return bytes.length;
}

/**
 * Whether bytes hold UTF-8's own sequences of more than one byte (an accent, a curly quote as UTF-8 writes
 * them): text in Windows-1252 does not (its "é" is one byte), so bytes with them that are not all UTF-8 are
 * UTF-8 with a few bytes of another encoding pasted in, not Windows-1252 to be read whole.
 */
export function holdsUtf8Sequences(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0xc2 && sequenceAt(bytes, i)) return true;
  return false;
}

/** How an encoding is named to an editor. */
export const encodingName = (encoding: string) =>
  ({ 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'windows-1252': 'Windows-1252' })[encoding] ?? encoding;
