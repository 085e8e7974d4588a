import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit, add a new numbered migration instead.
//
// What the decision documents need in the award file:
// - each juror's handwritten signature (drawn on the signature pad, a PNG data URL);
// - the award's committee certificate (self-signed X.509, PEM) and its private key, encrypted
//   under the ketua's passphrase (PKCS#8 PEM);
// - the seal of each finalised category: a projection of 'finalise' events (value 1 seals, 0 is
//   an audited reopen), holding the canonical results and their SHA-256 fingerprint.
// Jurors' approvals of a decision sheet are 'approve' events (text = the fingerprint approved).
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    sql`CREATE TABLE juror_signature (
      juror_id TEXT PRIMARY KEY REFERENCES juror(id) ON DELETE CASCADE,
      image TEXT NOT NULL,
      at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE committee_key (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      certificate TEXT NOT NULL,
      private_key TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE seal (
      category_id TEXT PRIMARY KEY,
      sealed INTEGER NOT NULL CHECK (sealed IN (0, 1)),
      fingerprint TEXT,
      results TEXT,
      clock TEXT NOT NULL
    ) STRICT`,
  ];
  for (const statement of statements) await statement.execute(db);
}
