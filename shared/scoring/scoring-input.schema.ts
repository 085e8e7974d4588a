import { z } from 'zod';

/**
 * What the scoring engine (electron/scoring) takes for one category: plain data, no ids looked up
 * elsewhere. The service that reads the award file builds it; the CLI and tests build it directly.
 */

const Id = z.string().min(1).max(64);
const finite = z.number().finite();

export const ScoringMethod = z.enum(['mean', 'median', 'trimmed', 'zscore', 'borda']);
export type ScoringMethod = z.infer<typeof ScoringMethod>;

export const ScoringScaleSchema = z
  .object({ min: finite, max: finite, step: finite.positive() })
  .refine((s) => s.max > s.min, { message: 'errors.maxAboveMin', path: ['max'] });
export type ScoringScale = z.infer<typeof ScoringScaleSchema>;

/** How an indicator's measured value becomes 0–100. */
export const IndicatorRuleSchema = z.discriminatedUnion('kind', [
  /** Best measured value among the category's nominees → 100, worst → 0, linear between. */
  z.object({ kind: z.literal('minmax') }),
  /** Achievement against a target (value ÷ target, or target ÷ value when lower is better), capped at `cap` (default 1), scaled so the cap is 100. */
  z.object({ kind: z.literal('target'), target: finite.positive(), cap: finite.min(1).optional() }),
  /** Rank among the category's nominees: best → 100, worst → 0, equal values share the average rank. */
  z.object({ kind: z.literal('rank') }),
]);
export type IndicatorRule = z.infer<typeof IndicatorRuleSchema>;

export const ScoringCriterionSchema = z.object({
  id: Id,
  name: z.string(),
  /** Any positive number; weights are normalised over the category's criteria. */
  weight: finite.positive(),
  kind: z.enum(['judged', 'indicator']),
  /** Judged: the range jurors score in. Indicator: not used for mapping (the rule decides). */
  scale: ScoringScaleSchema,
  direction: z.enum(['higher', 'lower']),
  /** Indicator only (defaults to min–max). */
  rule: IndicatorRuleSchema.optional(),
});
export type ScoringCriterion = z.infer<typeof ScoringCriterionSchema>;

export const TieBreakStepSchema = z.discriminatedUnion('kind', [
  /** The higher consensus on this criterion wins. */
  z.object({ kind: z.literal('criterion'), criterionId: Id }),
  /** More jurors who put the nominee first (among all the nominees they scored) wins. */
  z.object({ kind: z.literal('firstPlaces') }),
  /** The ketua's recorded decision: each decision orders the nominees it lists, best first. */
  z.object({
    kind: z.literal('chair'),
    decisions: z.array(z.object({ nomineeIds: z.array(Id).min(2), reason: z.string().min(1) })),
  }),
]);
export type TieBreakStep = z.infer<typeof TieBreakStepSchema>;

export const WinnersRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('top'), count: z.number().int().min(1) }),
  /** Titles by place, e.g. ["Terbaik I", "Terbaik II", "Terbaik III"]. */
  z.object({ kind: z.literal('titles'), titles: z.array(z.string().min(1)).min(1) }),
]);
export type WinnersRule = z.infer<typeof WinnersRuleSchema>;

export const CategoryInputSchema = z.object({
  id: Id,
  name: z.string(),
  method: ScoringMethod,
  /** Trimmed mean only: how many of the highest and of the lowest totals to drop per nominee. */
  trimK: z.number().int().min(0).optional(),
  /** The least number of jurors who must have scored a nominee for it to be ranked. */
  quorum: z.number().int().min(1),
  winners: WinnersRuleSchema,
  criteria: z.array(ScoringCriterionSchema).min(1),
  nominees: z.array(z.object({ id: Id, name: z.string() })),
  jurors: z.array(z.object({ id: Id, name: z.string() })),
  conflicts: z.array(z.object({ jurorId: Id, nomineeId: Id })),
  scores: z.array(z.object({ jurorId: Id, nomineeId: Id, criterionId: Id, value: finite })),
  /**
   * The same kind of data grouped per juror and nominee (criterion id → value), as the award file
   * reads it: one object per sheet row instead of one per score. The engine takes both, together.
   */
  sheets: z.array(z.object({ jurorId: Id, nomineeId: Id, values: z.record(z.string(), finite) })).optional(),
  indicatorValues: z.array(z.object({ nomineeId: Id, criterionId: Id, value: finite })),
  tieBreak: z.array(TieBreakStepSchema),
});
export type CategoryInput = z.infer<typeof CategoryInputSchema>;
