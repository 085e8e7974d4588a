#!/usr/bin/env node
// `npx juri …` straight from the sources: tsx compiles electron/cli on the fly, no build step.
// Commands load the services lazily, so help and version stay quick. For the others, the heavy
// dependencies are loaded natively first: through tsx's loader hooks they take about twice as long.
const quick = process.argv.slice(2).every((a) => ['-h', '--help', '-V', '--version', 'help'].includes(a));
if (!quick) await Promise.all(['kysely', 'zod', 'better-sqlite3'].map((m) => import(m)));
const { register } = await import('tsx/esm/api');
register();
await import('../electron/cli/cli.ts');
