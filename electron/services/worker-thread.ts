import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ErrorCode, FieldIssue } from '../../shared/ipc/envelope';
import { UserError } from '../../shared/user-error';

/**
 * A worker that makes page after page of short-lived objects (a certificate batch) keeps its heap
 * steady when it has these settings; measured in docs/certificates.md ("Memory").
 * - A young generation of 12 MB instead of V8's default (up to 48 MB): this worker's own limit.
 * - Heap growth of 10% a step instead of V8's up to 4×, so the old generation is collected before
 *   garbage piles up. This is a process-wide V8 flag, so it is set while such a worker runs and
 *   put back to V8's default (0, V8 chooses) when the last one exits.
 */
export const STEADY_YOUNG_GENERATION_MB = 12;
const STEADY_HEAP_GROWTH = '--heap-growing-percent=10';
const DEFAULT_HEAP_GROWTH = '--heap-growing-percent=0';
let steadyWorkers = 0;

function holdSteadyHeap(worker: Worker): void {
  if (steadyWorkers++ === 0) setFlagsFromString(STEADY_HEAP_GROWTH);
  worker.once('exit', () => {
    if (--steadyWorkers === 0) setFlagsFromString(DEFAULT_HEAP_GROWTH);
  });
}

/** How many steady-heap workers are running (for tests). */
export function steadyHeapWorkers(): number {
  return steadyWorkers;
}

/**
 * Starts the worker entry `<name>` that sits beside the calling module: in the built app its
 * bundled `<name>.js` beside main.js (an entry of its own in electron.vite.config.ts); from the
 * TypeScript sources (CLI via tsx, tests, the browser-mode host) `<name>.ts` through tsx, which the
 * worker registers itself because module hooks are not inherited by worker threads.
 * `callerUrl` is the caller's `import.meta.url`. `steadyHeap` gives it the settings above.
 */
export function startWorker(
  callerUrl: string,
  name: string,
  options: WorkerOptions = {},
  { steadyHeap = false }: { steadyHeap?: boolean } = {},
): Worker {
  const settings: WorkerOptions = steadyHeap
    ? {
        ...options,
        resourceLimits: { ...options.resourceLimits, maxYoungGenerationSizeMb: STEADY_YOUNG_GENERATION_MB },
      }
    : options;
  const worker = spawn(callerUrl, name, settings);
  if (steadyHeap) holdSteadyHeap(worker);
  return worker;
}

function spawn(callerUrl: string, name: string, options: WorkerOptions): Worker {
  if (!callerUrl.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, callerUrl), options);
  const tsxDir = dirname(createRequire(callerUrl).resolve('tsx/package.json'));
  const tsx = pathToFileURL(join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const entry = new URL(`./${name}.ts`, callerUrl).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { ...options, eval: true });
}

/** An error as plain data, so a UserError thrown in a worker is rethrown with the same key and the gate translates it. */
export interface ErrorData {
  userError: { code: ErrorCode; key: string; params: Record<string, string | number>; issues?: FieldIssue[] } | null;
  message: string;
}

export function errorData(error: unknown): ErrorData {
  if (error instanceof UserError) {
    const { code, key, params, issues, message } = error;
    return { userError: { code, key, params, ...(issues ? { issues } : {}) }, message };
  }
  return { userError: null, message: error instanceof Error ? error.message : String(error) };
}

export function errorFrom(data: ErrorData): Error {
  if (!data.userError) return new Error(data.message);
  const { code, key, params, issues } = data.userError;
  return new UserError(code, key, params, issues);
}
