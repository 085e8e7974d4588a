import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { randomBytes, scryptSync } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/ipc/envelope';
import type { EventRow } from '../../../electron/db/schema';
import { upsertJuror } from '../../../electron/db/repos/juror.repo';
import { dispatch } from '../../../electron/ipc/gate';
import type { HostContext } from '../../../electron/ipc/handlers';
import { demoTemplate } from '../../../electron/services/demo-award';
import { GENESIS_HASH, hashEvent } from '../../../electron/services/scoring/event-hash';
import { EventLog } from '../../../electron/services/scoring/event-log';
import { compareText, foldEvents, type FoldedState } from '../../../electron/services/scoring/fold';
import { createFromTemplate } from '../../../electron/services/template.service';
import { formatHlc } from '../../../electron/services/scoring/hlc';
import { Workspace } from '../../../electron/services/workspace';
import { openAtMigration } from '../../helpers/migrate-to';

// Random scripts of saves, clears, comments, notes, submissions, reopenings and releases by
// three jurors, each on their own connection to one real award file, all through the IPC gate.
// A model of the expected state says what each call must do; the file's event log must explain
// every change, and the projection must be the fold of the log.

/** A small award cut from the demo, so random scripts fill and submit whole sheets. */
const NOMINEES = ['wil-64.01', 'wil-64.02', 'wil-64.72'] as const;
const CATEGORIES = [
  { id: 'perencanaan-data', criteria: [{ id: 'pbd-dokumen' }, { id: 'pbd-pendampingan' }] },
  { id: 'inovasi-ats', criteria: [{ id: 'ats-penurunan', indicator: true }, { id: 'ats-inovasi' }] },
] as const;
const JURORS: readonly { id: string; pin: string; conflicts: readonly string[] }[] = [
  { id: 'juri-1', pin: '1111', conflicts: [] }, // ketua
  { id: 'juri-3', pin: '3333', conflicts: ['wil-64.72'] },
  { id: 'juri-4', pin: '4444', conflicts: [] },
];
const CHAIR = 0;

/**
 * A PIN hash in the stored format of pin.ts with a cheap scrypt cost: verifyPin reads the cost from
 * the hash, so sign-ins and submissions run the real check without 100 ms of scrypt each.
 */
function quickPinHash(pin: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(pin.normalize('NFKC'), salt, 32, { N: 1024, r: 8, p: 1 });
  return ['scrypt', 1024, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

async function createSmallAward(path: string): Promise<void> {
  const demo = demoTemplate();
  const template = {
    ...demo,
    nominees: demo.nominees.filter((n) => (NOMINEES as readonly string[]).includes(n.id)),
    categories: CATEGORIES.map((c) => ({
      ...demo.categories.find((d) => d.id === c.id),
      nomineeIds: [...NOMINEES],
    })),
    jurors: demo.jurors.filter((j) => JURORS.some((x) => x.id === j.id)),
  };
  const award = await createFromTemplate(path, template);
  const hashes = template.jurors.map((j) => quickPinHash(JURORS.find((x) => x.id === j.id)?.pin ?? ''));
  await award.db.transaction().execute(async (trx) => {
    for (const [i, j] of template.jurors.entries()) await upsertJuror(trx, j, hashes[i]);
  });
  await award.close();
}

type Cmd =
  | { kind: 'save'; juror: number; cat: number; nominee: number; criterion: number; value: number | null }
  | { kind: 'comment'; juror: number; cat: number; nominee: number; criterion: number; text: string }
  | { kind: 'note'; juror: number; cat: number; nominee: number; text: string }
  | { kind: 'fill'; juror: number; cat: number; value: number }
  | { kind: 'submit'; juror: number; cat: number }
  | { kind: 'reopen'; juror: number; cat: number }
  | { kind: 'release'; released: boolean };

const juror = fc.nat(JURORS.length - 1);
const cat = fc.nat(CATEGORIES.length - 1);
const nominee = fc.nat(NOMINEES.length - 1);
const criterion = fc.nat(1);
const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 100 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(0, 101, -3, 1e6) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 99 }).map((n) => n + 0.5) },
);
const text = fc.constantFrom('', 'Dokumen lengkap', '  rapi  ', 'Perlu data 2024', 'ok');
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('save'), juror, cat, nominee, criterion, value }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('comment'), juror, cat, nominee, criterion, text }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('note'), juror, cat, nominee, text }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('fill'), juror, cat, value: fc.integer({ min: 1, max: 100 }) }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('submit'), juror, cat }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('reopen'), juror, cat }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('release'), released: fc.boolean() }) },
);

