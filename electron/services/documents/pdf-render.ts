import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { finished } from 'node:stream/promises';
import type { Readable, Writable } from 'node:stream';
import { loadFonts, type FontSet } from './fonts';

// The one pdfmake wrapper of the app (decision sheets, certificates, benches). Fonts come from
// loadFonts(): read once per thread and shared, with the work done on them, by every document.

const require = createRequire(import.meta.url);

/** A pdfmake document definition (pdfmake ships no types; the builders produce plain data). */
export type DocDefinition = Record<string, unknown>;

/** The parts of pdfkit's document the signing code touches. */
export interface PdfKitDoc {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end' | 'error', listener: (error?: Error) => void): void;
  end(): void;
}

interface PrinterInstance {
  createPdfKitDocument(def: DocDefinition, options?: Record<string, unknown>): Promise<PdfKitDoc>;
}
type PrinterCtor = new (
  fonts: FontSet['descriptors'],
  virtualfs: unknown,
  urlResolver: unknown,
  localAccessPolicy: (path: string) => boolean,
) => PrinterInstance;

const Printer = (require('pdfmake/js/Printer') as { default: PrinterCtor }).default;

// pdfmake's own layout and render steps, for documents laid out a chunk at a time (writePdfInChunks).
type Page = unknown;
interface LayoutBuilderInstance {
  registerTableLayouts(layouts: unknown): void;
  layoutDocument(content: unknown[], doc: PdfKitDoc, ...rest: unknown[]): Page[];
}
const LayoutBuilder = (
  require('pdfmake/js/LayoutBuilder') as {
    default: new (pageSize: unknown, margins: unknown, svgMeasure: unknown) => LayoutBuilderInstance;
  }
).default;
const SVGMeasure = (require('pdfmake/js/SVGMeasure') as { default: new () => unknown }).default;
const { tableLayouts } = require('pdfmake/js/tableLayouts') as { tableLayouts: unknown };
const Renderer = (
  require('pdfmake/js/Renderer') as { default: new (doc: PdfKitDoc) => { renderPages(pages: Page[]): void } }
).default;
const pageSize = require('pdfmake/js/PageSize') as {
  normalizePageSize(this: void, size: unknown, orientation: unknown): unknown;
  normalizePageMargin(this: void, margins: unknown): unknown;
};

/** Serves the fonts from memory; documents may not read local files or fetch URLs. */
function memoryFs(fonts: FontSet) {
  return {
    existsSync: (name: string) => fonts.files.has(name),
    readFileSync: (name: string) => {
      const file = fonts.files.get(name);
      if (!file) throw new Error(`not in memory: ${name}`);
      return file;
    },
    writeFileSync: () => {
      throw new Error('documents fetch nothing');
    },
  };
}
const noUrls = { resolve: () => Promise.resolve(), resolved: () => Promise.resolve() };

/** Lays a definition out into a pdfkit document that is not ended yet (to add a signature field). */
export async function layoutPdf(def: DocDefinition, fonts: FontSet = loadFonts()): Promise<PdfKitDoc> {
  // The printer rewrites its font table as it resolves it, so each document gets its own copy.
  const printer = new Printer(structuredClone(fonts.descriptors), memoryFs(fonts), noUrls, () => false);
  return printer.createPdfKitDocument(def);
}

/**
 * Ends a pdfkit document and streams it to a file, so a long document is never whole in memory.
 * Resolves once the file is written and closed.
 */
export async function finishPdfToFile(doc: PdfKitDoc, path: string): Promise<void> {
  const out = createWriteStream(path);
  (doc as unknown as NodeJS.ReadableStream).pipe(out);
  doc.end();
  await finished(out);
}

/** A definition rendered straight to a PDF file, unsigned. */
export async function writePdf(def: DocDefinition, path: string, fonts?: FontSet): Promise<void> {
  return finishPdfToFile(await layoutPdf(def, fonts), path);
}

/** Ends a pdfkit document and collects its bytes. */
export function finishPdf(doc: PdfKitDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', (error) => reject(error ?? new Error('pdf failed')));
    doc.end();
  });
}

/** A definition rendered to PDF bytes, unsigned. */
export async function renderPdf(def: DocDefinition, fonts?: FontSet): Promise<Buffer> {
  return finishPdf(await layoutPdf(def, fonts));
}

export interface ChunkOptions {
  fonts?: FontSet;
  /** Called once every page is rendered, before the document is ended (e.g. to add a signature field). */
  beforeEnd?: (doc: PdfKitDoc) => void;
}

/**
 * Writes one PDF whose content comes a chunk at a time, each chunk starting on a new page. pdfmake
 * lays a definition out whole before writing a byte, so a long document (the certificates' print
 * file) would be held in memory at once; here each chunk is laid out, rendered and streamed to the
 * file before the next one is built, with pdfkit's fonts and images shared by every chunk.
 * `def` gives everything but the content; it may not have a header or footer, whose page numbers
 * would restart with each chunk.
 */
export async function writePdfInChunks(
  def: DocDefinition,
  chunks: Iterable<unknown[]>,
  path: string,
  options: ChunkOptions = {},
): Promise<void> {
  if (def.header || def.footer) throw new Error('a chunked document cannot have a header or footer');
  const iterator = chunks[Symbol.iterator]();
  const first = iterator.next();
  // pdfmake fills in the defaults (styles, background, margins) on the definition it is given.
  const head: DocDefinition = { ...def, content: first.done ? [] : first.value };
  const doc = await layoutPdf(head, options.fonts);
  const out = createWriteStream(path);
  (doc as unknown as NodeJS.ReadableStream).pipe(out);
  try {
    await layoutRest(doc, head, iterator, out);
    options.beforeEnd?.(doc);
  } catch (error) {
    // The file is left unfinished, and its handle closed.
    out.destroy();
    throw error;
  }
  doc.end();
  await finished(out);
}

/** Lays out, renders and writes the chunks after the first into `doc`. */
async function layoutRest(
  doc: PdfKitDoc,
  head: DocDefinition,
  iterator: Iterator<unknown[]>,
  out: WriteStream,
): Promise<void> {
  const size = pageSize.normalizePageSize(head.pageSize, head.pageOrientation);
  const margins = pageSize.normalizePageMargin(head.pageMargins);
  for (let next = iterator.next(); !next.done; next = iterator.next()) {
    await drained(doc as unknown as Readable, out);
    const builder = new LayoutBuilder(size, margins, new SVGMeasure());
    builder.registerTableLayouts(tableLayouts);
    const pages = builder.layoutDocument(
      next.value,
      doc,
      head.styles ?? {},
      head.defaultStyle ?? { fontSize: 12, font: 'Roboto' },
      head.background,
      undefined,
      undefined,
      head.watermark,
      head.pageBreakBefore,
    );
    new Renderer(doc).renderPages(pages);
  }
}

/**
 * Lets the pages rendered so far reach the file before more are made. pdfkit pushes its output
 * without regard to backpressure, so what the file has not taken yet waits in the document's own
 * read buffer: that buffer, not only the file stream's, has to empty.
 */
export async function drained(pending: { readonly readableLength: number }, out: Writable): Promise<void> {
  do {
    if (out.errored) throw out.errored;
    if (out.destroyed) throw new Error('the file was closed before the document was written');
    if (out.writableNeedDrain) await once(out, 'drain');
    else await nextTurn();
  } while (pending.readableLength > 0 || out.writableNeedDrain);
}
