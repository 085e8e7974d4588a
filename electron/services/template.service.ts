import type { z } from 'zod';
import { TEMPLATE_FORMAT, TemplateSchema, type Template } from '../../shared/award/template.schema';
import type { FieldIssue } from '../../shared/ipc/envelope';
import { UserError } from '../../shared/user-error';
import { zodErrorMap, type Language } from '../../shared/i18n/i18n';
import type { AwardDb } from '../db/open-award-db';
import { upsertSignatory } from '../db/repos/award.repo';
import { setCategoryNominees, upsertCategory, upsertCriterion } from '../db/repos/category.repo';
import { setConflicts, upsertJuror } from '../db/repos/juror.repo';
import { insertNominees } from '../db/repos/nominee.repo';
import { createAwardFile } from './award-file.service';
import { listProvinces } from './regions.service';
import { readSetup } from './setup.service';

/** Exports the setup as a template: no scores, no PINs, no file identity. */
export async function exportTemplate(award: AwardDb): Promise<Template> {
  const s = await readSetup(award);
  return {
    format: TEMPLATE_FORMAT,
    programme: s.award.programme,
    signatories: s.signatories,
    nominees: s.nominees,
    categories: s.categories.map((c) => ({
      ...c,
      criteria: c.criteria.map(({ categoryId: _categoryId, ...k }) => k),
    })),
    jurors: s.jurors.map(({ hasPin: _hasPin, ...j }) => j),
  };
}

export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: i.message,
  }));
}

/** Validates a template, including region codes against the reference data. Throws a UserError listing each bad field. */
export function parseTemplate(raw: unknown, language?: Language): Template {
  const parsed = TemplateSchema.safeParse(raw, language ? { error: zodErrorMap(language) } : {});
  const issues = parsed.success ? [] : zodIssues(parsed.error);
  if (parsed.success) {
    const known = new Set(listProvinces().flatMap((p) => [p.code, ...p.regencies.map((r) => r.code)]));
    parsed.data.nominees.forEach((n, i) => {
      if (n.regionCode !== null && !known.has(n.regionCode)) {
        issues.push({ path: ['nominees', i, 'regionCode'], message: 'errors.regionCode' });
      }
    });
  }
  if (!parsed.success || issues.length > 0) {
    throw new UserError('invalid_input', 'errors.invalidTemplate', { count: issues.length }, issues);
  }
  return parsed.data;
}

/** Creates a new award file from a template. An invalid template writes nothing. */
export async function createFromTemplate(path: string, raw: unknown, language?: Language): Promise<AwardDb> {
  const t = parseTemplate(raw, language);
  return createAwardFile(path, t.programme, async (db) => {
    for (const s of t.signatories) await upsertSignatory(db, s);
    await insertNominees(db, t.nominees);
    for (const c of t.categories) {
      await upsertCategory(db, c);
      for (const k of c.criteria) await upsertCriterion(db, { ...k, categoryId: c.id });
      await setCategoryNominees(db, c.id, c.nomineeIds);
    }
    for (const j of t.jurors) {
      await upsertJuror(db, j, undefined);
      await setConflicts(db, j.id, j.conflicts);
    }
  });
}
