import { z } from 'zod';
import { ScoringMethod } from './scoring-input.schema';

/**
 * What the scoring engine returns. Exact values travel as a reduced fraction of decimal strings
 * (BigInt does not survive JSON or structured clone everywhere); `value` is a float for charts only
 * and `fixed` is the published 2-decimal figure, rounded half away from zero on the exact value.
 */

export const ExactScoreSchema = z.object({
  num: z.string().regex(/^-?\d+$/),
  den: z.string().regex(/^[1-9]\d*$/),
  value: z.number(),
  /** Two decimals with a dot, e.g. `87.50`; `formatScore` gives `87,50` for Indonesian. */
  fixed: z.string(),
});
export type ExactScore = z.infer<typeof ExactScoreSchema>;

export const JurorStatus = z.enum(['counted', 'conflict', 'incomplete', 'missing']);
export type JurorStatus = z.infer<typeof JurorStatus>;

export const JurorBreakdownSchema = z.object({
  jurorId: z.string(),
  /** counted; conflict (may not score it); incomplete (some judged criteria unscored); missing (none scored). */
  status: JurorStatus,
  /** The juror's weighted total on 0–100, judged and indicator parts together; null unless counted. */
  total: ExactScoreSchema.nullable(),
  /** Per criterion: the raw score given (indicators: null) and its value mapped to 0–100. */
  criteria: z.array(z.object({ criterionId: z.string(), raw: z.number().nullable(), mapped: z.number().nullable() })),
  /** Trimmed mean: this total was dropped as one of the k highest or lowest. */
  dropped: z.boolean(),
  /** z-score method: the juror's standardised total (to 18 decimals). */
  z: z.number().nullable(),
  /** Borda method: the juror's Borda points for this nominee, on 0–100. */
  borda: z.number().nullable(),
});
export type JurorBreakdown = z.infer<typeof JurorBreakdownSchema>;

export const CriterionBreakdownSchema = z.object({
  criterionId: z.string(),
  kind: z.enum(['judged', 'indicator']),
  /** The criterion's normalised weight (weights of the category sum to 1). */
  weightShare: z.number(),
  /** Indicator: the measured value given, or null. */
  measured: z.number().nullable(),
  /** The consensus on this criterion, 0–100 (the method's average where it has one, else the mean). */
  consensus: ExactScoreSchema.nullable(),
});
export type CriterionBreakdown = z.infer<typeof CriterionBreakdownSchema>;

export const InsufficientReason = z.enum(['quorum', 'indicator']);
export type InsufficientReason = z.infer<typeof InsufficientReason>;

export const NomineeResultSchema = z.object({
  nomineeId: z.string(),
  name: z.string(),
  /** Competition rank (1, 1, 3) after the tie chain; null when insufficient. */
  rank: z.number().int().nullable(),
  /** The consensus score on 0–100 (z-score: rescaled to the panel's mean and spread); null when nobody counted. */
  score: ExactScoreSchema.nullable(),
  insufficient: z.boolean(),
  insufficientReason: InsufficientReason.nullable(),
  /** How many jurors were counted for this nominee. */
  jurorCount: z.number().int(),
  breakdown: z.object({ jurors: z.array(JurorBreakdownSchema), criteria: z.array(CriterionBreakdownSchema) }),
});
export type NomineeResult = z.infer<typeof NomineeResultSchema>;

export const TieBreakRecordSchema = z.object({
  /** The rank the tied nominees held before this step. */
  rank: z.number().int(),
  nomineeIds: z.array(z.string()),
  /** Index of the step in the category's tie chain; null when no step separated them (shared rank). */
  step: z.number().int().nullable(),
  kind: z.enum(['criterion', 'firstPlaces', 'chair', 'shared']),
  criterionId: z.string().nullable(),
  /** The order the step produced, best first; nominees still tied share a group. */
  groups: z.array(z.array(z.string())),
  /** The ketua's recorded reason (chair step only). */
  reason: z.string().nullable(),
});
export type TieBreakRecord = z.infer<typeof TieBreakRecordSchema>;

export const WinnerSchema = z.object({ nomineeId: z.string(), rank: z.number().int(), title: z.string().nullable() });
export type Winner = z.infer<typeof WinnerSchema>;

export const CategoryResultSchema = z.object({
  categoryId: z.string(),
  name: z.string(),
  method: ScoringMethod,
  /** Ranked nominees first (by rank, then name), then the insufficient ones. */
  ranking: z.array(NomineeResultSchema),
  tieBreaks: z.array(TieBreakRecordSchema),
  winners: z.array(WinnerSchema),
});
export type CategoryResult = z.infer<typeof CategoryResultSchema>;
