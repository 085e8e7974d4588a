import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit, add a new numbered migration instead.
//
// Scoring is recorded as events (append-only, hash-chained per device) and projected into
// current-state tables. The projections hold no foreign keys: a merged event may name a nominee
// or criterion this file does not know, and it must be kept, not dropped.
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    sql`CREATE TABLE event (
      device_id TEXT NOT NULL,
      seq INTEGER NOT NULL CHECK (seq > 0),
      hlc TEXT NOT NULL,
      at TEXT NOT NULL,
      type TEXT NOT NULL,
      actor_id TEXT,
      juror_id TEXT,
      category_id TEXT,
      nominee_id TEXT,
      criterion_id TEXT,
      value REAL,
      old_value REAL,
      text TEXT,
      source TEXT NOT NULL DEFAULT 'app',
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL UNIQUE,
      PRIMARY KEY (device_id, seq)
    ) STRICT`,
    sql`CREATE INDEX event_juror ON event(juror_id, category_id, hlc)`,
    sql`CREATE INDEX event_cell ON event(juror_id, nominee_id, criterion_id, hlc)`,
    sql`CREATE TRIGGER event_append_only_update BEFORE UPDATE ON event
      BEGIN SELECT RAISE(ABORT, 'event log is append-only'); END`,
    sql`CREATE TRIGGER event_append_only_delete BEFORE DELETE ON event
      BEGIN SELECT RAISE(ABORT, 'event log is append-only'); END`,
    sql`CREATE TABLE score (
      juror_id TEXT NOT NULL,
      category_id TEXT NOT NULL,
      nominee_id TEXT NOT NULL,
      criterion_id TEXT NOT NULL,
      value REAL,
      value_clock TEXT NOT NULL DEFAULT '',
      comment TEXT NOT NULL DEFAULT '',
      comment_clock TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (juror_id, category_id, nominee_id, criterion_id)
    ) STRICT`,
    sql`CREATE INDEX score_category ON score(category_id, juror_id)`,
    sql`CREATE TABLE note (
      juror_id TEXT NOT NULL,
      category_id TEXT NOT NULL,
      nominee_id TEXT NOT NULL,
      text TEXT NOT NULL,
      clock TEXT NOT NULL,
      PRIMARY KEY (juror_id, category_id, nominee_id)
    ) STRICT`,
    sql`CREATE TABLE sheet (
      juror_id TEXT NOT NULL,
      category_id TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('open', 'submitted')),
      clock TEXT NOT NULL,
      PRIMARY KEY (juror_id, category_id)
    ) STRICT`,
    sql`CREATE TABLE pin_guard (
      juror_id TEXT PRIMARY KEY REFERENCES juror(id) ON DELETE CASCADE,
      failures INTEGER NOT NULL DEFAULT 0,
      locked_until TEXT
    ) STRICT`,
  ];
  for (const statement of statements) await statement.execute(db);
}
