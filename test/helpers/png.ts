import { crc32, inflateSync } from 'node:zlib';

/**
 * A PNG's pixels as straight (not premultiplied) RGBA, decoded here with node:zlib: 8 bits a sample, colour
 * types 2 (RGB), 3 (palette, with tRNS) and 6 (RGBA), any of the five filters, not interlaced, which is what
 * resvg and our encoder write. Throws on a chunk whose CRC is wrong, on anything else, or on a missing chunk.
 */
export function decodePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG signature');
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (crc32(png.subarray(at + 4, at + 8 + length)) !== png.readUInt32BE(at + 8 + length)) throw new Error(`bad CRC in ${type}`);
    chunks.push({ type, data });
    at += 12 + length;
  }
  const [first, last] = [chunks[0], chunks.at(-1)];
  if (first?.type !== 'IHDR' || last?.type !== 'IEND') throw new Error('IHDR must come first and IEND last');
  const width = first.data.readUInt32BE(0);
  const height = first.data.readUInt32BE(4);
  const [depth, colourType, , , interlace] = first.data.subarray(8);
  const channels = { 2: 3, 3: 1, 6: 4 }[colourType!];
  if (depth !== 8 || !channels || interlace !== 0) throw new Error(`unsupported: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = width * channels;
  if (raw.length !== (stride + 1) * height) throw new Error(`IDAT holds ${raw.length} bytes, not ${(stride + 1) * height}`);
  const samples = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const at = y * stride + x;
      const a = x >= channels ? samples[at - channels]! : 0;
      const b = y > 0 ? samples[at - stride]! : 0;
      const c = x >= channels && y > 0 ? samples[at - stride - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predicted === undefined) throw new Error(`row ${y}: filter type ${filter}`);
      samples[at] = (raw[y * (stride + 1) + 1 + x]! + predicted) & 0xff;
    }
  }
  const rgba = Buffer.alloc(width * height * 4);
  const palette = chunks.find((c) => c.type === 'PLTE')?.data;
  const alphas = chunks.find((c) => c.type === 'tRNS')?.data;
  if (colourType === 3 && !palette) throw new Error('a palette PNG without PLTE');
  for (let i = 0; i < width * height; i++) {
    const px =
      colourType === 3
        ? [...palette!.subarray(3 * samples[i]!, 3 * samples[i]! + 3), alphas?.[samples[i]!] ?? 255]
        : [...samples.subarray(i * channels, i * channels + 3), channels === 4 ? samples[i * 4 + 3]! : 255];
    rgba.set(px, i * 4);
  }
  return { width, height, rgba };
}
