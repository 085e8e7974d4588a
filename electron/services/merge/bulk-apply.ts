import type Database from 'better-sqlite3';
import type { EventLog } from '../scoring/event-log';
import { projectAll } from '../scoring/projections';
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

const PROJECT = projectAll('temp.merge_stage');

/**
 * Inserts events into the event log and projects them, set-based: the tuples are staged in a
 * TEMP table with multi-row INSERTs (few calls from JavaScript), copied into `event` with one
 * INSERT … SELECT (its triggers fire per row as ever), then projected with one upsert per event
 * type: scoring/projections.ts, the very definitions EventLog.project uses ('finalise' is
 * projected per row by EventLog). Leaves every table as inserting and `log.project`-ing each event
 * in the given order would. Must run inside the caller's transaction; leaves no temp table behind.
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
