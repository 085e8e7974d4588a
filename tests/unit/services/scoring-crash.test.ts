import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRow } from '../../../electron/db/schema';
import { GENESIS_HASH, hashEvent } from '../../../electron/services/scoring/event-hash';
import { compareText, foldEvents } from '../../../electron/services/scoring/fold';
import { openAwardDb } from '../../../electron/db/open-award-db';
import { copyDemoAward } from '../../helpers/demo-award';

// A child process saves scores through the scoring service and prints `ack` after each save has
// returned; it is killed with SIGKILL at random moments, again and again, on the same award file.
// Afterwards every acknowledged save must be in the file: nothing acknowledged is ever lost.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const CHILD = join(ROOT, 'tests/helpers/crash-child.ts');
/** Kills after at least one acknowledged save (the required 50), spread over the lanes. */
const KILLS_AFTER_ACK = 50;
/** Two children write the same file at once (as the app and the CLI may), each killed in turn. */
const LANES = [
  { jurorId: 'juri-4', pin: '4444' },
  { jurorId: 'juri-5', pin: '5555' },
];

interface ChildRun {
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  acked: boolean;
}

const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

/**
 * `node --import tsx` spends seconds resolving kysely's many modules through tsx's loader on a
 * busy 2-core machine, so the child is bundled once (esbuild, which tsx itself uses) and run with
 * plain node; without esbuild it falls back to tsx. Placed under node_modules/.cache so that
 * better-sqlite3 (native, left external) resolves from the project.
 */
async function childCommand(workDir: string): Promise<string[]> {
  try {
    const { build } = await import('esbuild');
    const outfile = join(workDir, 'crash-child.mjs');
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
  } catch {
    return ['--import', 'tsx', CHILD];
  }
}

function runChild(command: string[], args: string[], killEarly: boolean): Promise<ChildRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...command, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const run: ChildRun = { lines: [], signal: null, code: null, stderr: '', acked: false };
    let timer: NodeJS.Timeout | undefined;
    const kill = (afterMs: number) => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), afterMs);
    };
    // Now and then a kill before any save: while the file is being opened and migrations checked.
    if (killEarly) kill(between(0, 700));
    createInterface({ input: child.stdout }).on('line', (line) => {
      run.lines.push(line);
      if (!run.acked && line.startsWith('ack ')) {
        run.acked = true;
        kill(between(20, 300));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    child.on('error', fail);
    // 'close' (not 'exit'): every line the child wrote before it died has been read by then.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ ...run, code, signal });
    });
  });
}

/** Per cell: the values it may hold now (the last acknowledged one, plus any save cut short after it). */
class Ledger {
  readonly allowed = new Map<string, Set<string>>();
  readonly acks = new Map<string, string[]>();
  readonly tries = new Map<string, number>();
  ackCount = 0;
  /** Children killed between a `try` and its `ack`: inside a save. */
  cutShort = 0;

  read(lines: string[]): void {
    if (lines.at(-1)?.startsWith('try ')) this.cutShort += 1;
    for (const line of lines) {
      const [kind, cell, value] = line.split(' ');
      if (!cell || value === undefined) continue;
      if (kind === 'try') {
        this.tries.set(cell, (this.tries.get(cell) ?? 0) + 1);
        // Every cell of the fresh demo file starts empty.
        const allowed = this.allowed.get(cell) ?? new Set(['null']);
        this.allowed.set(cell, allowed.add(value));
      } else if (kind === 'ack') {
        this.allowed.set(cell, new Set([value]));
        this.acks.set(cell, [...(this.acks.get(cell) ?? []), value]);
        this.ackCount += 1;
      }
    }
  }
}

const isSubsequence = (needle: string[], haystack: string[]) => {
  let i = 0;
  for (const item of haystack) if (item === needle[i]) i += 1;
  return i === needle.length;
};