/** What the file should hold, kept by the test alongside the calls. */
class Model {
  values = new Map<string, number | null>();
  comments = new Map<string, string>();
  notes = new Map<string, string>();
  submitted = new Set<string>();
  released = false;

  static cell = (j: number, c: number, n: number, k: number) =>
    `${JURORS[j]?.id}/${CATEGORIES[c]?.id}/${NOMINEES[n]}/${CATEGORIES[c]?.criteria[k]?.id}`;
  static sheet = (j: number, c: number) => `${JURORS[j]?.id}/${CATEGORIES[c]?.id}`;

  /** The error code a cell write must get, or null when it may be written. Order as the service checks. */
  refusal(j: number, c: number, n: number, k: number): string | null {
    if (this.submitted.has(Model.sheet(j, c))) return 'locked';
    const criterionSpec = CATEGORIES[c]?.criteria[k];
    if (criterionSpec && 'indicator' in criterionSpec) return 'forbidden';
    if (JURORS[j]?.conflicts.includes(NOMINEES[n] ?? '')) return 'forbidden';
    return null;
  }

  /** Judged, conflict-free cells of a sheet. */
  due(j: number, c: number): [number, number][] {
    const cells: [number, number][] = [];
    for (let n = 0; n < NOMINEES.length; n += 1)
      for (let k = 0; k < 2; k += 1) if (this.refusal(j, c, n, k) !== 'forbidden') cells.push([n, k]);
    return cells;
  }
}

const validScore = (v: number | null) => v === null || (Number.isInteger(v) && v >= 1 && v <= 100);

