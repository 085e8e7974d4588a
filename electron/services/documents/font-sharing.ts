import { createRequire } from 'node:module';

/**
 * pdfkit opens every font anew for every document: fontkit decodes its tables again, every word
 * is shaped again (OpenType layout), and the font subset is rebuilt glyph by glyph through
 * fontkit's generic struct encoder. For a one-page certificate that was most of its cost. All of
 * it depends only on the font file, so it is done once per font file and thread and shared by
 * every later document: keyed by the font's Buffer (the same object for every document, see
 * loadFonts), and read-only to pdfkit. The output is byte for byte what pdfkit writes without
 * the sharing (tests/unit/certificates/render-sharing.test.ts).
 */

interface Glyph {
  advanceWidth: number;
  _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
  _getMetrics(): { leftBearing: number };
}
interface Stream {
  buffer: Buffer;
  pos: number;
  readBuffer(length: number): Uint8Array;
}
interface Font {
  stream: Stream;
  loca: { offsets: number[]; version: number };
  directory: { tables: Record<string, unknown> };
  _variationProcessor?: unknown;
  _decodeTable: (this: Font, table: { tag: string }) => unknown;
  _getTableStream(tag: string): Stream | null;
  getGlyph(id: number): Glyph;
  createSubset(): Subset;
}
interface Subset {
  font: Font;
  glyphs: number[];
  includeGlyph(id: number): number;
  encode: (this: Subset) => Uint8Array;
}
interface Run {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: Record<string, number>[];
  advanceWidth: number;
}
interface EmbeddedFont {
  font: Font;
  layoutCache?: Record<string, Run>;
  layoutRun: (this: EmbeddedFont, text: string) => Run;
  layoutCached: (this: EmbeddedFont, text: string) => Run;
}

interface GlyphData {
  bytes: Uint8Array;
  /** Component glyph ids and where they sit in `bytes`, for composite glyphs. */
  components: { glyphID: number; pos: number }[] | null;
  advance: number;
  bearing: number;
}
interface SharedFont {
  tables: Map<string, unknown>;
  glyphs: Map<number, GlyphData>;
  /** The subset's tables that do not depend on the glyphs, as fontkit encodes them, in its order. */
  fixed: { tag: string; bytes: Buffer }[] | null;
  /** Shaped words, scaled as pdfkit keeps them, holding plain glyph data (not the font they came from). */
  words: Map<string, Run>;
}

/** Shaped words kept per font before the cache starts over (bounds memory in a long-lived process). */
const MAX_WORDS = 20_000;
const shared = new WeakMap<object, SharedFont>();
const require = createRequire(import.meta.url);

function sharedFor(buffer: object): SharedFont {
  let entry = shared.get(buffer);
  if (!entry) {
    entry = { tables: new Map(), glyphs: new Map(), fixed: null, words: new Map() };
    shared.set(buffer, entry);
  }
  return entry;
}

function glyphData(font: Font, entry: SharedFont, gid: number): GlyphData {
  let data = entry.glyphs.get(gid);
  if (data) return data;
  const glyph = font.getGlyph(gid);
  const decoded = glyph._decode();
  const start = font.loca.offsets[gid] ?? 0;
  const end = font.loca.offsets[gid + 1] ?? start;
  const stream = font._getTableStream('glyf')!;
  stream.pos += start;
  const bytes = stream.readBuffer(end - start);
  data = {
    bytes,
    components:
      decoded && decoded.numberOfContours < 0
        ? (decoded.components ?? []).map((c) => ({ glyphID: c.glyphID, pos: c.pos }))
        : null,
    advance: glyph.advanceWidth,
    bearing: glyph._getMetrics().leftBearing,
  };
  entry.glyphs.set(gid, data);
  return data;
}

/** The fixed tables of a subset, cut out of a subset of glyph 0 made by fontkit itself. */
function fixedTables(subset: Subset, encode: () => Uint8Array): { tag: string; bytes: Buffer }[] {
  const reference = Object.create(Object.getPrototypeOf(subset) as object) as Subset;
  Object.assign(reference, { font: subset.font, glyphs: [0], mapping: { 0: 0 } });
  const encoded = encode.call(reference);
  const ttf = Buffer.from(encoded.buffer, encoded.byteOffset, encoded.byteLength);
  const count = ttf.readUInt16BE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 12 + 16 * i;
    const offset = ttf.readUInt32BE(at + 8);
    return {
      tag: ttf.toString('latin1', at, at + 4),
      bytes: Buffer.from(ttf.subarray(offset, offset + ttf.readUInt32BE(at + 12))),
    };
  });
}

