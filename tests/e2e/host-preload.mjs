// Preloaded (`node --import`) into the web host that tests/e2e/fixtures.ts starts for each test:
// the host's heavy dependencies load natively first, then tsx registers as `--import tsx` would
// for the TypeScript sources. Through tsx's loader hooks those packages take about a third more
// CPU to load, and every e2e test starts a host (bin/juri.mjs does the same for the CLI).
import { isMainThread } from 'node:worker_threads';

// Worker threads inherit this preload; they load only what their job needs.
if (isMainThread) {
  const packages = ['kysely', 'zod', 'better-sqlite3', 'i18next', 'hono', '@hono/node-server', 'exceljs', 'node-forge'];
  await Promise.all(packages.map((name) => import(name)));
}
await import('tsx');
