import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit, add a new numbered migration instead.
//
// How each category is ranked (its aggregation method, quorum, winners and tie-break chain) and how
// each indicator criterion turns a measured value into 0–100. Both are JSON checked by the zod
// schemas in shared/award/award.schema.ts when read, so the engine's options can grow without a
// migration per field. Measured indicator values are events too (type 'indicator', no juror), so
// they keep their provenance and merge like scores; `indicator_value` is their projection.
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    sql`ALTER TABLE category ADD COLUMN scoring TEXT NOT NULL DEFAULT '{}'`,
    sql`ALTER TABLE criterion ADD COLUMN rule TEXT`,
    sql`CREATE TABLE indicator_value (
      nominee_id TEXT NOT NULL,
      criterion_id TEXT NOT NULL,
      value REAL,
      source TEXT NOT NULL,
      at TEXT NOT NULL,
      clock TEXT NOT NULL,
      PRIMARY KEY (nominee_id, criterion_id)
    ) STRICT`,
  ];
  for (const statement of statements) await statement.execute(db);
}
