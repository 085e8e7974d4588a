import { z } from 'zod';
import { Id } from '../award/award.schema';

/** The ketua's decision on a tie: the tied nominees, best first, and the recorded reason. */
export const TieDecisionSchema = z.object({ nomineeIds: z.array(Id).min(2), reason: z.string().min(1) });
export type TieDecision = z.infer<typeof TieDecisionSchema>;

/** What the ketua submits for a category (the reason is what the decision sheet will print). */
export const DecideTieSchema = z.object({
  categoryId: Id,
  nomineeIds: z.array(Id).min(2),
  reason: z.string().trim().min(5, { error: 'errors.reasonRequired' }).max(1000, { error: 'errors.tooLong' }),
});
export type DecideTie = z.infer<typeof DecideTieSchema>;
