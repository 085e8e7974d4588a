import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAwardDb, type AwardDb } from '../../electron/db/open-award-db';
import { createDemoAward } from '../../electron/services/demo.service';
import { copyDemoFile, placeDemoFile } from './demo-copy';
import { DEMO_SEED_ENV } from './global-setup';

let building: Promise<string> | undefined;

/** The run's seed folder (tests/helpers/global-setup.ts); without a global setup, one per process. */
function seedDir(): string {
  let dir = process.env[DEMO_SEED_ENV];
  if (!dir) {
    const own = mkdtempSync(join(tmpdir(), 'juri-demo-seed-'));
    process.once('exit', () => rmSync(own, { recursive: true, force: true }));
    dir = process.env[DEMO_SEED_ENV] = own;
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The demo award as createDemoAward makes it, built once per run: its PIN hashes (scrypt), drawn
 * signatures and committee key (RSA 2048) cost seconds, and most tests only need a demo to work on.
 * Workers racing to build it each write their own file and rename it into place (atomic).
 */
function demoSeed(): Promise<string> {
  const file = join(seedDir(), 'demo.juri');
  if (existsSync(file)) return Promise.resolve(file);
  building ??= (async () => {
    const partial = join(seedDir(), `demo-${process.pid}-${randomUUID()}.juri`);
    // Closing the last connection checkpoints and removes the WAL: the one file is the award.
    await (await createDemoAward(partial)).close();
    renameSync(partial, file);
    return file;
  })();
  return building;
}

/**
 * A new demo award at `path`, the same as `createDemoAward(path)` gives (its own award and device
 * id), but copied from the run's one built demo. Each call is its own file; the caller closes it.
 * Use createDemoAward itself where making the demo is what the test is about.
 */
export async function copyDemoAward(path: string): Promise<AwardDb> {
  copyDemoFile(await demoSeed(), path);
  return openAwardDb(path, { create: false });
}

/**
 * Puts a new demo award in a workspace's data folder, unless one is there already: `file:openDemo`
 * then opens it instead of creating one. Returns its path.
 */
export async function placeDemoAward(dataDir: string): Promise<string> {
  return placeDemoFile(await demoSeed(), dataDir);
}
