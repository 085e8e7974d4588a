import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit, add a new numbered migration instead.
//
// The event log is the bulk of a merged national file (15 jurors × tens of thousands of events),
// and every event was written into five B-trees: the rowid table, the (device_id, seq) key, the
// UNIQUE hash, and two history indexes. This stores it clustered on its key instead:
// - WITHOUT ROWID, keyed by (device_id, seq): one B-tree for the rows and the key;
// - no UNIQUE on hash: the hash covers device_id and seq, so two events with one hash at two keys
//   would be a SHA-256 collision, and merge recomputes every incoming hash anyway;
// - one history index, per sheet in clock order (a cell's history is read within its sheet), and a
//   small partial one of the submissions;
// - the append-only guard of 0004 narrowed to the key it can now collide on.
// Same columns, same rows, same order of seq per device: hashes and chains are untouched.
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    sql`CREATE TABLE event_v7 (
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
      hash TEXT NOT NULL,
      PRIMARY KEY (device_id, seq)
    ) STRICT, WITHOUT ROWID`,
    sql`INSERT INTO event_v7 SELECT device_id, seq, hlc, at, type, actor_id, juror_id, category_id, nominee_id,
      criterion_id, value, old_value, text, source, prev_hash, hash FROM event ORDER BY device_id, seq`,
    // Dropping a table drops its triggers first, so the append-only DELETE guard does not fire.
    sql`DROP TABLE event`,
    sql`ALTER TABLE event_v7 RENAME TO event`,
    sql`CREATE INDEX event_sheet ON event(juror_id, category_id, hlc)`,
    // The few submissions, so "edited after the sheet was submitted" is found without a scan.
    sql`CREATE INDEX event_submit ON event(juror_id, category_id, hlc) WHERE type = 'submit'`,
    sql`CREATE TRIGGER event_append_only_update BEFORE UPDATE ON event
      BEGIN SELECT RAISE(ABORT, 'event log is append-only'); END`,
    sql`CREATE TRIGGER event_append_only_delete BEFORE DELETE ON event
      BEGIN SELECT RAISE(ABORT, 'event log is append-only'); END`,
    sql`CREATE TRIGGER event_no_replace BEFORE INSERT ON event
      WHEN EXISTS (SELECT 1 FROM event WHERE device_id = NEW.device_id AND seq = NEW.seq)
      BEGIN SELECT RAISE(ABORT, 'event log is append-only'); END`,
  ];
  for (const statement of statements) await statement.execute(db);
}
