import type Database from 'better-sqlite3';
import { RELEASE_META_KEY, type EventLog } from '../scoring/event-log';
import { EVENT_COLUMNS, tupleToRow, type EventTuple } from './event-tuple';

const COLUMNS = EVENT_COLUMNS.join(', ');
const WIDTH = EVENT_COLUMNS.length;
/** Rows per multi-row INSERT: 256 × 16 parameters, well under SQLite's limit of 32,766. */
const ROWS_PER_INSERT = 256;

// The event table's columns, without its key, indexes, triggers or STRICT typing: staging is plain
// appends, and the event table's own checks run when the rows are copied into it.
const CREATE_STAGE = `CREATE TEMP TABLE merge_stage AS SELECT ${COLUMNS} FROM main.event LIMIT 0`;

const insertRows = (rows: number) =>
  `INSERT INTO temp.merge_stage (${COLUMNS}) VALUES ${Array.from(
    { length: rows },
    () => `(${EVENT_COLUMNS.map(() => '?').join(', ')})`,
  ).join(', ')}`;

// scoring/hlc.ts `clockOf(hlc, deviceId)`, as SQL.
const CLOCK = `hlc || '@' || device_id`;

/**
 * The projections of EventLog.project, one statement per event type over every staged row. Rows are
 * taken in staging order (the order the per-row merge applied them), and each upsert applies its
 * rows one by one with the same last-writer-wins guard, so the outcome is the per-row one, ties
 * included. 'finalise' (JSON in `text`) is projected per row by EventLog itself; other types have no
 * projection.
 */
const PROJECT = [
  `INSERT INTO score (juror_id, category_id, nominee_id, criterion_id, value, value_clock)
   SELECT juror_id, category_id, nominee_id, criterion_id, value, ${CLOCK}
   FROM temp.merge_stage WHERE type = 'score' ORDER BY rowid
   ON CONFLICT DO UPDATE SET value = excluded.value, value_clock = excluded.value_clock
   WHERE excluded.value_clock > score.value_clock`,
  `INSERT INTO score (juror_id, category_id, nominee_id, criterion_id, comment, comment_clock)
   SELECT juror_id, category_id, nominee_id, criterion_id, coalesce(text, ''), ${CLOCK}
   FROM temp.merge_stage WHERE type = 'comment' ORDER BY rowid
   ON CONFLICT DO UPDATE SET comment = excluded.comment, comment_clock = excluded.comment_clock
   WHERE excluded.comment_clock > score.comment_clock`,
  `INSERT INTO note (juror_id, category_id, nominee_id, text, clock)
   SELECT juror_id, category_id, nominee_id, coalesce(text, ''), ${CLOCK}
   FROM temp.merge_stage WHERE type = 'note' ORDER BY rowid
   ON CONFLICT DO UPDATE SET text = excluded.text, clock = excluded.clock WHERE excluded.clock > note.clock`,
  `INSERT INTO sheet (juror_id, category_id, status, clock)
   SELECT juror_id, category_id, CASE type WHEN 'submit' THEN 'submitted' ELSE 'open' END, ${CLOCK}
   FROM temp.merge_stage WHERE type IN ('submit', 'reopen') ORDER BY rowid
   ON CONFLICT DO UPDATE SET status = excluded.status, clock = excluded.clock WHERE excluded.clock > sheet.clock`,
  `INSERT INTO indicator_value (nominee_id, criterion_id, value, source, at, clock)
   SELECT nominee_id, criterion_id, value, source, at, ${CLOCK}
   FROM temp.merge_stage WHERE type = 'indicator' ORDER BY rowid
   ON CONFLICT DO UPDATE SET value = excluded.value, source = excluded.source, at = excluded.at, clock = excluded.clock
   WHERE excluded.clock > indicator_value.clock`,
  `INSERT INTO meta (key, value)
   SELECT '${RELEASE_META_KEY}', ${CLOCK} || '|' || (CASE WHEN value = 1 THEN 1 ELSE 0 END)
   FROM temp.merge_stage WHERE type = 'release' ORDER BY rowid
   ON CONFLICT DO UPDATE SET value = excluded.value WHERE excluded.value > meta.value`,
];

/**
 * Inserts events into the event log and projects them, set-based: the tuples are staged in a
 * TEMP table with multi-row INSERTs (few calls from JavaScript), copied into `event` with one
 * INSERT … SELECT (its triggers fire per row as ever), then projected with one upsert per event
 * type. Leaves every table as inserting and `log.project`-ing each event in the given order would.
 * Must run inside the caller's transaction; leaves no temp table behind.
 */
export function insertAndProject(sqlite: Database.Database, log: EventLog, events: readonly EventTuple[]): void {
  if (!sqlite.inTransaction) throw new Error('insertAndProject must run inside a transaction');
  if (events.length === 0) return;
  sqlite.exec('DROP TABLE IF EXISTS temp.merge_stage');
  sqlite.exec(CREATE_STAGE);
  try {
    stage(sqlite, events);
    sqlite.exec(`INSERT INTO event (${COLUMNS}) SELECT ${COLUMNS} FROM temp.merge_stage ORDER BY device_id, seq`);
    for (const statement of PROJECT) sqlite.exec(statement);
    const finalised = sqlite
      .prepare(`SELECT ${COLUMNS} FROM temp.merge_stage WHERE type = 'finalise' ORDER BY rowid`)
      .raw()
      .all() as EventTuple[];
    for (const e of finalised) log.project(tupleToRow(e));
  } finally {
    sqlite.exec('DROP TABLE IF EXISTS temp.merge_stage');
  }
}

function stage(sqlite: Database.Database, events: readonly EventTuple[]): void {
  const full = sqlite.prepare(insertRows(ROWS_PER_INSERT));
  const flat: unknown[] = new Array(ROWS_PER_INSERT * WIDTH);
  let at = 0;
  for (; at + ROWS_PER_INSERT <= events.length; at += ROWS_PER_INSERT) {
    for (let r = 0; r < ROWS_PER_INSERT; r++) {
      const e = events[at + r] as EventTuple;
      for (let c = 0; c < WIDTH; c++) flat[r * WIDTH + c] = e[c];
    }
    full.run(flat);
  }
  const rest = events.length - at;
  if (rest > 0) sqlite.prepare(insertRows(rest)).run(events.slice(at).flat());
}
