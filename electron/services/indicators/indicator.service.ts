import type { IndicatorRule } from '../../../shared/scoring/scoring-input.schema';
import { IndicatorRuleSchema } from '../../../shared/scoring/scoring-input.schema';
import type {
  IndicatorHistoryEntry,
  IndicatorList,
  SetIndicator,
  SetIndicatorRule,
} from '../../../shared/indicators/indicator.schema';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import type { EventDraft } from '../scoring/event-log';
import { scoringFor } from '../scoring/scoring.service';
import { readSetup, setupService } from '../setup.service';
import { outOfRange, type IndicatorCriterionInfo } from './indicator-sheet';

export interface CriterionRow {
  id: string;
  category_id: string;
  name: string;
  unit: string;
  weight: number;
  direction: 'higher' | 'lower';
  scale_min: number;
  scale_max: number;
  rule: string | null;
}

const parseRule = (rule: string | null): IndicatorRule | null =>
  rule === null ? null : (IndicatorRuleSchema.safeParse(JSON.parse(rule)).data ?? null);

export function indicatorCriteria(award: AwardDb): CriterionRow[] {
  return award.sqlite
    .prepare<[], CriterionRow>(
      `SELECT id, category_id, name, unit, weight, direction, scale_min, scale_max, rule FROM criterion
       WHERE kind = 'indicator' ORDER BY position_no`,
    )
    .all();
}

export const indicatorInfo = (k: CriterionRow): IndicatorCriterionInfo => ({
  id: k.id,
  name: k.name,
  unit: k.unit,
  scale: { min: k.scale_min, max: k.scale_max },
});

export function categoryName(award: AwardDb, categoryId: string): string {
  const row = award.sqlite
    .prepare<[string], { name: string }>('SELECT name FROM category WHERE id = ?')
    .get(categoryId);
  if (!row) throw new UserError('not_found', 'errors.notFound', { what: categoryId });
  return row.name;
}

export function requireUnsealed(award: AwardDb, categoryId: string): void {
  const seal = award.sqlite
    .prepare<[string], { sealed: number }>('SELECT sealed FROM seal WHERE category_id = ?')
    .get(categoryId);
  if (seal?.sealed === 1)
    throw new UserError('conflict', 'errors.indicator.sealed', { category: categoryName(award, categoryId) });
}

/** A manual entry or correction by the secretariat: one 'indicator' event with its reason. */
export function setIndicator(
  award: AwardDb,
  actorId: string,
  input: SetIndicator,
  now = new Date(),
): { changed: boolean } {
  return scoringFor(award).log.append(now, () => {
    const { sqlite } = award;
    const k = sqlite
      .prepare<[string, string], CriterionRow & { kind: string }>(
        'SELECT id, category_id, name, unit, weight, direction, scale_min, scale_max, rule, kind FROM criterion WHERE id = ? AND category_id = ?',
      )
      .get(input.criterionId, input.categoryId);
    if (!k || k.kind !== 'indicator')
      throw new UserError('invalid_input', 'errors.indicator.notIndicator', {
        criterion: k?.name ?? input.criterionId,
      });
    const nominee = sqlite
      .prepare<[string, string], { name: string }>(
        'SELECT n.name FROM category_nominee cn JOIN nominee n ON n.id = cn.nominee_id WHERE cn.category_id = ? AND cn.nominee_id = ?',
      )
      .get(input.categoryId, input.nomineeId);
    if (!nominee) throw new UserError('invalid_input', 'errors.indicator.notInCategory', { nominee: input.nomineeId });
    requireUnsealed(award, input.categoryId);
    if (input.value !== null) {
      const off = outOfRange(indicatorInfo(k), input.value);
      if (off)
        throw new UserError(
          'invalid_input',
          off === 'percent_out_of_range' ? 'errors.indicator.percentOut' : 'errors.indicator.outOfScale',
          { value: input.value, criterion: k.name, min: k.scale_min, max: k.scale_max },
          [{ path: ['value'], message: off }],
        );
    }
    const old =
      sqlite
        .prepare<[string, string], { value: number | null }>(
          'SELECT value FROM indicator_value WHERE nominee_id = ? AND criterion_id = ?',
        )
        .get(input.nomineeId, input.criterionId)?.value ?? null;
    const drafts: EventDraft[] =
      old === input.value
        ? []
        : [
            {
              type: 'indicator',
              actor_id: actorId,
              juror_id: null,
              category_id: input.categoryId,
              nominee_id: input.nomineeId,
              criterion_id: input.criterionId,
              value: input.value,
              old_value: old,
              text: input.reason.trim(),
              source: 'manual',
            },
          ];
    return { drafts, result: (events) => ({ changed: events.length > 0 }) };
  });
}

