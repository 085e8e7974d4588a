import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit, add a new numbered migration instead.
//
// `INSERT OR REPLACE` deletes the row it replaces without firing DELETE triggers (unless
// recursive_triggers is on), so it could rewrite an event past 0002's append-only triggers.
// Refuse any insert that would collide with an existing event, whatever its conflict clause.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TRIGGER event_no_replace BEFORE INSERT ON event
    WHEN EXISTS (SELECT 1 FROM event WHERE (device_id = NEW.device_id AND seq = NEW.seq) OR hash = NEW.hash)
    BEGIN SELECT RAISE(ABORT, 'event log is append-only'); END`.execute(db);
}
