import type { Kysely } from 'kysely';
import {
  CategoryScoringSchema,
  type Category,
  type CategoryInput,
  type CategoryScoring,
  type Criterion,
} from '../../../shared/award/award.schema';
import { IndicatorRuleSchema } from '../../../shared/scoring/scoring-input.schema';
import type { CriterionRow, DB } from '../schema';
import { nextPosition } from './position.repo';

export async function upsertCategory(db: Kysely<DB>, c: CategoryInput & { id: string }): Promise<void> {
  const values = {
    name: c.name,
    description: c.description,
    ...(c.scoring ? { scoring: JSON.stringify(c.scoring) } : {}),
  };
  const updated = await db.updateTable('category').set(values).where('id', '=', c.id).executeTakeFirst();
  if (updated.numUpdatedRows === 0n) {
    await db
      .insertInto('category')
      .values({ id: c.id, position_no: await nextPosition(db, 'category'), ...values })
      .execute();
  }
}

export async function deleteCategory(db: Kysely<DB>, id: string): Promise<boolean> {
  const r = await db.deleteFrom('category').where('id', '=', id).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

export async function categoryExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return (await db.selectFrom('category').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Replaces the set of nominees competing in a category. */
export async function setCategoryNominees(db: Kysely<DB>, categoryId: string, nomineeIds: string[]): Promise<void> {
  await db.deleteFrom('category_nominee').where('category_id', '=', categoryId).execute();
  const unique = [...new Set(nomineeIds)];
  for (let i = 0; i < unique.length; i += 400) {
    const chunk = unique.slice(i, i + 400).map((nominee_id) => ({ category_id: categoryId, nominee_id }));
    await db.insertInto('category_nominee').values(chunk).execute();
  }
}

export async function upsertCriterion(db: Kysely<DB>, c: Criterion): Promise<void> {
  const values = {
    category_id: c.categoryId,
    name: c.name,
    description: c.description,
    weight: c.weight,
    kind: c.kind,
    scale_min: c.scale.min,
    scale_max: c.scale.max,
    scale_step: c.scale.step,
    unit: c.unit,
    direction: c.direction,
    rule: c.kind === 'indicator' && c.rule ? JSON.stringify(c.rule) : null,
  };
  const updated = await db.updateTable('criterion').set(values).where('id', '=', c.id).executeTakeFirst();
  if (updated.numUpdatedRows === 0n) {
    const position_no = await nextPosition(db, 'criterion', c.categoryId);
    await db
      .insertInto('criterion')
      .values({ id: c.id, position_no, ...values })
      .execute();
  }
  await db.deleteFrom('rubric_level').where('criterion_id', '=', c.id).execute();
  if (c.rubric.length > 0) {
    await db
      .insertInto('rubric_level')
      .values(c.rubric.map((r, i) => ({ criterion_id: c.id, position_no: i + 1, ...r })))
      .execute();
  }
}

export async function deleteCriterion(db: Kysely<DB>, id: string): Promise<boolean> {
  const r = await db.deleteFrom('criterion').where('id', '=', id).executeTakeFirst();
  return r.numDeletedRows > 0n;
}

export async function getCriterionRow(db: Kysely<DB>, id: string): Promise<CriterionRow | undefined> {
  return db.selectFrom('criterion').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every category in order, with its criteria (and rubric levels) and its nominee ids. */
export async function listCategories(db: Kysely<DB>): Promise<Category[]> {
  const [categories, criteria, levels, members] = await Promise.all([
    db.selectFrom('category').selectAll().orderBy('position_no').execute(),
    db.selectFrom('criterion').selectAll().orderBy('category_id').orderBy('position_no').execute(),
    db.selectFrom('rubric_level').selectAll().orderBy('criterion_id').orderBy('position_no').execute(),
    db
      .selectFrom('category_nominee')
      .innerJoin('nominee', 'nominee.id', 'category_nominee.nominee_id')
      .select(['category_nominee.category_id', 'category_nominee.nominee_id'])
      .orderBy('nominee.position_no')
      .execute(),
  ]);
  const rubricOf = groupBy(levels, (l) => l.criterion_id);
  const criteriaOf = groupBy(criteria, (c) => c.category_id);
  const nomineesOf = groupBy(members, (m) => m.category_id);
  return categories.map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    nomineeIds: (nomineesOf.get(c.id) ?? []).map((m) => m.nominee_id),
    criteria: (criteriaOf.get(c.id) ?? []).map((k) => criterionFromRow(k, rubricOf.get(k.id) ?? [])),
    scoring: scoringFromText(c.scoring),
  }));
}

function criterionFromRow(
  k: CriterionRow,
  levels: { label: string; min: number; max: number; descriptor: string }[],
): Criterion {
  return {
    id: k.id,
    categoryId: k.category_id,
    name: k.name,
    description: k.description,
    weight: k.weight,
    kind: k.kind,
    scale: { min: k.scale_min, max: k.scale_max, step: k.scale_step },
    unit: k.unit,
    direction: k.direction,
    rubric: levels.map(({ label, min, max, descriptor }) => ({ label, min, max, descriptor })),
    rule: k.rule === null ? null : IndicatorRuleSchema.parse(JSON.parse(k.rule)),
  };
}

/** The stored JSON with every default filled in (`{}` from migration 0003 reads as the defaults). */
export const scoringFromText = (text: string): CategoryScoring => CategoryScoringSchema.parse(JSON.parse(text));

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}
