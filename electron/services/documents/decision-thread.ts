import type { Worker } from 'node:worker_threads';
import type { DocumentClaim } from '../../../shared/documents/document.schema';
import { errorFrom, startWorker, type ErrorData } from '../worker-thread';
import type { DecisionOptions } from './decision.service';

/** What the decision worker is given: plain data only (a database handle cannot cross threads). */
export interface DecisionJob {
  /** The open award's file; the worker reads it through a read-only connection of its own. */
  path: string;
  passphrase: string;
  options: DecisionOptions;
  /** ISO time, so it crosses as plain data. */
  now: string;
  /** The bundled fonts' folder, resolved by the caller (its resources path is the right one). */
  fonts: string;
}

export interface DecisionDone {
  fileName: string;
  claim: DocumentClaim;
  /** The PDF, moved across in the transferList. */
  bytes: ArrayBuffer;
}

export type DecisionRequest = { id: number; job: DecisionJob };
export type DecisionReply = { id: number } & (
  { type: 'done'; done: DecisionDone } | { type: 'failed'; error: ErrorData }
);

/**
 * The bytes as an ArrayBuffer of their own, to be moved with a transferList rather than copied.
 * A Buffer may be a view into a larger (pooled) ArrayBuffer; only then are they copied first.
 */
export function ownArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer;
  const copy = new Uint8Array(byteLength);
  copy.set(bytes);
  return copy.buffer;
}

type Pending = { resolve: (done: DecisionDone) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();
/** An idle worker is stopped after this long, so pdfmake and the fonts leave memory with it. */
let idleMs = 120_000;
let idleTimer: NodeJS.Timeout | null = null;

/** How long an idle worker is kept (tests shorten it). */
export function setDecisionWorkerIdle(ms: number): void {
  idleMs = ms;
}

/** Whether a decision worker is running now. */
export function decisionWorkerRunning(): boolean {
  return worker !== null;
}

function stopWhenIdle(target: Worker): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    idleTimer = null;
    if (worker !== target || pending.size > 0) return;
    worker = null;
    void target.terminate();
  }, idleMs);
  idleTimer.unref();
}

/** Fails every job still waiting and forgets the worker, so the next job starts a new one. */
function drop(from: Worker, error: Error): void {
  if (worker !== from) return;
  worker = null;
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

/**
 * One worker for every decision sheet of a working session: starting one costs seconds under tsx
 * (and loads fonts and pdfmake again), so it is kept between sheets, and stopped once it has been
 * idle for `idleMs`. It holds the process open only while a sheet is being made (ref while jobs
 * wait, unref when idle).
 */
function decisionWorker(): Worker {
  if (worker) return worker;
  const started = startWorker(import.meta.url, 'decision-worker');
  started.unref();
  started.on('message', (reply: DecisionReply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (pending.size === 0) {
      started.unref();
      stopWhenIdle(started);
    }
    if (reply.type === 'done') job.resolve(reply.done);
    else job.reject(errorFrom(reply.error));
  });
  started.on('error', (error) => drop(started, error));
  started.on('exit', (code) => drop(started, new Error(`decision worker stopped (exit code ${code})`)));
  worker = started;
  return started;
}

/**
 * Starts the worker ahead of the first sheet (the documents screen asks for the committee status when
 * it opens), so a wrong passphrase is answered at once rather than after the worker's start-up.
 */
export function warmDecisionWorker(): void {
  const target = decisionWorker();
  if (pending.size === 0) stopWhenIdle(target);
}

/** Runs one decision sheet job in the worker thread. */
export function runDecisionJob(job: DecisionJob): Promise<DecisionDone> {
  const target = decisionWorker();
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.ref();
    target.postMessage({ id, job } satisfies DecisionRequest);
  });
}
