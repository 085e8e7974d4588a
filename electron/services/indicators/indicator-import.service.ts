import type { IndicatorPreview } from '../../../shared/indicators/indicator.schema';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import type { EventDraft } from '../scoring/event-log';
import { scoringFor } from '../scoring/scoring.service';
import type { TableSheet } from '../tabular/table-sheet';
import {
  detectCategory,
  readIndicatorSheet,
  type IndicatorCategoryInfo,
  type IndicatorSheetContext,
} from './indicator-sheet';
import { categoryName, indicatorCriteria, indicatorInfo, requireUnsealed } from './indicator.service';

/** What the service needs besides the award: parsers and words (the caller's language). */
export type IndicatorParsers = Omit<IndicatorSheetContext, 'categories' | 'nominees' | 'currentValue'>;

function contextFor(award: AwardDb, parsers: IndicatorParsers): IndicatorSheetContext {
  const { sqlite } = award;
  const criteria = indicatorCriteria(award);
  const members = sqlite
    .prepare<[], { category_id: string; nominee_id: string }>('SELECT category_id, nominee_id FROM category_nominee')
    .all();
  const categories: IndicatorCategoryInfo[] = sqlite
    .prepare<[], { id: string; name: string }>('SELECT id, name FROM category ORDER BY position_no')
    .all()
    .map((c) => ({
      id: c.id,
      name: c.name,
      criteria: criteria.filter((k) => k.category_id === c.id).map(indicatorInfo),
      nomineeIds: new Set(members.filter((m) => m.category_id === c.id).map((m) => m.nominee_id)),
    }))
    .filter((c) => c.criteria.length > 0);
  const nominees = sqlite
    .prepare<
      [],
      { id: string; name: string; kind: 'province' | 'regency' | 'city' | 'custom'; region_code: string | null }
    >('SELECT id, name, kind, region_code FROM nominee ORDER BY position_no')
    .all()
    .map((n) => ({ id: n.id, name: n.name, kind: n.kind, regionCode: n.region_code }));
  const current = sqlite.prepare<[string, string], { value: number | null }>(
    'SELECT value FROM indicator_value WHERE nominee_id = ? AND criterion_id = ?',
  );
  return {
    ...parsers,
    categories,
    nominees,
    currentValue: (nomineeId, criterionId) => current.get(nomineeId, criterionId)?.value ?? null,
  };
}

function requireIndicatorCategory(ctx: IndicatorSheetContext, award: AwardDb, categoryId: string) {
  const name = categoryName(award, categoryId);
  const category = ctx.categories.find((c) => c.id === categoryId);
  if (!category) throw new UserError('invalid_input', 'errors.indicator.noIndicators', { category: name });
  return category;
}

/** The categories with indicator criteria, as a list the user can pick from ("id (name)"). */
const categoryChoices = (ctx: IndicatorSheetContext) => ctx.categories.map((c) => `${c.id} (${c.name})`).join(', ');

/**
 * Reads indicator values for a category against the award: every value with its change (new,
 * changed, unchanged) and every problem, without writing. Without `categoryId` the category is
 * recognised from the columns, or a UserError lists the categories to choose from.
 */
export function previewIndicators(
  award: AwardDb,
  input: { categoryId?: string | undefined; fileName: string; sheet?: string | undefined },
  sheets: TableSheet[],
  parsers: IndicatorParsers,
): IndicatorPreview {
  const ctx = contextFor(award, parsers);
  if (ctx.categories.length === 0) throw new UserError('invalid_input', 'errors.indicator.noIndicatorCategories');
  let chosen = sheets;
  if (input.sheet !== undefined) {
    chosen = sheets.filter((s) => s.name === input.sheet);
    if (chosen.length === 0)
      throw new UserError('not_found', 'errors.indicator.sheetNotFound', {
        sheet: input.sheet,
        sheets: sheets.map((s) => s.name).join(', '),
      });
  }
  let category: IndicatorCategoryInfo | null = null;
  if (input.categoryId !== undefined) category = requireIndicatorCategory(ctx, award, input.categoryId);
  const readable = chosen.map((sheet) => ({ sheet, detected: detectCategory(sheet, ctx) }));
  const detected = [...new Map(readable.flatMap((r) => (r.detected ? [[r.detected.id, r.detected]] : []))).values()];
  // A workbook with a sheet per category: without a category the user must say which one.
  if (!category && detected.length > 1)
    throw new UserError('invalid_input', 'errors.indicator.severalCategories', {
      categories: detected.map((c) => `${c.id} (${c.name})`).join(', '),
    });
  const pick =
    readable.find((r) => (category ? r.detected?.id === category.id : r.detected !== null)) ??
    readable.find((r) => r.detected !== null) ??
    readable[0];
  if (!pick) throw new UserError('invalid_input', 'errors.fileFormat', { name: input.fileName });
  category ??= pick.detected;
  if (!category)
    throw new UserError('invalid_input', 'errors.indicator.whichCategory', { categories: categoryChoices(ctx) });
  const read = readIndicatorSheet(pick.sheet, category, ctx);
  return {
    fileName: input.fileName,
    sheet: pick.sheet.name,
    categoryId: category.id,
    category: category.name,
    criterionIds: read.criterionIds,
    rows: read.rows,
    values: read.values,
    problems: read.problems,
    changes: read.values.filter((v) => v.status !== 'unchanged').length,
    unchanged: read.values.filter((v) => v.status === 'unchanged').length,
    written: false,
  };
}

/**
 * Imports a file's indicator values: every new or changed value in one transaction, as
 * 'indicator' events whose source names the file, sheet and row; nothing when any row has a problem.
 */
export function importIndicators(
  award: AwardDb,
  actorId: string | null,
  input: { categoryId?: string | undefined; fileName: string; sheet?: string | undefined },
  sheets: TableSheet[],
  parsers: IndicatorParsers,
  now = new Date(),
): IndicatorPreview {
  return scoringFor(award).log.append(now, () => {
    // Read again inside the write transaction, so nothing can change between check and write.
    const preview = previewIndicators(award, input, sheets, parsers);
    if (preview.problems.length > 0) {
      throw new UserError(
        'invalid_input',
        'errors.indicator.hasProblems',
        { count: preview.problems.length },
        preview.problems.map((p) => ({ path: [p.sheet, p.row ?? 0, p.column ?? ''], message: p.message })),
      );
    }
    requireUnsealed(award, preview.categoryId!);
    const drafts: EventDraft[] = preview.values
      .filter((v) => v.status !== 'unchanged')
      .map((v) => ({
        type: 'indicator',
        actor_id: actorId,
        juror_id: null,
        category_id: preview.categoryId,
        nominee_id: v.nomineeId,
        criterion_id: v.criterionId,
        value: v.value,
        old_value: v.current,
        source: `import:${input.fileName}#${v.sheet}!${v.row}`,
      }));
    return { drafts, result: () => ({ ...preview, written: true }) };
  });
}
