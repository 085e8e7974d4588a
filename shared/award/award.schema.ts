import { z } from 'zod';
import { IndicatorRuleSchema, ScoringMethod, WinnersRuleSchema } from '../scoring/scoring-input.schema';

/**
 * The award's setup: what the secretariat defines before the jury meets.
 * Error messages are i18n keys (`errors.*`) so every host shows them in the user's language.
 */

export const Id = z.string().trim().min(1, { error: 'errors.required' }).max(64);

const requiredText = (max = 200) =>
  z.string().trim().min(1, { error: 'errors.required' }).max(max, { error: 'errors.tooLong' });
const optionalText = (max = 2000) => z.string().trim().max(max, { error: 'errors.tooLong' });

/** A calendar date as `YYYY-MM-DD`, or null when not set yet. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'errors.date' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), { error: 'errors.date' });

/** A number with at most 4 decimals, so weights and scales stay exact as decimals. */
const decimal = z
  .number({ error: 'errors.number' })
  .finite({ error: 'errors.number' })
  .refine((n) => Math.abs(n * 10_000 - Math.round(n * 10_000)) < 1e-6, {
    error: 'errors.decimals',
  });

export const ProgrammeSchema = z
  .object({
    name: requiredText(),
    organiser: requiredText(),
    place: optionalText(200),
    startDate: IsoDate.nullable(),
    endDate: IsoDate.nullable(),
    decisionDate: IsoDate.nullable(),
    decisionPlace: optionalText(200),
  })
  .check((ctx) => {
    const { startDate, endDate } = ctx.value;
    if (startDate && endDate && endDate < startDate) {
      ctx.issues.push({ code: 'custom', path: ['endDate'], message: 'errors.endBeforeStart', input: endDate });
    }
  });
export type Programme = z.infer<typeof ProgrammeSchema>;

export const SignatorySchema = z.object({
  id: Id,
  name: requiredText(),
  title: optionalText(200),
  position: requiredText(),
});
export type Signatory = z.infer<typeof SignatorySchema>;
export const SignatoryInputSchema = SignatorySchema.extend({ id: Id.optional() });
export type SignatoryInput = z.infer<typeof SignatoryInputSchema>;

export const ScaleSchema = z
  .object({ min: decimal, max: decimal, step: decimal.refine((n) => n > 0, { error: 'errors.stepPositive' }) })
  .check((ctx) => {
    const { min, max, step } = ctx.value;
    if (max <= min) {
      ctx.issues.push({ code: 'custom', path: ['max'], message: 'errors.maxAboveMin', input: max });
    } else if (step > max - min) {
      ctx.issues.push({ code: 'custom', path: ['step'], message: 'errors.stepTooLarge', input: step });
    }
  });
export type Scale = z.infer<typeof ScaleSchema>;

export const RubricLevelSchema = z.object({
  label: requiredText(100),
  min: decimal,
  max: decimal,
  descriptor: optionalText(2000),
});
export type RubricLevel = z.infer<typeof RubricLevelSchema>;

export const CriterionKind = z.enum(['judged', 'indicator']);
export type CriterionKind = z.infer<typeof CriterionKind>;
export const Direction = z.enum(['higher', 'lower']);
export type Direction = z.infer<typeof Direction>;

export const CriterionFields = z.object({
  id: Id,
  categoryId: Id,
  name: requiredText(),
  description: optionalText(),
  weight: decimal.refine((n) => n > 0, { error: 'errors.weightPositive' }),
  kind: CriterionKind,
  scale: ScaleSchema,
  /** Indicator only: the unit of the measured value, e.g. `%`. */
  unit: optionalText(40),
  /** Indicator only: whether a higher or a lower measured value is better. */
  direction: Direction,
  rubric: z.array(RubricLevelSchema).max(20),
  /** Indicator only: how the measured value becomes 0–100; null = min–max across the nominees. */
  rule: IndicatorRuleSchema.nullable().default(null),
});

export function checkRubric(ctx: z.core.ParsePayload<Pick<z.infer<typeof CriterionFields>, 'scale' | 'rubric'>>): void {
  const { scale, rubric } = ctx.value;
  rubric.forEach((level, i) => {
    if (level.min > level.max) {
      ctx.issues.push({ code: 'custom', path: ['rubric', i, 'max'], message: 'errors.maxAboveMin', input: level.max });
    }
    if (level.min < scale.min || level.max > scale.max) {
      ctx.issues.push({
        code: 'custom',
        path: ['rubric', i, 'min'],
        message: 'errors.rubricOutsideScale',
        input: level.min,
      });
    }
  });
}

