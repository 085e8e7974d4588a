import { z } from 'zod';
import { WinnerSchema } from './scoring-result.schema';

/** Agreement and robustness of one category's result, shown before the jury signs. */

/**
 * A sentence for the jury: an i18n key of the `results` namespace, written with its namespace
 * (`results.verdict.looChanged`), and its parameters (names, not ids). `describeVerdict` renders it.
 */
export const VerdictReasonSchema = z.object({
  key: z.string().regex(/^results\./),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type VerdictReason = z.infer<typeof VerdictReasonSchema>;

export const AgreementSchema = z.object({
  /** Kendall's W, tie-corrected; null when fewer than 2 jurors or 2 nominees could be compared. */
  kendallW: z.number().min(0).max(1).nullable(),
  /** W as an exact reduced fraction `num/den`. */
  kendallWExact: z
    .string()
    .regex(/^\d+\/[1-9]\d*$/)
    .nullable(),
  /** m(n − 1)W, the Friedman statistic with the tie correction. */
  chiSquare: z.number().nullable(),
  df: z.number().int().nullable(),
  /** Upper-tail chi-square probability: small p means the agreement is unlikely to be chance. */
  p: z.number().min(0).max(1).nullable(),
  /** The complete block W was computed on: every juror listed has a total for every nominee listed. */
  jurorIds: z.array(z.string()),
  nomineeIds: z.array(z.string()),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const JurorAgreementSchema = z.object({
  jurorId: z.string(),
  /** Spearman's ρ of this juror's totals with the consensus of the other jurors (tie-aware). */
  spearman: z.number().min(-1).max(1).nullable(),
  /** Number of nominees the correlation was computed on. */
  nominees: z.number().int(),
  outlier: z.boolean(),
});
export type JurorAgreement = z.infer<typeof JurorAgreementSchema>;

export const ScenarioSchema = z.object({
  winners: z.array(WinnerSchema),
  /** False when the scenario cannot rank a nominee the real result ranks (too few jurors left). */
  assessed: z.boolean(),
  /** Another set of winners. */
  winnersChanged: z.boolean(),
  /** The same winners in other places (or other titles). */
  placesChanged: z.boolean(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;

export const WeightFactor = z.enum(['0.9', '1.1']);
export type WeightFactor = z.infer<typeof WeightFactor>;

export const VerdictSchema = z.object({
  /** stable: no scenario changed the winners or their places; undetermined: nobody can be ranked yet. */
  status: z.enum(['stable', 'sensitive', 'undetermined']),
  stable: z.boolean(),
  /** Why the result is sensitive or undetermined (empty when stable). */
  reasons: z.array(VerdictReasonSchema),
  /** Worth reading but not a reason to call the result sensitive (outlier jurors, low agreement). */
  notes: z.array(VerdictReasonSchema),
});
export type Verdict = z.infer<typeof VerdictSchema>;

export const AnalysisSchema = z.object({
  categoryId: z.string(),
  agreement: AgreementSchema,
  jurors: z.array(JurorAgreementSchema),
  /** The result without each juror in turn (the quorum lowered by one). */
  leaveOneOut: z.array(ScenarioSchema.extend({ jurorId: z.string() })),
  /** The result with one criterion's weight × 0.9 or × 1.1, the others unchanged. */
  weights: z.array(ScenarioSchema.extend({ criterionId: z.string(), factor: WeightFactor })),
  verdict: VerdictSchema,
});
export type Analysis = z.infer<typeof AnalysisSchema>;
