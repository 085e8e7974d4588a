import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import { scoringFor } from '../scoring/scoring.service';
import { categoryInputs } from './results.service';
import { computeCategory } from '../../scoring/compute-category';
import { setKey } from './chair-decisions';

/**
 * Records the ketua's decision on a tie the chain could not break: the order of exactly the tied
 * nominees, with a reason. Refused unless the category's chain ends in the ketua's decision and
 * these nominees are tied there now (a decision may be changed while they still are).
 */
export async function decideTie(
  award: AwardDb,
  actorId: string,
  decision: { categoryId: string; nomineeIds: string[]; reason: string },
  now = new Date(),
): Promise<void> {
  scoringFor(award).requireUnsealed(decision.categoryId);
  const [input] = await categoryInputs(award, decision.categoryId);
  if (!input) throw new UserError('not_found', 'errors.notFound', { what: decision.categoryId });
  if (!input.tieBreak.some((s) => s.kind === 'chair')) {
    throw new UserError('invalid_input', 'errors.tieNoChairStep');
  }
  const wanted = setKey(decision.nomineeIds);
  if (new Set(decision.nomineeIds).size !== decision.nomineeIds.length) {
    throw new UserError('invalid_input', 'errors.tieNotTied');
  }
  const { tieBreaks } = computeCategory(input, { breakdown: false });
  const open = tieBreaks.some(
    (tb) => (tb.kind === 'shared' || tb.kind === 'chair') && setKey(tb.nomineeIds) === wanted,
  );
  if (!open) throw new UserError('invalid_input', 'errors.tieNotTied');
  const text = JSON.stringify({ nomineeIds: decision.nomineeIds, reason: decision.reason.trim() });
  scoringFor(award).log.append(now, () => ({
    drafts: [{ type: 'tiebreak', actor_id: actorId, category_id: decision.categoryId, text }],
    result: () => undefined,
  }));
}
