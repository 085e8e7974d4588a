import type { Kysely } from 'kysely';
import type { Nominee } from '../../../shared/award/award.schema';
import type { DB } from '../schema';
import { nextPosition } from './position.repo';

export async function listNominees(db: Kysely<DB>): Promise<Nominee[]> {
  return db
    .selectFrom('nominee')
    .select(['id', 'kind', 'name', 'region_code as regionCode', 'description'])
    .orderBy('position_no')
    .execute();
}

/** Inserts nominees at the end of the list; region nominees already present are skipped. */
export async function insertNominees(db: Kysely<DB>, nominees: Nominee[]): Promise<number> {
  let position = await nextPosition(db, 'nominee');
  let added = 0;
  for (const n of nominees) {
    const r = await db
      .insertInto('nominee')
      .values({
        id: n.id,
        kind: n.kind,
        name: n.name,
        region_code: n.regionCode,
        description: n.description,
        position_no: position,
      })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if ((r.numInsertedOrUpdatedRows ?? 0n) > 0n) {
      position += 1;
      added += 1;
    }
  }
  return added;
}

export async function updateCustomNominee(
  db: Kysely<DB>,
  id: string,
  values: { name: string; description: string },
): Promise<boolean> {
  const r = await db
    .updateTable('nominee')
    .set(values)
    .where('id', '=', id)
    .where('kind', '=', 'custom')
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export async function deleteNominee(db: Kysely<DB>, id: string): Promise<boolean> {
  const r = await db.deleteFrom('nominee').where('id', '=', id).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

export async function existingNomineeIds(db: Kysely<DB>, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('nominee').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
