import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAwardDb, type AwardDb } from '../../../electron/db/open-award-db';
import { insertAndProject } from '../../../electron/services/merge/bulk-apply';
import { EVENT_COLUMNS, tupleToRow, type EventTuple } from '../../../electron/services/merge/event-tuple';
import { EventLog } from '../../../electron/services/scoring/event-log';
import { formatHlc } from '../../../electron/services/scoring/hlc';

// The merge inserts and projects its new events set-based (bulk-apply.ts). On random event logs of
// every type (one cell written on several devices, equal clocks on different devices and on one
// device, seals and reopens, releases, types without a projection, a few events the projection
// tables refuse), on top of a random state already held, it must leave every table exactly as
// inserting the same events one by one and projecting each with EventLog.project does — or fail
// where that fails.

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
/** Rarely null: a projected event without the ids its table needs makes both ways fail. */
const id = (values: readonly string[]) => fc.option(pick(values), { nil: null, freq: 1000 });

const TEXTS = [
  JSON.stringify({ fingerprint: 'sidik-1', results: [{ nomineeId: 'nom-1', rank: 1, total: 87.5 }] }),
  JSON.stringify({ fingerprint: 'sidik-2', results: { 'nom-2': 'é ünïcode' } }),
  JSON.stringify({ fingerprint: 7 }),
  '{}',
  'Dibuka kembali: salah ketik nilai',
  '',
];

const event = fc.record({
  device: pick(['dev-a', 'dev-b', 'dev-b2']),
  minute: fc.integer({ min: 0, max: 2 }),
  counter: fc.nat(1),
  type: fc.oneof(
    { weight: 6, arbitrary: fc.constant('score') },
    {
      weight: 10,
      arbitrary: pick([
        'comment',
        'note',
        'submit',
        'reopen',
        'indicator',
        'finalise',
        'finalise',
        'release',
        'approve',
        'resolve',
        'type-of-a-later-version',
      ]),
    },
  ),
  juror: id(['juri-1', 'juri-2']),
  category: id(['kat-a', 'kat-b']),
  nominee: id(['nom-1', 'nom-2']),
  criterion: id(['krit-1', 'krit-2']),
  value: fc.option(fc.oneof(fc.integer({ min: 0, max: 2 }), fc.double({ min: 0, max: 100, noNaN: true })), {
    nil: null,
    freq: 6,
  }),
  // Mostly JSON a seal can be read from; rarely text that makes sealing fail both ways.
  text: fc.option(fc.oneof({ weight: 60, arbitrary: pick(TEXTS) }, { weight: 1, arbitrary: fc.constant('{rusak') }), {
    nil: null,
    freq: 6,
  }),
  source: pick(['app', 'impor', 'resolve']),
  at: pick(['2024-11-25T08:00:00.000Z', '2024-11-25T09:30:00.000Z']),
});

type Generated = typeof event extends fc.Arbitrary<infer T> ? T : never;

/** Turns generated events into tuples: seq counts up per device in list order, as in a merge. */
function tuples(events: Generated[], run: number): EventTuple[] {
  const seqs = new Map<string, number>();
  return events.map((e) => {
    const device = `${e.device}-${run}`;
    const seq = (seqs.get(device) ?? 0) + 1;
    seqs.set(device, seq);
    const hlc = formatHlc({ ms: Date.UTC(2024, 10, 25, 8, e.minute), counter: e.counter });
    return [
      device,
      seq,
      hlc,
      e.at,
      e.type,
      'sekretariat',
      e.juror,
      e.category,
      e.nominee,
      e.criterion,
      e.value,
      null,
      e.text,
      e.source,
      `${device}-${seq - 1}`,
      `${device}-${seq}`,
    ];
  });
}

const HLC = formatHlc({ ms: Date.UTC(2024, 10, 25, 8), counter: 0 });
/** One event at the same clock HLC, on the same cell, sheet and category as every other. */
const sameClock = (device: string, seq: number, type: string, value: number | null, text: string | null = null) =>
  [
    device,
    seq,
    HLC,
    `2024-11-25T08:00:0${seq}.000Z`,
    type,
    'juri-1',
    'juri-1',
    'kat-a',
    'nom-1',
    'krit-1',
    value,
    null,
    text,
    `sumber-${device}-${seq}`,
    `${device}-${seq - 1}`,
    `${device}-${seq}`,
  ] as EventTuple;
const score = (device: string, seq: number, value: number) => sameClock(device, seq, 'score', value);

/** Whether one score cell is written on two devices at the same clock: the hardest case for ties. */
const contestedCell = (events: EventTuple[]) => {
  const seen = new Map<string, string>();
  return events.some((e) => {
    if (e[4] !== 'score') return false;
    const cell = `${e[6]}|${e[7]}|${e[8]}|${e[9]}|${e[2]}`;
    const device = seen.get(cell);
    seen.set(cell, e[0]);
    return device !== undefined && device !== e[0];
  });
};

const DUMPS = {
  event: 'device_id, seq',
  score: 'juror_id, category_id, nominee_id, criterion_id',
  note: 'juror_id, category_id, nominee_id',
  sheet: 'juror_id, category_id',
  indicator_value: 'nominee_id, criterion_id',
  seal: 'category_id',
  meta: 'key',
};