function projectionOf(sqlite: Database.Database): FoldedState {
  const key = (...parts: (string | null)[]) => JSON.stringify(parts);
  const sorted = <T>(rows: T[], keyOf: (r: T) => string) => rows.sort((a, b) => compareText(keyOf(a), keyOf(b)));
  const hasIndicators = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'indicator_value'`).get();
  return {
    scores: sorted(
      sqlite
        .prepare(
          `SELECT juror_id AS jurorId, category_id AS categoryId, nominee_id AS nomineeId, criterion_id AS criterionId,
             value, value_clock AS valueClock, comment, comment_clock AS commentClock FROM score`,
        )
        .all() as FoldedState['scores'],
      (r) => key(r.jurorId, r.categoryId, r.nomineeId, r.criterionId),
    ),
    notes: sorted(
      sqlite
        .prepare(
          'SELECT juror_id AS jurorId, category_id AS categoryId, nominee_id AS nomineeId, text, clock FROM note',
        )
        .all() as FoldedState['notes'],
      (r) => key(r.jurorId, r.categoryId, r.nomineeId),
    ),
    sheets: sorted(
      sqlite
        .prepare('SELECT juror_id AS jurorId, category_id AS categoryId, status, clock FROM sheet')
        .all() as FoldedState['sheets'],
      (r) => key(r.jurorId, r.categoryId),
    ),
    indicators: hasIndicators
      ? sorted(
          sqlite
            .prepare(
              'SELECT nominee_id AS nomineeId, criterion_id AS criterionId, value, source, at, clock FROM indicator_value',
            )
            .all() as FoldedState['indicators'],
          (r) => key(r.nomineeId, r.criterionId),
        )
      : [],
    release:
      (sqlite.prepare(`SELECT value FROM meta WHERE key = 'results_released'`).get() as { value: string } | undefined)
        ?.value ?? null,
  };
}

function verifyChains(events: EventRow[]): void {
  const byDevice = new Map<string, EventRow[]>();
  for (const e of events) byDevice.set(e.device_id, [...(byDevice.get(e.device_id) ?? []), e]);
  for (const chain of byDevice.values()) {
    chain.sort((a, b) => a.seq - b.seq);
    chain.forEach((e, i) => {
      const { hash, ...rest } = e;
      expect(e.seq).toBe(i + 1);
      expect(e.prev_hash).toBe(i === 0 ? GENESIS_HASH : chain[i - 1]?.hash);
      expect(hashEvent(rest)).toBe(hash);
    });
  }
}

/** A deterministic shuffle (mulberry32), so a counterexample replays from its seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('score history (property)', () => {
  let dir = '';
  let seedFile = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'juri-history-'));
    seedFile = join(dir, 'seed.juri');
    await createSmallAward(seedFile);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Events as a merge brings them: any devices (ids that prefix one another, non-ASCII ids whose
  // UTF-16 order differs from SQLite's), equal clocks across devices, any order, duplicates.
  it('folds exactly as EventLog.project applies, whatever the devices and the order', async () => {
    const { sqlite, close } = await openAtMigration(join(dir, 'project.juri'), '0006_documents');
    try {
      const log = new EventLog(sqlite, 'local');
      const device = fc.constantFrom('a', 'ab', 'b', 'dev-\ufb00', 'dev-\u{1f600}');
      const event = fc.record({
        device_id: device,
        hlc: fc.record({ ms: fc.integer({ min: 1, max: 3 }), counter: fc.nat(2) }).map(formatHlc),
        type: fc.constantFrom('score', 'comment', 'note', 'submit', 'reopen', 'release', 'indicator', 'future-type'),
        juror_id: fc.constantFrom('j1', 'j2'),
        category_id: fc.constant('c1'),
        nominee_id: fc.constantFrom('n1', 'n2'),
        criterion_id: fc.constantFrom('k1', 'k2'),
        value: fc.oneof(fc.constant(null), fc.constantFrom(0, 1, 55, 87.5)),
        text: fc.oneof(fc.constant(null), fc.constantFrom('', 'catatan', 'ulasan')),
      });
      const events = fc.uniqueArray(event, { maxLength: 40, selector: (e) => `${e.hlc}@${e.device_id}` }).map((list) =>
        list.map((e, i) => ({
          ...e,
          seq: i + 1,
          at: '',
          actor_id: null,
          old_value: null,
          source: 'app',
          prev_hash: '',
          hash: `h${i}`,
        })),
      );
      fc.assert(
        fc.property(events, fc.integer(), (list, seed) => {
          sqlite.exec(
            `DELETE FROM score; DELETE FROM note; DELETE FROM sheet; DELETE FROM indicator_value; DELETE FROM meta`,
          );
          const order = shuffled([...list, ...list.slice(0, 5)], seed);
          for (const e of order) log.project(e);
          expect(projectionOf(sqlite)).toEqual(foldEvents(list));
        }),
        { numRuns: 300 },
      );

      // Release keeps the greatest `<clock>|<bit>` text, as the meta upsert compares it: with device
      // ids where one prefixes the other, that is not the greatest clock ('@a|' > '@ab|').
      sqlite.exec(`DELETE FROM meta`);
      const release = (device_id: string, value: number) => ({
        device_id,
        seq: 1,
        hlc: formatHlc({ ms: 5, counter: 0 }),
        at: '',
        type: 'release',
        actor_id: null,
        juror_id: null,
        category_id: null,
        nominee_id: null,
        criterion_id: null,
        value,
        old_value: null,
        text: null,
        source: 'app',
        prev_hash: '',
        hash: device_id,
      });
      const pair = [release('ab', 0), release('a', 1)];
      for (const e of pair) log.project(e);
      expect(foldEvents(pair).release).toBe(`${formatHlc({ ms: 5, counter: 0 })}@a|1`);
      expect(projectionOf(sqlite).release).toBe(foldEvents(pair.reverse()).release);
    } finally {
      await close();
    }
  });

  it(
    'records every change as one event, refuses bad saves without a trace, and the projection is the fold of the log',
    { timeout: 120_000 },
    async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(cmd, { minLength: 15, maxLength: 40 }), fc.integer(), async (script, seed) => {
          run += 1;
          const file = join(dir, `run-${run}.juri`);
          copyFileSync(seedFile, file);
          const hosts = JURORS.map((_, i): HostContext => ({
            kind: 'web',
            version: 'test',
            language: 'en',
            workspace: new Workspace(join(dir, `data-${run}-${i}`)),
          }));
          try {
            for (const [i, host] of hosts.entries()) {
              await host.workspace.open(file);
              const signIn = await dispatch(host, 'session:signIn', { jurorId: JURORS[i]?.id, pin: JURORS[i]?.pin });
              expect(signIn.ok).toBe(true);
            }
            await runScript(hosts, script);
            const sqlite = hosts[0]!.workspace.requireAward().sqlite;
            const events = sqlite.prepare('SELECT * FROM event').all() as EventRow[];
            const projection = projectionOf(sqlite);
            // (a) the projection is the fold of every event
            const folded = foldEvents(events);
            expect(projection).toEqual(folded);
            // (b) in any order, and with events seen twice
            const again = shuffled([...events, ...events.filter((_, i) => i % 3 === 0)], seed);
            expect(foldEvents(again)).toEqual(folded);
            // (d) each device's chain verifies
            verifyChains(events);
          } finally {
            for (const host of hosts) await host.workspace.close();
            rmSync(file, { force: true });
          }
        }),
        { numRuns: 25 },
      );
    },
  );
});

async function runScript(hosts: HostContext[], script: Cmd[]): Promise<void> {
  const model = new Model();
  const sqlite = hosts[0]!.workspace.requireAward().sqlite;
  const newEvents = (() => {
    // The log is keyed by (device_id, seq), not by rowid: remember what was already returned.
    const all = sqlite.prepare<[], EventRow>('SELECT * FROM event ORDER BY hlc, device_id, seq');
    const seen = new Set<string>();
    return () =>
      all.all().filter((e) => {
        const key = `${e.seq}@${e.device_id}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  })();
  const call = async (j: number, channel: string, input: unknown) => {
    const envelope: Envelope<unknown> = await dispatch(hosts[j]!, channel, input);
    return { envelope, events: newEvents() };
  };
  const expectRefused = (envelope: Envelope<unknown>, events: EventRow[], code: string) => {
    expect(envelope.ok ? 'ok' : envelope.error.code).toBe(code);
    expect(events).toEqual([]);
  };

  const save = async (j: number, c: number, n: number, k: number, v: number | null) => {
    const key = { categoryId: CATEGORIES[c]!.id, nomineeId: NOMINEES[n]!, criterionId: CATEGORIES[c]!.criteria[k]!.id };
    const { envelope, events } = await call(j, 'scoring:save', { ...key, value: v });
    const refusal = model.refusal(j, c, n, k) ?? (validScore(v) ? null : 'invalid_input');
    if (refusal) return expectRefused(envelope, events, refusal);
    expect(envelope.ok).toBe(true);
    const cell = Model.cell(j, c, n, k);
    const old = model.values.get(cell) ?? null;
    // (c) a change is exactly one event old → new; saving the same value again is none
    if (old === v) return expect(events).toEqual([]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'score',
      actor_id: JURORS[j]!.id,
      juror_id: JURORS[j]!.id,
      category_id: key.categoryId,
      nominee_id: key.nomineeId,
      criterion_id: key.criterionId,
      old_value: old,
      value: v,
      source: 'app',
    });
    model.values.set(cell, v);
  };

  for (const step of script) {
    switch (step.kind) {
      case 'save':
        await save(step.juror, step.cat, step.nominee, step.criterion, step.value);
        break;
      case 'fill':
        for (const [n, k] of model.due(step.juror, step.cat)) await save(step.juror, step.cat, n, k, step.value);
        break;
      case 'comment': {
        const { juror: j, cat: c, nominee: n, criterion: k } = step;
        const { envelope, events } = await call(j, 'scoring:comment', {
          categoryId: CATEGORIES[c]!.id,
          nomineeId: NOMINEES[n]!,
          criterionId: CATEGORIES[c]!.criteria[k]!.id,
          text: step.text,
        });
        const refusal = model.refusal(j, c, n, k);
        if (refusal) {
          expectRefused(envelope, events, refusal);
          break;
        }
        const cell = Model.cell(j, c, n, k);
        const textNow = step.text.trim();
        expect(events.map((e) => [e.type, e.text])).toEqual(
          (model.comments.get(cell) ?? '') === textNow ? [] : [['comment', textNow]],
        );
        model.comments.set(cell, textNow);
        break;
      }
      case 'note': {
        const { juror: j, cat: c, nominee: n } = step;
        const { envelope, events } = await call(j, 'scoring:note', {
          categoryId: CATEGORIES[c]!.id,
          nomineeId: NOMINEES[n]!,
          text: step.text,
        });
        if (model.submitted.has(Model.sheet(j, c))) {
          expectRefused(envelope, events, 'locked');
          break;
        }
        // A juror writes no notes on a nominee they declared a conflict with.
        if (JURORS[j]?.conflicts.includes(NOMINEES[n] ?? '')) {
          expectRefused(envelope, events, 'forbidden');
          break;
        }
        const key = `${Model.sheet(j, c)}/${NOMINEES[n]}`;
        expect(events.map((e) => [e.type, e.text])).toEqual(
          (model.notes.get(key) ?? '') === step.text ? [] : [['note', step.text]],
        );
        model.notes.set(key, step.text);
        break;
      }
      case 'submit': {
        const { juror: j, cat: c } = step;
        const { envelope, events } = await call(j, 'scoring:submit', {
          categoryId: CATEGORIES[c]!.id,
          pin: JURORS[j]!.pin,
        });
        const complete = model.due(j, c).every(([n, k]) => (model.values.get(Model.cell(j, c, n, k)) ?? null) !== null);
        if (model.submitted.has(Model.sheet(j, c))) expectRefused(envelope, events, 'locked');
        else if (!complete) expectRefused(envelope, events, 'invalid_input');
        else {
          expect(events.map((e) => [e.type, e.juror_id, e.category_id])).toEqual([
            ['submit', JURORS[j]!.id, CATEGORIES[c]!.id],
          ]);
          model.submitted.add(Model.sheet(j, c));
        }
        break;
      }
      case 'reopen': {
        const { juror: j, cat: c } = step;
        const { envelope, events } = await call(CHAIR, 'chair:reopen', {
          jurorId: JURORS[j]!.id,
          categoryId: CATEGORIES[c]!.id,
          reason: 'Koreksi salah ketik',
        });
        if (!model.submitted.has(Model.sheet(j, c))) expectRefused(envelope, events, 'conflict');
        else {
          expect(events.map((e) => [e.type, e.actor_id, e.juror_id, e.text])).toEqual([
            ['reopen', JURORS[CHAIR]!.id, JURORS[j]!.id, 'Koreksi salah ketik'],
          ]);
          model.submitted.delete(Model.sheet(j, c));
        }
        break;
      }
      case 'release': {
        const { envelope, events } = await call(CHAIR, 'chair:release', { released: step.released });
        expect(envelope.ok).toBe(true);
        expect(events.map((e) => [e.type, e.value])).toEqual(
          model.released === step.released ? [] : [['release', step.released ? 1 : 0]],
        );
        model.released = step.released;
        break;
      }
    }
  }

  // The file agrees with the model: every juror's values and sheet statuses.
  const values = sqlite
    .prepare('SELECT juror_id, category_id, nominee_id, criterion_id, value FROM score WHERE value IS NOT NULL')
    .all() as { juror_id: string; category_id: string; nominee_id: string; criterion_id: string; value: number }[];
  expect(
    new Map(values.map((r) => [`${r.juror_id}/${r.category_id}/${r.nominee_id}/${r.criterion_id}`, r.value])),
  ).toEqual(new Map([...model.values].filter(([, v]) => v !== null)));
  const submitted = sqlite.prepare(`SELECT juror_id, category_id FROM sheet WHERE status = 'submitted'`).all() as {
    juror_id: string;
    category_id: string;
  }[];
  expect(new Set(submitted.map((r) => `${r.juror_id}/${r.category_id}`))).toEqual(model.submitted);
}
