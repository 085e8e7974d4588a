import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrations } from '../../electron/db/migrations';
import { JURI_APPLICATION_ID } from '../../electron/db/open-award-db';
import type { DB } from '../../electron/db/schema';

/**
 * A new award database migrated only up to (and including) `name`, so each migration's test sees
 * the schema as that migration left it, whatever migrations come later.
 */
export async function openAtMigration(
  path: string,
  name: string,
): Promise<{ sqlite: Database.Database; close(): Promise<void> }> {
  if (!Object.hasOwn(migrations, name)) throw new Error(`no migration named ${name}`);
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`application_id = ${JURI_APPLICATION_ID}`);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error } = await new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  }).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
  return { sqlite, close: () => db.destroy() };
}
