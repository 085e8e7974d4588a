import type { ScoringMethod } from '../../shared/scoring/scoring-input.schema';
import type { Indexed, Weighed } from './prepare';
import { roundScaled as roundScaledParts } from '../../shared/scoring/format-score';
import { ZERO, add, int, isqrt, lcm, mul, pow10, rat, roundScaled, type Rational } from './rational';

/** Decimal places of each juror's standard deviation (fixed point, rounded down). */
export const SD_PLACES = 30;
/** Decimal places of each juror's z-score (rounded half away from zero). */
export const Z_PLACES = 18;
/** Decimal places at which average z-scores are compared (rounded half away from zero). */
export const Z_COMPARE_PLACES = 12;

export interface Aggregated {
  /** [nominee] indices of the jurors counted for it (active, not conflicted, complete). */
  counted: number[][];
  /** [nominee] consensus on 0–100, null when no juror counted. */
  score: (Rational | null)[];
  /** [nominee] jurors whose totals the trimmed mean dropped. */
  dropped: Set<number>[];
  /** [nominee] juror → z-score in units of 10^-Z_PLACES. */
  z: Map<number, bigint>[];
  /** [nominee] juror → Borda points on 0–100. */
  borda: Map<number, Rational>[];
}

const cmpBig = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

/** Median of the integers over a shared denominator d: an exact rational. */
function medianOf(sorted: readonly bigint[], d: bigint): Rational {
  const n = sorted.length;
  const mid = n >> 1;
  return n % 2 === 1 ? rat(sorted[mid]!, d) : rat(sorted[mid - 1]! + sorted[mid]!, 2n * d);
}

/**
 * Averages the values v_j / d (shared denominator) the way the method says; `trimK` for the trimmed
 * mean. Returns the average and the positions (in `values`) the trim dropped.
 */
export function averageOver(
  values: readonly bigint[],
  d: bigint,
  method: 'mean' | 'median' | 'trimmed',
  trimK = 0,
): { value: Rational; dropped: number[] } {
  const n = values.length;
  if (method === 'mean' || (method === 'trimmed' && trimK === 0)) {
    let s = 0n;
    for (const v of values) s += v;
    return { value: rat(s, BigInt(n) * d), dropped: [] };
  }
  const order = values.map((_, k) => k).sort((a, b) => cmpBig(values[a]!, values[b]!) || a - b);
  const sorted = order.map((k) => values[k]!);
  if (method === 'median' || n <= 2 * trimK) return { value: medianOf(sorted, d), dropped: [] };
  let s = 0n;
  for (let k = trimK; k < n - trimK; k += 1) s += sorted[k]!;
  return {
    value: rat(s, BigInt(n - 2 * trimK) * d),
    dropped: [...order.slice(0, trimK), ...order.slice(n - trimK)],
  };
}

