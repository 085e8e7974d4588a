import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Conflict, ConflictKind } from '../../../shared/merge/merge.schema';
import { compareText } from '../scoring/fold';
import { clockOf } from '../scoring/hlc';

interface Ev {
  device_id: string;
  hlc: string;
  at: string;
  type: string;
  actor_id: string | null;
  juror_id: string | null;
  category_id: string | null;
  nominee_id: string | null;
  criterion_id: string | null;
  value: number | null;
  text: string | null;
  source: string;
  hash: string;
}

/** The `source` of the score event a resolution writes; such events are decisions, not new conflicts. */
export const RESOLVE_SOURCE = 'resolve';

const idOf = (kind: ConflictKind, key: string, hashes: string[]) =>
  createHash('sha256')
    .update(JSON.stringify([kind, key, [...hashes].sort()]))
    .digest('hex')
    .slice(0, 16);

const keyOf = (e: Ev) => JSON.stringify([e.juror_id, e.category_id, e.nominee_id, e.criterion_id]);
const clock = (e: Ev) => clockOf(e.hlc, e.device_id);
const byClock = (a: Ev, b: Ev) => compareText(clock(a), clock(b));

class Setup {
  readonly jurors: Set<string>;
  readonly categories: Set<string>;
  readonly nominees: Set<string>;
  readonly criteria: Set<string>;
  readonly competing: Set<string>;
  readonly criterionOf: Set<string>;
  constructor(sqlite: Database.Database) {
    const ids = (sql: string) =>
      new Set(
        sqlite
          .prepare<[], { id: string }>(sql)
          .all()
          .map((r) => r.id),
      );
    this.jurors = ids('SELECT id FROM juror');
    this.categories = ids('SELECT id FROM category');
    this.nominees = ids('SELECT id FROM nominee');
    this.criteria = ids('SELECT id FROM criterion');
    this.competing = ids("SELECT category_id || '|' || nominee_id AS id FROM category_nominee");
    this.criterionOf = ids("SELECT category_id || '|' || id AS id FROM criterion");
  }

  /** What the award file lacks for this event to count (empty: nothing). */
  missing(e: Ev): string[] {
    const out: string[] = [];
    if (e.type === 'indicator') {
      if (e.nominee_id !== null && !this.nominees.has(e.nominee_id)) out.push('nominee');
      if (e.criterion_id !== null && !this.criteria.has(e.criterion_id)) out.push('criterion');
      return out;
    }
    if (e.juror_id !== null && !this.jurors.has(e.juror_id)) out.push('juror');
    if (e.category_id !== null && !this.categories.has(e.category_id)) out.push('category');
    const cat = e.category_id ?? '';
    if (e.nominee_id !== null && !this.competing.has(`${cat}|${e.nominee_id}`)) out.push('nominee');
    if (e.criterion_id !== null && !this.criterionOf.has(`${cat}|${e.criterion_id}`)) out.push('criterion');
    return out;
  }
}

const version = (e: Ev) => ({ deviceId: e.device_id, value: e.value, hlc: e.hlc, at: e.at, eventHash: e.hash });

/**
 * Everything the secretariat must decide after merging, recomputed from the events:
 * - `cell`: a score whose latest value differs between devices;
 * - `after_submit`: a score or comment written after the sheet was submitted (and not reopened);
 * - `quarantine`: events naming a juror, category, nominee or criterion this file lacks (kept, not counted).
 * A conflict is resolved when a 'resolve' event names its id; new events make a new conflict.
 */
