import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/db/migrations';
import { JURI_APPLICATION_ID, openAwardDb, type AwardDb } from '../../../electron/db/open-award-db';
import { openAtMigration } from '../../helpers/migrate-to';
import { useTempDir } from '../../helpers/temp-dir';

const TABLES = [
  'award',
  'category',
  'category_nominee',
  'conflict',
  'criterion',
  'juror',
  'meta',
  'nominee',
  'rubric_level',
  'signatory',
];

describe('migration 0001_initial', () => {
  const tmp = useTempDir();
  let award: Pick<AwardDb, 'sqlite' | 'close'> | undefined;
  afterEach(async () => {
    await award?.close();
    award = undefined;
  });

  const migrated = async () => (award = await openAtMigration(tmp.path('empty.juri'), '0001_initial'));

  it('creates every table as STRICT', async () => {
    const { sqlite } = await migrated();
    const rows = sqlite.prepare(`PRAGMA table_list`).all() as {
      schema: string;
      name: string;
      type: string;
      strict: number;
    }[];
    const ours = rows.filter(
      (r) =>
        r.schema === 'main' && r.type === 'table' && !r.name.startsWith('sqlite_') && !r.name.startsWith('kysely_'),
    );
    expect(ours.map((r) => r.name).sort()).toEqual(TABLES);
    for (const table of ours)
      expect({ table: table.name, strict: table.strict }).toEqual({ table: table.name, strict: 1 });
  });

  it('records the schema version and our application id when a file is opened', async () => {
    const { sqlite } = (award = await openAwardDb(tmp.path('full.juri'), { create: true }));
    expect(sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(sqlite.pragma('application_id', { simple: true })).toBe(JURI_APPLICATION_ID);
    expect(JURI_APPLICATION_ID).toBe(0x4a555249);
  });

  it('opens the connection with WAL, synchronous FULL and foreign keys on', async () => {
    const { sqlite } = (award = await openAwardDb(tmp.path('full.juri'), { create: true }));
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('enforces foreign keys: a criterion of an unknown category is refused', async () => {
    const { sqlite } = await migrated();
    const insert = sqlite.prepare(
      `INSERT INTO criterion (id, category_id, position_no, name, weight, kind, scale_min, scale_max, scale_step)
       VALUES (?, ?, 1, 'Kriteria', 1, 'judged', 1, 100, 1)`,
    );
    expect(() => insert.run('k1', 'no-such-category')).toThrow(/FOREIGN KEY/);
    sqlite.prepare(`INSERT INTO category (id, position_no, name) VALUES ('c1', 1, 'Kategori')`).run();
    expect(() => insert.run('k1', 'c1')).not.toThrow();
  });

  it('cascades a category delete to its criteria and rubric levels', async () => {
    const { sqlite } = await migrated();
    sqlite.exec(`
      INSERT INTO category (id, position_no, name) VALUES ('c1', 1, 'Kategori');
      INSERT INTO criterion (id, category_id, position_no, name, weight, kind, scale_min, scale_max, scale_step)
        VALUES ('k1', 'c1', 1, 'Kriteria', 1, 'judged', 1, 100, 1);
      INSERT INTO rubric_level (criterion_id, position_no, label, min, max) VALUES ('k1', 1, 'Baik', 1, 100);
      DELETE FROM category WHERE id = 'c1';
    `);
    expect(sqlite.prepare(`SELECT count(*) AS n FROM criterion`).get()).toEqual({ n: 0 });
    expect(sqlite.prepare(`SELECT count(*) AS n FROM rubric_level`).get()).toEqual({ n: 0 });
  });

  it('enforces CHECK constraints', async () => {
    const { sqlite } = await migrated();
    const nominee = sqlite.prepare(
      `INSERT INTO nominee (id, kind, name, region_code, position_no) VALUES (?, ?, ?, ?, 1)`,
    );
    expect(() => nominee.run('n1', 'custom', 'Sekolah Penggerak', '64.72')).toThrow(/CHECK/);
    expect(() => nominee.run('n2', 'city', 'Kota Samarinda', null)).toThrow(/CHECK/);
    expect(() => nominee.run('n3', 'planet', 'Mars', null)).toThrow(/CHECK/);
    expect(() => nominee.run('n4', 'custom', 'Sekolah Penggerak', null)).not.toThrow();

    sqlite.prepare(`INSERT INTO category (id, position_no, name) VALUES ('c1', 1, 'Kategori')`).run();
    const criterion = sqlite.prepare(
      `INSERT INTO criterion (id, category_id, position_no, name, weight, kind, scale_min, scale_max, scale_step)
       VALUES (?, 'c1', 1, 'Kriteria', ?, 'judged', ?, ?, 1)`,
    );
    expect(() => criterion.run('k1', 0, 1, 100)).toThrow(/CHECK/);
    expect(() => criterion.run('k2', 1, 100, 1)).toThrow(/CHECK/);
  });

  it('rejects values of the wrong type (STRICT)', async () => {
    const { sqlite } = await migrated();
    expect(() =>
      sqlite.prepare(`INSERT INTO category (id, position_no, name) VALUES ('c1', 'satu', 'Kategori')`).run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});
