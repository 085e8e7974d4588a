import type { Scale } from '../award/award.schema';

/** Why a score is refused: an `errors.*` key and its parameters (the allowed range). */
export interface ScoreProblem {
  key: 'errors.scoreOutOfRange' | 'errors.scoreOffStep';
  params: { min: number; max: number; step: number };
}

// Scales have at most 4 decimals (the setup schema enforces it), so scaled to 10^4 they are integers.
const UNITS = 10_000;
const units = (n: number) => Math.round(n * UNITS);

/**
 * Checks a score against its criterion's scale: inside [min, max] and on a step from min.
 * Compared in integer units of 10^-4 so 0.1-steps are not refused by binary rounding.
 */
export function checkScore(scale: Scale, value: number): ScoreProblem | null {
  const params = { min: scale.min, max: scale.max, step: scale.step };
  if (!Number.isFinite(value) || value < scale.min || value > scale.max)
    return { key: 'errors.scoreOutOfRange', params };
  if (Math.abs(value * UNITS - units(value)) > 1e-6) return { key: 'errors.scoreOffStep', params };
  if ((units(value) - units(scale.min)) % units(scale.step) !== 0) return { key: 'errors.scoreOffStep', params };
  return null;
}

export interface TotalCriterion {
  id: string;
  weight: number;
  scale: Scale;
  kind: 'judged' | 'indicator';
}

/**
 * A juror's running weighted total for one nominee on 0–100, over the judged criteria they can
 * score: each score mapped from its scale to 0–100, weighted by the criterion weights (normalised).
 * `complete` says whether every judged criterion has a score. For display while scoring only;
 * published results come from the exact scoring engine.
 */
export function runningTotal(
  criteria: readonly TotalCriterion[],
  valueOf: (criterionId: string) => number | null | undefined,
): { total: number | null; complete: boolean } {
  const judged = criteria.filter((c) => c.kind === 'judged');
  const weightSum = judged.reduce((sum, c) => sum + c.weight, 0);
  let total = 0;
  let scored = 0;
  for (const c of judged) {
    const v = valueOf(c.id);
    if (v === null || v === undefined) continue;
    scored += 1;
    total += (((v - c.scale.min) / (c.scale.max - c.scale.min)) * 100 * c.weight) / weightSum;
  }
  return {
    total: scored === 0 || weightSum === 0 ? null : total,
    complete: scored === judged.length && judged.length > 0,
  };
}
