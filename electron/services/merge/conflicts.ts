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

const EV_COLUMNS = `device_id, hlc, at, type, actor_id, juror_id, category_id, nominee_id, criterion_id, value, text,
  source, hash`;

/** Every event a conflict could come from (the reference scan; see CANDIDATE_EVENTS). */
const ALL_EVENTS = `SELECT ${EV_COLUMNS} FROM event
  WHERE type IN ('score', 'comment', 'note', 'submit', 'reopen', 'indicator', 'resolve')`;

/**
 * A superset, found by SQLite, of the events `conflictsFrom` would turn into conflicts, so a merged
 * national file (hundreds of thousands of events, nearly all of them plain scores written on one
 * device before the sheet was submitted) is not read whole into JavaScript. The rules themselves
 * stay in `conflictsFrom`; tests/unit/merge/conflicts.property.test.ts checks both scans agree.
 * One pass over the log keeps:
 * - every submit, reopen and resolve event (few);
 * - events with an id missing (they cannot be keyed like the rest) or naming what this file lacks;
 * - score events in a cell written on more than one device (looked for only among the jurors whose
 *   events come from more than one device, found from the sheet index alone);
 * - score and comment events at or after the first submission of their sheet (event_submit).
 */
const CANDIDATE_EVENTS = `
  WITH multi_juror AS (
    SELECT juror_id FROM event GROUP BY juror_id HAVING min(device_id) <> max(device_id)
  ), multi_cell AS (
    SELECT juror_id, category_id, nominee_id, criterion_id FROM event
    WHERE juror_id IN multi_juror AND type = 'score' AND source <> '${RESOLVE_SOURCE}'
    GROUP BY juror_id, category_id, nominee_id, criterion_id HAVING min(device_id) <> max(device_id)
  ), first_submit AS (
    SELECT juror_id, category_id, min(hlc) AS hlc FROM event WHERE type = 'submit' GROUP BY juror_id, category_id
  )
  SELECT ${EV_COLUMNS} FROM event e
  WHERE type IN ('submit', 'reopen', 'resolve')
    OR (type IN ('score', 'comment', 'note', 'indicator') AND (
      juror_id IS NULL OR category_id IS NULL OR nominee_id IS NULL OR criterion_id IS NULL
      OR (type = 'indicator' AND (nominee_id NOT IN (SELECT id FROM nominee) OR criterion_id NOT IN (SELECT id FROM criterion)))
      OR (type <> 'indicator' AND (
        juror_id NOT IN (SELECT id FROM juror)
        OR (category_id, nominee_id) NOT IN (SELECT category_id, nominee_id FROM category_nominee)
        OR (category_id, criterion_id) NOT IN (SELECT category_id, id FROM criterion)))))
    OR (type IN ('score', 'comment')
      AND hlc >= (SELECT f.hlc FROM first_submit f WHERE f.juror_id = e.juror_id AND f.category_id = e.category_id))
    OR (type = 'score' AND juror_id IN multi_juror
      AND (juror_id, category_id, nominee_id, criterion_id) IN multi_cell)`;

const version = (e: Ev) => ({ deviceId: e.device_id, value: e.value, hlc: e.hlc, at: e.at, eventHash: e.hash });

/**
 * Everything the secretariat must decide after merging, recomputed from the events:
 * - `cell`: a score whose latest value differs between devices;
 * - `after_submit`: a score or comment written after the sheet was submitted (and not reopened);
 * - `quarantine`: events naming a juror, category, nominee or criterion this file lacks (kept, not counted).
 * A conflict is resolved when a 'resolve' event names its id; new events make a new conflict.
 */
export function listConflicts(sqlite: Database.Database, options: { scan?: 'candidates' | 'all' } = {}): Conflict[] {
  const events = sqlite.prepare<[], Ev>(options.scan === 'all' ? ALL_EVENTS : CANDIDATE_EVENTS).all();
  const setup = new Setup(sqlite);
  const current = sqlite.prepare<[string, string, string, string], { value: number | null }>(
    'SELECT value FROM score WHERE juror_id = ? AND category_id = ? AND nominee_id = ? AND criterion_id = ?',
  );
  return conflictsFrom(events, setup, (e) =>
    e.type === 'score' && e.juror_id && e.category_id && e.nominee_id && e.criterion_id
      ? (current.get(e.juror_id, e.category_id, e.nominee_id, e.criterion_id)?.value ?? null)
      : null,
  );
}

function conflictsFrom(events: Ev[], setup: Setup, currentOf: (e: Ev) => number | null): Conflict[] {
  const resolutions = new Map<string, NonNullable<Conflict['resolved']>>();
  const resolvedBy = new Map<string, Ev>();
  const quarantined = new Map<string, { events: Ev[]; missing: Set<string> }>();
  const cells = new Map<string, Map<string, Ev>>();
  const sheetEvents = new Map<string, Ev[]>();
  const edits: Ev[] = [];

  for (const e of events) {
    if (e.type === 'resolve') {
      const parsed = JSON.parse(e.text ?? '{}') as { conflictId?: string; reason?: string };
      const earlier = parsed.conflictId ? resolvedBy.get(parsed.conflictId) : undefined;
      if (parsed.conflictId && (!earlier || byClock(earlier, e) < 0)) {
        resolvedBy.set(parsed.conflictId, e);
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
    const now = currentOf(first);
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
