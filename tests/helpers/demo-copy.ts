import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, realpathSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** The file name Workspace.openDemo looks for in its data folder. */
export const DEMO_FILE_NAME = 'demo-apresiasi-2024.juri';

/**
 * Copies a built demo award (a closed file, no WAL beside it) to `path` and gives the copy what
 * createAwardFile gives a new file: its own award id, device id and home (`<host>|<real path>`, see
 * claimDevice) and creation time. Plain better-sqlite3, so Playwright's loader can run it too.
 */
export function copyDemoFile(seed: string, path: string, now = new Date()): void {
  if (existsSync(`${seed}-wal`)) throw new Error(`the demo seed ${seed} has a WAL beside it: it is not closed`);
  copyFileSync(seed, path, constants.COPYFILE_EXCL);
  const sqlite = new Database(path);
  try {
    const events = sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM event').get()?.n ?? 0;
    if (events > 0) throw new Error('the demo seed has events; a copy cannot pass for a new file');
    const setMeta = sqlite.prepare<[string, string]>('UPDATE meta SET value = ? WHERE key = ?');
    const awardId = randomUUID();
    sqlite.transaction(() => {
      setMeta.run(awardId, 'award_id');
      setMeta.run(randomUUID(), 'device_id');
      setMeta.run(`${hostname()}|${realpathSync(path)}`, 'device_home');
      setMeta.run(now.toISOString(), 'created_at');
      sqlite.prepare('UPDATE award SET id = ?, created_at = ?').run(awardId, now.toISOString());
    })();
  } finally {
    sqlite.close();
  }
}

/**
 * Puts a copy of the demo seed in a workspace's data folder, unless a demo is there already:
 * Workspace.openDemo (`file:openDemo`, `serve.ts --demo`) then opens it instead of creating one.
 * Returns its path.
 */
export function placeDemoFile(seed: string, dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, DEMO_FILE_NAME);
  if (!existsSync(path)) copyDemoFile(seed, path);
  return path;
}
