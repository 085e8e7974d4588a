import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  certificateContent,
  certificateDocument,
  certificateFrameDocument,
  type CertificateData,
  type CertificateFrame,
} from './certificate';
import type { CertificateBatchInput } from './certificate-data';
import { writePdf, writePdfInChunks } from '../documents/pdf-render';
import { addSignatureField, pdfSigner, renderSignedPdf, type SignatureInfo } from '../documents/sign-pdf';
import { signPdfFile } from '../documents/sign-pdf-file';
import { qrImage } from './qr-image';
import { startWorker } from '../worker-thread';

export interface BatchProgress {
  done: number;
  /** Certificates plus one for the combined print file. */
  total: number;
}

export interface BatchResult {
  dir: string;
  files: string[];
  combined: string | null;
  cancelled: boolean;
}

export interface BatchOptions {
  onProgress?: (progress: BatchProgress) => void;
  isCancelled?: () => boolean;
  /** Leave out the combined print file (the benchmark measures single files alone). */
  combined?: boolean;
  /** Sign every PDF with the committee certificate (a PKCS#7 detached signature pdfsig checks). */
  signing?: CertificateSigning;
}

/** The unlocked committee key (PKCS#12, empty password) and what the signature says. */
export interface CertificateSigning {
  p12: Uint8Array;
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  /** ISO time, so it crosses into the worker as plain data. */
  signingTime: string;
}

/** Certificates per chunk of the print file: laid out, rendered and written before the next. */
const PRINT_CHUNK = 16;

/** Writes the PDFs of a batch, signed when it has the committee key (opened once per batch). */
interface Writer {
  single(def: Record<string, unknown>, file: string): Promise<void>;
  /** Writes the print file; false if cancelled between chunks (nothing is left behind then). */
  combined(
    frame: CertificateFrame,
    pages: readonly CertificateData[],
    file: string,
    cancelled: () => boolean,
  ): Promise<boolean>;
}

function writerFor(signing: CertificateSigning | undefined): Writer {
  const key = signing && { signer: pdfSigner(Buffer.from(signing.p12)), info: signatureInfo(signing) };
  return {
    single: async (def, file) => {
      if (!key) return writePdf(def, file);
      writeFileSync(file, await renderSignedPdf(def, key.signer, key.info));
    },
    // The print file is streamed a chunk of pages at a time and signed where it lies on disk, so
    // memory stays flat however many certificates the batch has.
    // A print file that fails or is cancelled half-way is removed: a short one must not be printed.
    combined: async (frame, pages, file, cancelled) => {
      let stopped = false;
      function* chunks(): Generator<unknown[]> {
        for (let i = 0; i < pages.length; i += PRINT_CHUNK) {
          if (cancelled()) return void (stopped = true);
          yield certificateContent(frame, pages.slice(i, i + PRINT_CHUNK));
        }
      }
      try {
        await writePdfInChunks(certificateFrameDocument(frame), chunks(), file, {
          ...(key && { beforeEnd: (doc) => addSignatureField(doc, key.info) }),
        });
        if (!stopped && key) signPdfFile(file, key.signer, key.info.signingTime);
      } catch (error) {
        rmSync(file, { force: true });
        throw error;
      }
      if (stopped) rmSync(file, { force: true });
      return !stopped;
    },
  };
}

function signatureInfo({ p12: _key, signingTime, ...info }: CertificateSigning): SignatureInfo {
  return { ...info, signingTime: new Date(signingTime) };
}

/**
 * Writes one PDF per certificate, then the combined print file, in this thread. Each PDF is
 * streamed to disk as it is made, so memory does not grow with the number of certificates.
 * Stops between certificates, or between chunks of the print file, once `isCancelled` says so.
 */
export async function renderCertificates(
  input: CertificateBatchInput,
  dir: string,
  options: BatchOptions = {},
): Promise<BatchResult> {
  mkdirSync(dir, { recursive: true });
  const withCombined = options.combined !== false;
  const total = input.items.length + (withCombined ? 1 : 0);
  const files: string[] = [];
  const cancelled = () => options.isCancelled?.() === true;
  const write = writerFor(options.signing);
  // QR images are made here, off the caller's thread, once for the single PDF and the print file.
  const pages: CertificateData[] = [];
  for (const item of input.items) {
    if (cancelled()) return { dir, files, combined: null, cancelled: true };
    const file = join(dir, item.fileName);
    const page = { ...item, qrImage: qrImage(item.payload) };
    await write.single(certificateDocument(input.frame, [page]), file);
    if (withCombined) pages.push(page);
    files.push(file);
    options.onProgress?.({ done: files.length, total });
  }
  if (!withCombined) return { dir, files, combined: null, cancelled: false };
  if (cancelled()) return { dir, files, combined: null, cancelled: true };
  const combined = join(dir, input.combinedName);
  if (!(await write.combined(input.frame, pages, combined, cancelled))) {
    return { dir, files, combined: null, cancelled: true };
  }
  options.onProgress?.({ done: total, total });
  return { dir, files, combined, cancelled: false };
}

/** What the worker is given. */
export interface WorkerJob {
  input: CertificateBatchInput;
  dir: string;
  combined: boolean;
  signing?: CertificateSigning;
  /** One Int32: set to 1 to cancel. Shared, so the worker sees it between certificates. */
  cancel: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; progress: BatchProgress }
  | { type: 'done'; result: BatchResult }
  | { type: 'failed'; message: string };

/** A batch running in a worker thread: its progress, cancel and outcome. */
export interface BatchHandle {
  cancel(): void;
  result: Promise<BatchResult>;
}

/**
 * Runs a batch off the calling thread: in a `node:worker_threads` worker, which works the same
 * in Electron's main process, the CLI and the web host. The worker gets plain data (no database).
 */
export function exportCertificatesInWorker(
  input: CertificateBatchInput,
  dir: string,
  options: { onProgress?: (progress: BatchProgress) => void; combined?: boolean; signing?: CertificateSigning } = {},
): BatchHandle {
  const cancel = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancel);
  const job: WorkerJob = { input, dir, combined: options.combined !== false, cancel };
  if (options.signing) job.signing = options.signing;
  const worker = startWorker(import.meta.url, 'certificate-worker', { workerData: job }, { steadyHeap: true });
  const result = new Promise<BatchResult>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'done') {
        settled = true;
        resolve(message.result);
      } else {
        settled = true;
        reject(new Error(message.message));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`certificate worker stopped (exit code ${code})`));
    });
  });
  return { cancel: () => Atomics.store(flag, 0, 1), result };
}
