import type { Kysely } from 'kysely';
import type { DB } from '../schema';

type Ordered = 'signatory' | 'category' | 'criterion' | 'juror' | 'nominee';

/** The next free `position_no` in a table, optionally within one category. */
export async function nextPosition(db: Kysely<DB>, table: Ordered, categoryId?: string): Promise<number> {
  let query = db.selectFrom(table).select((eb) => eb.fn.max<number | null>('position_no').as('max'));
  if (table === 'criterion' && categoryId) query = query.where('category_id' as never, '=', categoryId as never);
  const row = await query.executeTakeFirst();
  return (row?.max ?? 0) + 1;
}

/** Swaps a row with its neighbour above (-1) or below (+1); a no-op at either end. */
export async function moveRow(db: Kysely<DB>, table: Ordered, id: string, offset: -1 | 1): Promise<boolean> {
  const ids = await orderedIds(db, table, id);
  if (!ids) return false;
  const at = ids.indexOf(id);
  const other = ids[at + offset];
  if (other === undefined) return true;
  ids[at] = other;
  ids[at + offset] = id;
  for (const [i, rowId] of ids.entries()) {
    await db
      .updateTable(table)
      .set({ position_no: i + 1 } as never)
      .where('id', '=', rowId)
      .execute();
  }
  return true;
}

async function orderedIds(db: Kysely<DB>, table: Ordered, id: string): Promise<string[] | null> {
  if (table === 'criterion') {
    const row = await db.selectFrom('criterion').select('category_id').where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const rows = await db
      .selectFrom('criterion')
      .select('id')
      .where('category_id', '=', row.category_id)
      .orderBy('position_no')
      .execute();
    return rows.map((r) => r.id);
  }
  const rows = await db.selectFrom(table).select('id').orderBy('position_no').execute();
  return rows.some((r) => r.id === id) ? rows.map((r) => r.id) : null;
}
