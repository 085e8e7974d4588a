import type { Kysely } from 'kysely';
import type { Conflict, Juror, JurorRole } from '../../../shared/award/award.schema';
import type { DB } from '../schema';
import { nextPosition } from './position.repo';

export async function listJurors(db: Kysely<DB>): Promise<Juror[]> {
  const [jurors, conflicts] = await Promise.all([
    db.selectFrom('juror').selectAll().orderBy('position_no').execute(),
    db
      .selectFrom('conflict')
      .innerJoin('nominee', 'nominee.id', 'conflict.nominee_id')
      .select(['conflict.juror_id', 'conflict.nominee_id', 'conflict.reason'])
      .orderBy('nominee.position_no')
      .execute(),
  ]);
  return jurors.map((j) => ({
    id: j.id,
    name: j.name,
    title: j.title,
    role: j.role,
    hasPin: j.pin_hash !== null,
    conflicts: conflicts.filter((c) => c.juror_id === j.id).map((c) => ({ nomineeId: c.nominee_id, reason: c.reason })),
  }));
}

export async function upsertJuror(
  db: Kysely<DB>,
  j: { id: string; name: string; title: string; role: JurorRole },
  pinHash: string | undefined,
): Promise<void> {
  const values = { name: j.name, title: j.title, role: j.role, ...(pinHash ? { pin_hash: pinHash } : {}) };
  const updated = await db.updateTable('juror').set(values).where('id', '=', j.id).executeTakeFirst();
  if (updated.numUpdatedRows === 0n) {
    await db
      .insertInto('juror')
      .values({ id: j.id, position_no: await nextPosition(db, 'juror'), pin_hash: pinHash ?? null, ...values })
      .execute();
  }
}

export async function jurorExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return (await db.selectFrom('juror').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function getPinHash(db: Kysely<DB>, id: string): Promise<string | null> {
  const row = await db.selectFrom('juror').select('pin_hash').where('id', '=', id).executeTakeFirst();
  return row?.pin_hash ?? null;
}

export async function deleteJuror(db: Kysely<DB>, id: string): Promise<boolean> {
  const r = await db.deleteFrom('juror').where('id', '=', id).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

export async function setConflicts(db: Kysely<DB>, jurorId: string, conflicts: Conflict[]): Promise<void> {
  await db.deleteFrom('conflict').where('juror_id', '=', jurorId).execute();
  const unique = new Map(conflicts.map((c) => [c.nomineeId, c]));
  if (unique.size === 0) return;
  await db
    .insertInto('conflict')
    .values([...unique.values()].map((c) => ({ juror_id: jurorId, nominee_id: c.nomineeId, reason: c.reason })))
    .execute();
}
