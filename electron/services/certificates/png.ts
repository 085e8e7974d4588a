import { deflateSync, inflateSync, type ZlibOptions } from 'node:zlib';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const MAX_SIDE = 4000;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Why bytes are not an acceptable PNG image, or null when they are one. */
export function pngProblem(bytes: Uint8Array): 'notPng' | 'damaged' | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 8 + 25 + 12 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) return 'notPng';
  let offset = 8;
  let first = true;
  let sawData = false;
  while (offset + 12 <= buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('latin1', offset + 4, offset + 8);
    if (offset + 12 + length > buf.length) return 'damaged';
    const crc = buf.readUInt32BE(offset + 8 + length);
    if (crc32(buf.subarray(offset + 4, offset + 8 + length)) !== crc) return 'damaged';
    if (first) {
      if (type !== 'IHDR' || length !== 13) return 'notPng';
      const width = buf.readUInt32BE(offset + 8);
      const height = buf.readUInt32BE(offset + 12);
      if (width === 0 || height === 0 || width > MAX_SIDE || height > MAX_SIDE) return 'damaged';
      first = false;
    }
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData ? null : 'damaged';
    offset += 12 + length;
  }
  return 'damaged';
}

/** The pixel size of a PNG (read from IHDR; call after `pngProblem` said it is fine). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes 8-bit grey+alpha pixels (2 bytes a pixel, row by row) as a PNG. */
export function encodeGreyAlphaPng(width: number, height: number, pixels: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 4; // grey + alpha
  const raw = Buffer.alloc((width * 2 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 2 + 1)] = 0; // filter: none
    Buffer.from(pixels.buffer, pixels.byteOffset + y * width * 2, width * 2).copy(raw, y * (width * 2 + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Decoded 8-bit pixels as grey + alpha, or null for PNG variants this decoder leaves alone. */
export function decodeToGreyAlpha(bytes: Uint8Array): { width: number; height: number; pixels: Uint8Array } | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { width, height } = pngSize(buf);
  const depth = buf[24];
  const colour = buf[25];
  const interlace = buf[28];
  const channels = colour === 0 ? 1 : colour === 2 ? 3 : colour === 4 ? 2 : colour === 6 ? 4 : 0;
  if (depth !== 8 || interlace !== 0 || channels === 0) return null;
  const data: Buffer[] = [];
  for (let offset = 8; offset + 12 <= buf.length;) {
    const length = buf.readUInt32BE(offset);
    if (buf.toString('latin1', offset + 4, offset + 8) === 'IDAT')
      data.push(buf.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const v = line[x]!;
      let out = v;
      if (filter === 1) out = v + a;
      else if (filter === 2) out = v + b;
      else if (filter === 3) out = v + ((a + b) >> 1);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        out = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      rows[y * stride + x] = out & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height * 2);
  for (let i = 0; i < width * height; i++) {
    const p = i * channels;
    const grey = channels >= 3 ? (rows[p]! * 299 + rows[p + 1]! * 587 + rows[p + 2]! * 114) / 1000 : rows[p]!;
    pixels[i * 2] = Math.round(grey);
    pixels[i * 2 + 1] = channels === 2 ? rows[p + 1]! : channels === 4 ? rows[p + 3]! : 255;
  }
  return { width, height, pixels };
}

/**
 * Encodes grey pixels with white (255) as the transparent colour key (a tRNS chunk). A PDF embeds
 * such a PNG's data as it is, with no per-pixel work: far cheaper than an alpha channel.
 */
export function encodeKeyedGreyPng(width: number, height: number, grey: Uint8Array, keyed = true): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++)
    Buffer.from(grey.buffer, grey.byteOffset + y * width, width).copy(raw, y * (width + 1) + 1);
  return greyPngFromScanlines(width, height, raw, keyed);
}

/**
 * An 8-bit grey PNG from its scanlines as PNG stores them before compression: per row a filter
 * byte, then `width` bytes filtered accordingly. `keyed` makes white (255) transparent.
 */
export function greyPngFromScanlines(
  width: number,
  height: number,
  scanlines: Uint8Array,
  keyed: boolean,
  deflate: ZlibOptions = {},
): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 0; // grey
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    ...(keyed ? [chunk('tRNS', Buffer.from([0, 255]))] : []),
    chunk('IDAT', deflateSync(scanlines, deflate)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
