import type { ScoringCriterion } from '../../shared/scoring/scoring-input.schema';
import { HUNDRED, ZERO, cmp, div, fromNumber, mul, rat, sub, type Rational } from './rational';

/**
 * Maps an indicator's measured values (one per nominee, possibly missing) to 0–100 by its rule.
 * Relative rules (min–max, rank) look only at the nominees that have a value.
 */
export function mapIndicator(
  criterion: ScoringCriterion,
  measured: ReadonlyMap<string, number>,
  nomineeIds: readonly string[],
): Map<string, Rational | null> {
  const lowerIsBetter = criterion.direction === 'lower';
  const present = nomineeIds.filter((id) => measured.has(id)).map((id) => ({ id, v: fromNumber(measured.get(id)!) }));
  const out = new Map<string, Rational | null>(nomineeIds.map((id) => [id, null]));
  const rule = criterion.rule ?? { kind: 'minmax' };

  if (rule.kind === 'target') {
    const target = fromNumber(rule.target);
    const cap = fromNumber(rule.cap ?? 1);
    for (const { id, v } of present) {
      let ratio = lowerIsBetter ? (v.n <= 0n ? cap : div(target, v)) : div(v, target);
      if (cmp(ratio, ZERO) < 0) ratio = ZERO;
      if (cmp(ratio, cap) > 0) ratio = cap;
      out.set(id, div(mul(HUNDRED, ratio), cap));
    }
    return out;
  }

  if (rule.kind === 'rank') {
    // Best first; equal values share the average of their positions.
    const sorted = [...present].sort((a, b) => (lowerIsBetter ? cmp(a.v, b.v) : cmp(b.v, a.v)));
    const n = sorted.length;
    for (let start = 0; start < n;) {
      let end = start;
      while (end + 1 < n && cmp(sorted[end + 1]!.v, sorted[start]!.v) === 0) end += 1;
      // Average 1-based position of the group is (start + end)/2 + 1; points 100·(n − p)/(n − 1).
      const points = n === 1 ? HUNDRED : rat(100n * (2n * BigInt(n) - BigInt(start + end) - 2n), 2n * BigInt(n - 1));
      for (let i = start; i <= end; i += 1) out.set(sorted[i]!.id, points);
      start = end + 1;
    }
    return out;
  }

  if (present.length === 0) return out;
  let lo = present[0]!.v;
  let hi = lo;
  for (const { v } of present) {
    if (cmp(v, lo) < 0) lo = v;
    if (cmp(v, hi) > 0) hi = v;
  }
  const range = sub(hi, lo);
  for (const { id, v } of present) {
    if (range.n === 0n) out.set(id, HUNDRED);
    else out.set(id, mul(HUNDRED, div(lowerIsBetter ? sub(hi, v) : sub(v, lo), range)));
  }
  return out;
}