export function listConflicts(sqlite: Database.Database): Conflict[] {
  const events = sqlite
    .prepare<[], Ev>(
      `SELECT device_id, hlc, at, type, actor_id, juror_id, category_id, nominee_id, criterion_id, value, text, source, hash
       FROM event WHERE type IN ('score', 'comment', 'note', 'submit', 'reopen', 'indicator', 'resolve')`,
    )
    .all();
  const setup = new Setup(sqlite);
  const current = sqlite.prepare<[string, string, string, string], { value: number | null }>(
    'SELECT value FROM score WHERE juror_id = ? AND category_id = ? AND nominee_id = ? AND criterion_id = ?',
  );
  const resolutions = new Map<string, NonNullable<Conflict['resolved']>>();
  const quarantined = new Map<string, { events: Ev[]; missing: Set<string> }>();
  const cells = new Map<string, Map<string, Ev>>();
  const sheetEvents = new Map<string, Ev[]>();
  const edits: Ev[] = [];

  for (const e of events) {
    if (e.type === 'resolve') {
      const parsed = JSON.parse(e.text ?? '{}') as { conflictId?: string; reason?: string };
      if (parsed.conflictId) {
        resolutions.set(parsed.conflictId, { value: e.value, reason: parsed.reason ?? '', by: e.actor_id, at: e.at });
      }
      continue;
    }
    const missing = setup.missing(e);
    if (missing.length > 0) {
      const key = e.type === 'indicator' ? JSON.stringify(['indicator', e.nominee_id, e.criterion_id]) : keyOf(e);
      const q = quarantined.get(key) ?? { events: [], missing: new Set<string>() };
      q.events.push(e);
      for (const m of missing) q.missing.add(m);
      quarantined.set(key, q);
      continue;
    }
    if (e.source === RESOLVE_SOURCE) continue;
    if (e.type === 'submit' || e.type === 'reopen') {
      const sheet = JSON.stringify([e.juror_id, e.category_id]);
      sheetEvents.set(sheet, [...(sheetEvents.get(sheet) ?? []), e]);
    }
    if (e.type === 'score' || e.type === 'comment') edits.push(e);
    if (e.type === 'score') {
      const byDevice = cells.get(keyOf(e)) ?? new Map<string, Ev>();
      const last = byDevice.get(e.device_id);
      if (!last || byClock(last, e) < 0) byDevice.set(e.device_id, e);
      cells.set(keyOf(e), byDevice);
    }
  }

  const out: Conflict[] = [];
  const push = (kind: ConflictKind, key: string, evs: Ev[], missing: string[] = []) => {
    const first = evs[0] as Ev;
    const id = idOf(
      kind,
      key,
      evs.map((e) => e.hash),
    );
    const now =
      first.type === 'score' && first.juror_id && first.category_id && first.nominee_id && first.criterion_id
        ? (current.get(first.juror_id, first.category_id, first.nominee_id, first.criterion_id)?.value ?? null)
        : null;
    out.push({
      id,
      kind,
      jurorId: first.juror_id,
      categoryId: first.category_id,
      nomineeId: first.nominee_id,
      criterionId: first.criterion_id,
      current: now,
      versions: [...evs].sort(byClock).map(version),
      missing: [...missing].sort(),
      resolved: resolutions.get(id) ?? null,
    });
  };

  for (const [key, byDevice] of cells) {
    const latest = [...byDevice.values()];
    if (latest.length > 1 && new Set(latest.map((e) => JSON.stringify(e.value))).size > 1) push('cell', key, latest);
  }
  for (const list of sheetEvents.values()) list.sort(byClock);
  const afterSubmit = new Map<string, Ev[]>();
  for (const e of edits) {
    const list = sheetEvents.get(JSON.stringify([e.juror_id, e.category_id]));
    if (!list) continue;
    let state: Ev | undefined;
    for (const s of list) {
      if (byClock(s, e) < 0) state = s;
      else break;
    }
    if (state?.type === 'submit') afterSubmit.set(keyOf(e), [...(afterSubmit.get(keyOf(e)) ?? []), e]);
  }
  for (const [key, evs] of afterSubmit) push('after_submit', key, evs);
  for (const [key, q] of quarantined) push('quarantine', key, q.events, [...q.missing]);
  const order: ConflictKind[] = ['cell', 'after_submit', 'quarantine'];
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || compareText(a.id, b.id));
}
