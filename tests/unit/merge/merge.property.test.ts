import fc from 'fast-check';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAwardDb, type AwardDb } from '../../../electron/db/open-award-db';
import type { EventRow } from '../../../electron/db/schema';
import { distribute } from '../../../electron/services/merge/distribute.service';
import { exportForMerge } from '../../../electron/services/merge/export.service';
import { mergeFiles } from '../../../electron/services/merge/merge.service';
import { foldEvents } from '../../../electron/services/scoring/fold';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';
import { CAT, CRITERIA, i18n, masterWithCommittee, NOMINEES } from './merge-fixture';

// Model-based: random edit scripts on four devices (juri-2 on two laptops, one of them never
// registered), wall clocks skewed by hours, exports at random points, then every export merged into
// two copies of the master in random orders and groupings, with duplicates. Both targets must hold
// every exported event, the same state, and a projection equal to the fold of their events.

const HOUR = 3_600_000;
const T0 = Date.UTC(2024, 10, 25, 8);
const DEVICES = [
  { name: 'juri-1', jurorId: 'juri-1', skew: 0 },
  { name: 'juri-2a', jurorId: 'juri-2', skew: 3 * HOUR },
  { name: 'juri-2b', jurorId: 'juri-2', skew: -2 * HOUR },
  { name: 'juri-3', jurorId: 'juri-3', skew: 5 * 60_000 },
] as const;
const CELLS = NOMINEES.slice(0, 3).flatMap((n) => CRITERIA.map((k) => ({ nomineeId: n, criterionId: k })));

type Step =
  | { kind: 'edit'; device: number; cell: number; value: number | null; minutes: number }
  | { kind: 'export'; device: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device: fc.nat(DEVICES.length - 1),
      cell: fc.nat(CELLS.length - 1),
      value: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null, freq: 8 }),
      minutes: fc.integer({ min: 0, max: 240 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('export' as const), device: fc.nat(DEVICES.length - 1) }) },
);

/** A plan of merges: the exports in some order, split into groups, some repeated. */
const plan = (n: number) =>
  fc.record({
    order: fc.shuffledSubarray(
      Array.from({ length: n }, (_, i) => i),
      { minLength: n, maxLength: n },
    ),
    cuts: fc.array(fc.nat(n), { maxLength: 4 }),
    repeats: fc.array(fc.nat(Math.max(0, n - 1)), { maxLength: 3 }),
  });

function groups(order: number[], cuts: number[], repeats: number[]): number[][] {
  const all = [...order, ...repeats.filter((r) => r < order.length)];
  const at = [...new Set(cuts.map((c) => Math.min(c, all.length)))].sort((a, b) => a - b);
  const out: number[][] = [];
  let from = 0;
  for (const c of [...at, all.length]) {
    if (c > from) out.push(all.slice(from, c));
    from = Math.max(from, c);
  }
  return out;
}

const projection = (a: AwardDb) =>
  (
    a.sqlite.prepare('SELECT * FROM score').all() as {
      juror_id: string;
      category_id: string;
      nominee_id: string;
      criterion_id: string;
      value: number | null;
      value_clock: string;
    }[]
  )
    .map((r) => `${r.juror_id}|${r.category_id}|${r.nominee_id}|${r.criterion_id}=${r.value}@${r.value_clock}`)
    .sort();

describe('merge, model-based', () => {
  let base: string;
  let seed: { master: string; devices: string[] };
  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'juri-merge-prop-'));
    const { master, files } = await masterWithCommittee(join(base, 'seed'));
    const copy = join(base, 'seed', 'master-copy.juri');
    copyFileSync(master, copy);
    const again = await openAwardDb(copy, { create: false });
    const second = await distribute(again, join(base, 'seed', 'second')).finally(() => again.close());
    const pathOf = (list: { jurorId: string; path: string }[], id: string) => list.find((f) => f.jurorId === id)!.path;
    seed = {
      master,
      devices: [pathOf(files, 'juri-1'), pathOf(files, 'juri-2'), pathOf(second, 'juri-2'), pathOf(files, 'juri-3')],
    };
  }, 120_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('converges to the same state, holds every event, and equals the fold, whatever the order', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 25 }).chain((steps) => {
          const exports = steps.filter((s) => s.kind === 'export').length + DEVICES.length;
          return fc.tuple(fc.constant(steps), plan(exports), plan(exports));
        }),
        async ([steps, planA, planB]) => {
          const dir = join(base, `run-${(run += 1)}`);
          mkdirSync(dir);
          const open: AwardDb[] = [];
          try {
            const devices = await Promise.all(
              seed.devices.map(async (p, i) => {
                const path = join(dir, `device-${i}.juri`);
                copyFileSync(p, path);
                const a = await openAwardDb(path, { create: false });
                open.push(a);
                return a;
              }),
            );
            const clock = DEVICES.map(() => 0);
            const exports: string[] = [];
            const exportOf = (d: number) => {
              const out = join(dir, `export-${exports.length}.juri`);
              exportForMerge(devices[d]!, out);
              exports.push(out);
            };
            for (const s of steps) {
              if (s.kind === 'export') {
                exportOf(s.device);
                continue;
              }
              clock[s.device]! += s.minutes * 60_000;
              const now = new Date(T0 + DEVICES[s.device]!.skew + clock[s.device]!);
              const cell = CELLS[s.cell]!;
              scoringFor(devices[s.device]!).saveScore(
                DEVICES[s.device]!.jurorId,
                { categoryId: CAT, ...cell, value: s.value },
                now,
              );
            }
            // Every device exports once more at the end, so both targets see every event.
            for (let d = 0; d < DEVICES.length; d += 1) exportOf(d);
            const expected = new Set<string>();
            for (const d of devices)
              for (const h of d.sqlite.prepare('SELECT hash FROM event').pluck().all() as string[]) expected.add(h);

            const states = [];
            for (const [name, p] of [
              ['a', planA],
              ['b', planB],
            ] as const) {
              const path = join(dir, `target-${name}.juri`);
              copyFileSync(seed.master, path);
              const target = await openAwardDb(path, { create: false });
              open.push(target);
              for (const group of groups(p.order, p.cuts, p.repeats)) {
                const report = await mergeFiles(
                  target,
                  group.map((i) => ({ fileName: `export-${i}.juri`, path: exports[i]! })),
                  { i18n, backupDir: join(dir, `backups-${name}`) },
                );
                expect(report.sources.filter((s) => !s.accepted)).toEqual([]);
              }
              const events = target.sqlite.prepare('SELECT * FROM event').all() as EventRow[];
              const hashes = new Set(events.map((e) => e.hash));
              expect([...expected].filter((h) => !hashes.has(h))).toEqual([]);
              expect(hashes.size).toBe(expected.size);
              const fold = foldEvents(events)
                .scores.map(
                  (s) => `${s.jurorId}|${s.categoryId}|${s.nomineeId}|${s.criterionId}=${s.value}@${s.valueClock}`,
                )
                .sort();
              expect(projection(target)).toEqual(fold);
              states.push({ fold, events: [...hashes].sort() });
            }
            expect(states[1]).toEqual(states[0]);
          } finally {
            for (const a of open) await a.close();
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 12, endOnFailure: true },
    );
  }, 600_000);
});
