import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { i18n } from 'i18next';
import { translateMessage } from '../../../shared/i18n/i18n';
import type { MergeReport, MergeSourceReport, UndoResult } from '../../../shared/merge/merge.schema';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import { scoringFor } from '../scoring/scoring.service';
import { listConflicts } from './conflicts';
import { registerDevice } from './device-key';
import { insertAndProject } from './bulk-apply';
import type { EventTuple } from './event-tuple';
import { inspectSources, type Inspection } from './inspect-pool';
import { checkAgainstTarget, type VerifiedSource } from './verify-source';

export interface MergeSource {
  /** The name shown in the report (the file's own name). */
  fileName: string;
  path: string;
}

export interface MergeOptions {
  /** Translates refusal reasons for the report. */
  i18n: i18n;
  now?: Date;
  /** Where backups go; by default a folder beside the target. */
  backupDir?: string;
  /** Worker threads checking source files at once (default: see inspect-pool.ts; 1 = this thread). */
  threads?: number;
  /** Told when each stage is done (progress in the UI; the crash test kills the merge in between). */
  onStage?: (stage: 'verified' | 'backedUp' | 'committed') => void;
}

export const backupDirOf = (targetPath: string) => join(dirname(targetPath), `${basename(targetPath)}.cadangan`);

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))].sort();

/**
 * Merges committee files exported for merge into the open target. Each source is checked whole
 * first (see verifySource); a refused source changes nothing and its reason is in the report.
 * If anything is new, the target is backed up (SQLite backup API), then every new event of every
 * accepted source is inserted and projected in ONE transaction, with a merge_log row per source.
 * Events already held are skipped, so merging the same file twice, or in any order, gives the same state.
 */
export async function mergeFiles(target: AwardDb, sources: MergeSource[], options: MergeOptions): Promise<MergeReport> {
  const now = options.now ?? new Date();
  const { sqlite } = target;
  const awardId = sqlite.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'award_id'").get()?.value;
  if (!awardId) throw new Error('award file has no award id');
  const held = sqlite.prepare<[string, number], { hash: string }>(
    'SELECT hash FROM event WHERE device_id = ? AND seq = ?',
  );
  const heldHead = sqlite.prepare<[string], { seq: number | null }>(
    'SELECT max(seq) AS seq FROM event WHERE device_id = ?',
  );
  // Events accepted from earlier sources of this same merge count as held by the target. A device's
  // chain is contiguous from 1, so what is held is seq 1..head, in the file or pending above it.
  const pending = new Map<string, string[]>();
  const headSeq = (deviceId: string) => Math.max(heldHead.get(deviceId)?.seq ?? 0, pending.get(deviceId)?.length ?? 0);
  const hashAt = (deviceId: string, seq: number) => pending.get(deviceId)?.[seq - 1] ?? held.get(deviceId, seq)?.hash;

  const reports: MergeSourceReport[] = [];
  const accepted: Accepted[] = [];
  // Each file's own checks run in parallel; the checks against the target then run in order,
  // because each accepted source changes what the next one is checked against.
  const inspections = await inspectSources(
    sources.map((s) => s.path),
    awardId,
    options.threads === undefined ? {} : { threads: options.threads },
  );
  for (const [i, source] of sources.entries()) {
    try {
      const inspected = inspections[i] as Inspection;
      if (inspected instanceof UserError) throw inspected;
      const verified = checkAgainstTarget(inspected, {
        awardId,
        sqlite,
        hashAt,
        headSeq,
        pendingKey: (deviceId) =>
          accepted.find((a) => a.verified.manifest.deviceId === deviceId)?.verified.manifest.publicKey,
      });
      const heads = new Map<string, number>();
      const fresh: EventTuple[] = [];
      for (const e of verified.events) {
        let head = heads.get(e[0]);
        if (head === undefined) heads.set(e[0], (head = headSeq(e[0])));
        if (e[1] > head) fresh.push(e);
      }
      for (const e of fresh) {
        const chain = pending.get(e[0]) ?? [];
        chain[e[1] - 1] = e[15];
        pending.set(e[0], chain);
      }
      const report: MergeSourceReport = {
        fileName: source.fileName,
        sha256: verified.sha256,
        accepted: true,
        refusal: null,
        deviceId: verified.manifest.deviceId,
        jurorId: verified.manifest.jurorId,
        enrolled: verified.enrol && !accepted.some((a) => a.verified.manifest.deviceId === verified.manifest.deviceId),
        added: fresh.length,
        duplicates: verified.events.length - fresh.length,
        devices: distinct(verified.events.map((e) => e[0])),
        jurors: distinct(verified.events.map((e) => e[6])),
        schemaVersion: verified.schemaVersion,
      };
      reports.push(report);
      accepted.push({ source, verified, fresh, report });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      reports.push(refused(source, error, options.i18n));
    }
  }

  options.onStage?.('verified');
  const changes = accepted.filter((a) => a.fresh.length > 0 || a.report.enrolled);
  let mergeId: string | null = null;
  let backupPath: string | null = null;
  if (changes.length > 0) {
    mergeId = randomUUID();
    const dir = options.backupDir ?? backupDirOf(target.path);
    mkdirSync(dir, { recursive: true });
    backupPath = join(dir, `sebelum-gabung-${now.toISOString().replace(/[:.]/g, '-')}-${mergeId.slice(0, 8)}.juri`);
    await sqlite.backup(backupPath);
    options.onStage?.('backedUp');
    applyMerge(target, changes, mergeId, backupPath, now);
    options.onStage?.('committed');
  }
  return { mergeId, at: now.toISOString(), sources: reports, conflicts: listConflicts(sqlite), backupPath };
}

