import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openAtMigration } from '../../helpers/migrate-to';
import { useTempDir } from '../../helpers/temp-dir';

type Opened = Awaited<ReturnType<typeof openAtMigration>>;

const event = (seq: number, hash: string) => ({
  device_id: 'dev-a',
  seq,
  hlc: `000001732500000-00000${seq}`,
  at: '2024-11-25T01:00:00.000Z',
  type: 'score',
  actor_id: 'juri-1',
  juror_id: 'juri-1',
  category_id: 'c1',
  nominee_id: 'n1',
  criterion_id: 'k1',
  value: 80,
  old_value: null,
  text: null,
  prev_hash: '0'.repeat(64),
  hash,
});

const insertEvent = (sqlite: Database.Database, e: ReturnType<typeof event>) =>
  sqlite
    .prepare(
      `INSERT INTO event (device_id, seq, hlc, at, type, actor_id, juror_id, category_id, nominee_id, criterion_id,
         value, old_value, text, prev_hash, hash)
       VALUES (@device_id, @seq, @hlc, @at, @type, @actor_id, @juror_id, @category_id, @nominee_id, @criterion_id,
         @value, @old_value, @text, @prev_hash, @hash)`,
    )
    .run(e);

const columnsOf = (sqlite: Database.Database, table: string) =>
  (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string; pk: number }[]).map((c) => ({
    name: c.name,
    pk: c.pk,
  }));
const primaryKey = (sqlite: Database.Database, table: string) =>
  columnsOf(sqlite, table)
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => c.name);

describe('migration 0002_scoring', () => {
  const tmp = useTempDir();
  let open: Opened | undefined;
  afterEach(async () => {
    await open?.close();
    open = undefined;
  });

  /** A file at 0001 with a setup in it, then migrated to 0002 on a new connection (as an app update would). */
  async function migratedWithSetup(): Promise<Database.Database> {
    const path = tmp.path('award.juri');
    const before = await openAtMigration(path, '0001_initial');
    before.sqlite.exec(`
      INSERT INTO meta (key, value) VALUES ('award_id', 'award-1'), ('device_id', 'dev-a');
      INSERT INTO category (id, position_no, name) VALUES ('c1', 1, 'Kategori');
      INSERT INTO criterion (id, category_id, position_no, name, weight, kind, scale_min, scale_max, scale_step)
        VALUES ('k1', 'c1', 1, 'Kriteria', 1, 'judged', 1, 100, 1);
      INSERT INTO nominee (id, kind, name, region_code, position_no) VALUES ('n1', 'custom', 'Sekolah', NULL, 1);
      INSERT INTO category_nominee (category_id, nominee_id) VALUES ('c1', 'n1');
      INSERT INTO juror (id, position_no, name, role, pin_hash) VALUES ('juri-1', 1, 'Ketua', 'ketua', 'scrypt$x');
    `);
    await before.close();
    expect(before.sqlite.open).toBe(false);
    open = await openAtMigration(path, '0002_scoring');
    return open.sqlite;
  }

  it('keeps the setup written at 0001', async () => {
    const sqlite = await migratedWithSetup();
    expect(sqlite.prepare(`SELECT value FROM meta WHERE key = 'device_id'`).get()).toEqual({ value: 'dev-a' });
    expect(sqlite.prepare('SELECT id, name, scale_max FROM criterion').all()).toEqual([
      { id: 'k1', name: 'Kriteria', scale_max: 100 },
    ]);
    expect(sqlite.prepare('SELECT id, role, pin_hash FROM juror').all()).toEqual([
      { id: 'juri-1', role: 'ketua', pin_hash: 'scrypt$x' },
    ]);
    expect(sqlite.prepare('SELECT * FROM category_nominee').all()).toEqual([{ category_id: 'c1', nominee_id: 'n1' }]);
  });

  it('adds the event log and projections, STRICT, with their keys', async () => {
    const sqlite = await migratedWithSetup();
    const tables = sqlite.prepare('PRAGMA table_list').all() as { name: string; strict: number; schema: string }[];
    for (const name of ['event', 'score', 'note', 'sheet', 'pin_guard']) {
      expect(tables.find((t) => t.schema === 'main' && t.name === name)).toMatchObject({ name, strict: 1 });
    }
    expect(primaryKey(sqlite, 'event')).toEqual(['device_id', 'seq']);
    expect(primaryKey(sqlite, 'score')).toEqual(['juror_id', 'category_id', 'nominee_id', 'criterion_id']);
    expect(primaryKey(sqlite, 'note')).toEqual(['juror_id', 'category_id', 'nominee_id']);
    expect(primaryKey(sqlite, 'sheet')).toEqual(['juror_id', 'category_id']);
    expect(primaryKey(sqlite, 'pin_guard')).toEqual(['juror_id']);
    expect(columnsOf(sqlite, 'score').map((c) => c.name)).toEqual([
      'juror_id',
      'category_id',
      'nominee_id',
      'criterion_id',
      'value',
      'value_clock',
      'comment',
      'comment_clock',
    ]);
  });

  it('keeps the event log append-only: UPDATE and DELETE are refused', async () => {
    const sqlite = await migratedWithSetup();
    insertEvent(sqlite, event(1, 'a'.repeat(64)));
    expect(() => sqlite.prepare('UPDATE event SET value = 99').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('UPDATE event SET hash = ? WHERE seq = 1').run('b'.repeat(64))).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM event WHERE seq = 1').run()).toThrow(/append-only/);
    expect(() =>
      sqlite
        .prepare(
          `INSERT INTO event SELECT * FROM event WHERE true
           ON CONFLICT (device_id, seq) DO UPDATE SET value = 1`,
        )
        .run(),
    ).toThrow(/append-only/);
    expect(sqlite.prepare('SELECT seq, value, hash FROM event').all()).toEqual([
      { seq: 1, value: 80, hash: 'a'.repeat(64) },
    ]);
    // Appending stays possible.
    expect(() => insertEvent(sqlite, event(2, 'c'.repeat(64)))).not.toThrow();
  });

  it('refuses a second event with the same hash, or the same device and sequence number', async () => {
    const sqlite = await migratedWithSetup();
    insertEvent(sqlite, event(1, 'a'.repeat(64)));
    expect(() => insertEvent(sqlite, event(2, 'a'.repeat(64)))).toThrow(/UNIQUE constraint failed: event.hash/);
    expect(() => insertEvent(sqlite, event(1, 'd'.repeat(64)))).toThrow(/UNIQUE constraint failed: event.device_id/);
    expect(() => insertEvent(sqlite, event(0, 'e'.repeat(64)))).toThrow(/CHECK/);
  });

  it('limits a sheet to open or submitted, and drops a juror’s PIN guard with the juror', async () => {
    const sqlite = await migratedWithSetup();
    const sheet = sqlite.prepare(
      `INSERT INTO sheet (juror_id, category_id, status, clock) VALUES ('juri-1', 'c1', ?, 'x')`,
    );
    expect(() => sheet.run('locked')).toThrow(/CHECK/);
    expect(() => sheet.run('submitted')).not.toThrow();
    sqlite.prepare(`INSERT INTO pin_guard (juror_id, failures) VALUES ('juri-1', 3)`).run();
    expect(() => sqlite.prepare(`INSERT INTO pin_guard (juror_id) VALUES ('nobody')`).run()).toThrow(/FOREIGN KEY/);
    sqlite.prepare(`DELETE FROM juror WHERE id = 'juri-1'`).run();
    expect(sqlite.prepare('SELECT count(*) AS n FROM pin_guard').get()).toEqual({ n: 0 });
  });
});
