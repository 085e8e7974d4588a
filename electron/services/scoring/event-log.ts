import type Database from 'better-sqlite3';
import type { EventRow } from '../../db/schema';
import { GENESIS_HASH, hashEvent } from './event-hash';
import { clockOf, formatHlc, nextHlc, parseHlc, type Hlc } from './hlc';
import { projectOne } from './projections';

/** What a service asks to record; the log adds the device, sequence, clocks and hashes. */
export interface EventDraft {
  type: EventRow['type'];
  actor_id?: string | null;
  juror_id?: string | null;
  category_id?: string | null;
  nominee_id?: string | null;
  criterion_id?: string | null;
  value?: number | null;
  old_value?: number | null;
  text?: string | null;
  source?: string;
}

export { RELEASE_META_KEY } from './projections';

/** How long saves must pause before the WAL is checkpointed. */
const IDLE_CHECKPOINT_MS = 1000;

/**
 * The append-only event log of one award file and its projections (score, note, sheet, release).
 * Appending and projecting happen in one IMMEDIATE transaction, committed with synchronous=FULL:
 * when `append` returns, the event is on disk. Projections apply last-writer-wins by clock, so
 * applying the same events in any order, or twice, gives the same state (what merge relies on).
 */
export class EventLog {
  private readonly q;
  /** Per event type: its projection (scoring/projections.ts), bound to one event by column name. */
  private readonly projections: ReadonlyMap<string, Database.Statement>;
  private lastSeen: Hlc | null = null;

  constructor(
    private readonly sqlite: Database.Database,
    readonly deviceId: string,
  ) {
    this.q = {
      head: sqlite.prepare<[string], { seq: number; hash: string; hlc: string }>(
        'SELECT seq, hash, hlc FROM event WHERE device_id = ? ORDER BY seq DESC LIMIT 1',
      ),
      maxHlc: sqlite.prepare<[], { hlc: string | null }>('SELECT max(hlc) AS hlc FROM event'),
      insert: sqlite.prepare(
        `INSERT INTO event (device_id, seq, hlc, at, type, actor_id, juror_id, category_id, nominee_id, criterion_id,
           value, old_value, text, source, prev_hash, hash)
         VALUES (@device_id, @seq, @hlc, @at, @type, @actor_id, @juror_id, @category_id, @nominee_id, @criterion_id,
           @value, @old_value, @text, @source, @prev_hash, @hash)`,
      ),
      seal: sqlite.prepare(
        `INSERT INTO seal (category_id, sealed, fingerprint, results, clock) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT DO UPDATE SET sealed = excluded.sealed, fingerprint = excluded.fingerprint,
           results = excluded.results, clock = excluded.clock
         WHERE excluded.clock > seal.clock`,
      ),
    };
    this.projections = new Map([...projectOne()].map(([type, statement]) => [type, sqlite.prepare(statement)]));
    const newest = this.q.maxHlc.get()?.hlc;
    this.lastSeen = newest ? parseHlc(newest) : null;
  }

  /** Moves the clock past a clock seen elsewhere (a merged event), so later local events sort after it. */
  observe(hlc: string): void {
    const seen = parseHlc(hlc);
    if (!this.lastSeen || formatHlc(seen) > formatHlc(this.lastSeen)) this.lastSeen = seen;
  }

  /**
   * Records events durably and projects them, all or none. `prepare` runs inside the same
   * transaction first, so checks it makes (sheet still open, old value) cannot race another writer.
   */
  append<T>(now: Date, prepare: () => { drafts: EventDraft[]; result: (events: EventRow[]) => T }): T {
    const run = this.sqlite.transaction(() => {
      const { drafts, result } = prepare();
      const events = drafts.map((draft) => this.appendOne(draft, now));
      return result(events);
    });
    const out = run.immediate();
    this.checkpointWhenIdle();
    return out;
  }

  private idle: ReturnType<typeof setTimeout> | undefined;

  /**
   * The file keeps SQLite's automatic checkpoint far away (open-award-db.ts) so a save never pays
   * for one; instead the WAL is folded into the database once saves pause for a second.
   */
  private checkpointWhenIdle(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.sqlite.open) this.sqlite.pragma('wal_checkpoint(PASSIVE)');
    }, IDLE_CHECKPOINT_MS);
    this.idle.unref();
  }

  private appendOne(draft: EventDraft, now: Date): EventRow {
    const head = this.q.head.get(this.deviceId);
    // Another process (the CLI) may have written to this file since: its head counts too.
    if (head) this.observe(head.hlc);
    const hlc = nextHlc(this.lastSeen, now.getTime());
    this.lastSeen = hlc;
    const base: Omit<EventRow, 'hash'> = {
      device_id: this.deviceId,
      seq: (head?.seq ?? 0) + 1,
      hlc: formatHlc(hlc),
      at: now.toISOString(),
      type: draft.type,
      actor_id: draft.actor_id ?? null,
      juror_id: draft.juror_id ?? null,
      category_id: draft.category_id ?? null,
      nominee_id: draft.nominee_id ?? null,
      criterion_id: draft.criterion_id ?? null,
      value: draft.value ?? null,
      old_value: draft.old_value ?? null,
      text: draft.text ?? null,
      source: draft.source ?? 'app',
      prev_hash: head?.hash ?? GENESIS_HASH,
    };
    const event: EventRow = { ...base, hash: hashEvent(base) };
    this.q.insert.run(event);
    this.project(event);
    return event;
  }

  /** Applies one event to the current-state tables (idempotent, order-independent). */
  project(e: EventRow): void {
    if (e.type === 'finalise') {
      const seal = sealOf(e);
      this.q.seal.run(e.category_id, seal.sealed, seal.fingerprint, seal.results, clockOf(e.hlc, e.device_id));
      return;
    }
    // Event types of later versions are kept in the log; they have no projection here.
    this.projections.get(e.type)?.run(e);
  }
}

/**
 * What a 'finalise' event says: value 1 seals the category with `text` = JSON `{ fingerprint, results }`
 * (the canonical results signed off); value 0 is an audited reopen with `text` = the reason.
 */
export function sealOf(e: Pick<EventRow, 'value' | 'text'>): {
  sealed: 0 | 1;
  fingerprint: string | null;
  results: string | null;
} {
  if (e.value !== 1) return { sealed: 0, fingerprint: null, results: null };
  const parsed = JSON.parse(e.text ?? '{}') as { fingerprint?: unknown; results?: unknown };
  return {
    sealed: 1,
    fingerprint: typeof parsed.fingerprint === 'string' ? parsed.fingerprint : null,
    results: parsed.results === undefined ? null : JSON.stringify(parsed.results),
  };
}
