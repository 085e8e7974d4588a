import { existsSync, statSync } from 'node:fs';
import type { AwardSetup } from '../../shared/award/award.schema';
import { UserError } from '../../shared/user-error';
import type { AwardDb } from '../db/open-award-db';
import { openAwardFile } from '../services/award-file.service';
import { readSetup } from '../services/setup.service';

/**
 * Opens an award file through the app's own service, runs `use`, and always closes it.
 * The CLI only reads here; opening may still run pending migrations, as the app does.
 */
export async function withAwardFile<T>(
  path: string,
  use: (award: AwardDb, setup: AwardSetup) => Promise<T> | T,
): Promise<T> {
  // An empty file would be turned into a database by SQLite; it is not an award, so leave it alone.
  if (existsSync(path) && statSync(path).isFile() && statSync(path).size === 0) {
    throw new UserError('not_juri_file', 'errors.notJuriFile', { path });
  }
  const { award, setup } = await openAwardFile(path);
  return closeAfter(award, () => use(award, setup));
}

/** Runs `use` on an award file that is already open, then closes it whatever happens. */
export async function closeAfter<T>(award: AwardDb, use: (award: AwardDb) => Promise<T> | T): Promise<T> {
  try {
    return await use(award);
  } finally {
    await award.close();
  }
}

/** Reads the setup of a freshly created award file and closes it. */
export const readAndClose = (award: AwardDb): Promise<AwardSetup> => closeAfter(award, readSetup);
