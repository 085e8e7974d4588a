import { generateKeyPairSync, sign, verify } from 'node:crypto';
import type Database from 'better-sqlite3';
import canonicalize from 'canonicalize';
import type { Manifest } from '../../../shared/merge/merge.schema';

export interface DeviceKey {
  deviceId: string;
  publicKey: string;
  privateKey: string;
}

export function newKeyPair(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

export const deviceIdOf = (sqlite: Database.Database): string => {
  const row = sqlite.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'device_id'").get();
  if (!row) throw new Error('award file has no device id');
  return row.value;
};

/**
 * This file's device key, generated on first use and registered in the file's own `device` table.
 * A key left from another device id (the file was given a new identity) is replaced.
 */
export function ensureDeviceKey(sqlite: Database.Database, jurorId: string | null, now = new Date()): DeviceKey {
  const deviceId = deviceIdOf(sqlite);
  const found = sqlite
    .prepare<[], { device_id: string; public_key: string; private_key: string }>(
      'SELECT device_id, public_key, private_key FROM device_key WHERE id = 1',
    )
    .get();
  if (found && found.device_id === deviceId) {
    return { deviceId, publicKey: found.public_key, privateKey: found.private_key };
  }
  const pair = newKeyPair();
  storeDeviceKey(sqlite, { deviceId, ...pair }, jurorId, now);
  return { deviceId, ...pair };
}

/** Writes this file's key and registers its public half, in one transaction. */
export function storeDeviceKey(sqlite: Database.Database, key: DeviceKey, jurorId: string | null, now: Date): void {
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `INSERT INTO device_key (id, device_id, public_key, private_key, created_at) VALUES (1, ?, ?, ?, ?)
         ON CONFLICT DO UPDATE SET device_id = excluded.device_id, public_key = excluded.public_key,
           private_key = excluded.private_key, created_at = excluded.created_at`,
      )
      .run(key.deviceId, key.publicKey, key.privateKey, now.toISOString());
    registerDevice(sqlite, { deviceId: key.deviceId, jurorId, publicKey: key.publicKey, preRegistered: true }, now);
  })();
}

/** Adds a device to the registry; a known device keeps its first registration. */
export function registerDevice(
  sqlite: Database.Database,
  d: { deviceId: string; jurorId: string | null; publicKey: string; preRegistered: boolean },
  now: Date,
): void {
  sqlite
    .prepare(
      `INSERT INTO device (device_id, juror_id, public_key, pre_registered, registered_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    )
    .run(d.deviceId, d.jurorId, d.publicKey, d.preRegistered ? 1 : 0, now.toISOString());
}

export function knownDevice(
  sqlite: Database.Database,
  deviceId: string,
): { public_key: string; juror_id: string | null; pre_registered: number } | undefined {
  return sqlite
    .prepare<[string], { public_key: string; juror_id: string | null; pre_registered: number }>(
      'SELECT public_key, juror_id, pre_registered FROM device WHERE device_id = ?',
    )
    .get(deviceId);
}

const manifestBytes = (manifest: Manifest): Buffer => {
  const text = canonicalize(manifest);
  if (text === undefined) throw new Error('manifest cannot be canonicalised');
  return Buffer.from(text, 'utf8');
};

/** Ed25519 signature (base64) over the RFC 8785 canonical JSON of the manifest. */
export const signManifest = (manifest: Manifest, privateKey: string): string =>
  sign(null, manifestBytes(manifest), privateKey).toString('base64');

export function verifyManifest(manifest: Manifest, signature: string, publicKey: string): boolean {
  try {
    return verify(null, manifestBytes(manifest), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
