import type { Conflict, ResolveInput } from '../../../shared/merge/merge.schema';
import { checkScore } from '../../../shared/judging/score-rules';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import type { EventDraft } from '../scoring/event-log';
import { scoringFor } from '../scoring/scoring.service';
import { listConflicts, RESOLVE_SOURCE } from './conflicts';

/**
 * Records the secretariat's decision on a conflict as a 'resolve' event (value, reason, conflict id).
 * For a score conflict the chosen value is also written as a score event of this device, so the
 * current state stays a fold of the events. A quarantine is acknowledged: its events stay, uncounted.
 */
export function resolveConflict(
  award: AwardDb,
  actorId: string | null,
  input: ResolveInput,
  now = new Date(),
): Conflict {
  const log = scoringFor(award).log;
  log.append(now, () => {
    const conflict = listConflicts(award.sqlite).find((c) => c.id === input.conflictId);
    if (!conflict) throw new UserError('not_found', 'errors.merge.conflictNotFound');
    if (conflict.resolved) throw new UserError('conflict', 'errors.merge.alreadyResolved');
    const cell = {
      juror_id: conflict.jurorId,
      category_id: conflict.categoryId,
      nominee_id: conflict.nomineeId,
      criterion_id: conflict.criterionId,
    };
    const scored = conflict.kind !== 'quarantine' && conflict.versions.length > 0;
    if (scored && input.value !== null) {
      const scale = award.sqlite
        .prepare<[string, string], { min: number; max: number; step: number }>(
          'SELECT scale_min AS min, scale_max AS max, scale_step AS step FROM criterion WHERE id = ? AND category_id = ?',
        )
        .get(conflict.criterionId ?? '', conflict.categoryId ?? '');
      const problem = scale ? checkScore(scale, input.value) : null;
      if (problem)
        throw new UserError('invalid_input', problem.key, problem.params, [{ path: ['value'], message: problem.key }]);
    }
    const drafts: EventDraft[] = [
      {
        type: 'resolve',
        actor_id: actorId,
        ...cell,
        value: scored ? input.value : null,
        text: JSON.stringify({ conflictId: conflict.id, kind: conflict.kind, reason: input.reason }),
        source: 'merge',
      },
    ];
    if (scored) {
      drafts.push({
        type: 'score',
        actor_id: actorId,
        ...cell,
        value: input.value,
        old_value: conflict.current,
        source: RESOLVE_SOURCE,
      });
    }
    return { drafts, result: () => undefined };
  });
  const after = listConflicts(award.sqlite).find((c) => c.id === input.conflictId);
  if (!after) throw new Error('resolved conflict vanished');
  return after;
}
