import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

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