interface Accepted {
  source: MergeSource;
  verified: VerifiedSource;
  /** Its events the target does not hold yet, in chain order per device. */
  fresh: EventTuple[];
  report: MergeSourceReport;
}

function applyMerge(target: AwardDb, changes: Accepted[], mergeId: string, backupPath: string, now: Date): void {
  const { sqlite } = target;
  const log = scoringFor(target).log;
  const record = sqlite.prepare(
    `INSERT INTO merge_log (merge_id, at, source_name, sha256, device_id, added, duplicates, report, backup_path)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let newest = '';
  sqlite
    .transaction(() => {
      const events: EventTuple[] = [];
      for (const { source, verified, fresh, report } of changes) {
        const m = verified.manifest;
        if (report.enrolled) {
          registerDevice(
            sqlite,
            { deviceId: m.deviceId, jurorId: m.jurorId, publicKey: m.publicKey, preRegistered: false },
            now,
          );
        }
        for (const e of fresh) {
          events.push(e);
          if (e[2] > newest) newest = e[2];
        }
        record.run(
          mergeId,
          now.toISOString(),
          source.fileName,
          verified.sha256,
          m.deviceId,
          report.added,
          report.duplicates,
          JSON.stringify(report),
          backupPath,
        );
      }
      insertAndProject(sqlite, log, events);
    })
    .immediate();
  // Later local events must sort after everything merged in.
  if (newest) log.observe(newest);
}

function refused(source: MergeSource, error: UserError, i18n: i18n): MergeSourceReport {
  return {
    fileName: source.fileName,
    sha256: '',
    accepted: false,
    refusal: {
      code: error.key.replace(/^errors\.(merge\.)?/, ''),
      message: translateMessage(i18n.t, error.key, error.params),
    },
    deviceId: null,
    jurorId: null,
    enrolled: false,
    added: 0,
    duplicates: 0,
    devices: [],
    jurors: [],
    schemaVersion: null,
  };
}

/** The last merge recorded in the award file, if any. */
export function lastMerge(sqlite: Database.Database): { mergeId: string; backupPath: string; at: string } | undefined {
  const row = sqlite
    .prepare<[], { merge_id: string; backup_path: string; at: string }>(
      'SELECT merge_id, backup_path, at FROM merge_log ORDER BY id DESC LIMIT 1',
    )
    .get();
  return row ? { mergeId: row.merge_id, backupPath: row.backup_path, at: row.at } : undefined;
}

/** The reports of every merge recorded, newest first. */
export function mergeHistory(sqlite: Database.Database): MergeSourceReport[] {
  return sqlite
    .prepare<[], { report: string }>('SELECT report FROM merge_log ORDER BY id DESC')
    .all()
    .map((r) => JSON.parse(r.report) as MergeSourceReport);
}

/**
 * Puts the target back as it was before its last merge, from the backup taken then (SQLite
 * backup API, so a reader never sees half a file). The target must not be open elsewhere.
 */
export async function undoLastMerge(targetPath: string): Promise<UndoResult> {
  let last: ReturnType<typeof lastMerge>;
  let awardId: string | undefined;
  const probe = new Database(targetPath, { fileMustExist: true });
  try {
    last = lastMerge(probe);
    awardId = probe.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'award_id'").get()?.value;
  } finally {
    probe.close();
  }
  if (!last) throw new UserError('not_found', 'errors.merge.nothingToUndo');
  if (!existsSync(last.backupPath))
    throw new UserError('not_found', 'errors.merge.backupMissing', { path: last.backupPath });
  const backup = new Database(last.backupPath, { readonly: true, fileMustExist: true });
  try {
    const backupAward = backup
      .prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'award_id'")
      .get()?.value;
    if (backupAward !== awardId)
      throw new UserError('invalid_input', 'errors.merge.backupMismatch', { path: last.backupPath });
    await backup.backup(targetPath);
  } finally {
    backup.close();
  }
  return { restoredFrom: last.backupPath, mergeId: last.mergeId };
}
