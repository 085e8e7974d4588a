import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { UserError } from '../../../shared/user-error';
import { errorFrom, startWorker, type ErrorData } from '../worker-thread';
import { inspectSource, type InspectedSource } from './verify-source';

export interface InspectRequest {
  id: number;
  path: string;
  awardId: string;
}

export type InspectReply =
  { id: number; outcome: 'inspected'; source: InspectedSource } | { id: number; outcome: 'failed'; error: ErrorData };

/** A source's own checks: passed (with its events), or refused with the reason. */
export type Inspection = InspectedSource | UserError;

/**
 * Checking a file reads and re-hashes all of it, about 30 ms per MB here; starting a worker costs
 * about 100 ms in the built app (more from TypeScript sources). Below this much data in all,
 * the files are checked on this thread.
 */
const MIN_BYTES_FOR_WORKERS = 16 * 1024 * 1024;

const BUNDLED = !import.meta.url.endsWith('.ts');

const sizeOf = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/**
 * Runs inspectSource on every path, in order of the result, on up to `threads` worker threads at
 * once (by default, in the built app, see defaultThreads, once the files are big enough):
 * integrity checks and re-hashing every event are CPU-bound and independent per file.
 * A refusal is returned as the UserError; anything else (a bug, a worker that died) is thrown.
 */
export async function inspectSources(
  paths: string[],
  awardId: string,
  options: { threads?: number; onInspected?: (done: number) => void } = {},
): Promise<Inspection[]> {
  // From TypeScript sources (CLI via tsx, tests) each worker first transpiles the whole module
  // graph, seconds of CPU that the bundled app does not pay: there, only when asked.
  const worthIt = BUNDLED && paths.reduce((n, p) => n + sizeOf(p), 0) >= MIN_BYTES_FOR_WORKERS;
  const threads = Math.min(options.threads ?? (worthIt ? defaultThreads() : 1), paths.length);
  if (threads < 2) {
    const out: Inspection[] = [];
    for (const path of paths) {
      out.push(await inspectSource(path, awardId).catch(asRefusal));
      options.onInspected?.(out.length);
    }
    return out;
  }
  const results = new Array<Inspection>(paths.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: threads }, () => {
        const worker = startWorker(import.meta.url, 'inspect-worker');
        workers.push(worker);
        return new Promise<void>((resolve, reject) => {
          const give = () => {
            if (next >= paths.length) return resolve();
            const id = next++;
            worker.postMessage({ id, path: paths[id] as string, awardId } satisfies InspectRequest);
          };
          worker.on('message', (reply: InspectReply) => {
            if (reply.outcome === 'inspected') results[reply.id] = reply.source;
            else {
              const error = errorFrom(reply.error);
              if (!(error instanceof UserError)) return reject(error);
              results[reply.id] = error;
            }
            done += 1;
            options.onInspected?.(done);
            give();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => reject(new Error(`merge check worker stopped (exit code ${code})`)));
          give();
        });
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/**
 * One worker per core but the calling one, at most 4; none on two cores. Each file's events cross
 * back to the calling thread as a structured clone, which costs about what reading them did: on two
 * cores, bundled, two workers took 2.9 s for 15 × 10,000 events against 2.5 s on one thread, so they
 * pay only where a core is left over for the calling thread.
 */
function defaultThreads(): number {
  const workers = Math.min(availableParallelism() - 1, 4);
  return workers >= 2 ? workers : 1;
}

function asRefusal(error: unknown): UserError {
  if (error instanceof UserError) return error;
  throw error;
}
