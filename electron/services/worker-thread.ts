import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ErrorCode, FieldIssue } from '../../shared/ipc/envelope';
import { UserError } from '../../shared/user-error';

/**
 * Starts the worker entry `<name>` that sits beside the calling module: in the built app its
 * bundled `<name>.js` beside main.js (an entry of its own in electron.vite.config.ts); from the
 * TypeScript sources (CLI via tsx, tests, the browser-mode host) `<name>.ts` through tsx, which the
 * worker registers itself because module hooks are not inherited by worker threads.
 * `callerUrl` is the caller's `import.meta.url`.
 */
export function startWorker(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
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