/** fontkit's TTFSubset.encode, with the glyph data and fixed tables taken from the shared cache. */
function encodeShared(subset: Subset, encode: () => Uint8Array): Uint8Array {
  const { font } = subset;
  const entry = sharedFor(font.stream.buffer);
  entry.fixed ??= fixedTables(subset, encode);
  const glyf: Uint8Array[] = [];
  const offsets: number[] = [];
  const metrics: GlyphData[] = [];
  let offset = 0;
  // includeGlyph may append component glyphs while this runs, as in fontkit.
  for (let i = 0; i < subset.glyphs.length; i++) {
    const data = glyphData(font, entry, subset.glyphs[i]!);
    let bytes = data.bytes;
    if (data.components) {
      bytes = new Uint8Array(bytes);
      const view = new DataView(bytes.buffer);
      for (const c of data.components) view.setUint16(c.pos, subset.includeGlyph(c.glyphID));
    }
    glyf.push(bytes);
    offsets.push(offset);
    metrics.push(data);
    offset += bytes.length;
  }
  offsets.push(offset);
  const short = font.loca.version === 0;
  const loca = Buffer.alloc(offsets.length * (short ? 2 : 4));
  offsets.forEach((o, i) => (short ? loca.writeUInt16BE(o >>> 1, i * 2) : loca.writeUInt32BE(o, i * 4)));
  const hmtx = Buffer.alloc(metrics.length * 4);
  metrics.forEach((m, i) => {
    hmtx.writeUInt16BE(m.advance, i * 4);
    hmtx.writeInt16BE(m.bearing, i * 4 + 2);
  });
  const tables = entry.fixed.map(({ tag, bytes }) => {
    if (tag === 'loca') return loca;
    if (tag === 'hmtx') return hmtx;
    if (tag === 'glyf') return Buffer.concat(glyf);
    if (tag === 'hhea') return withUint16(bytes, 34, metrics.length);
    if (tag === 'maxp') return withUint16(bytes, 4, glyf.length);
    return bytes;
  });
  return directory(
    entry.fixed.map((t) => t.tag),
    tables,
  );
}

function withUint16(bytes: Buffer, at: number, value: number): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeUInt16BE(value, at);
  return copy;
}

/** The table directory as fontkit writes it (tag 'true', zero checksums, tables in order, unpadded). */
function directory(tags: string[], tables: Buffer[]): Buffer {
  const n = tags.length;
  const head = Buffer.alloc(12 + 16 * n);
  const power = 2 ** Math.floor(Math.log2(n));
  head.write('true', 0, 'latin1');
  head.writeUInt16BE(n, 4);
  head.writeUInt16BE(power * 16, 6);
  head.writeUInt16BE(Math.log2(power), 8);
  head.writeUInt16BE(n * 16 - power * 16, 10);
  let offset = head.length;
  tags.forEach((tag, i) => {
    const at = 12 + 16 * i;
    head.write(tag, at, 'latin1');
    head.writeUInt32BE(offset, at + 8);
    head.writeUInt32BE(tables[i]!.length, at + 12);
    offset += tables[i]!.length;
  });
  return Buffer.concat([head, ...tables]);
}

let installed = false;

/**
 * Installs the sharing in this thread's copies of pdfmake, pdfkit and fontkit (pdfmake 0.3 brings
 * its own pdfkit and fontkit). `sample` is any TTF, to reach fontkit's classes.
 */
export function shareFontkitWork(sample: Buffer): void {
  if (installed) return;
  installed = true;
  const pdfmakeRequire = createRequire(require.resolve('pdfmake'));
  const fontkit = createRequire(pdfmakeRequire.resolve('pdfkit'))('fontkit') as { create(buffer: Buffer): Font };
  const font = fontkit.create(sample);

  const fontProto = Object.getPrototypeOf(font) as Font;
  const decodeTable = fontProto._decodeTable;
  fontProto._decodeTable = function (this: Font, table: { tag: string }) {
    const { tables } = sharedFor(this.stream.buffer);
    if (!tables.has(table.tag)) tables.set(table.tag, decodeTable.call(this, table));
    return tables.get(table.tag);
  };

  const subsetProto = Object.getPrototypeOf(font.createSubset()) as Subset;
  const encode = subsetProto.encode;
  subsetProto.encode = function (this: Subset) {
    if (this.font._variationProcessor || !this.font.directory.tables.glyf) return encode.call(this);
    return encodeShared(this, encode);
  };

  // pdfkit caches shaped words per document and font; the cache is kept per font file instead.
  // A cached run keeps only what pdfkit reads of its glyphs, so it does not keep alive the font
  // object (and its layout engine) of the document that shaped it.
  const PdfKit = createRequire(pdfmakeRequire.resolve('pdfkit'))('pdfkit') as new (options: object) => {
    font(src: Buffer): { _font: EmbeddedFont };
  };
  const embeddedProto = Object.getPrototypeOf(new PdfKit({ autoFirstPage: false }).font(sample)._font) as EmbeddedFont;
  embeddedProto.layoutCached = function (this: EmbeddedFont, text: string) {
    if (!this.layoutCache) return this.layoutRun(text);
    const { words } = sharedFor(this.font.stream.buffer);
    let run = words.get(text);
    if (!run) {
      const shaped = this.layoutRun(text);
      run = {
        glyphs: shaped.glyphs.map((g) => ({ id: g.id, advanceWidth: g.advanceWidth, codePoints: g.codePoints })),
        positions: shaped.positions,
        advanceWidth: shaped.advanceWidth,
      };
      if (words.size >= MAX_WORDS) words.clear();
      words.set(text, run);
    }
    return run;
  };
}
