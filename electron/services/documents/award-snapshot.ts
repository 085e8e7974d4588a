import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';
import type { AwardDb } from '../../db/open-award-db';
import type { DB } from '../../db/schema';

/** Kysely transactions (readSetup opens one) become savepoints inside the snapshot's transaction. */
class SavepointDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('savepoint kysely_trx'));
  }
  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('release kysely_trx'));
  }
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback to kysely_trx'));
    await connection.executeQuery(CompiledQuery.raw('release kysely_trx'));
  }
}

class SavepointDialect extends SqliteDialect {
  readonly #sqlite: Database.Database;
  constructor(sqlite: Database.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }
  override createDriver(): Driver {
    return new SavepointDriver({ database: this.#sqlite });
  }
}

/**
 * Runs `read` on a read-only connection of its own to an award file the caller already opened and
 * migrated, inside one read transaction: every query sees the same committed state, whatever
 * another connection (the main thread's) commits meanwhile. WAL lets the reader and the writer
 * run side by side. Nothing else uses the connection, so the transaction may span awaits.
 */
export async function readSnapshot<T>(path: string, read: (award: AwardDb) => Promise<T>): Promise<T> {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new SavepointDialect(sqlite) });
  try {
    sqlite.exec('BEGIN');
    try {
      return await read({ path, sqlite, db, close: () => db.destroy() });
    } finally {
      sqlite.exec('COMMIT');
    }
  } finally {
    await db.destroy();
  }
}
