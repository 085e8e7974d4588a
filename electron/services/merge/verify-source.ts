import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ManifestSchema, type Manifest } from '../../../shared/merge/merge.schema';
import { UserError } from '../../../shared/user-error';
import { SCHEMA_VERSION } from '../../db/migrations';
import { JURI_APPLICATION_ID, openAwardDb } from '../../db/open-award-db';
import { GENESIS_HASH } from '../scoring/event-hash';
import { fastHashTuple, EVENT_COLUMNS, type EventTuple } from './event-tuple';
import { knownDevice, verifyManifest } from './device-key';
import { MANIFEST_KEY, SIGNATURE_KEY } from './export.service';

/** A source file that passed every check of its own, with all its events (ordered by device, then seq). */
export interface InspectedSource {
  sha256: string;
  manifest: Manifest;
  schemaVersion: number;
  events: EventTuple[];
}

/** A source that also fits the target: the file's checks and the target's passed. */
export interface VerifiedSource extends InspectedSource {
  /** The device is not in the target's registry yet: enrol it (not pre-registered). */
  enrol: boolean;
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
  /** The highest seq of a device the target (or an earlier source) holds: hashAt is undefined above it. */
  headSeq?: (deviceId: string) => number;
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
  return checkAgainstTarget(await inspectSource(path, target.awardId), target);
}

/**
 * The checks that need only the file (and the award id it must belong to): everything but the
 * device registry and the history the target holds. Touches no database but a private copy, so it
 * can run in a worker thread.
 */
export async function inspectSource(path: string, awardId: string): Promise<InspectedSource> {
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
    writeFileSync(copy, bytes);
    const schemaVersion = checkFile(copy);
    // A damaged file can fail anywhere SQLite reads it; whatever fails, the file is refused whole.
    return await asRefusal(async () => {
      if (schemaVersion < SCHEMA_VERSION) {
        const migrated = await openAwardDb(copy, { create: false });
        await migrated.close();
      }
      const db = new Database(copy, { readonly: true, fileMustExist: true });
      try {
        return { sha256, schemaVersion, ...readChecked(db, awardId) };
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
    // quick_check walks every page and record like integrity_check, but does not cross-check index
    // entries against their rows (about a third of the time). Nothing of a source is taken through an
    // index: its events are read from the table itself and every one is re-hashed below, and the
    // manifest is signed, so a damaged index cannot carry anything into the target.
    const integrity = db.pragma('quick_check', { simple: true });
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

/** Every event of a file as EVENT_COLUMNS tuples, in chain order (device, then seq). */
export const SELECT_EVENTS = `SELECT ${EVENT_COLUMNS.join(', ')} FROM event ORDER BY device_id, seq`;

function readChecked(db: Database.Database, awardId: string): Omit<InspectedSource, 'sha256' | 'schemaVersion'> {
  const meta = (key: string) =>
    db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value;
  if (meta('award_id') !== awardId) refuse('otherAward');
  const manifestText = meta(MANIFEST_KEY);
  const signature = meta(SIGNATURE_KEY);
  if (!manifestText || !signature) refuse('notExported');
  let manifest: Manifest;
  try {
    manifest = ManifestSchema.parse(JSON.parse(manifestText as string));
  } catch {
    return refuse('badManifest');
  }
  if (manifest.awardId !== awardId) refuse('otherAward');
  if (!verifyManifest(manifest, signature as string, manifest.publicKey)) refuse('badSignature');

  const events = db.prepare(SELECT_EVENTS).raw().all() as EventTuple[];
  let own = 0;
  let prev: EventTuple | undefined;
  for (const e of events) {
    const [device, seq] = e;
    const first = !prev || prev[0] !== device;
    const expectedSeq = first ? 1 : (prev as EventTuple)[1] + 1;
    const expectedPrev = first ? GENESIS_HASH : (prev as EventTuple)[15];
    if (seq !== expectedSeq || e[14] !== expectedPrev || fastHashTuple(e) !== e[15])
      refuse('brokenChain', { device, seq });
    if (device === manifest.deviceId) {
      own += 1;
      if (seq === manifest.headSeq && e[15] !== manifest.headHash) refuse('manifestMismatch');
    }
    prev = e;
  }
  if (own !== manifest.eventCount || own !== manifest.headSeq || (own === 0 && manifest.headHash !== GENESIS_HASH))
    refuse('manifestMismatch');
  return { manifest, events };
}

/**
 * The checks against the target: the device's registered key, that the history extends what the
 * target holds (never rewrites it), and that another device's events are ones the target holds.
 */
export function checkAgainstTarget(source: InspectedSource, target: TargetView): VerifiedSource {
  const { manifest } = source;
  const known = knownDevice(target.sqlite, manifest.deviceId);
  const registeredKey = known?.public_key ?? target.pendingKey?.(manifest.deviceId);
  if (registeredKey !== undefined && registeredKey !== manifest.publicKey)
    refuse('deviceKeyMismatch', { device: manifest.deviceId });
  let device = '';
  let head = 0;
  for (const e of source.events) {
    const seq = e[1];
    if (e[0] !== device) {
      device = e[0];
      head = target.headSeq ? target.headSeq(device) : Number.MAX_SAFE_INTEGER;
    }
    const held = seq <= head ? target.hashAt(device, seq) : undefined;
    if (held !== undefined && held !== e[15]) refuse('historyRewritten', { device, seq });
    // Another device's events are only vouched for by that device's own export.
    if (device !== manifest.deviceId && held === undefined) refuse('foreignEvents', { device });
  }
  return { ...source, enrol: !known };
}
