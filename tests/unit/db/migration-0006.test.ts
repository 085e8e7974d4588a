import { afterEach, describe, expect, it } from 'vitest';
import { openAtMigration } from '../../helpers/migrate-to';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 0006_documents', () => {
  const tmp = useTempDir();
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });
  async function at(name: string) {
    const db = await openAtMigration(tmp.path(`${name}.juri`), name);
    closers.push(() => db.close());
    return db.sqlite;
  }
  const tables = (sqlite: Awaited<ReturnType<typeof at>>) =>
    sqlite.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();

  it('adds juror_signature, committee_key and seal, which 0005 did not have', async () => {
    expect(tables(await at('0005_devices'))).not.toContain('seal');
    const sqlite = await at('0006_documents');
    expect(tables(sqlite)).toEqual(expect.arrayContaining(['juror_signature', 'committee_key', 'seal']));
    for (const table of ['juror_signature', 'committee_key', 'seal']) {
      const sql = sqlite.prepare<[string], string>('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table);
      expect(sql).toMatch(/STRICT\s*$/);
    }
  });

  it('keeps one committee key, seals as 0 or 1, and drops a signature with its juror', async () => {
    const sqlite = await at('0006_documents');
    const key = sqlite.prepare(
      'INSERT INTO committee_key (id, certificate, private_key, created_at) VALUES (?, ?, ?, ?)',
    );
    key.run(1, 'CERT', 'KEY', '2024-11-27T00:00:00Z');
    expect(() => key.run(2, 'CERT', 'KEY', '2024-11-27T00:00:00Z')).toThrow(/CHECK/);
    const seal = sqlite.prepare(
      'INSERT INTO seal (category_id, sealed, fingerprint, results, clock) VALUES (?, ?, ?, ?, ?)',
    );
    seal.run('a', 1, 'f', '{}', 'c1');
    expect(() => seal.run('b', 2, null, null, 'c1')).toThrow(/CHECK/);
    expect(() => seal.run('c', '1', null, null, 'c1')).not.toThrow();
    expect(() => seal.run('d', 'yes', null, null, 'c1')).toThrow();

    sqlite
      .prepare(
        `INSERT INTO juror (id, name, title, role, pin_hash, position_no) VALUES ('j1', 'Juri', '', 'anggota', NULL, 1)`,
      )
      .run();
    sqlite
      .prepare("INSERT INTO juror_signature (juror_id, image, at) VALUES ('j1', 'data:image/png;base64,AA==', 'now')")
      .run();
    expect(() =>
      sqlite.prepare("INSERT INTO juror_signature (juror_id, image, at) VALUES ('nobody', 'x', 'now')").run(),
    ).toThrow(/FOREIGN KEY/);
    sqlite.prepare("DELETE FROM juror WHERE id = 'j1'").run();
    expect(sqlite.prepare('SELECT count(*) FROM juror_signature').pluck().get()).toBe(0);
  });
});