export function aggregate(
  ix: Indexed,
  w: Weighed,
  method: ScoringMethod,
  trimK: number,
  active: readonly boolean[],
): Aggregated {
  const nN = ix.input.nominees.length;
  const nJ = ix.input.jurors.length;
  const counted = w.J.map((row) => row.flatMap((v, j) => (v !== null && active[j] ? [j] : [])));
  const score: (Rational | null)[] = new Array<Rational | null>(nN).fill(null);
  const dropped = counted.map(() => new Set<number>());
  const z = counted.map(() => new Map<number, bigint>());
  const borda = counted.map(() => new Map<number, Rational>());

  if (method === 'mean' || method === 'median' || method === 'trimmed') {
    counted.forEach((js, i) => {
      if (js.length === 0) return;
      const avg = averageOver(
        js.map((j) => w.J[i]![j]!),
        w.D,
        method,
        trimK,
      );
      // The indicator part is the same for every juror, so it shifts every average by the same amount.
      score[i] = add(avg.value, w.indicatorPart[i]!);
      for (const k of avg.dropped) dropped[i]!.add(js[k]!);
    });
    return { counted, score, dropped, z, borda };
  }

  // Every total as an integer over one denominator L, so the sums below need no gcd per step.
  let L = w.D;
  for (const p of w.indicatorPart) L = lcm(L, p.d);
  const scaleJ = L / w.D;
  const X = (i: number, j: number) => w.J[i]![j]! * scaleJ + w.indicatorPart[i]!.n * (L / w.indicatorPart[i]!.d);

  if (method === 'borda') {
    // Per juror: the nominees they count for and their totals (× L, integers: same order).
    const byJuror: { i: number; x: bigint }[][] = Array.from({ length: nJ }, () => []);
    counted.forEach((js, i) => js.forEach((j) => byJuror[j]!.push({ i, x: X(i, j) })));
    byJuror.forEach((list, j) => {
      const m = list.length;
      const sorted = [...list].sort((a, b) => cmpBig(b.x, a.x));
      for (let start = 0; start < m;) {
        let end = start;
        while (end + 1 < m && sorted[end + 1]!.x === sorted[start]!.x) end += 1;
        // Average 1-based position p = (start + end)/2 + 1; points 100·(m − p)/(m − 1); alone → 50.
        const pts = m === 1 ? int(50) : rat(100n * BigInt(2 * m - start - end - 2), BigInt(2 * (m - 1)));
        for (let k = start; k <= end; k += 1) borda[sorted[k]!.i]!.set(j, pts);
        start = end + 1;
      }
    });
    counted.forEach((js, i) => {
      if (js.length === 0) return;
      let s = ZERO;
      for (const j of js) s = add(s, borda[i]!.get(j)!);
      score[i] = rat(s.n, s.d * BigInt(js.length));
    });
    return { counted, score, dropped, z, borda };
  }

  // z-scores: per juror, (total − juror's mean) / juror's standard deviation (population).
  const sdScale = pow10(SD_PLACES);
  let sdUnitsSum = 0n;
  let sdCount = 0;
  let grandN = 0n;
  let pairs = 0;
  const lists: number[][] = Array.from({ length: nJ }, () => []);
  counted.forEach((js, i) => js.forEach((j) => lists[j]!.push(i)));
  lists.forEach((list, j) => {
    if (list.length === 0) return;
    const m = BigInt(list.length);
    const xs = list.map((i) => X(i, j));
    let s = 0n;
    for (const x of xs) s += x;
    grandN += s;
    pairs += list.length;
    let q = 0n;
    for (const x of xs) q += (m * x - s) * (m * x - s);
    // variance = q / (m³·L²); floor(sd · 10^SD_PLACES) from it, exactly as before.
    const sdUnits = isqrt((q * sdScale * sdScale) / (m * m * m * L * L));
    if (sdUnits > 0n) {
      sdUnitsSum += sdUnits;
      sdCount += 1;
    }
    list.forEach((i, k) => {
      // z = (x − mean)/sd = (m·X − S)/(m·L) · 10^SD_PLACES / sdUnits
      z[i]!.set(j, sdUnits === 0n ? 0n : roundScaledParts((m * xs[k]! - s) * sdScale, m * L * sdUnits, Z_PLACES));
    });
  });
  const panelMean = pairs === 0 ? ZERO : rat(grandN, L * BigInt(pairs));
  const panelSd = sdCount === 0 ? ZERO : rat(sdUnitsSum, sdScale * BigInt(sdCount));
  counted.forEach((js, i) => {
    if (js.length === 0) return;
    let s = 0n;
    for (const j of js) s += z[i]!.get(j)!;
    const zMean = roundScaled(rat(s, BigInt(js.length) * pow10(Z_PLACES)), Z_COMPARE_PLACES);
    score[i] = add(panelMean, mul(panelSd, rat(zMean, pow10(Z_COMPARE_PLACES))));
  });
  return { counted, score, dropped, z, borda };
}

/** A nominee's consensus on one criterion, 0–100: the method's average where it has one, else the mean. */
export function criterionConsensus(
  ix: Indexed,
  counted: readonly number[],
  i: number,
  c: number,
  method: ScoringMethod,
  trimK: number,
): Rational | null {
  if (ix.criteria[c]!.kind === 'indicator') return ix.indicator[i]![c] ?? null;
  if (counted.length === 0) return null;
  const lo = ix.lo[c]!;
  const values = counted.map((j) => 100n * (ix.units[i]![j]![c]! - lo));
  const how = method === 'median' || method === 'trimmed' ? method : 'mean';
  return averageOver(values, ix.hi[c]! - lo, how, trimK).value;
}