describe('scoring survives SIGKILL', () => {
  let dir = '';
  beforeAll(() => {
    mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
    dir = mkdtempSync(join(ROOT, 'node_modules/.cache/juri-crash-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged save, with an intact file, chain and projection', { timeout: 180_000 }, async () => {
    const file = join(dir, 'crash.juri');
    await (await copyDemoAward(file)).close();
    const command = await childCommand(dir);
    const ledger = new Ledger();
    let afterAck = 0;
    let early = 0;
    const started = Date.now();

    const lane = async ({ jurorId, pin }: (typeof LANES)[number], index: number) => {
      for (let round = 0; afterAck < KILLS_AFTER_ACK; round += 1) {
        const seed = (index + 1) * 100_000 + round;
        const run = await runChild(command, [file, jurorId, pin, String(seed)], Math.random() < 0.12);
        if (run.signal !== 'SIGKILL') {
          throw new Error(`child (seed ${seed}) ended by itself, code ${run.code}:\n${run.stderr}`);
        }
        ledger.read(run.lines);
        if (run.acked) afterAck += 1;
        else early += 1;
      }
    };
    await Promise.all(LANES.map(lane));
    console.log(
      `crash test: ${afterAck + early} SIGKILLs (${afterAck} after acknowledged saves, ${early} during start-up), ` +
        `${ledger.cutShort} inside a save; ${ledger.ackCount} acknowledged saves over ${ledger.acks.size} cells, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect(afterAck).toBeGreaterThanOrEqual(KILLS_AFTER_ACK);
    expect(ledger.ackCount).toBeGreaterThan(KILLS_AFTER_ACK);

    // The file opens as an award again (WAL recovered, migrations intact).
    await (await openAwardDb(file, { create: false })).close();
    const sqlite = new Database(file, { readonly: true });
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const events = sqlite.prepare('SELECT * FROM event ORDER BY device_id, seq').all() as EventRow[];

      // The hash chain of every device verifies from its genesis.
      let previous: EventRow | undefined;
      for (const e of events) {
        const first = previous?.device_id !== e.device_id;
        const { hash, ...rest } = e;
        expect({ seq: e.seq, hash: hashEvent(rest) }).toEqual({ seq: e.seq, hash });
        expect(e.seq).toBe(first ? 1 : (previous?.seq ?? 0) + 1);
        expect(e.prev_hash).toBe(first ? GENESIS_HASH : previous?.hash);
        previous = e;
      }

      // Every acknowledged save, per cell and in order, is in the log; no save appears that was not tried.
      const logged = new Map<string, string[]>();
      for (const e of events.filter((x) => x.type === 'score')) {
        const cell = `${e.juror_id}/${e.category_id}/${e.nominee_id}/${e.criterion_id}`;
        logged.set(cell, [...(logged.get(cell) ?? []), String(e.value)]);
      }
      const score = sqlite.prepare<[string, string, string, string], { value: number | null }>(
        'SELECT value FROM score WHERE juror_id = ? AND category_id = ? AND nominee_id = ? AND criterion_id = ?',
      );
      const lost: string[] = [];
      for (const [cell, acks] of ledger.acks) {
        const values = logged.get(cell) ?? [];
        if (!isSubsequence(acks, values))
          lost.push(`${cell}: acknowledged ${acks.join(',')}, logged ${values.join(',')}`);
        const [jurorId = '', categoryId = '', nomineeId = '', criterionId = ''] = cell.split('/');
        const current = String(score.get(jurorId, categoryId, nomineeId, criterionId)?.value ?? null);
        if (!ledger.allowed.get(cell)?.has(current))
          lost.push(`${cell}: holds ${current}, last acknowledged ${acks.at(-1)}`);
      }
      console.log(`crash test: ${lost.length} acknowledged saves lost`);
      expect(lost).toEqual([]);
      for (const [cell, values] of logged) {
        expect({ cell, events: values.length }).toEqual({
          cell,
          events: Math.min(values.length, ledger.tries.get(cell) ?? 0),
        });
      }

      // The projection is exactly the fold of the events.
      const folded = foldEvents(events);
      const rows = sqlite
        .prepare(
          `SELECT juror_id AS jurorId, category_id AS categoryId, nominee_id AS nomineeId, criterion_id AS criterionId,
             value, value_clock AS valueClock, comment, comment_clock AS commentClock FROM score`,
        )
        .all() as typeof folded.scores;
      const key = (r: (typeof rows)[number]) => JSON.stringify([r.jurorId, r.categoryId, r.nomineeId, r.criterionId]);
      expect(rows.sort((a, b) => compareText(key(a), key(b)))).toEqual(folded.scores);
      expect(folded.scores).toHaveLength(logged.size);
    } finally {
      sqlite.close();
    }
  });
});
