/**
 * Small numeric helpers for the agreement analysis: ranks with ties, Kendall's W (exact, over
 * BigInt), Pearson/Spearman, the chi-square upper tail, median and MAD. Pure; no dependencies.
 */

/**
 * Average ranks, 1-based, in the order `compare` sorts (rank 1 = first). Tied values share the
 * mean of the positions they span, so every rank is a whole or half number (exact in a double).
 */
export function averageRanks<T>(values: readonly T[], compare: (a: T, b: T) => number): number[] {
  const order = values.map((_, k) => k).sort((a, b) => compare(values[a]!, values[b]!) || a - b);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && compare(values[order[end + 1]!]!, values[order[start]!]!) === 0) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) ranks[order[k]!] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Σ(t³ − t) over the groups of tied ranks in one ranking. */
export function tieTerm(ranks: readonly number[]): bigint {
  const counts = new Map<number, bigint>();
  for (const r of ranks) counts.set(r, (counts.get(r) ?? 0n) + 1n);
  let s = 0n;
  for (const t of counts.values()) s += t * t * t - t;
  return s;
}

export interface Fraction {
  num: bigint;
  den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
};

/**
 * Kendall's coefficient of concordance with the tie correction, exactly:
 * W = 12·S / (m²(n³ − n) − m·Σ_j Σ(t³ − t)), S = Σ_i (R_i − m(n + 1)/2)², R_i the rank sum of
 * object i. `ranks[j][i]` is judge j's (average) rank of object i; every row has the same length.
 * Null when fewer than 2 judges or 2 objects, or when every judge tied every object (0/0).
 */
export function kendallW(ranks: readonly (readonly number[])[]): Fraction | null {
  const m = ranks.length;
  const n = ranks[0]?.length ?? 0;
  if (m < 2 || n < 2) return null;
  // Doubled ranks are integers: R'_i = 2R_i, and 12·S = 3·Σ(R'_i − m(n + 1))².
  const sums = new Array<bigint>(n).fill(0n);
  let ties = 0n;
  for (const row of ranks) {
    if (row.length !== n) throw new RangeError('every judge must rank every object');
    row.forEach((r, i) => (sums[i]! += BigInt(Math.round(2 * r))));
    ties += tieTerm(row);
  }
  const M = BigInt(m);
  const N = BigInt(n);
  const centre = M * (N + 1n);
  let ss = 0n;
  for (const s of sums) ss += (s - centre) * (s - centre);
  const num = 3n * ss;
  const den = M * M * (N * N * N - N) - M * ties;
  if (den === 0n) return null;
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
}

/** Pearson's r; null when fewer than 2 pairs or either side does not vary. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n !== y.length) throw new RangeError('x and y differ in length');
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i += 1) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Spearman's ρ, tie-aware: Pearson's r on average ranks. */
export function spearman<T>(x: readonly T[], y: readonly T[], compare: (a: T, b: T) => number): number | null {
  return pearson(averageRanks(x, compare), averageRanks(y, compare));
}

// Lanczos approximation (g = 7, 9 terms), relative error below 1e-15 for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0. */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let k = 1; k < 9; k += 1) a += LANCZOS[k]! / (z + k);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITER = 1000;

/**
 * The regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a), a > 0, x ≥ 0: the
 * series for P when x < a + 1, else the continued fraction by the modified Lentz method
 * (Press et al., Numerical Recipes, §6.2).
 */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) throw new RangeError('gammaQ needs a > 0 and x ≥ 0');
  if (x === 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a));
  if (x < a + 1) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let k = 0; k < MAX_ITER && Math.abs(del) > Math.abs(sum) * EPS; k += 1) {
      ap += 1;
      del *= x / ap;
      sum += del;
    }
    return Math.max(0, 1 - sum * front);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITER; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.min(1, front * h);
}

/** P(χ²_df > x): the upper-tail probability of the chi-square distribution. */
export function chiSquareUpper(x: number, df: number): number {
  return gammaQ(df / 2, Math.max(0, x) / 2);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median absolute deviation from the median (unscaled). */
export function mad(values: readonly number[]): number {
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}
