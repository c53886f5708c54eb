import { constants, crc32, deflateSync } from 'node:zlib';

/**
 * resvg's pixels (RGBA, premultiplied by their alpha, as `render().pixels` gives them) as a PNG, encoded
 * here rather than by resvg's `asPng()`, which took as long as drawing the card. A picture of at most 256
 * colours (a card of flat colours: a source's, the site's) is written with a palette, a byte a pixel,
 * compressed as runs (zlib's Z_RLE); any other as RGBA, unfiltered, compressed at zlib's fastest level.
 * The same pixels give the same bytes.
 */
export function encodePng(pixels: Uint8Array, width: number, height: number): Buffer {
  if (pixels.length !== width * height * 4) throw new Error(`encodePng: ${pixels.length} bytes are not ${width} × ${height} RGBA pixels`);
  return indexed(pixels, width, height) ?? truecolour(pixels, width, height);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG of those chunks, IHDR first (8 bits a sample, `colourType`, deflate, no interlace) and IEND last. */
function png(width: number, height: number, colourType: 3 | 6, chunks: [string, Buffer][]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourType, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, ...[['IHDR', header] as [string, Buffer], ...chunks, ['IEND', Buffer.alloc(0)] as [string, Buffer]].map(([type, data]) => chunk(type, data))]);
}

/** A PNG chunk: its length, type, data and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG with a palette, or undefined when the pixels have more than 256 colours. */
function indexed(pixels: Uint8Array, width: number, height: number): Buffer | undefined {
  const indexes = paletteOf(pixels, width, height);
  return indexes && palettePng(width, height, indexes.colours, indexes.rows);
}

/**
 * The pixels as a palette (each colour as one number, as a Uint32Array reads a pixel's four bytes, in the
 * order they first come) and rows of places in it, as palettePng() takes them; undefined when the pixels
 * have more than 256 colours.
 */
export function paletteOf(pixels: Uint8Array, width: number, height: number): { colours: number[]; rows: Buffer } | undefined {
  // A pixel as one number (a copy if the bytes do not start on a multiple of 4, as a typed array needs; a
  // Buffer's slice() would be a view, not a copy).
  const aligned = pixels.byteOffset % 4 ? new Uint8Array(pixels) : pixels;
  const colours = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
  const index = new Map<number, number>();
  // Each row: its filter type (0, none), then a byte a pixel, its colour's place in the palette.
  const rows = Buffer.alloc((width + 1) * height);
  // Flat colours come in runs: a pixel like the last needs no look-up.
  let last = -1;
  let lastIndex = 0;
  for (let y = 0, k = 0, out = 0; y < height; y++) {
    rows[out++] = 0;
    for (let x = 0; x < width; x++, k++) {
      const colour = colours[k]!;
      if (colour !== last) {
        let i = index.get(colour);
        if (i === undefined) {
          if (index.size === 256) return undefined;
          index.set(colour, (i = index.size));
        }
        last = colour;
        lastIndex = i;
      }
      rows[out++] = lastIndex;
    }
  }
  return { colours: [...index.keys()], rows };
}

/**
 * A PNG with a palette: `colours` (at most 256, each a pixel's four bytes as one number, as a Uint32Array
 * reads them) and `rows`, each a filter type byte (0, none) then a byte a pixel, its colour's place among them.
 */
export function palettePng(width: number, height: number, colours: number[], rows: Buffer): Buffer {
  if (colours.length > 256) throw new Error(`palettePng: ${colours.length} colours, more than a palette holds`);
  const palette = Buffer.alloc(3 * colours.length);
  const alphas = Buffer.alloc(colours.length);
  for (const [i, colour] of colours.entries()) {
    const rgba = new Uint8Array(new Uint32Array([colour]).buffer);
    palette.set(straight(rgba), 3 * i);
    alphas[i] = rgba[3]!;
  }
  const opaque = alphas.every((a) => a === 255);
  return png(width, height, 3, [
    ['PLTE', palette],
    ...(opaque ? [] : [['tRNS', alphas] as [string, Buffer]]),
    ['IDAT', deflateSync(rows, { strategy: constants.Z_RLE })],
  ]);
}

/** An RGBA PNG, its rows unfiltered (filtering them in JavaScript costs more than it saves). */
function truecolour(pixels: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  // Colours with some transparency are undone from premultiplied in place (the rows are a copy).
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1) + 1;
    for (let i = start; i < start + stride; i += 4) if (rows[i + 3] !== 255) rows.set(straight(rows.subarray(i, i + 4)), i);
  }
  return png(width, height, 6, [['IDAT', deflateSync(rows, { level: 1 })]]);
}

/**
 * A premultiplied RGBA colour's red, green and blue as a PNG wants them, not premultiplied: undone as
 * resvg's own encoder (tiny-skia's `demultiply`) undoes it, so that a pixel has the colour it had there.
 */
function straight([r, g, b, a]: Uint8Array): [number, number, number] {
  if (a === 255) return [r!, g!, b!];
  if (a === 0) return [0, 0, 0];
  const alpha = a! / 255;
  return [r!, g!, b!].map((c) => Math.min(255, Math.floor(c / alpha + 0.5))) as [number, number, number];
}
