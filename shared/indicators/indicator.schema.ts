import { z } from 'zod';
import { Direction, Id } from '../award/award.schema';
import { IndicatorRuleSchema } from '../scoring/scoring-input.schema';

/**
 * Indicator data: measured values (survey completion, budget share, account use) per nominee and
 * indicator criterion, imported from a CSV/XLSX sheet or typed by the secretariat with a reason.
 * Every change is an 'indicator' event; the current value is its projection.
 */
export const IndicatorProblemReason = z.enum([
  'unknown_category',
  'no_header',
  'unknown_column',
  'unknown_nominee',
  'ambiguous_nominee',
  'duplicate',
  'not_a_number',
  'percent_out_of_range',
  'out_of_scale',
  'no_values',
]);
export type IndicatorProblemReason = z.infer<typeof IndicatorProblemReason>;

export const IndicatorProblemSchema = z.object({
  sheet: z.string(),
  /** The row as the user sees it in the spreadsheet (1-based), or null for the whole sheet. */
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  reason: IndicatorProblemReason,
  /** Already translated, says what to fix. */
  message: z.string(),
});
export type IndicatorProblem = z.infer<typeof IndicatorProblemSchema>;

export const IndicatorChangeStatus = z.enum(['new', 'changed', 'unchanged']);
export type IndicatorChangeStatus = z.infer<typeof IndicatorChangeStatus>;

/** One value read from the file, against the value the award file holds now. */
export const IndicatorReadValueSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  nomineeId: Id,
  nominee: z.string(),
  criterionId: Id,
  criterion: z.string(),
  value: z.number(),
  current: z.number().nullable(),
  status: IndicatorChangeStatus,
});
export type IndicatorReadValue = z.infer<typeof IndicatorReadValueSchema>;

export const IndicatorPreviewSchema = z.object({
  fileName: z.string(),
  sheet: z.string(),
  categoryId: Id.nullable(),
  category: z.string().nullable(),
  /** Criterion ids the file has a column for. */
  criterionIds: z.array(Id),
  rows: z.number().int(),
  values: z.array(IndicatorReadValueSchema),
  problems: z.array(IndicatorProblemSchema),
  /** Values an import would write (new or changed). */
  changes: z.number().int(),
  unchanged: z.number().int(),
  /** True once the values are in the award file (import only). */
  written: z.boolean(),
});
export type IndicatorPreview = z.infer<typeof IndicatorPreviewSchema>;

export const IndicatorFileSchema = z.object({
  /** Omitted: the category is recognised from the file's columns. */
  categoryId: Id.optional(),
  fileName: z.string().trim().min(1).max(260),
  /** The file's bytes, base64-encoded (at most ~4 MB). */
  base64: z.string().max(6_000_000, { error: 'errors.tooLong' }),
  /** One worksheet of an XLSX; the first with indicator columns when omitted. */
  sheet: z.string().max(100).optional(),
});
export type IndicatorFile = z.infer<typeof IndicatorFileSchema>;

export const IndicatorTemplateRequestSchema = z.object({
  categoryId: Id,
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

export const IndicatorCriterionSchema = z.object({
  id: Id,
  name: z.string(),
  unit: z.string(),
  weight: z.number(),
  direction: Direction,
  scale: z.object({ min: z.number(), max: z.number() }),
  rule: IndicatorRuleSchema.nullable(),
  /** The rule in the caller's language: "min–maks: makin tinggi makin baik". */
  ruleText: z.string(),
});
export type IndicatorCriterion = z.infer<typeof IndicatorCriterionSchema>;

export const IndicatorValueSchema = z.object({
  nomineeId: Id,
  criterionId: Id,
  value: z.number().nullable(),
  /** `import:<file>#<sheet>!<row>` or `manual`. */
  source: z.string(),
  at: z.string(),
});
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

export const IndicatorListSchema = z.object({
  category: z.object({ id: Id, name: z.string() }),
  criteria: z.array(IndicatorCriterionSchema),
  nominees: z.array(z.object({ id: Id, name: z.string(), code: z.string() })),
  values: z.array(IndicatorValueSchema),
});
export type IndicatorList = z.infer<typeof IndicatorListSchema>;

export const REASON_MIN = 5;

export const SetIndicatorSchema = z.object({
  categoryId: Id,
  nomineeId: Id,
  criterionId: Id,
  /** null clears the value. */
  value: z.number().finite().nullable(),
  reason: z
    .string()
    .trim()
    .min(REASON_MIN, { error: 'errors.indicator.reasonTooShort' })
    .max(500, { error: 'errors.tooLong' }),
});
export type SetIndicator = z.infer<typeof SetIndicatorSchema>;

export const SetIndicatorRuleSchema = z.object({
  criterionId: Id,
  /** null = min–max across the category's nominees. */
  rule: IndicatorRuleSchema.nullable(),
  direction: Direction.optional(),
});
export type SetIndicatorRule = z.infer<typeof SetIndicatorRuleSchema>;

export const IndicatorHistoryEntrySchema = z.object({
  at: z.string(),
  actor: z.object({ id: Id, name: z.string() }).nullable(),
  nomineeId: Id,
  nominee: z.string(),
  criterionId: Id,
  criterion: z.string(),
  old: z.number().nullable(),
  value: z.number().nullable(),
  source: z.string(),
  /** The secretariat's reason for a manual change. */
  reason: z.string().nullable(),
});
export type IndicatorHistoryEntry = z.infer<typeof IndicatorHistoryEntrySchema>;
