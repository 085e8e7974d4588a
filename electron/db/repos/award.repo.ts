import type { Kysely } from 'kysely';
import type { Programme, Signatory } from '../../../shared/award/award.schema';
import type { AwardRow, DB } from '../schema';
import { nextPosition } from './position.repo';

export function programmeFromRow(row: AwardRow): Programme {
  return {
    name: row.name,
    organiser: row.organiser,
    place: row.place,
    startDate: row.start_date,
    endDate: row.end_date,
    decisionDate: row.decision_date,
    decisionPlace: row.decision_place,
  };
}

const programmeColumns = (p: Programme) => ({
  name: p.name,
  organiser: p.organiser,
  place: p.place,
  start_date: p.startDate,
  end_date: p.endDate,
  decision_date: p.decisionDate,
  decision_place: p.decisionPlace,
});

export async function insertAward(db: Kysely<DB>, id: string, programme: Programme, createdAt: string): Promise<void> {
  await db
    .insertInto('award')
    .values({ id, created_at: createdAt, ...programmeColumns(programme) })
    .execute();
}

export async function getAwardRow(db: Kysely<DB>): Promise<AwardRow | undefined> {
  return db.selectFrom('award').selectAll().executeTakeFirst();
}

export async function updateProgramme(db: Kysely<DB>, programme: Programme): Promise<void> {
  await db.updateTable('award').set(programmeColumns(programme)).execute();
}

export async function listSignatories(db: Kysely<DB>): Promise<Signatory[]> {
  return db.selectFrom('signatory').select(['id', 'name', 'title', 'position']).orderBy('position_no').execute();
}

export async function upsertSignatory(db: Kysely<DB>, s: Signatory): Promise<void> {
  const values = { name: s.name, title: s.title, position: s.position };
  const updated = await db.updateTable('signatory').set(values).where('id', '=', s.id).executeTakeFirst();
  if (updated.numUpdatedRows === 0n) {
    await db
      .insertInto('signatory')
      .values({ id: s.id, position_no: await nextPosition(db, 'signatory'), ...values })
      .execute();
  }
}

export async function deleteSignatory(db: Kysely<DB>, id: string): Promise<boolean> {
  const r = await db.deleteFrom('signatory').where('id', '=', id).executeTakeFirst();
  return r.numDeletedRows > 0n;
}
