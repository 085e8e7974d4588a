import { createWriteStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fontsDir } from '../documents/fonts';

interface PdfKitDoc extends NodeJS.ReadableStream {
  end(): void;
}
interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void; existsSync(name: string): boolean };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getStream(): Promise<PdfKitDoc>; getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);

const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

/** The bundled TTF family (resources/fonts, shared with the decision sheets), else pdfmake's own Roboto. */
function fontDir(): string {
  try {
    return fontsDir();
  } catch {
    return dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
  }
}

let loaded: PdfMake | null = null;

/**
 * pdfkit parses each font's tables anew for every document (fontkit decodes cmap, hmtx, glyf
 * offsets... per font object), which was most of the cost of a one-page certificate. The decoded
 * tables are read-only to pdfkit (each document still makes its own subset), so they are decoded
 * once per font file and thread and shared by every later document.
 */
function shareDecodedFontTables(sample: Buffer): void {
  type Font = { stream: { buffer: Buffer }; _decodeTable: (this: Font, table: { tag: string }) => unknown };
  // The fontkit that pdfmake's own pdfkit loads (pdfmake may carry its own copies of both).
  const pdfkitRequire = createRequire(createRequire(require.resolve('pdfmake')).resolve('pdfkit'));
  const fontkit = pdfkitRequire('fontkit') as { create: (buffer: Buffer) => Font };
  const proto = Object.getPrototypeOf(fontkit.create(sample)) as Font & { __juriShared?: true };
  if (proto.__juriShared) return;
  const decode = proto._decodeTable;
  const tables = new WeakMap<Buffer, Map<string, unknown>>();
  proto._decodeTable = function (this: Font, table: { tag: string }) {
    let byTag = tables.get(this.stream.buffer);
    if (!byTag) tables.set(this.stream.buffer, (byTag = new Map<string, unknown>()));
    if (!byTag.has(table.tag)) byTag.set(table.tag, decode.call(this, table));
    return byTag.get(table.tag);
  };
  proto.__juriShared = true;
}

/**
 * pdfmake with the fonts read from disk once per thread (kept in its virtual file system), and with
 * no access to URLs or local files: documents bring their images as data URLs.
 */
export function pdfMake(): PdfMake {
  if (loaded) return loaded;
  const pdfmake = require('pdfmake') as PdfMake;
  const dir = fontDir();
  const family: Record<string, string> = {};
  for (const [style, file] of Object.entries(FONT_FILES)) {
    const name = `juri-fonts/${file}`;
    if (!pdfmake.virtualfs.existsSync(name)) pdfmake.virtualfs.writeFileSync(name, readFileSync(join(dir, file)));
    family[style] = name;
  }
  shareDecodedFontTables(readFileSync(join(dir, FONT_FILES.normal)));
  pdfmake.setFonts({ Roboto: family });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  loaded = pdfmake;
  return pdfmake;
}

/** Renders a document definition straight to a file (streamed: the PDF is never whole in memory). */
export async function writePdf(doc: Record<string, unknown>, path: string): Promise<void> {
  const stream = await pdfMake().createPdf(doc).getStream();
  const out = createWriteStream(path);
  stream.pipe(out);
  stream.end();
  await finished(out);
}

/** Renders a document definition to bytes (for small documents and tests). */
export const pdfBuffer = (doc: Record<string, unknown>): Promise<Buffer> => pdfMake().createPdf(doc).getBuffer();
