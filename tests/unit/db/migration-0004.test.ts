import { afterEach, describe, expect, it } from 'vitest';
import { openAtMigration } from '../../helpers/migrate-to';
import { useTempDir } from '../../helpers/temp-dir';

const INSERT = (verb: string) =>
  `${verb} INTO event (device_id, seq, hlc, at, type, juror_id, value, prev_hash, hash)
   VALUES (@device, @seq, '000000000000001-000000', '2024-11-25T08:00:00Z', 'score', 'juri-1', @value, 'genesis', @hash)`;

describe('migration 0004_event_guard', () => {
  const tmp = useTempDir();
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  async function at(name: string) {
    const award = await openAtMigration(tmp.path(`${name}.juri`), name);
    closers.push(() => award.close());
    award.sqlite.prepare(INSERT('INSERT')).run({ device: 'd1', seq: 1, value: 80, hash: 'h1' });
    return award.sqlite;
  }

  it('was needed: before it, INSERT OR REPLACE could rewrite an event', async () => {
    const sqlite = await at('0003_results');
    sqlite.prepare(INSERT('INSERT OR REPLACE')).run({ device: 'd1', seq: 1, value: 20, hash: 'h2' });
    expect(sqlite.prepare('SELECT value FROM event').pluck().get()).toBe(20);
  });

  it('refuses INSERT OR REPLACE and INSERT OR IGNORE on an existing key or hash, and keeps the event', async () => {
    const sqlite = await at('0004_event_guard');
    expect(() =>
      sqlite.prepare(INSERT('INSERT OR REPLACE')).run({ device: 'd1', seq: 1, value: 20, hash: 'h2' }),
    ).toThrow(/append-only/);
    expect(() =>
      sqlite.prepare(INSERT('INSERT OR REPLACE')).run({ device: 'd2', seq: 1, value: 20, hash: 'h1' }),
    ).toThrow(/append-only/);
    expect(() =>
      sqlite.prepare(INSERT('INSERT OR IGNORE')).run({ device: 'd1', seq: 1, value: 20, hash: 'h3' }),
    ).toThrow(/append-only/);
    expect(sqlite.prepare('SELECT value, hash FROM event').all()).toEqual([{ value: 80, hash: 'h1' }]);
    // A new event still goes in.
    sqlite.prepare(INSERT('INSERT')).run({ device: 'd1', seq: 2, value: 90, hash: 'h4' });
    expect(sqlite.prepare('SELECT count(*) FROM event').pluck().get()).toBe(2);
  });
});
