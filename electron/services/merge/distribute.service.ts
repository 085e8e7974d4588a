import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DistributedFile } from '../../../shared/merge/merge.schema';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import { upsertSignatory } from '../../db/repos/award.repo';
import { setCategoryNominees, upsertCategory, upsertCriterion } from '../../db/repos/category.repo';
import { getPinHash, setConflicts, upsertJuror } from '../../db/repos/juror.repo';
import { getMeta } from '../../db/repos/meta.repo';
import { insertNominees } from '../../db/repos/nominee.repo';
import { createAwardFile, removeAwardFile } from '../award-file.service';
import { exportTemplate } from '../template.service';
import { ensureDeviceKey, registerDevice } from './device-key';

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 40) || 'penghargaan';

/** Where the committee file of a juror goes. */
export const committeeFileName = (awardName: string, jurorId: string) =>
  `${slug(awardName)}-${jurorId.replace(/[^\w.-]/g, '_')}.juri`;

/**
 * Creates one committee file per juror in `outDir`: the same award id and setup, that juror only
 * (with their own PIN, no one else's), no scores, and a new device with its own Ed25519 key pair,
 * whose public key is registered in the master. Each file is built fresh, never a copy of the master.
 * All or nothing: if one file cannot be made, the ones already made are removed and the master is unchanged.
 */
export async function distribute(master: AwardDb, outDir: string, now = new Date()): Promise<DistributedFile[]> {
  const awardId = await getMeta(master.db, 'award_id');
  if (!awardId) throw new Error('award file has no award id');
  const template = await exportTemplate(master);
  if (template.jurors.length === 0) throw new UserError('invalid_input', 'errors.merge.noJurors');
  mkdirSync(outDir, { recursive: true });
  const paths = template.jurors.map((j) => join(outDir, committeeFileName(template.programme.name, j.id)));
  for (const path of paths) if (existsSync(path)) throw new UserError('file_exists', 'errors.fileExists', { path });

  const made: DistributedFile[] = [];
  const keys: { deviceId: string; jurorId: string; publicKey: string }[] = [];
  try {
    for (const [i, juror] of template.jurors.entries()) {
      const path = paths[i] as string;
      const pinHash = (await getPinHash(master.db, juror.id)) ?? undefined;
      const file = await createAwardFile(
        path,
        template.programme,
        async (db) => {
          await db.updateTable('meta').set({ value: awardId }).where('key', '=', 'award_id').execute();
          await db.updateTable('award').set({ id: awardId }).execute();
          for (const s of template.signatories) await upsertSignatory(db, s);
          await insertNominees(db, template.nominees);
          for (const c of template.categories) {
            await upsertCategory(db, c);
            for (const k of c.criteria) await upsertCriterion(db, { ...k, categoryId: c.id });
            await setCategoryNominees(db, c.id, c.nomineeIds);
          }
          await upsertJuror(db, juror, pinHash);
          await setConflicts(db, juror.id, juror.conflicts);
        },
        now,
      );
      try {
        const key = ensureDeviceKey(file.sqlite, juror.id, now);
        keys.push({ deviceId: key.deviceId, jurorId: juror.id, publicKey: key.publicKey });
        made.push({ jurorId: juror.id, jurorName: juror.name, deviceId: key.deviceId, path });
      } finally {
        await file.close();
      }
    }
  } catch (error) {
    // None of these paths existed before (checked above), so every one of them is ours to remove.
    for (const path of paths) removeAwardFile(path);
    throw error;
  }
  master.sqlite.transaction(() => {
    ensureDeviceKey(master.sqlite, null, now);
    for (const k of keys) registerDevice(master.sqlite, { ...k, preRegistered: true }, now);
  })();
  return made;
}
