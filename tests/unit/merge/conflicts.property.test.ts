import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwardDb } from '../../../electron/db/open-award-db';
import { copyDemoAward } from '../../helpers/demo-award';
import { listConflicts, RESOLVE_SOURCE } from '../../../electron/services/merge/conflicts';
import { useTempDir } from '../../helpers/temp-dir';
import { CAT, CRITERIA, NOMINEES } from './merge-fixture';

// listConflicts reads only a superset of candidate events that SQLite picks out. On random event
// logs (several devices, submits and reopens, resolutions, ids this file lacks, missing ids) it must
// report exactly what the reference scan over every event reports.

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 12 });

const event = fc.record({
  device: pick(['dev-a', 'dev-b', 'dev-c']),
  minute: fc.integer({ min: 0, max: 3 }),
  counter: fc.nat(1),
  type: fc.oneof(
    { weight: 8, arbitrary: fc.constant('score') },
    { weight: 2, arbitrary: pick(['comment', 'note', 'submit', 'reopen', 'indicator', 'resolve']) },
  ),
  juror: maybe(pick(['juri-1', 'juri-2', 'juri-2', 'juri-9'])),
  category: maybe(pick([CAT, CAT, CAT, 'kategori-hilang'])),
  nominee: maybe(pick([...NOMINEES.slice(0, 2), 'wil-99.99'])),
  criterion: maybe(pick([...CRITERIA, 'kriteria-hilang'])),
  value: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 10 }),
  resolveSource: fc.boolean(),
  resolves: fc.nat(5),
});

describe('listConflicts', () => {
  const tmp = useTempDir();
  let award: AwardDb;
  beforeAll(async () => {
    award = await copyDemoAward(tmp.path('master.juri'));
  });
  afterAll(async () => {
    await award.close();
  });

  it('finds from its candidate events exactly the conflicts a scan of every event finds', async () => {
    const { sqlite } = award;
    const insert = sqlite.prepare(
      `INSERT INTO event (device_id, seq, hlc, at, type, actor_id, juror_id, category_id, nominee_id, criterion_id,
         value, text, source, prev_hash, hash)
       VALUES (?, ?, ?, '2024-11-25T08:00:00Z', ?, 'juri-1', ?, ?, ?, ?, ?, ?, ?, 'x', ?)`,
    );
    let runs = 0;
    let found = 0;
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        runs += 1;
        const seqs = new Map<string, number>();
        const clocks = new Set<string>();
        const devices = `run${runs}`;
        sqlite.exec('SAVEPOINT run');
        try {
          for (const e of events) {
            const device = `${devices}-${e.device}`;
            const seq = (seqs.get(device) ?? 0) + 1;
            seqs.set(device, seq);
            // Equal clocks on different devices are common here, so the device tie-break is exercised;
            // one device never repeats a clock.
            let counter = e.counter;
            while (clocks.has(`${device}@${e.minute}-${counter}`)) counter += 2;
            clocks.add(`${device}@${e.minute}-${counter}`);
            const hlc = `${String(Date.UTC(2024, 10, 25, 8, e.minute)).padStart(15, '0')}-${String(counter).padStart(6, '0')}`;
            const before = listConflicts(sqlite, { scan: 'all' }).filter((c) => c.resolved === null);
            const resolving = e.type === 'resolve' ? before[e.resolves % Math.max(1, before.length)] : undefined;
            insert.run(
              device,
              seq,
              hlc,
              e.type,
              e.juror,
              e.category,
              e.nominee,
              e.criterion,
              e.value,
              e.type === 'resolve'
                ? JSON.stringify({ conflictId: resolving?.id ?? 'nothing', reason: 'diputuskan' })
                : null,
              e.type === 'score' && e.resolveSource ? RESOLVE_SOURCE : 'app',
              `${device}-${seq}`,
            );
          }
          const all = listConflicts(sqlite, { scan: 'all' });
          found += all.length;
          expect(listConflicts(sqlite)).toEqual(all);
        } finally {
          sqlite.exec('ROLLBACK TO run; RELEASE run');
        }
      }),
      { numRuns: 150 },
    );
    // The generator must really produce conflicts for the comparison to mean something.
    expect(found).toBeGreaterThan(100);
  });

  it('counts a score written on another device at the very clock of the submission as after it', () => {
    const { sqlite } = award;
    const insert = sqlite.prepare(
      `INSERT INTO event (device_id, seq, hlc, at, type, juror_id, category_id, nominee_id, criterion_id, value,
         prev_hash, hash) VALUES (?, 1, '000001732521600000-000000', '2024-11-25T08:00:00Z', ?, 'juri-2', ?, ?, ?, ?, 'x', ?)`,
    );
    sqlite.exec('SAVEPOINT boundary');
    try {
      insert.run('edge-a', 'submit', CAT, null, null, null, 'edge-a-1');
      insert.run('edge-b', 'score', CAT, NOMINEES[0], CRITERIA[0], 70, 'edge-b-1');
      const conflicts = listConflicts(sqlite).filter((c) => c.versions.some((v) => v.deviceId === 'edge-b'));
      expect(conflicts.map((c) => c.kind)).toEqual(['after_submit']);
      expect(listConflicts(sqlite)).toEqual(listConflicts(sqlite, { scan: 'all' }));
    } finally {
      sqlite.exec('ROLLBACK TO boundary; RELEASE boundary');
    }
  });

  it('finds a cell written differently on two devices of one juror before any submission', () => {
    const { sqlite } = award;
    const insert = sqlite.prepare(
      `INSERT INTO event (device_id, seq, hlc, at, type, juror_id, category_id, nominee_id, criterion_id, value,
         prev_hash, hash) VALUES (?, 1, ?, '2024-11-25T08:00:00Z', 'score', 'juri-2', ?, ?, ?, ?, 'x', ?)`,
    );
    sqlite.exec('SAVEPOINT cell');
    try {
      insert.run('laptop-a', '000001732521600000-000000', CAT, NOMINEES[1], CRITERIA[1], 70, 'laptop-a-1');
      insert.run('laptop-b', '000001732521660000-000000', CAT, NOMINEES[1], CRITERIA[1], 75, 'laptop-b-1');
      const conflicts = listConflicts(sqlite).filter((c) => c.versions.some((v) => v.deviceId === 'laptop-b'));
      expect(conflicts.map((c) => [c.kind, c.versions.map((v) => v.value)])).toEqual([['cell', [70, 75]]]);
    } finally {
      sqlite.exec('ROLLBACK TO cell; RELEASE cell');
    }
  });
});
