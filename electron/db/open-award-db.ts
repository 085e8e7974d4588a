import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely';
import { UserError } from '../../shared/user-error';
import { migrations, SCHEMA_VERSION } from './migrations';
import type { DB } from './schema';

/** `PRAGMA application_id` of every .juri file: the bytes "JURI". */
export const JURI_APPLICATION_ID = 0x4a555249;

export interface AwardDb {
  path: string;
  sqlite: Database.Database;
  db: Kysely<DB>;
  close(): Promise<void>;
}

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/** Runs every pending migration, then records the schema version in `user_version`. */
export async function migrate(db: Kysely<DB>, sqlite: Database.Database): Promise<void> {
  const found = sqlite.pragma('user_version', { simple: true }) as number;
  if (found > SCHEMA_VERSION) {
    throw new UserError('newer_schema', 'errors.newerSchema', { found, known: SCHEMA_VERSION });
  }
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`Migration failed: ${JSON.stringify(error)}`);
  sqlite.pragma(`user_version = ${SCHEMA_VERSION}`);
}

/**
 * Opens (or with `create`, creates) an award file: WAL, synchronous=FULL, foreign keys,
 * our application id checked, migrations run. Refuses files that are not ours.
 */
export async function openAwardDb(path: string, options: { create: boolean }): Promise<AwardDb> {
  const exists = existsSync(path);
  if (options.create && exists) throw new UserError('file_exists', 'errors.fileExists', { path });
  if (!options.create && !exists) throw new UserError('not_found', 'errors.fileMissing', { path });
  // An empty file is not an award: opening it would silently turn it into a new database.
  if (exists && statSync(path).size === 0) throw new UserError('not_juri_file', 'errors.notJuriFile', { path });
  if (exists) assertJuriFile(path);

  const sqlite = new Database(path);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Checkpoints happen when scoring pauses (EventLog), not inside a juror's save; this is the backstop.
    sqlite.pragma('wal_autocheckpoint = 10000');
    if (options.create) sqlite.pragma(`application_id = ${JURI_APPLICATION_ID}`);
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    await migrate(db, sqlite);
    return { path, sqlite, db, close: () => db.destroy() };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** SQLite's own codes for "this is not a database"; any other failure is a real error and is rethrown. */
const NOT_A_DATABASE = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

function assertJuriFile(path: string): void {
  let probe: Database.Database | undefined;
  let id: unknown;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
    id = probe.pragma('application_id', { simple: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_A_DATABASE.has(code)) {
      throw new UserError('not_juri_file', 'errors.notJuriFile', { path });
    }
    throw error;
  } finally {
    probe?.close();
  }
  if (id !== JURI_APPLICATION_ID) throw new UserError('not_juri_file', 'errors.notJuriFile', { path });
}
