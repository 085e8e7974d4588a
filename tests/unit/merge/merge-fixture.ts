import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openAwardDb, type AwardDb } from '../../../electron/db/open-award-db';
import { copyDemoAward } from '../../helpers/demo-award';
import { distribute } from '../../../electron/services/merge/distribute.service';
import { exportForMerge } from '../../../electron/services/merge/export.service';
import { mergeFiles, type MergeSource } from '../../../electron/services/merge/merge.service';
import { awardResults, resultsJson } from '../../../electron/services/results/results.service';
import { foldEvents } from '../../../electron/services/scoring/fold';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';
import type { EventRow } from '../../../electron/db/schema';
import type { DistributedFile, MergeReport } from '../../../shared/merge/merge.schema';
import { translatorFor } from '../../../shared/i18n/i18n';

/** The demo's category with two judged criteria (1–100, step 1) and ten nominees. */
export const CAT = 'perencanaan-data';
export const CRITERIA = ['pbd-dokumen', 'pbd-pendampingan'] as const;
export const NOMINEES = ['wil-64.01', 'wil-64.02', 'wil-64.03', 'wil-64.07', 'wil-64.08'] as const;

export const i18n = translatorFor('en');

export async function withAward<T>(path: string, use: (award: AwardDb) => T | Promise<T>): Promise<T> {
  const award = await openAwardDb(path, { create: false });
  try {
    return await use(award);
  } finally {
    await award.close();
  }
}

/** A demo master award and its committee files, in `dir`. */
export async function masterWithCommittee(dir: string): Promise<{ master: string; files: DistributedFile[] }> {
  mkdirSync(dir, { recursive: true });
  const master = join(dir, 'master.juri');
  const award = await copyDemoAward(master);
  try {
    const files = await distribute(award, join(dir, 'committee'));
    return { master, files };
  } finally {
    await award.close();
  }
}

export interface Edit {
  nomineeId: string;
  criterionId: string;
  value: number | null;
}

/** Saves scores in a committee file through the real scoring service, at the given wall clock. */
export async function score(path: string, jurorId: string, edits: Edit[], now = new Date()): Promise<void> {
  await withAward(path, (award) => {
    const s = scoringFor(award);
    for (const e of edits) s.saveScore(jurorId, { categoryId: CAT, ...e }, now);
  });
}

export const exportFile = (path: string, out: string, now = new Date()) =>
  withAward(path, (award) => exportForMerge(award, out, now));

export const merge = (target: string, sources: string[], now = new Date()): Promise<MergeReport> =>
  withAward(target, (award) =>
    mergeFiles(
      award,
      sources.map((p): MergeSource => ({ fileName: p.split('/').pop() ?? p, path: p })),
      { i18n, now },
    ),
  );

export const copy = (from: string, to: string) => {
  copyFileSync(from, to);
  return to;
};

/** What must be equal after merges in any order: projections, the fold, results and the event set. */
export async function stateOf(path: string) {
  return withAward(path, async (award) => {
    const q = (sql: string) => award.sqlite.prepare(sql).all();
    const events = q('SELECT * FROM event ORDER BY device_id, seq') as EventRow[];
    return {
      events: events.map((e) => e.hash).sort(),
      scores: q('SELECT * FROM score ORDER BY juror_id, category_id, nominee_id, criterion_id'),
      notes: q('SELECT * FROM note ORDER BY juror_id, category_id, nominee_id'),
      sheets: q('SELECT * FROM sheet ORDER BY juror_id, category_id'),
      fold: foldEvents(events),
      results: (await awardResults(award, undefined, { breakdown: false })).map(resultsJson),
    };
  });
}
