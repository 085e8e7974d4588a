import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit, add a new numbered migration instead.
//
// Committee files and merging:
// - `device`: every device whose events this file may hold, with its Ed25519 public key (SPKI PEM).
//   `pre_registered` is 1 when the secretariat registered it while distributing, 0 when it was
//   enrolled at its first merge (the merge report says so).
// - `device_key`: this file's own Ed25519 private key (PKCS#8 PEM). Only in the file of that device;
//   an export for merge never carries it.
// - `merge_log`: one row per source merged, with its report (JSON) and the backup taken before.
// Events naming nominees or criteria this file lacks stay in `event` (quarantine is a query).
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    sql`CREATE TABLE device (
      device_id TEXT PRIMARY KEY,
      juror_id TEXT,
      public_key TEXT NOT NULL,
      pre_registered INTEGER NOT NULL CHECK (pre_registered IN (0, 1)),
      registered_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE device_key (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      device_id TEXT NOT NULL,
      public_key TEXT NOT NULL,
      private_key TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE merge_log (
      id INTEGER PRIMARY KEY,
      merge_id TEXT NOT NULL,
      at TEXT NOT NULL,
      source_name TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      device_id TEXT NOT NULL,
      added INTEGER NOT NULL CHECK (added >= 0),
      duplicates INTEGER NOT NULL CHECK (duplicates >= 0),
      report TEXT NOT NULL,
      backup_path TEXT NOT NULL
    ) STRICT`,
    sql`CREATE INDEX merge_log_merge ON merge_log(merge_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
