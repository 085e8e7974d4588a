import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import type { EventRow } from '../../../electron/db/schema';
import { exportForMerge } from '../../../electron/services/merge/export.service';
import { EventLog, type EventDraft } from '../../../electron/services/scoring/event-log';
import { foldEvents } from '../../../electron/services/scoring/fold';
import { CAT, CRITERIA, masterWithCommittee, withAward } from './merge-fixture';

// A merge killed with SIGKILL at any moment leaves the target either exactly as it was before or
// with the whole merge: never part of it. The child is bundled once with esbuild (as in
// scoring-crash.test.ts) so each spawn starts fast; it lives under node_modules/.cache so that
// better-sqlite3 (native, external) resolves from the project.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CHILD = join(ROOT, 'tests/unit/merge/merge-crash-child.ts');
const EVENTS = 4000;

async function childCommand(): Promise<string[]> {
  const { build } = await import('esbuild');
  const outfile = join(ROOT, 'node_modules/.cache/juri-merge-crash/merge-crash-child.mjs');
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [CHILD],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['better-sqlite3'],
    banner: {
      js: "import { createRequire as juriCreateRequire } from 'node:module'; const require = juriCreateRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  return [outfile];
}

/**
 * Runs the child; kills it `killAfterMs` after it printed `after` (null: lets it finish). Returns
 * the ms it ran after that line and the stages it reported before it died.
 */
function runChild(
  command: string[],
  args: string[],
  killAfterMs: number | null,
  after: 'ready' | 'backedUp' = 'ready',
): Promise<{ ms: number; done: boolean; stages: string[] }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...command, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let start = 0;
    let finished = false;
    let stderr = '';
    const stages: string[] = [];
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      stages.push(line);
      if (line === after) {
        start = performance.now();
        if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
      if (line.startsWith('done')) finished = true;
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') fail(new Error(`child exited ${code}: ${stderr}`));
      else done({ ms: performance.now() - start, done: finished, stages });
    });
  });
}

describe('a merge killed with SIGKILL', () => {
  let base: string;
  let master: string;
  const sources: string[] = [];
  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'juri-merge-crash-'));
    const made = await masterWithCommittee(join(base, 'seed'));
    master = made.master;
    for (const [j, f] of made.files.slice(0, 3).entries()) {
      await withAward(f.path, (a) => {
        const device = a.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;
        const nominees = a.sqlite
          .prepare('SELECT nominee_id FROM category_nominee WHERE category_id = ?')
          .pluck()
          .all(CAT) as string[];
        const drafts: EventDraft[] = Array.from({ length: EVENTS }, (_, i) => ({
          type: 'score',
          juror_id: f.jurorId,
          category_id: CAT,
          nominee_id: nominees[i % nominees.length]!,
          criterion_id: CRITERIA[i % 2]!,
          value: 1 + ((i * 7 + j) % 100),
        }));
        new EventLog(a.sqlite, device).append(new Date(Date.UTC(2024, 10, 25, 8, j)), () => ({
          drafts,
          result: () => undefined,
        }));
        const out = join(base, `export-${j}.juri`);
        exportForMerge(a, out);
        sources.push(out);
      });
    }
  }, 180_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('leaves the target as it was, or fully merged, never in between', async () => {
    const command = await childCommand();
    const full = join(base, 'full.juri');
    copyFileSync(master, full);
    const complete = await runChild(command, [full, join(base, 'b-full'), ...sources], null);
    expect(complete.done).toBe(true);
    const before = await withAward(master, (a) => a.sqlite.prepare('SELECT count(*) FROM event').pluck().get());
    const after = await withAward(full, (a) => a.sqlite.prepare('SELECT count(*) FROM event').pluck().get());
    expect(after).toBe((before as number) + 3 * EVENTS);

    // How long the one transaction takes: from the backup to the commit.
    const timing = join(base, 'timing.juri');
    copyFileSync(master, timing);
    const commit = await runChild(command, [timing, join(base, 'b-timing'), ...sources], null, 'backedUp');

    const seen = new Set<string>();
    for (let k = 0; k < 10; k += 1) {
      const target = join(base, `target-${k}.juri`);
      copyFileSync(master, target);
      // Half the kills are spread over the whole run, half land inside the merge's one transaction.
      const inTransaction = k % 2 === 1;
      const run = await runChild(
        command,
        [target, join(base, `b-${k}`), ...sources],
        inTransaction ? Math.round((commit.ms * k) / 12) : Math.round((complete.ms * (k + 0.5)) / 10),
        inTransaction ? 'backedUp' : 'ready',
      );
      if (run.stages.includes('backedUp') && !run.stages.includes('committed')) seen.add('killed in the transaction');
      await withAward(target, (a) => {
        expect(a.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        const count = a.sqlite.prepare('SELECT count(*) FROM event').pluck().get();
        const merges = a.sqlite.prepare('SELECT count(*) FROM merge_log').pluck().get();
        expect([before, after]).toContain(count);
        expect(merges).toBe(count === before ? 0 : 3);
        const events = a.sqlite.prepare('SELECT * FROM event').all() as EventRow[];
        const projected = (
          a.sqlite.prepare('SELECT juror_id, nominee_id, criterion_id, value FROM score').all() as {
            juror_id: string;
            nominee_id: string;
            criterion_id: string;
            value: number | null;
          }[]
        )
          .map((s) => `${s.juror_id}|${s.nominee_id}|${s.criterion_id}=${s.value}`)
          .sort();
        const folded = foldEvents(events)
          .scores.map((s) => `${s.jurorId}|${s.nomineeId}|${s.criterionId}=${s.value}`)
          .sort();
        expect(projected).toEqual(folded);
        seen.add(count === before ? (run.done ? 'impossible' : 'before') : 'after');
      });
    }
    // Some kills landed between the backup and the commit, inside the one transaction.
    expect(seen.has('before')).toBe(true);
    expect(seen.has('killed in the transaction')).toBe(true);
  }, 600_000);
});
