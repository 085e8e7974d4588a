import type { Kysely } from 'kysely';

// Frozen once landed: never edit, add a new numbered migration instead.
export async function up(_db: Kysely<any>): Promise<void> {}
