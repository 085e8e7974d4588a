import type { AwardDb } from '../../../electron/db/open-award-db';
import { encodeGreyAlphaPng } from '../../../electron/services/certificates/png';
import { createDemoAward } from '../../../electron/services/demo.service';
import { finaliseCategory, reopenCategory as reopenSeal } from '../../../electron/services/documents/seal.service';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';

/** The demo category with judged criteria only: every juror can score it completely. */
export const CATEGORY = 'perencanaan-data';
const CRITERIA = ['pbd-dokumen', 'pbd-pendampingan'];

/** A tiny valid PNG (1×1, grey + alpha) as a data URL. */
export const TINY_PNG = `data:image/png;base64,${encodeGreyAlphaPng(1, 1, new Uint8Array([0, 255])).toString('base64')}`;

/**
 * The demo award with every juror's scores in CATEGORY, deterministic and distinct per nominee,
 * so the results have clear winners.
 */
export async function scoredDemo(path: string): Promise<AwardDb> {
  const award = await createDemoAward(path);
  const criteria = award.sqlite
    .prepare<[string], { id: string }>("SELECT id FROM criterion WHERE category_id = ? AND kind = 'judged'")
    .all(CATEGORY)
    .map((c) => c.id);
  if (criteria.join() !== CRITERIA.join()) throw new Error(`demo criteria changed: ${criteria.join()}`);
  const nominees = award.sqlite
    .prepare<[string], { nominee_id: string }>(
      'SELECT nominee_id FROM category_nominee cn JOIN nominee n ON n.id = cn.nominee_id WHERE category_id = ? ORDER BY n.position_no',
    )
    .all(CATEGORY)
    .map((n) => n.nominee_id);
  const jurors = award.sqlite.prepare<[], { id: string }>('SELECT id FROM juror').all();
  const conflicts = new Set(
    award.sqlite
      .prepare<[], { k: string }>("SELECT juror_id || '|' || nominee_id AS k FROM conflict")
      .all()
      .map((c) => c.k),
  );
  const scoring = scoringFor(award);
  for (const [j, juror] of jurors.entries()) {
    for (const [n, nomineeId] of nominees.entries()) {
      if (conflicts.has(`${juror.id}|${nomineeId}`)) continue;
      for (const [k, criterionId] of criteria.entries()) {
        const value = 95 - n * 4 - ((j + k) % 3);
        scoring.saveScore(juror.id, { categoryId: CATEGORY, nomineeId, criterionId, value });
      }
    }
  }
  return award;
}

/** The ketua finalises (seals) a category through the documents' seal service; returns the fingerprint. */
export async function sealCategory(award: AwardDb, categoryId: string, actorId = 'juri-1'): Promise<string> {
  const seal = await finaliseCategory(award, actorId, categoryId);
  if (!seal.fingerprint) throw new Error('sealed without a fingerprint');
  return seal.fingerprint;
}

/** An audited reopen of a sealed category. */
export function reopenCategory(award: AwardDb, categoryId: string, actorId = 'juri-1'): void {
  reopenSeal(award, actorId, categoryId, 'koreksi nilai setelah rapat pleno');
}
