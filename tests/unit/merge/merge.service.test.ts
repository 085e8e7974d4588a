import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConflict } from '../../../electron/services/merge/resolve.service';
import { undoLastMerge } from '../../../electron/services/merge/merge.service';
import { listConflicts } from '../../../electron/services/merge/conflicts';
import { distribute } from '../../../electron/services/merge/distribute.service';
import { newKeyPair, signManifest } from '../../../electron/services/merge/device-key';
import { ManifestSchema } from '../../../shared/merge/merge.schema';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';
import { useTempDir } from '../../helpers/temp-dir';
import {
  CAT,
  copy,
  CRITERIA,
  exportFile,
  masterWithCommittee,
  merge,
  NOMINEES,
  score,
  stateOf,
  withAward,
} from './merge-fixture';

const T0 = new Date('2024-11-25T08:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const fileOf = (files: { jurorId: string; path: string }[], jurorId: string) => {
  const f = files.find((x) => x.jurorId === jurorId);
  if (!f) throw new Error(`no committee file for ${jurorId}`);
  return f.path;
};

describe('committee files: distribute, export, merge', () => {
  const tmp = useTempDir('juri-merge-');

  it('distributes one fresh file per juror: same award, that juror only, own key registered in the master', async () => {
    const { master, files } = await masterWithCommittee(tmp.dir);
    expect(files.map((f) => f.jurorId)).toEqual(['juri-1', 'juri-2', 'juri-3', 'juri-4', 'juri-5']);
    const masterInfo = await withAward(master, (a) => ({
      awardId: a.sqlite.prepare("SELECT value FROM meta WHERE key = 'award_id'").pluck().get(),
      devices: a.sqlite.prepare('SELECT device_id, juror_id, public_key, pre_registered FROM device').all() as {
        device_id: string;
        juror_id: string | null;
        public_key: string;
      }[],
    }));
    for (const f of files) {
      await withAward(f.path, (a) => {
        const q = (sql: string) => a.sqlite.prepare(sql).pluck().get();
        expect(q("SELECT value FROM meta WHERE key = 'award_id'")).toBe(masterInfo.awardId);
        expect(q("SELECT value FROM meta WHERE key = 'device_id'")).toBe(f.deviceId);
        expect(a.sqlite.prepare('SELECT id FROM juror').pluck().all()).toEqual([f.jurorId]);
        expect(q('SELECT count(*) FROM event')).toBe(0);
        expect(q('SELECT count(*) FROM category')).toBe(9);
        const key = a.sqlite.prepare('SELECT device_id, public_key FROM device_key').get() as { public_key: string };
        const registered = masterInfo.devices.find((d) => d.device_id === f.deviceId);
        expect(registered).toMatchObject({ juror_id: f.jurorId, public_key: key.public_key, pre_registered: 1 });
      });
    }
    // The master's own device is registered too, and holds no committee private key.
    expect(masterInfo.devices).toHaveLength(6);
  });

  it('merges in any order to the same state and results; merging again changes nothing', async () => {
    const { master, files } = await masterWithCommittee(tmp.dir);
    const exports: string[] = [];
    for (const [j, jurorId] of ['juri-1', 'juri-2', 'juri-4'].entries()) {
      const path = fileOf(files, jurorId);
      const edits = NOMINEES.flatMap((n, i) =>
        CRITERIA.map((k, c) => ({ nomineeId: n, criterionId: k, value: 50 + i * 7 + c * 3 + j })),
      );
      await score(path, jurorId, edits, at(j));
      exports.push(await exportPath(path, `${jurorId}.juri`));
    }
    const other = copy(master, tmp.path('other.juri'));
    const a = await merge(master, exports);
    expect(a.sources.map((s) => [s.accepted, s.added, s.duplicates])).toEqual([
      [true, 10, 0],
      [true, 10, 0],
      [true, 10, 0],
    ]);
    expect(a.conflicts).toEqual([]);
    await merge(other, [exports[2] as string]);
    await merge(other, [exports[1] as string, exports[0] as string, exports[2] as string]);
    const [sa, sb] = [await stateOf(master), await stateOf(other)];
    expect(sb).toEqual(sa);
    expect(sa.events).toHaveLength(30);
    expect(sa.fold.scores.map((s) => s.value)).toEqual(sa.scores.map((s) => (s as { value: number }).value));

    const again = await merge(master, exports);
    expect(again.mergeId).toBeNull();
    expect(again.sources.map((s) => [s.added, s.duplicates])).toEqual([
      [0, 10],
      [0, 10],
      [0, 10],
    ]);
    expect(await stateOf(master)).toEqual(sa);
  });

  async function exportPath(path: string, name: string, now = new Date()): Promise<string> {
    const out = tmp.path(name);
    await exportFile(path, out, now);
    return out;
  }

  it('refuses a tampered, foreign or unexported file with a clear reason and leaves the target untouched', async () => {
    const { master, files } = await masterWithCommittee(tmp.dir);
    const path = fileOf(files, 'juri-2');
    await score(path, 'juri-2', [{ nomineeId: 'wil-64.01', criterionId: 'pbd-dokumen', value: 80 }]);
    const good = await exportPath(path, 'good.juri');
    const before = await stateOf(master);

    const forged = copy(good, tmp.path('forged.juri'));
    await withAward(forged, (a) => {
      a.sqlite.exec('DROP TRIGGER event_append_only_update');
      a.sqlite.prepare('UPDATE event SET value = 99').run();
    });
    const resigned = copy(good, tmp.path('resigned.juri'));
    await withAward(resigned, (a) => {
      const m = JSON.parse(
        a.sqlite.prepare("SELECT value FROM meta WHERE key = 'merge_manifest'").pluck().get() as string,
      ) as { eventCount: number };
      m.eventCount = 0;
      a.sqlite.prepare("UPDATE meta SET value = ? WHERE key = 'merge_manifest'").run(JSON.stringify(m));
    });
    const other = await masterWithCommittee(tmp.path('elsewhere'));
    const foreign = await exportPath(other.files[0]?.path as string, 'foreign.juri');

    const report = await merge(master, [forged, resigned, foreign, path]);
    expect(report.sources.map((s) => [s.accepted, s.refusal?.code])).toEqual([
      [false, 'brokenChain'],
      [false, 'badSignature'],
      [false, 'otherAward'],
      [false, 'notExported'],
    ]);
    expect(report.sources[0]?.refusal?.message).toMatch(/history chain of device .* is broken at sequence 1/);
    expect(report.mergeId).toBeNull();
    expect(await stateOf(master)).toEqual(before);
    expect((await merge(master, [good])).sources[0]?.added).toBe(1);
  });

  it('refuses a rewritten history: a copy of a committee file that diverged', async () => {
    const { master, files } = await masterWithCommittee(tmp.dir);
    const path = fileOf(files, 'juri-2');
    const twin = copy(path, tmp.path('twin.juri'));
    await score(path, 'juri-2', [{ nomineeId: 'wil-64.01', criterionId: 'pbd-dokumen', value: 80 }], at(1));
    await score(twin, 'juri-2', [{ nomineeId: 'wil-64.01', criterionId: 'pbd-dokumen', value: 60 }], at(2));
    const report = await merge(master, [await exportPath(path, 'a.juri'), await exportPath(twin, 'b.juri')]);
    expect(report.sources.map((s) => [s.accepted, s.refusal?.code])).toEqual([
      [true, undefined],
      [false, 'historyRewritten'],
    ]);
  });

  it('enrols an unregistered device, reports cell, after-submission and quarantine conflicts, and resolves them by events', async () => {
    const { master, files } = await masterWithCommittee(tmp.dir);
    // A second laptop for juri-2, made from a copy of the master: the master never registered it.
    const elsewhere = copy(master, tmp.path('master-copy.juri'));
    const second = await withAward(elsewhere, (a) => distribute(a, tmp.path('second')));
    const laptop1 = fileOf(files, 'juri-2');
    const laptop2 = fileOf(second, 'juri-2');
    const all = NOMINEES.flatMap((n) => CRITERIA.map((k) => ({ nomineeId: n, criterionId: k, value: 70 })));
    // Laptop 1 fills and submits the sheet (all ten nominees of the category).
    await withAward(laptop1, (a) => {
      const s = scoringFor(a);
      const nominees = a.sqlite
        .prepare('SELECT nominee_id FROM category_nominee WHERE category_id = ?')
        .pluck()
        .all(CAT) as string[];
      for (const n of nominees)
        for (const k of CRITERIA)
          s.saveScore('juri-2', { categoryId: CAT, nomineeId: n, criterionId: k, value: 70 }, at(1));
      s.submit('juri-2', CAT, at(2));
    });
    // Laptop 2, its clock three hours fast, writes another value in one cell.
    await score(laptop2, 'juri-2', [{ ...all[0]!, value: 90 }], at(180));
    // The master drops a nominee that laptop 2 had scored.
    await score(laptop2, 'juri-2', [{ nomineeId: 'wil-64.09', criterionId: 'pbd-dokumen', value: 40 }], at(181));
    await withAward(master, (a) =>
      a.sqlite.prepare("DELETE FROM category_nominee WHERE category_id = ? AND nominee_id = 'wil-64.09'").run(CAT),
    );

    const report = await merge(master, [await exportPath(laptop1, 'l1.juri'), await exportPath(laptop2, 'l2.juri')]);
    expect(report.sources.map((s) => [s.accepted, s.enrolled, s.added])).toEqual([
      [true, false, 21],
      [true, true, 2],
    ]);
    expect(report.sources[1]?.jurors).toEqual(['juri-2']);
    const kinds = report.conflicts.map((c) => [c.kind, c.nomineeId, c.criterionId, c.versions.map((v) => v.value)]);
    // Quarantined events count for nothing else: laptop 2's score of wil-64.09 is no after-submission edit.
    expect(kinds.sort()).toEqual([
      ['after_submit', 'wil-64.01', 'pbd-dokumen', [90]],
      ['cell', 'wil-64.01', 'pbd-dokumen', [70, 90]],
      ['quarantine', 'wil-64.09', 'pbd-dokumen', [70, 40]],
      ['quarantine', 'wil-64.09', 'pbd-pendampingan', [70]],
    ]);
    expect(report.conflicts[0]?.kind).toBe('cell');
    expect(report.conflicts[0]?.current).toBe(90);
    expect(report.conflicts[2]?.missing).toEqual(['nominee']);

    await withAward(master, (a) => {
      const enrolled = a.sqlite
        .prepare('SELECT pre_registered FROM device WHERE juror_id = ? ORDER BY pre_registered')
        .pluck()
        .all('juri-2');
      expect(enrolled).toEqual([0, 1]);
      const cell = report.conflicts[0]!;
      expect(() => resolveConflict(a, 'juri-5', { conflictId: cell.id, value: 101, reason: 'x' })).toThrow(
        /errors.scoreRange|invalid/,
      );
      const decided = resolveConflict(a, 'juri-5', { conflictId: cell.id, value: 75, reason: 'Rapat pleno' }, at(300));
      expect(decided.resolved).toMatchObject({ value: 75, reason: 'Rapat pleno', by: 'juri-5' });
      expect(
        a.sqlite
          .prepare(
            "SELECT value FROM score WHERE juror_id = 'juri-2' AND nominee_id = 'wil-64.01' AND criterion_id = 'pbd-dokumen'",
          )
          .pluck()
          .get(),
      ).toBe(75);
      expect(() => resolveConflict(a, 'juri-5', { conflictId: cell.id, value: 70, reason: 'again' })).toThrow(
        /alreadyResolved/,
      );
      const q = report.conflicts.find((c) => c.kind === 'quarantine' && c.criterionId === 'pbd-dokumen')!;
      resolveConflict(a, 'juri-5', { conflictId: q.id, value: null, reason: 'Peserta dicabut' }, at(301));
      const after = listConflicts(a.sqlite);
      expect(
        after
          .filter((c) => c.resolved)
          .map((c) => c.id)
          .sort(),
      ).toEqual([cell.id, q.id].sort());
      // Quarantined events are kept.
      expect(
        a.sqlite
          .prepare(
            "SELECT count(*) FROM event WHERE type = 'score' AND nominee_id = 'wil-64.09' AND juror_id = 'juri-2'",
          )
          .pluck()
          .get(),
      ).toBe(3);
    });
    const state = await stateOf(master);
    expect(
      state.fold.scores.find(
        (s) => s.jurorId === 'juri-2' && s.nomineeId === 'wil-64.01' && s.criterionId === 'pbd-dokumen',
      )?.value,
    ).toBe(75);
    expect(state.fold.scores.map((s) => s.value)).toEqual(state.scores.map((s) => (s as { value: number }).value));
  });

  it('holds an enrolled device to the key it was enrolled with, even within one merge', async () => {
    const { master } = await masterWithCommittee(tmp.dir);
    const elsewhere = copy(master, tmp.path('master-copy.juri'));
    const second = await withAward(elsewhere, (a) => distribute(a, tmp.path('second')));
    const laptop = fileOf(second, 'juri-4');
    await score(laptop, 'juri-4', [{ nomineeId: 'wil-64.01', criterionId: 'pbd-dokumen', value: 66 }]);
    const genuine = await exportPath(laptop, 'genuine.juri');
    // The same device id, re-signed with another key (as a forger without the laptop's key would).
    const forged = copy(genuine, tmp.path('forged-key.juri'));
    await withAward(forged, (a) => {
      const get = a.sqlite.prepare<[], string>("SELECT value FROM meta WHERE key = 'merge_manifest'").pluck();
      const manifest = { ...ManifestSchema.parse(JSON.parse(get.get() as string)) };
      const pair = newKeyPair();
      manifest.publicKey = pair.publicKey;
      const put = a.sqlite.prepare('UPDATE meta SET value = ? WHERE key = ?');
      put.run(JSON.stringify(manifest), 'merge_manifest');
      put.run(signManifest(manifest, pair.privateKey), 'merge_signature');
    });
    const report = await merge(master, [genuine, forged]);
    expect(report.sources.map((s) => [s.accepted, s.enrolled, s.refusal?.code])).toEqual([
      [true, true, undefined],
      [false, false, 'deviceKeyMismatch'],
    ]);
    expect((await merge(master, [forged])).sources[0]?.refusal?.code).toBe('deviceKeyMismatch');
  });

  it('undoes the last merge from the backup taken before it', async () => {
    const { master, files } = await masterWithCommittee(tmp.dir);
    const path = fileOf(files, 'juri-3');
    await score(path, 'juri-3', [{ nomineeId: 'wil-64.01', criterionId: 'pbd-dokumen', value: 80 }]);
    const first = await exportPath(path, 'first.juri');
    await merge(master, [first]);
    const afterFirst = await stateOf(master);
    await score(path, 'juri-3', [{ nomineeId: 'wil-64.02', criterionId: 'pbd-dokumen', value: 81 }]);
    const report = await merge(master, [await exportPath(path, 'second.juri')]);
    expect(report.backupPath && existsSync(report.backupPath)).toBe(true);
    expect((await stateOf(master)).events).toHaveLength(2);
    const undone = await undoLastMerge(master);
    expect(undone.restoredFrom).toBe(report.backupPath);
    expect(await stateOf(master)).toEqual(afterFirst);
    await withAward(master, (a) => expect(a.sqlite.pragma('integrity_check', { simple: true })).toBe('ok'));
    await undoLastMerge(master);
    expect((await stateOf(master)).events).toHaveLength(0);
    await expect(undoLastMerge(master)).rejects.toThrow(/nothingToUndo/);
    expect(join(tmp.dir)).toBeTruthy();
  });
});
