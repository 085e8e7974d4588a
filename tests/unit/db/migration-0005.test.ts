import { afterEach, describe, expect, it } from 'vitest';
import { openAtMigration } from '../../helpers/migrate-to';
import { useTempDir } from '../../helpers/temp-dir';

describe('migration 0005_devices', () => {
  const tmp = useTempDir();
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  async function at(name: string) {
    const award = await openAtMigration(tmp.path(`${name}.juri`), name);
    closers.push(() => award.close());
    return award.sqlite;
  }

  it('adds the device, device_key and merge_log tables, all STRICT', async () => {
    const before = await at('0004_event_guard');
    const tables = (sqlite: typeof before) =>
      sqlite
        .prepare<[], { name: string; strict: number }>(
          "SELECT name, strict FROM pragma_table_list WHERE name IN ('device', 'device_key', 'merge_log') ORDER BY name",
        )
        .all();
    expect(tables(before)).toEqual([]);
    const after = await at('0005_devices');
    expect(tables(after)).toEqual([
      { name: 'device', strict: 1 },
      { name: 'device_key', strict: 1 },
      { name: 'merge_log', strict: 1 },
    ]);
  });

  it('keeps one device key per file and checks its columns', async () => {
    const sqlite = await at('0005_devices');
    const key = sqlite.prepare(
      "INSERT INTO device_key (id, device_id, public_key, private_key, created_at) VALUES (?, 'd1', 'pub', 'priv', 'now')",
    );
    key.run(1);
    expect(() => key.run(1)).toThrow(/UNIQUE/);
    expect(() => key.run(2)).toThrow(/CHECK/);
    const device = sqlite.prepare(
      "INSERT INTO device (device_id, juror_id, public_key, pre_registered, registered_at) VALUES (?, 'juri-1', 'pub', ?, 'now')",
    );
    device.run('d1', 1);
    expect(() => device.run('d1', 0)).toThrow(/UNIQUE/);
    expect(() => device.run('d2', 2)).toThrow(/CHECK/);
    // STRICT: a number where text belongs is refused, not silently stored.
    expect(() =>
      sqlite
        .prepare(
          `INSERT INTO merge_log (merge_id, at, source_name, sha256, device_id, added, duplicates, report, backup_path)
           VALUES ('m', 'now', 'a.juri', 'x', 'd1', -1, 0, '{}', 'b')`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