export const CriterionSchema = CriterionFields.check(checkRubric);
export type Criterion = z.infer<typeof CriterionSchema>;
export const CriterionInputSchema = CriterionFields.extend({ id: Id.optional() }).check(checkRubric);
export type CriterionInput = z.infer<typeof CriterionInputSchema>;

/** One step of a category's tie-break chain as set up; the ketua's decisions are recorded at the venue. */
export const TieBreakSetupStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('criterion'), criterionId: Id }),
  z.object({ kind: z.literal('firstPlaces') }),
  z.object({ kind: z.literal('chair') }),
]);
export type TieBreakSetupStep = z.infer<typeof TieBreakSetupStepSchema>;

export const DEFAULT_WINNER_TITLES = ['Terbaik I', 'Terbaik II', 'Terbaik III'];

/** How a category is ranked. Every field has a default, so older files and templates read as before. */
export const CategoryScoringSchema = z.object({
  method: ScoringMethod.default('mean'),
  /** Trimmed mean: how many of the highest and of the lowest juror totals to drop per nominee. */
  trimK: z.number().int().min(0).max(10).default(1),
  /** The least number of jurors who must have scored a nominee for it to be ranked. */
  quorum: z.number().int().min(1).max(100).default(2),
  winners: WinnersRuleSchema.default({ kind: 'titles', titles: DEFAULT_WINNER_TITLES }),
  tieBreak: z
    .array(TieBreakSetupStepSchema)
    .max(10)
    .default([{ kind: 'firstPlaces' }, { kind: 'chair' }]),
});
export type CategoryScoring = z.infer<typeof CategoryScoringSchema>;

export const CategorySchema = z.object({
  id: Id,
  name: requiredText(),
  description: optionalText(),
  /** Ids of the nominees that compete in this category. */
  nomineeIds: z.array(Id),
  criteria: z.array(CriterionSchema),
  scoring: CategoryScoringSchema.default(CategoryScoringSchema.parse({})),
});
export type Category = z.infer<typeof CategorySchema>;
export const CategoryInputSchema = z.object({
  id: Id.optional(),
  name: requiredText(),
  description: optionalText(),
  /** Omitted: the category keeps how it is ranked. */
  scoring: CategoryScoringSchema.optional(),
});
export type CategoryInput = z.infer<typeof CategoryInputSchema>;

export const NomineeKind = z.enum(['province', 'regency', 'city', 'custom']);
export type NomineeKind = z.infer<typeof NomineeKind>;

export const NomineeSchema = z.object({
  id: Id,
  kind: NomineeKind,
  name: requiredText(),
  /** Kemendagri code (`64` or `64.72`) for a region; null for a custom nominee. */
  regionCode: z
    .string()
    .regex(/^\d{2}(\.\d{2})?$/, { error: 'errors.regionCode' })
    .nullable(),
  description: optionalText(),
});
export type Nominee = z.infer<typeof NomineeSchema>;
export const CustomNomineeInputSchema = z.object({
  id: Id.optional(),
  name: requiredText(),
  description: optionalText(),
});
export type CustomNomineeInput = z.infer<typeof CustomNomineeInputSchema>;

export const JurorRole = z.enum(['ketua', 'sekretaris', 'anggota']);
export type JurorRole = z.infer<typeof JurorRole>;

export const ConflictSchema = z.object({ nomineeId: Id, reason: optionalText(500) });
export type Conflict = z.infer<typeof ConflictSchema>;

/** A PIN of 4 to 8 digits. */
export const PinSchema = z.string().regex(/^\d{4,8}$/, { error: 'errors.pin' });

export const JurorSchema = z.object({
  id: Id,
  name: requiredText(),
  title: optionalText(200),
  role: JurorRole,
  hasPin: z.boolean(),
  conflicts: z.array(ConflictSchema),
});
export type Juror = z.infer<typeof JurorSchema>;
export const JurorInputSchema = z.object({
  id: Id.optional(),
  name: requiredText(),
  title: optionalText(200),
  role: JurorRole,
  /** A new PIN; omit or null to keep the current one. */
  pin: PinSchema.nullable().optional(),
});
export type JurorInput = z.infer<typeof JurorInputSchema>;

export const AwardInfoSchema = z.object({
  id: z.uuid(),
  deviceId: z.uuid(),
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  programme: ProgrammeSchema,
});
export type AwardInfo = z.infer<typeof AwardInfoSchema>;

/** Everything the setup screens show, read in one go from the award file. */
export const AwardSetupSchema = z.object({
  award: AwardInfoSchema,
  filePath: z.string(),
  signatories: z.array(SignatorySchema),
  categories: z.array(CategorySchema),
  nominees: z.array(NomineeSchema),
  jurors: z.array(JurorSchema),
});
export type AwardSetup = z.infer<typeof AwardSetupSchema>;
