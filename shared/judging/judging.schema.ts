import { z } from 'zod';
import {
  CriterionKind,
  Direction,
  Id,
  JurorRole,
  NomineeKind,
  PinSchema,
  RubricLevelSchema,
  ScaleSchema,
} from '../award/award.schema';

/**
 * What the juror workspace exchanges with main: sign-in, one juror's sheet per category,
 * saves, submissions and the score history. A juror only ever receives their own scores.
 */

/** A juror as the sign-in screen lists them: never a PIN hash. */
export const RosterEntrySchema = z.object({
  id: Id,
  name: z.string(),
  title: z.string(),
  role: JurorRole,
  hasPin: z.boolean(),
  /** ISO time until which sign-in is refused after too many wrong PINs, or null. */
  lockedUntil: z.string().nullable(),
});
export type RosterEntry = z.infer<typeof RosterEntrySchema>;

export const SessionSchema = z.object({
  jurorId: Id,
  name: z.string(),
  role: JurorRole,
  /** True where this session may reopen sheets and release results (the ketua). */
  isChair: z.boolean(),
  /** True where this session may act for the secretariat (ketua or sekretaris): ballots, all histories. */
  isSecretariat: z.boolean(),
});
export type Session = z.infer<typeof SessionSchema>;

export const SignInSchema = z.object({ jurorId: Id, pin: PinSchema });
export const SetPinSchema = z
  .object({ jurorId: Id, pin: PinSchema, confirm: z.string() })
  .refine((v) => v.pin === v.confirm, { path: ['confirm'], error: 'errors.pinMismatch' });

export const SheetStatus = z.enum(['open', 'submitted']);
export type SheetStatus = z.infer<typeof SheetStatus>;

export const ProgressSchema = z.object({ done: z.number().int(), due: z.number().int() });
export type Progress = z.infer<typeof ProgressSchema>;

export const SheetCriterionSchema = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  weight: z.number(),
  kind: CriterionKind,
  scale: ScaleSchema,
  unit: z.string(),
  direction: Direction,
  rubric: z.array(RubricLevelSchema),
});
export type SheetCriterion = z.infer<typeof SheetCriterionSchema>;

export const SheetNomineeSchema = z.object({
  id: Id,
  name: z.string(),
  kind: NomineeKind,
  regionCode: z.string().nullable(),
  /** The juror declared a conflict of interest: the row is locked for them. */
  conflict: z.boolean(),
});
export type SheetNominee = z.infer<typeof SheetNomineeSchema>;

export const CellSchema = z.object({
  nomineeId: Id,
  criterionId: Id,
  value: z.number().nullable(),
  comment: z.string(),
});
export type Cell = z.infer<typeof CellSchema>;

export const NoteSchema = z.object({ nomineeId: Id, text: z.string() });

/** One juror's sheet for one category: everything the grid and the nominee view need. */
export const SheetSchema = z.object({
  category: z.object({ id: Id, name: z.string(), description: z.string() }),
  juror: z.object({ id: Id, name: z.string() }),
  status: SheetStatus,
  criteria: z.array(SheetCriterionSchema),
  nominees: z.array(SheetNomineeSchema),
  cells: z.array(CellSchema),
  notes: z.array(NoteSchema),
  /** The measured values of the category's indicator criteria (read-only for jurors; the secretariat imports them). */
  measured: z.array(z.object({ nomineeId: Id, criterionId: Id, value: z.number() })),
  progress: ProgressSchema,
});
export type Sheet = z.infer<typeof SheetSchema>;

export const OverviewSchema = z.object({
  juror: z.object({ id: Id, name: z.string(), role: JurorRole }),
  categories: z.array(
    z.object({
      id: Id,
      name: z.string(),
      status: SheetStatus,
      progress: ProgressSchema,
      judgedCriteria: z.number().int(),
    }),
  ),
  progress: ProgressSchema,
  /** Whether the ketua has released the results to the jurors. */
  released: z.boolean(),
});
export type Overview = z.infer<typeof OverviewSchema>;

export const CellKeySchema = z.object({ categoryId: Id, nomineeId: Id, criterionId: Id });
export const SaveScoreSchema = CellKeySchema.extend({
  /** The new score, or null to clear the cell. */
  value: z.number({ error: 'errors.number' }).finite({ error: 'errors.number' }).nullable(),
});
export type SaveScore = z.infer<typeof SaveScoreSchema>;
export const SaveCommentSchema = CellKeySchema.extend({ text: z.string().max(2000, { error: 'errors.tooLong' }) });
export const SaveNoteSchema = z.object({
  categoryId: Id,
  nomineeId: Id,
  text: z.string().max(10_000, { error: 'errors.tooLong' }),
});

export const SavedCellSchema = z.object({
  cell: CellSchema,
  /** The device time of the saved event (ISO); the time of the call when nothing changed. */
  savedAt: z.string(),
});
export type SavedCell = z.infer<typeof SavedCellSchema>;

/**
 * Every kind of event in the log. 'indicator' is a measured value (no juror); 'tiebreak' the ketua's
 * decision on a tie; 'resolve' the secretariat's decision on a merge conflict; 'finalise' and
 * 'approve' seal a category's results and record each juror's approval of the decision sheet.
 */
export const EventType = z.enum([
  'score',
  'comment',
  'note',
  'submit',
  'reopen',
  'release',
  'indicator',
  'tiebreak',
  'resolve',
  'finalise',
  'approve',
]);
export type EventType = z.infer<typeof EventType>;

/** One entry of the append-only history, resolved to names for display. */
export const HistoryEntrySchema = z.object({
  deviceId: z.string(),
  seq: z.number().int(),
  at: z.string(),
  type: EventType,
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  juror: z.object({ id: z.string(), name: z.string() }).nullable(),
  categoryId: z.string().nullable(),
  nominee: z.object({ id: z.string(), name: z.string() }).nullable(),
  criterion: z.object({ id: z.string(), name: z.string() }).nullable(),
  oldValue: z.number().nullable(),
  value: z.number().nullable(),
  text: z.string().nullable(),
  source: z.string(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const HistoryFilterSchema = z.object({
  jurorId: Id.optional(),
  categoryId: Id.optional(),
  nomineeId: Id.optional(),
  criterionId: Id.optional(),
  limit: z.number().int().min(1).max(5000).default(500),
});
export type HistoryFilter = z.infer<typeof HistoryFilterSchema>;

export const SheetStatusRowSchema = z.object({
  jurorId: Id,
  juror: z.string(),
  categoryId: Id,
  category: z.string(),
  status: SheetStatus,
  progress: ProgressSchema,
});
export type SheetStatusRow = z.infer<typeof SheetStatusRowSchema>;

export const ReopenSchema = z.object({
  jurorId: Id,
  categoryId: Id,
  reason: z.string().trim().min(5, { error: 'errors.reasonRequired' }).max(1000, { error: 'errors.tooLong' }),
});
