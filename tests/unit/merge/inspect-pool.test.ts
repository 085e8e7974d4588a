import { copyFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectSources } from '../../../electron/services/merge/inspect-pool';
import { UserError } from '../../../shared/user-error';
import { useTempDir } from '../../helpers/temp-dir';
import { CRITERIA, exportFile, masterWithCommittee, NOMINEES, score, withAward } from './merge-fixture';

// The same files checked on worker threads and on this thread give the same outcome, file by file:
// the events read and re-hashed, or the same refusal.

describe('inspectSources', () => {
  const tmp = useTempDir();
  let awardId: string;
  let paths: string[];
  beforeAll(async () => {
    const { master, files } = await masterWithCommittee(tmp.path('seed'));
    awardId = await withAward(
      master,
      (a) => a.sqlite.prepare("SELECT value FROM meta WHERE key = 'award_id'").pluck().get() as string,
    );
    paths = [];
    for (const [i, f] of files.slice(0, 3).entries()) {
      await score(
        f.path,
        f.jurorId,
        NOMINEES.map((n, k) => ({ nomineeId: n, criterionId: CRITERIA[k % 2]!, value: 50 + i + k })),
      );
      const out = tmp.path(`export-${i}.juri`);
      await exportFile(f.path, out);
      paths.push(out);
    }
    // A copy of the first export with one score changed inside its event row: its chain no longer holds.
    copyFileSync(paths[0]!, tmp.path('tampered.juri'));
    const db = new Database(tmp.path('tampered.juri'));
    db.exec("DROP TRIGGER event_append_only_update; UPDATE event SET value = value + 1 WHERE type = 'score'");
    db.close();
    paths.push(tmp.path('tampered.juri'), tmp.path('missing.juri'), join(tmp.path('seed'), 'master.juri'));
  }, 60_000);

  it('checks files on worker threads exactly as on this thread', async () => {
    const here = await inspectSources(paths, awardId, { threads: 1 });
    const seen: number[] = [];
    const pooled = await inspectSources(paths, awardId, { threads: 2, onInspected: (n) => seen.push(n) });
    const outcome = (r: (typeof here)[number]) =>
      r instanceof UserError ? { refused: r.key } : { sha256: r.sha256, manifest: r.manifest, events: r.events };
    expect(pooled.map(outcome)).toEqual(here.map(outcome));
    expect(here.slice(0, 3).every((r) => !(r instanceof UserError) && r.events.length > 0)).toBe(true);
    expect(here.slice(3).map((r) => (r instanceof UserError ? r.key : 'accepted'))).toEqual([
      'errors.merge.brokenChain',
      'errors.merge.unreadable',
      'errors.merge.notExported',
    ]);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
