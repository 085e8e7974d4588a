import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { MANIFEST_FORMAT, type Manifest } from '../../../shared/merge/merge.schema';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import { GENESIS_HASH } from '../scoring/event-hash';
import { ensureDeviceKey, signManifest } from './device-key';

/** Meta keys of a file exported for merge. */
export const MANIFEST_KEY = 'merge_manifest';
export const SIGNATURE_KEY = 'merge_signature';

/** The juror a device was registered for in its own file (null on the master). */
function ownJuror(award: AwardDb, deviceId: string): string | null {
  const row = award.sqlite
    .prepare<[string], { juror_id: string | null }>('SELECT juror_id FROM device WHERE device_id = ?')
    .get(deviceId);
  if (row) return row.juror_id;
  // A file from before distribution that holds one juror is that juror's.
  const jurors = award.sqlite.prepare<[], { id: string }>('SELECT id FROM juror').all();
  return jurors.length === 1 ? (jurors[0]?.id ?? null) : null;
}

/**
 * Writes a consistent snapshot of a committee file for the secretariat to merge: `VACUUM INTO`
 * (never a copy of a live WAL database), without this device's private key, with a manifest over
 * the head of the device's hash chain, signed with its Ed25519 key.
 */
export function exportForMerge(award: AwardDb, outPath: string, now = new Date()): Manifest {
  if (existsSync(outPath)) throw new UserError('file_exists', 'errors.fileExists', { path: outPath });
  const { sqlite } = award;
  const deviceIdNow = sqlite.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'device_id'").get();
  if (!deviceIdNow) throw new Error('award file has no device id');
  const key = ensureDeviceKey(sqlite, ownJuror(award, deviceIdNow.value), now);
  const tmp = `${outPath}.partial`;
  rmSync(tmp, { force: true });
  try {
    // VACUUM INTO is itself one consistent read; the manifest's figures are taken from the snapshot.
    sqlite.prepare('VACUUM INTO ?').run(tmp);
    const snapshot = new Database(tmp);
    let manifest: Manifest;
    try {
      snapshot.pragma('journal_mode = DELETE');
      snapshot.pragma('secure_delete = ON');
      manifest = snapshot.transaction(() => {
        const head = snapshot
          .prepare<[string], { seq: number; hash: string }>(
            'SELECT seq, hash FROM event WHERE device_id = ? ORDER BY seq DESC LIMIT 1',
          )
          .get(key.deviceId);
        const count = snapshot
          .prepare<[string], { n: number }>('SELECT count(*) AS n FROM event WHERE device_id = ?')
          .get(key.deviceId);
        const awardId = snapshot.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'award_id'").get();
        const m: Manifest = {
          format: MANIFEST_FORMAT,
          awardId: awardId?.value ?? '',
          deviceId: key.deviceId,
          jurorId: ownJuror(award, key.deviceId),
          publicKey: key.publicKey,
          schemaVersion: snapshot.pragma('user_version', { simple: true }) as number,
          headSeq: head?.seq ?? 0,
          headHash: head?.hash ?? GENESIS_HASH,
          eventCount: count?.n ?? 0,
          at: now.toISOString(),
        };
        snapshot.prepare('DELETE FROM device_key').run();
        const put = snapshot.prepare(
          'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO UPDATE SET value = excluded.value',
        );
        put.run(MANIFEST_KEY, JSON.stringify(m));
        put.run(SIGNATURE_KEY, signManifest(m, key.privateKey));
        return m;
      })();
      snapshot.exec('VACUUM');
    } finally {
      snapshot.close();
    }
    renameSync(tmp, outPath);
    return manifest;
  } finally {
    rmSync(tmp, { force: true });
  }
}
