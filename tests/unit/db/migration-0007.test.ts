import { afterEach, describe, expect, it } from 'vitest';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrations } from '../../../electron/db/migrations';
import { openAtMigration } from '../../helpers/migrate-to';
import { useTempDir } from '../../helpers/temp-dir';

const INSERT = (verb: string) =>
  `${verb} INTO event (device_id, seq, hlc, at, type, juror_id, category_id, value, prev_hash, hash)
   VALUES (@device, @seq, @hlc, '2024-11-25T08:00:00Z', 'score', @juror, 'kat-1', @value, @prev, @hash)`;

const event = (device: string, seq: number, value: number) => ({
  device,
  seq,
  hlc: `00000000000000${seq}-000000`,
  juror: device === 'd1' ? 'juri-1' : 'juri-2',
  value,
  prev: seq === 1 ? 'genesis' : `${device}-h${seq - 1}`,
  hash: `${device}-h${seq}`,
});

describe('migration 0007_event_storage', () => {
  const tmp = useTempDir();
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  async function at(name: string) {
    const award = await openAtMigration(tmp.path('award.juri'), name);
    closers.push(() => award.close());
    return award.sqlite;
  }

  it('keeps every event, byte for byte, when it rebuilds the log clustered on (device_id, seq)', async () => {
    const before = await at('0006_documents');
    const insert = before.prepare(INSERT('INSERT'));
    for (let seq = 1; seq <= 30; seq++) insert.run(event(seq % 2 ? 'd2' : 'd1', seq, seq * 3));
    const rows = () => before.prepare('SELECT * FROM event ORDER BY device_id, seq').all();
    const old = rows();

    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: before }) });
    const { error } = await new Migrator({
      db,
      provider: { getMigrations: () => Promise.resolve(migrations) },
    }).migrateTo('0007_event_storage');
    expect(error).toBeUndefined();

    expect(rows()).toEqual(old);
    const ddl = before.prepare("SELECT sql FROM sqlite_schema WHERE name = 'event'").pluck().get() as string;
    expect(ddl).toMatch(/WITHOUT ROWID/);
    const indexes = before
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'event' AND sql IS NOT NULL")
      .pluck()
      .all();
    expect(indexes.sort()).toEqual(['event_sheet', 'event_submit']);
    // The history of one sheet is read through the index.
    const plan = before
      .prepare(
        "EXPLAIN QUERY PLAN SELECT * FROM event WHERE juror_id = 'juri-1' AND category_id = 'kat-1' ORDER BY hlc",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING INDEX event_sheet/);
  });

  it('is still append-only: no update, no delete, no replace or ignore over an existing key', async () => {
    const sqlite = await at('0007_event_storage');
    sqlite.prepare(INSERT('INSERT')).run(event('d1', 1, 80));
    expect(() => sqlite.prepare(INSERT('INSERT OR REPLACE')).run(event('d1', 1, 20))).toThrow(/append-only/);
    expect(() => sqlite.prepare(INSERT('INSERT OR IGNORE')).run(event('d1', 1, 20))).toThrow(/append-only/);
    expect(() => sqlite.prepare('UPDATE event SET value = 1').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM event').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare(INSERT('INSERT')).run(event('d1', 1, 20))).toThrow();
    expect(sqlite.prepare('SELECT value FROM event').pluck().all()).toEqual([80]);
    sqlite.prepare(INSERT('INSERT')).run(event('d1', 2, 90));
    expect(sqlite.prepare('SELECT count(*) FROM event').pluck().get()).toBe(2);
  });
});
