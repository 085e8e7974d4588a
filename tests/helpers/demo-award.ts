import { randomUUID } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAwardDb, type AwardDb } from '../../electron/db/open-award-db';
import { createDemoAward } from '../../electron/services/demo.service';
import { DEMO_SEED_ENV } from './global-setup';

/** The file name Workspace.openDemo looks for in its data folder. */
export const DEMO_FILE_NAME = 'demo-apresiasi-2024.juri';

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
    await (await createDemoAward(partial)).close();
    // The last connection closed: SQLite checkpointed and removed the WAL, the one file is the award.
    if (existsSync(`${partial}-wal`)) throw new Error(`the demo seed ${partial} kept its WAL after closing`);
    renameSync(partial, file);
    return file;
  })();
  return building;
}

/**
 * Gives a copied demo file what createAwardFile gives a new one: its own award id, device id and
 * home (`<host>|<real path>`, see claimDevice) and creation time. The seed records no events, so
 * no event carries the seed's device id.
 */
function restamp(award: AwardDb, now = new Date()): void {
  const { sqlite } = award;
  const events = sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM event').get()?.n ?? 0;
  if (events > 0) throw new Error('the demo seed has events; a copy cannot pass for a new file');
  const setMeta = sqlite.prepare<[string, string]>('UPDATE meta SET value = ? WHERE key = ?');
  const awardId = randomUUID();
  sqlite.transaction(() => {
    setMeta.run(awardId, 'award_id');
    setMeta.run(randomUUID(), 'device_id');
    setMeta.run(`${hostname()}|${realpathSync(award.path)}`, 'device_home');
    setMeta.run(now.toISOString(), 'created_at');
    sqlite.prepare('UPDATE award SET id = ?, created_at = ?').run(awardId, now.toISOString());
  })();
}

/**
 * A new demo award at `path`, the same as `createDemoAward(path)` gives (own award and device id),
 * but copied from the run's one built demo. Each call is its own file; the caller closes it.
 * Use createDemoAward itself where demo creation is what the test is about.
 */
export async function copyDemoAward(path: string): Promise<AwardDb> {
  copyFileSync(await demoSeed(), path, constants.COPYFILE_EXCL);
  const award = await openAwardDb(path, { create: false });
  try {
    restamp(award);
  } catch (error) {
    await award.close();
    throw error;
  }
  return award;
}

/**
 * Puts a new demo award in a workspace's data folder, unless one is there already: Workspace.openDemo
 * (`file:openDemo`, `serve.ts --demo`) then opens it instead of creating one. Returns its path.
 */
export async function placeDemoAward(dataDir: string): Promise<string> {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, DEMO_FILE_NAME);
  if (!existsSync(path)) await (await copyDemoAward(path)).close();
  return path;
}