/** The category's indicator criteria (with their rule in words), nominees and current values. */
export function listIndicators(
  award: AwardDb,
  categoryId: string,
  ruleText: (k: { rule: IndicatorRule | null; direction: 'higher' | 'lower'; unit: string }) => string,
): IndicatorList {
  const { sqlite } = award;
  const name = categoryName(award, categoryId);
  const criteria = indicatorCriteria(award)
    .filter((k) => k.category_id === categoryId)
    .map((k) => {
      const rule = parseRule(k.rule);
      return {
        id: k.id,
        name: k.name,
        unit: k.unit,
        weight: k.weight,
        direction: k.direction,
        scale: { min: k.scale_min, max: k.scale_max },
        rule,
        ruleText: ruleText({ rule, direction: k.direction, unit: k.unit }),
      };
    });
  const nominees = sqlite
    .prepare<[string], { id: string; name: string; region_code: string | null }>(
      `SELECT n.id, n.name, n.region_code FROM category_nominee cn JOIN nominee n ON n.id = cn.nominee_id
       WHERE cn.category_id = ? ORDER BY n.position_no`,
    )
    .all(categoryId)
    .map((n) => ({ id: n.id, name: n.name, code: n.region_code ?? n.id }));
  const ids = new Set(criteria.map((k) => k.id));
  const members = new Set(nominees.map((n) => n.id));
  const values = sqlite
    .prepare<[], { nominee_id: string; criterion_id: string; value: number | null; source: string; at: string }>(
      'SELECT nominee_id, criterion_id, value, source, at FROM indicator_value',
    )
    .all()
    .filter((v) => ids.has(v.criterion_id) && members.has(v.nominee_id))
    .map((v) => ({ nomineeId: v.nominee_id, criterionId: v.criterion_id, value: v.value, source: v.source, at: v.at }));
  return { category: { id: categoryId, name }, criteria, nominees, values };
}

/** Every indicator change of a category, newest first: who, when, old → new, source, reason. */
export function indicatorHistory(award: AwardDb, categoryId: string, limit = 500): IndicatorHistoryEntry[] {
  categoryName(award, categoryId);
  return award.sqlite
    .prepare<
      [string, number],
      {
        at: string;
        actor_id: string | null;
        actor: string | null;
        nominee_id: string;
        nominee: string | null;
        criterion_id: string;
        criterion: string | null;
        old_value: number | null;
        value: number | null;
        source: string;
        text: string | null;
      }
    >(
      `SELECT e.at, e.actor_id, j.name AS actor, e.nominee_id, n.name AS nominee, e.criterion_id, k.name AS criterion,
         e.old_value, e.value, e.source, e.text
       FROM event e
       LEFT JOIN juror j ON j.id = e.actor_id
       LEFT JOIN nominee n ON n.id = e.nominee_id
       LEFT JOIN criterion k ON k.id = e.criterion_id
       WHERE e.type = 'indicator' AND e.category_id = ?
       ORDER BY e.hlc DESC, e.device_id DESC
       LIMIT ?`,
    )
    .all(categoryId, limit)
    .map((e) => ({
      at: e.at,
      actor: e.actor_id === null ? null : { id: e.actor_id, name: e.actor ?? e.actor_id },
      nomineeId: e.nominee_id,
      nominee: e.nominee ?? e.nominee_id,
      criterionId: e.criterion_id,
      criterion: e.criterion ?? e.criterion_id,
      old: e.old_value,
      value: e.value,
      source: e.source,
      reason: e.text,
    }));
}

/** The category of an indicator criterion, or a not-found error. */
export function indicatorCategoryOf(award: AwardDb, criterionId: string): string {
  const k = indicatorCriteria(award).find((c) => c.id === criterionId);
  if (!k) throw new UserError('invalid_input', 'errors.indicator.notIndicator', { criterion: criterionId });
  return k.category_id;
}

/** Changes an indicator criterion's rule (null = min–max) and direction through the setup service. */
export async function setIndicatorRule(award: AwardDb, input: SetIndicatorRule): Promise<string> {
  const categoryId = indicatorCategoryOf(award, input.criterionId);
  requireUnsealed(award, categoryId);
  const setup = await readSetup(award);
  const criterion = setup.categories.find((c) => c.id === categoryId)?.criteria.find((k) => k.id === input.criterionId);
  if (criterion)
    await setupService.saveCriterion(award, {
      ...criterion,
      rule: input.rule,
      direction: input.direction ?? criterion.direction,
    });
  return categoryId;
}