describe('insertAndProject (set-based merge apply)', () => {
  let dir: string;
  let award: AwardDb;
  let log: EventLog;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'juri-bulk-apply-'));
    award = await openAwardDb(join(dir, 'target.juri'), { create: true });
    log = new EventLog(award.sqlite, 'perangkat-sekretariat');
  });
  afterAll(async () => {
    await award.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const insertEvent = () =>
    award.sqlite.prepare(
      `INSERT INTO event (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`,
    );
  const oneByOne = (events: EventTuple[]) => {
    const insert = insertEvent();
    for (const e of events) {
      insert.run(e);
      log.project(tupleToRow(e));
    }
  };
  const dump = () => {
    const q = (sql: string) => award.sqlite.prepare(sql).all();
    const tables: Record<string, unknown[]> = { temp: q('SELECT name FROM temp.sqlite_master') };
    for (const [table, key] of Object.entries(DUMPS)) tables[table] = q(`SELECT * FROM ${table} ORDER BY ${key}`);
    return tables;
  };
  /**
   * The tables after `apply`, or that it failed (the merge then rolls back whole). Which bad event
   * is reported first may differ, since the set-based way projects type by type.
   */
  const outcome = (held: EventTuple[], fresh: EventTuple[], apply: (events: EventTuple[]) => void) => {
    award.sqlite.exec('SAVEPOINT run');
    try {
      oneByOne(held);
      apply(fresh);
      return { ok: true, tables: dump() };
    } catch {
      return { ok: false };
    } finally {
      award.sqlite.exec('ROLLBACK TO run; RELEASE run');
    }
  };

  it('leaves every projection table as projecting the events one by one does', () => {
    let runs = 0;
    let failed = 0;
    let contested = 0;
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60, size: 'medium' }), fc.nat(60), (events, split) => {
        runs += 1;
        const all = tuples(events, runs);
        const held = all.slice(0, split);
        const fresh = all.slice(held.length);
        const expected = outcome(held, fresh, oneByOne);
        const actual = outcome(held, fresh, (rows) => insertAndProject(award.sqlite, log, rows));
        expect(actual).toEqual(expected);
        if (!expected.ok) failed += 1;
        else if (contestedCell(all)) contested += 1;
      }),
      { numRuns: 300 },
    );
    // Both outcomes must really occur, mostly success, for the comparison to mean something.
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(runs / 3);
    expect(contested).toBeGreaterThan(runs / 10);
  });

  it('lets the greater device id win an equal clock, and the first of one device', () => {
    const events = [score('tie-a', 1, 10), score('tie-z', 1, 20), score('tie-a', 2, 30), score('tie-z', 2, 40)];
    const expected = outcome([], events, oneByOne);
    expect(outcome([], events, (rows) => insertAndProject(award.sqlite, log, rows))).toEqual(expected);
    expect(expected.tables?.score).toEqual([expect.objectContaining({ value: 20, value_clock: `${HLC}@tie-z` })]);
  });

  const seal = (fingerprint: string) => JSON.stringify({ fingerprint, results: [fingerprint] });
  it.each([
    ['score', (d: string, n: number) => sameClock(d, n, 'score', n * 10)],
    ['comment', (d: string, n: number) => sameClock(d, n, 'comment', null, `catatan ${d} ${n}`)],
    ['note', (d: string, n: number) => sameClock(d, n, 'note', null, `catatan ${d} ${n}`)],
    ['submit / reopen', (d: string, n: number) => sameClock(d, n, n % 2 ? 'submit' : 'reopen', null)],
    ['indicator', (d: string, n: number) => sameClock(d, n, 'indicator', n * 10)],
    ['finalise', (d: string, n: number) => sameClock(d, n, 'finalise', n % 2, seal(`${d}-${n}`))],
    ['release', (d: string, n: number) => sameClock(d, n, 'release', n % 2)],
  ])('breaks ties of %s as one by one does, each of its orders', (_type, make) => {
    const [a1, a2, z1, z2] = [make('tie-a', 1), make('tie-a', 2), make('tie-z', 1), make('tie-z', 2)];
    // Each device's events in chain order, as in a merge; the devices interleaved every way.
    for (const inChain of [
      [a1, z1, a2, z2],
      [z1, a1, z2, a2],
      [a1, a2, z1, z2],
      [z1, z2, a1, a2],
    ]) {
      const expected = outcome([], inChain, oneByOne);
      expect(expected.ok).toBe(true);
      expect(outcome([], inChain, (rows) => insertAndProject(award.sqlite, log, rows))).toEqual(expected);
    }
  });

  it('keeps the event log append-only: an event already held is refused and nothing is written', () => {
    const first = score('held', 1, 50);
    award.sqlite.exec('SAVEPOINT held');
    try {
      oneByOne([first]);
      const before = dump();
      expect(() =>
        award.sqlite.transaction(() =>
          insertAndProject(award.sqlite, log, [score('held', 2, 60), [...first] as EventTuple]),
        )(),
      ).toThrow(/append-only/);
      expect(dump()).toEqual(before);
    } finally {
      award.sqlite.exec('ROLLBACK TO held; RELEASE held');
    }
  });
});
