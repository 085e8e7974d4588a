import { z } from 'zod';
import { WinnerSchema } from './scoring-result.schema';

/** Agreement and robustness of one category's result, shown before the jury signs. */

/** An i18n key of the `scoring` namespace (see verdict-messages.ts) and its parameters. */
export const VerdictReasonSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type VerdictReason = z.infer<typeof VerdictReasonSchema>;

export const AgreementSchema = z.object({
  /** Kendall's W, tie-corrected; null when fewer than 2 jurors or 2 nominees could be compared. */
  kendallW: z.number().nullable(),
  /** W as an exact fraction `num/den`. */
  kendallWExact: z.string().nullable(),
  chiSquare: z.number().nullable(),
  df: z.number().int().nullable(),
  /** Upper-tail chi-square probability: small p means the agreement is unlikely to be chance. */
  p: z.number().nullable(),
  /** The jurors and nominees that entered W (a complete block: every juror scored every nominee). */
  jurorIds: z.array(z.string()),
  nomineeIds: z.array(z.string()),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const JurorAgreementSchema = z.object({
  jurorId: z.string(),
  /** Spearman correlation of this juror's totals with the consensus of the other jurors. */
  spearman: z.number().nullable(),
  /** Number of nominees the correlation was computed on. */
  nominees: z.number().int(),
  outlier: z.boolean(),
});
export type JurorAgreement = z.infer<typeof JurorAgreementSchema>;

export const ScenarioSchema = z.object({
  winners: z.array(WinnerSchema),
  winnersChanged: z.boolean(),
});

export const AnalysisSchema = z.object({
  categoryId: z.string(),
  agreement: AgreementSchema,
  jurors: z.array(JurorAgreementSchema),
  leaveOneOut: z.array(ScenarioSchema.extend({ jurorId: z.string() })),
  weights: z.array(ScenarioSchema.extend({ criterionId: z.string(), factor: z.enum(['0.9', '1.1']) })),
  verdict: z.object({
    stable: z.boolean(),
    /** Why the result is sensitive (empty when stable). */
    reasons: z.array(VerdictReasonSchema),
    /** Worth reading but not a reason to call the result sensitive (outlier jurors, low agreement). */
    notes: z.array(VerdictReasonSchema),
  }),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
