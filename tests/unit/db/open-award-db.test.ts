import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JURI_APPLICATION_ID, openAwardDb } from '../../../electron/db/open-award-db';
import { SCHEMA_VERSION } from '../../../electron/db/migrations';
import { UserError } from '../../../shared/user-error';
import { useTempDir } from '../../helpers/temp-dir';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Resolves to the UserError code the promise rejects with. */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error.code;
    throw error;
  }
  throw new Error('expected a UserError, but the call succeeded');
}

describe('openAwardDb', () => {
  const tmp = useTempDir();

  it('creates a file that can be reopened', async () => {
    const path = tmp.path('new.juri');
    const created = await openAwardDb(path, { create: true });
    await created.close();
    const reopened = await openAwardDb(path, { create: false });
    expect(reopened.sqlite.pragma('application_id', { simple: true })).toBe(JURI_APPLICATION_ID);
    expect(reopened.sqlite.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    await reopened.close();
  });

  it('refuses to create over an existing path', async () => {
    const path = tmp.path('taken.juri');
    writeFileSync(path, 'ada isinya');
    expect(await codeOf(openAwardDb(path, { create: true }))).toBe('file_exists');
    expect(readFileSync(path, 'utf8')).toBe('ada isinya');
  });

  it('refuses to open a missing path and does not create it', async () => {
    const path = tmp.path('missing.juri');
    expect(await codeOf(openAwardDb(path, { create: false }))).toBe('not_found');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a SQLite file that is not a Juri file, leaving it unchanged', async () => {
    const path = tmp.path('other.sqlite');
    const other = new Database(path);
    other.exec(`CREATE TABLE notes (body TEXT)`);
    other.close();
    const before = sha256(path);
    expect(await codeOf(openAwardDb(path, { create: false }))).toBe('not_juri_file');
    expect(sha256(path)).toBe(before);
  });

  it('refuses a plain text file', async () => {
    const path = tmp.path('notes.juri');
    writeFileSync(path, 'Ini bukan berkas penilaian, hanya catatan rapat.\n'.repeat(200));
    const before = sha256(path);
    expect(await codeOf(openAwardDb(path, { create: false }))).toBe('not_juri_file');
    expect(sha256(path)).toBe(before);
  });

  it('refuses a file from a newer version of Juri and leaves it byte-for-byte unchanged', async () => {
    const path = tmp.path('future.juri');
    const award = await openAwardDb(path, { create: true });
    award.sqlite.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    award.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await award.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const before = sha256(path);

    expect(await codeOf(openAwardDb(path, { create: false }))).toBe('newer_schema');
    expect(sha256(path)).toBe(before);
    const probe = new Database(path, { readonly: true });
    expect(probe.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    probe.close();
  });
});
