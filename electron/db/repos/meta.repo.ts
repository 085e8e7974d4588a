import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/**
 * `device_home` is `<host name>|<real path>` of the file when its device id was given: a copy
 * opened elsewhere is a new device (see claimDevice in award-file.service.ts).
 */
export type MetaKey = 'award_id' | 'device_id' | 'device_home' | 'created_at' | 'created_by';

export async function getMeta(db: Kysely<DB>, key: MetaKey): Promise<string | null> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function setMeta(db: Kysely<DB>, key: MetaKey, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
