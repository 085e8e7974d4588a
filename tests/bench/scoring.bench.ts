import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../electron/ipc/gate';
import type { HostContext } from '../../electron/ipc/handlers';
import { clockOf, formatHlc } from '../../electron/services/scoring/hlc';
import { scoringFor } from '../../electron/services/scoring/scoring.service';
import { createFromTemplate } from '../../electron/services/template.service';
import { Workspace } from '../../electron/services/workspace';
import { nationalTemplate } from './setup.bench';

const SAVES = 2_000;
const ROUNDS = 4;
const CELLS = 1_000;

interface Stats {
  p50: number;
  p99: number;
  max: number;
  perSecond: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const total = samples.reduce((sum, s) => sum + s, 0);
  return { p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? NaN, perSecond: (samples.length / total) * 1000 };
}

const ms = (n: number) => `${n.toFixed(3)} ms`;
const line = (name: string, s: Stats) =>
  `  ${name.padEnd(34)} p50 ${ms(s.p50).padStart(10)}  p99 ${ms(s.p99).padStart(10)}  max ${ms(s.max).padStart(10)}  ${s.perSecond.toFixed(0).padStart(6)} saves/s`;

/**
 * Score-save latency at national scale (532 nominees, 20 categories): through the scoring service
 * the gate calls, through the whole gate (zod parse, handler, envelope), and a raw better-sqlite3
 * upsert of the same row shape into the same file, each save in its own transaction with the
 * file's durability (WAL, synchronous=FULL). The three are interleaved in rounds so load on the
 * machine hits them alike. Figures are printed, not asserted.
 */
export async function benchScoring(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'juri-bench-scoring-'));
  try {
    const file = join(dir, 'national.juri');
    await (await createFromTemplate(file, nationalTemplate())).close();
    const ctx: HostContext = {
      kind: 'web',
      version: 'bench',
      language: 'id',
      workspace: new Workspace(join(dir, 'ws')),
    };
    await ctx.workspace.open(file);
    const award = ctx.workspace.requireAward();
    const { sqlite } = award;
    const scoring = scoringFor(award);
    const signedIn = await dispatch(ctx, 'session:setPin', { jurorId: 'juri-7', pin: '7777', confirm: '7777' });
    if (!signedIn.ok) throw new Error(signedIn.error.message);
    console.log(
      `scoring: ${SAVES} saves per path over ${CELLS} cells, journal_mode=${String(sqlite.pragma('journal_mode', { simple: true }))}, ` +
        `synchronous=${String(sqlite.pragma('synchronous', { simple: true }))} (2 = FULL), file in ${tmpdir()}`,
    );

    // Cells a juror may score: judged criteria (k0–k3) of every category, nominees clear of conflicts.
    const nominees = nationalTemplate()
      .nominees.slice(100, 100 + Math.ceil(CELLS / 80))
      .map((n) => n.id);
    const cells = Array.from({ length: CELLS }, (_, i) => ({
      categoryId: `cat-${i % 20}`,
      nomineeId: nominees[Math.floor(i / 80)] ?? '',
      criterionId: `cat-${i % 20}-k${Math.floor(i / 20) % 4}`,
    }));
    // Every save changes its cell: the value moves by 37 each pass over the cells.
    const valueAt = (i: number) => 1 + (((i % CELLS) + 37 * Math.floor(i / CELLS)) % 100);

    sqlite.exec(`CREATE TABLE bench_raw_score (
      juror_id TEXT NOT NULL, category_id TEXT NOT NULL, nominee_id TEXT NOT NULL, criterion_id TEXT NOT NULL,
      value REAL, value_clock TEXT NOT NULL DEFAULT '', comment TEXT NOT NULL DEFAULT '', comment_clock TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (juror_id, category_id, nominee_id, criterion_id)) STRICT`);
    const upsert = sqlite.prepare(
      `INSERT INTO bench_raw_score (juror_id, category_id, nominee_id, criterion_id, value, value_clock) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET value = excluded.value, value_clock = excluded.value_clock`,
    );
    const rawSave = sqlite.transaction((i: number) => {
      const c = cells[i % CELLS]!;
      const clock = clockOf(formatHlc({ ms: Date.now(), counter: i }), 'bench-device');
      upsert.run('juri-6', c.categoryId, c.nomineeId, c.criterionId, valueAt(i), clock);
    });

    const samples = { raw: [] as number[], service: [] as number[], gate: [] as number[] };
    const run = async (into: number[], from: number, count: number, save: (i: number) => unknown) => {
      for (let i = from; i < from + count; i += 1) {
        const t0 = performance.now();
        await save(i);
        into.push(performance.now() - t0);
      }
    };
    const raw = (i: number) => rawSave.immediate(i);
    const service = (i: number) => scoring.saveScore('juri-5', { ...cells[i % CELLS]!, value: valueAt(i) });
    const gate = async (i: number) => {
      const r = await dispatch(ctx, 'scoring:save', { ...cells[i % CELLS]!, value: valueAt(i) });
      if (!r.ok) throw new Error(r.error.message);
    };
    // Warm-up: statements prepared, pages cached, the JIT settled.
    await run([], SAVES, 100, raw);
    await run([], SAVES, 100, service);
    await run([], SAVES, 100, gate);

    const perRound = SAVES / ROUNDS;
    for (let round = 0; round < ROUNDS; round += 1) {
      const from = round * perRound;
      await run(samples.raw, from, perRound, raw);
      await run(samples.service, from, perRound, service);
      await run(samples.gate, from, perRound, gate);
    }
    const r = stats(samples.raw);
    const s = stats(samples.service);
    const g = stats(samples.gate);
    console.log(line('raw upsert (own transaction)', r));
    console.log(line('scoring service saveScore', s));
    console.log(line('gate scoring:save (zod + service)', g));
    console.log(
      `scoring: service/raw p50 ${(s.p50 / r.p50).toFixed(2)}×, p99 ${(s.p99 / r.p99).toFixed(2)}×; ` +
        `gate/raw p50 ${(g.p50 / r.p50).toFixed(2)}×, p99 ${(g.p99 / r.p99).toFixed(2)}×`,
    );
    console.log(
      `scoring: goal p99 < 2 ms and ≤ 3× raw — service ${s.p99 < 2 && s.p99 / r.p99 <= 3 ? 'met' : 'MISSED'}, ` +
        `gate ${g.p99 < 2 && g.p99 / r.p99 <= 3 ? 'met' : 'MISSED'}`,
    );
    const events = sqlite.prepare('SELECT count(*) AS n FROM event').get() as { n: number };
    console.log(`scoring: ${events.n} events written (one per changed save)`);
    await ctx.workspace.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
