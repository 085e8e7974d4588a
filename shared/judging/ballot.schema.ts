import { z } from 'zod';
import { Id } from '../award/award.schema';

/**
 * Paper ballots: one juror's scores typed into a CSV or XLSX sheet by the secretariat. A sheet has
 * one row per nominee and one column per judged criterion of a category; the preview lists every
 * bad row before anything is written, and an import writes all cells or none.
 */
export const BallotProblemReason = z.enum([
  'unknown_category',
  'unknown_nominee',
  'ambiguous_nominee',
  'unknown_criterion',
  'not_a_number',
  'out_of_range',
  'off_step',
  'duplicate',
  'conflict',
  'sheet_submitted',
  'no_scores',
]);
export type BallotProblemReason = z.infer<typeof BallotProblemReason>;

export const BallotProblemSchema = z.object({
  sheet: z.string(),
  /** The row as the user sees it in the spreadsheet (1-based), or null for the whole sheet. */
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  reason: BallotProblemReason,
  /** Already translated, says what to fix. */
  message: z.string(),
});
export type BallotProblem = z.infer<typeof BallotProblemSchema>;

export const BallotCellSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  categoryId: Id,
  nomineeId: Id,
  nominee: z.string(),
  criterionId: Id,
  criterion: z.string(),
  value: z.number(),
  /** The juror's current value in the award file, if any. */
  current: z.number().nullable(),
});
export type BallotCell = z.infer<typeof BallotCellSchema>;

export const BallotPreviewSchema = z.object({
  juror: z.object({ id: Id, name: z.string() }),
  fileName: z.string(),
  sheets: z.array(
    z.object({ sheet: z.string(), categoryId: Id.nullable(), category: z.string().nullable(), rows: z.number().int() }),
  ),
  cells: z.array(BallotCellSchema),
  problems: z.array(BallotProblemSchema),
  /** Cells whose value differs from the award file (what an import would write). */
  changes: z.number().int(),
});
export type BallotPreview = z.infer<typeof BallotPreviewSchema>;

export const BallotFileSchema = z.object({
  jurorId: Id,
  fileName: z.string().trim().min(1).max(260),
  /** The file's bytes, base64-encoded (at most ~4 MB). */
  base64: z.string().max(6_000_000, { error: 'errors.tooLong' }),
});
export type BallotFile = z.infer<typeof BallotFileSchema>;

export const BallotTemplateRequestSchema = z.object({
  jurorId: Id,
  /** One category, or every category with judged criteria (one sheet each) when omitted. */
  categoryId: Id.optional(),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

export const DownloadSchema = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type Download = z.infer<typeof DownloadSchema>;
