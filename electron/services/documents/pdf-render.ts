import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { finished } from 'node:stream/promises';
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
