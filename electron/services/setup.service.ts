import { randomUUID } from 'node:crypto';
import type {
  AwardSetup,
  CategoryInput,
  Conflict,
  CriterionInput,
  CustomNomineeInput,
  JurorInput,
  Programme,
  SignatoryInput,
} from '../../shared/award/award.schema';
import { UserError } from '../../shared/user-error';
import type { AwardDb } from '../db/open-award-db';
import {
  getAwardRow,
  listSignatories,
  programmeFromRow,
  updateProgramme,
  upsertSignatory,
  deleteSignatory,
} from '../db/repos/award.repo';
import {
  categoryExists,
  deleteCategory,
  deleteCriterion,
  getCriterionRow,
  listCategories,
  setCategoryNominees,
  upsertCategory,
  upsertCriterion,
} from '../db/repos/category.repo';
import { deleteJuror, jurorExists, listJurors, setConflicts, upsertJuror } from '../db/repos/juror.repo';
import { getMeta } from '../db/repos/meta.repo';
import {
  deleteNominee,
  existingNomineeIds,
  insertNominees,
  listNominees,
  updateCustomNominee,
} from '../db/repos/nominee.repo';
import { moveRow } from '../db/repos/position.repo';
import { SCHEMA_VERSION } from '../db/migrations';
import { hashPin } from './pin';
import { regionNominees } from './regions.service';

type Db = AwardDb['db'];

/** Reads the whole setup of an award file in one transaction. */
export async function readSetup(award: AwardDb): Promise<AwardSetup> {
  return award.db.transaction().execute(async (trx) => {
    const row = await getAwardRow(trx);
    const deviceId = await getMeta(trx, 'device_id');
    if (!row || !deviceId) throw new UserError('not_juri_file', 'errors.notJuriFile', { path: award.path });
    return {
      award: {
        id: row.id,
        deviceId,
        schemaVersion: SCHEMA_VERSION,
        createdAt: row.created_at,
        programme: programmeFromRow(row),
      },
      filePath: award.path,
      signatories: await listSignatories(trx),
      categories: await listCategories(trx),
      nominees: await listNominees(trx),
      jurors: await listJurors(trx),
    };
  });
}

/** Runs one edit in a transaction, then returns the fresh setup. */
async function edit(award: AwardDb, change: (db: Db) => Promise<void>): Promise<AwardSetup> {
  await award.db.transaction().execute(change);
  return readSetup(award);
}

const notFound = (what: string) => new UserError('not_found', 'errors.notFound', { what });
const must = (found: boolean, what: string) => {
  if (!found) throw notFound(what);
};

export const setupService = {
  updateProgramme: (a: AwardDb, p: Programme) => edit(a, (db) => updateProgramme(db, p)),

  saveSignatory: (a: AwardDb, s: SignatoryInput) =>
    edit(a, (db) => upsertSignatory(db, { ...s, id: s.id ?? randomUUID() })),
  removeSignatory: (a: AwardDb, id: string) => edit(a, async (db) => must(await deleteSignatory(db, id), id)),
  moveSignatory: (a: AwardDb, id: string, offset: -1 | 1) =>
    edit(a, async (db) => must(await moveRow(db, 'signatory', id, offset), id)),

  saveCategory: (a: AwardDb, c: CategoryInput) =>
    edit(a, (db) => upsertCategory(db, { ...c, id: c.id ?? randomUUID() })),
  removeCategory: (a: AwardDb, id: string) => edit(a, async (db) => must(await deleteCategory(db, id), id)),
  moveCategory: (a: AwardDb, id: string, offset: -1 | 1) =>
    edit(a, async (db) => must(await moveRow(db, 'category', id, offset), id)),
  setCategoryNominees: (a: AwardDb, categoryId: string, nomineeIds: string[]) =>
    edit(a, async (db) => {
      must(await categoryExists(db, categoryId), categoryId);
      const known = await existingNomineeIds(db, nomineeIds);
      const missing = nomineeIds.find((id) => !known.has(id));
      if (missing) throw notFound(missing);
      await setCategoryNominees(db, categoryId, nomineeIds);
    }),

  saveCriterion: (a: AwardDb, c: CriterionInput) =>
    edit(a, async (db) => {
      must(await categoryExists(db, c.categoryId), c.categoryId);
      const id = c.id ?? randomUUID();
      const existing = c.id ? await getCriterionRow(db, c.id) : undefined;
      if (existing && existing.category_id !== c.categoryId) throw notFound(id);
      await upsertCriterion(db, { ...c, id });
    }),
  removeCriterion: (a: AwardDb, id: string) => edit(a, async (db) => must(await deleteCriterion(db, id), id)),
  moveCriterion: (a: AwardDb, id: string, offset: -1 | 1) =>
    edit(a, async (db) => must(await moveRow(db, 'criterion', id, offset), id)),

  addRegionNominees: (a: AwardDb, provinceCode: string, includeProvince: boolean, regencyCodes: string[]) =>
    edit(a, async (db) => {
      await insertNominees(db, regionNominees(provinceCode, includeProvince, regencyCodes));
    }),
  saveCustomNominee: (a: AwardDb, n: CustomNomineeInput) =>
    edit(a, async (db) => {
      const values = { name: n.name, description: n.description };
      if (n.id) must(await updateCustomNominee(db, n.id, values), n.id);
      else await insertNominees(db, [{ id: randomUUID(), kind: 'custom', regionCode: null, ...values }]);
    }),
  removeNominee: (a: AwardDb, id: string) => edit(a, async (db) => must(await deleteNominee(db, id), id)),

  saveJuror: async (a: AwardDb, j: JurorInput) => {
    // Hash outside the transaction: scrypt is slow on purpose and must not hold the write lock.
    const pinHash = j.pin ? await hashPin(j.pin) : undefined;
    return edit(a, async (db) => {
      if (j.id && !(await jurorExists(db, j.id))) throw notFound(j.id);
      await upsertJuror(db, { id: j.id ?? randomUUID(), name: j.name, title: j.title, role: j.role }, pinHash);
    });
  },
  removeJuror: (a: AwardDb, id: string) => edit(a, async (db) => must(await deleteJuror(db, id), id)),
  moveJuror: (a: AwardDb, id: string, offset: -1 | 1) =>
    edit(a, async (db) => must(await moveRow(db, 'juror', id, offset), id)),
  setConflicts: (a: AwardDb, jurorId: string, conflicts: Conflict[]) =>
    edit(a, async (db) => {
      must(await jurorExists(db, jurorId), jurorId);
      const ids = conflicts.map((c) => c.nomineeId);
      const known = await existingNomineeIds(db, ids);
      const missing = ids.find((id) => !known.has(id));
      if (missing) throw notFound(missing);
      await setConflicts(db, jurorId, conflicts);
    }),
};
