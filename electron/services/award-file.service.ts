import { randomUUID } from 'node:crypto';
import { realpathSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import type { AwardSetup, Programme } from '../../shared/award/award.schema';
import { openAwardDb, type AwardDb } from '../db/open-award-db';
import { insertAward } from '../db/repos/award.repo';
import { getMeta, setMeta } from '../db/repos/meta.repo';
import { readSetup } from './setup.service';

type Db = AwardDb['db'];

export const emptyProgramme = (name: string): Programme => ({
  name,
  organiser: '',
  place: '',
  startDate: null,
  endDate: null,
  decisionDate: null,
  decisionPlace: '',
});

/**
 * Creates a new award file: a fresh award id and device id, the programme, then `populate`
 * (a template's contents) in the same transaction. On any failure the file is removed.
 */
export async function createAwardFile(
  path: string,
  programme: Programme,
  populate: (db: Db) => Promise<void> = async () => {},
  now: Date = new Date(),
): Promise<AwardDb> {
  const award = await openAwardDb(path, { create: true });
  try {
    await award.db.transaction().execute(async (trx) => {
      const createdAt = now.toISOString();
      const awardId = randomUUID();
      await setMeta(trx, 'award_id', awardId);
      await setMeta(trx, 'device_id', randomUUID());
      await setMeta(trx, 'device_home', homeOf(path));
      await setMeta(trx, 'created_at', createdAt);
      await insertAward(trx, awardId, programme, createdAt);
      await populate(trx);
    });
    return award;
  } catch (error) {
    await award.close();
    removeAwardFile(path);
    throw error;
  }
}

/** Opens an existing award file and reads its setup. */
export async function openAwardFile(path: string): Promise<{ award: AwardDb; setup: AwardSetup }> {
  const award = await openAwardDb(path, { create: false });
  try {
    await claimDevice(award.db, path);
    return { award, setup: await readSetup(award) };
  } catch (error) {
    await award.close();
    throw error;
  }
}

const homeOf = (path: string) => `${hostname()}|${realpathSync(path)}`;

/**
 * A file copied to another laptop (or folder) and scored there must not write events under the
 * device id of the original: the two copies would grow two different chains with the same id,
 * and merging would refuse the second as a rewritten history. So the file remembers where its
 * device id was given; opened anywhere else, it takes a new device id (its older events keep
 * theirs). Merge then enrols that device on first sight and reports it as not pre-registered.
 */
async function claimDevice(db: Db, path: string): Promise<void> {
  const home = homeOf(path);
  const known = await getMeta(db, 'device_home');
  if (known === home) return;
  await db.transaction().execute(async (trx) => {
    if (known !== null) await setMeta(trx, 'device_id', randomUUID());
    await setMeta(trx, 'device_home', home);
  });
}

export function removeAwardFile(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}
