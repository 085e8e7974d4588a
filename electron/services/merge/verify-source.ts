import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ManifestSchema, type Manifest } from '../../../shared/merge/merge.schema';
import { UserError } from '../../../shared/user-error';
import { SCHEMA_VERSION } from '../../db/migrations';
import { JURI_APPLICATION_ID, openAwardDb } from '../../db/open-award-db';
import type { EventRow } from '../../db/schema';
import { GENESIS_HASH } from '../scoring/event-hash';
import { fastHashEvent } from './fast-hash';
import { knownDevice, verifyManifest } from './device-key';
import { MANIFEST_KEY, SIGNATURE_KEY } from './export.service';

/** A source file that passed every check, with all its events (ordered by device, then seq). */
export interface VerifiedSource {
  sha256: string;
  manifest: Manifest;
  schemaVersion: number;
  /** The device is not in the target's registry yet: enrol it (not pre-registered). */
  enrol: boolean;
  events: EventRow[];
}

const refuse = (key: string, params: Record<string, string | number> = {}): never => {
  throw new UserError('invalid_input', `errors.merge.${key}`, params);
};

/** What the target knows that a source is checked against. */
export interface TargetView {
  awardId: string;
  sqlite: Database.Database;
  /** The hash of an event the target (or a source accepted earlier in this merge) holds. */
  hashAt(deviceId: string, seq: number): string | undefined;
  /** The public key of a device enrolled by a source accepted earlier in this merge. */
  pendingKey?: (deviceId: string) => string | undefined;
}

/**
 * Checks a source file before anything of it reaches the target: integrity, application id,
 * award id, schema version (older: migrated in a copy; newer: refused), the device and its key,
 * the manifest signature, every device's hash chain recomputed, and that the history extends what
 * the target already holds. Throws a UserError naming the first failed check.
 */
export async function verifySource(path: string, target: TargetView): Promise<VerifiedSource> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return refuse('unreadable');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // Work on a private copy: the source is never written, and an older one can be migrated.
  const dir = mkdtempSync(join(tmpdir(), 'juri-merge-'));
  const copy = join(dir, 'source.juri');
  try {
    copyFileSync(path, copy);
    const schemaVersion = checkFile(copy);
    // A damaged file can fail anywhere SQLite reads it; whatever fails, the file is refused whole.
    return await asRefusal(async () => {
      if (schemaVersion < SCHEMA_VERSION) {
        const migrated = await openAwardDb(copy, { create: false });
        await migrated.close();
      }
      const db = new Database(copy, { readonly: true, fileMustExist: true });
      try {
        return { sha256, schemaVersion, ...readChecked(db, target) };
      } finally {
        db.close();
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function asRefusal<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UserError) throw error;
    return refuse('integrity', { detail: (error as Error).message.slice(0, 200) });
  }
}

/** SQLite-level checks; returns the schema version. */
function checkFile(path: string): number {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true });
    if (db.pragma('application_id', { simple: true }) !== JURI_APPLICATION_ID) refuse('notJuriFile');
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') refuse('integrity', { detail: String(integrity).slice(0, 200) });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) refuse('newerSchema', { found: version, known: SCHEMA_VERSION });
    if (version < 5) refuse('notExported');
    return version;
  } catch (error) {
    if (error instanceof UserError) throw error;
    return refuse('integrity', { detail: (error as Error).message.slice(0, 200) });
  } finally {
    db?.close();
  }
}

const EVENT_COLUMNS = `device_id, seq, hlc, at, type, actor_id, juror_id, category_id, nominee_id, criterion_id,
  value, old_value, text, source, prev_hash, hash`;

function readChecked(db: Database.Database, target: TargetView): Omit<VerifiedSource, 'sha256' | 'schemaVersion'> {
  const meta = (key: string) =>
    db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value;
  if (meta('award_id') !== target.awardId) refuse('otherAward');
  const manifestText = meta(MANIFEST_KEY);
  const signature = meta(SIGNATURE_KEY);
  if (!manifestText || !signature) refuse('notExported');
  let manifest: Manifest;
  try {
    manifest = ManifestSchema.parse(JSON.parse(manifestText as string));
  } catch {
    return refuse('badManifest');
  }
  if (manifest.awardId !== target.awardId) refuse('otherAward');
  const known = knownDevice(target.sqlite, manifest.deviceId);
  const registeredKey = known?.public_key ?? target.pendingKey?.(manifest.deviceId);
  if (registeredKey !== undefined && registeredKey !== manifest.publicKey)
    refuse('deviceKeyMismatch', { device: manifest.deviceId });
  if (!verifyManifest(manifest, signature as string, manifest.publicKey)) refuse('badSignature');

  const events = db.prepare<[], EventRow>(`SELECT ${EVENT_COLUMNS} FROM event ORDER BY device_id, seq`).all();
  let own = 0;
  let prev: EventRow | undefined;
  for (const e of events) {
    const first = !prev || prev.device_id !== e.device_id;
    const expectedSeq = first ? 1 : (prev as EventRow).seq + 1;
    const expectedPrev = first ? GENESIS_HASH : (prev as EventRow).hash;
    if (e.seq !== expectedSeq || e.prev_hash !== expectedPrev)
      refuse('brokenChain', { device: e.device_id, seq: e.seq });
    const { hash, ...base } = e;
    if (fastHashEvent(base) !== hash) refuse('brokenChain', { device: e.device_id, seq: e.seq });
    const held = target.hashAt(e.device_id, e.seq);
    if (held !== undefined && held !== hash) refuse('historyRewritten', { device: e.device_id, seq: e.seq });
    if (e.device_id === manifest.deviceId) {
      own += 1;
      if (e.seq === manifest.headSeq && e.hash !== manifest.headHash) refuse('manifestMismatch');
    } else if (held === undefined) {
      // Another device's events are only vouched for by that device's own export.
      refuse('foreignEvents', { device: e.device_id });
    }
    prev = e;
  }
  if (own !== manifest.eventCount || own !== manifest.headSeq || (own === 0 && manifest.headHash !== GENESIS_HASH))
    refuse('manifestMismatch');
  return { manifest, enrol: !known, events };
}
