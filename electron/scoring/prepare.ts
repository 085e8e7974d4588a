import type { CategoryInput, ScoringCriterion } from '../../shared/scoring/scoring-input.schema';
import type { JurorStatus } from '../../shared/scoring/scoring-result.schema';
import { mapIndicator } from './indicators';
import { ZERO, add, div, fromNumber, lcm, mul, pow10, rat, sum, type Rational } from './rational';

/**
 * The weight-independent index of a category: every score as an exact integer in units of
 * 10^-places, and who counts for whom. Built once; `weigh` turns it into juror totals.
 */
export interface Indexed {
  input: CategoryInput;
  criteria: ScoringCriterion[];
  /** Scores and scale bounds are integers in units of 10^-places. */
  places: number;
  /** [criterion] scale min and max in units. */
  lo: bigint[];
  hi: bigint[];
  /** [nominee][juror][criterion] score in units, undefined when not given. */
  units: (bigint | undefined)[][][];
  /** [nominee][juror] */
  status: JurorStatus[][];
  /** [nominee][criterion] the indicator's mapped 0–100 value, null when not measured or not an indicator. */
  indicator: (Rational | null)[][];
  /** [nominee] some indicator of the category has no measured value for it. */
  indicatorMissing: boolean[];
}

/** Juror totals under one set of weights: total[i][j] = J[i][j] / D + indicatorPart[i]. */
export interface Weighed {
  shares: Rational[];
  D: bigint;
  /** [nominee][juror] judged numerator over D; null unless the juror counts for the nominee. */
  J: (bigint | null)[][];
  /** [nominee] the weighted indicator part, the same for every juror. */
  indicatorPart: Rational[];
}

interface Decimal {
  digits: bigint;
  places: number;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

function decimalOf(x: number): Decimal {
  const m = DECIMAL.exec(String(x));
  if (!m) throw new RangeError(`not a finite number: ${x}`);
  const [, sign, whole = '0', frac = '', exp = '0'] = m;
  const digits = BigInt(whole + frac) * (sign ? -1n : 1n);
  const places = frac.length - Number(exp);
  return places >= 0 ? { digits, places } : { digits: digits * pow10(-places), places: 0 };
}

export function indexCategory(input: CategoryInput): Indexed {
  const { criteria, nominees, jurors } = input;
  const nIdx = new Map(nominees.map((n, i) => [n.id, i]));
  const jIdx = new Map(jurors.map((j, i) => [j.id, i]));
  const cIdx = new Map(criteria.map((c, i) => [c.id, i]));
  const judged = criteria.flatMap((c, i) => (c.kind === 'judged' ? [i] : []));

  const cache = new Map<number, Decimal>();
  const dec = (x: number) => {
    let d = cache.get(x);
    if (!d) cache.set(x, (d = decimalOf(x)));
    return d;
  };
  let places = 0;
  for (const c of criteria) places = Math.max(places, dec(c.scale.min).places, dec(c.scale.max).places);
  const sheets = input.sheets ?? [];
  for (const s of input.scores) places = Math.max(places, dec(s.value).places);
  for (const s of sheets) for (const k in s.values) places = Math.max(places, dec(s.values[k]!).places);
  // Scores repeat (1–100 on most scales): one BigInt per distinct value, not one per score.
  const unitCache = new Map<number, bigint>();
  const toUnits = (x: number) => {
    let u = unitCache.get(x);
    if (u === undefined) {
      const d = dec(x);
      unitCache.set(x, (u = d.digits * pow10(places - d.places)));
    }
    return u;
  };

  const units = nominees.map(() => jurors.map(() => new Array<bigint | undefined>(criteria.length)));
  const isJudged = criteria.map((c) => c.kind === 'judged');
  for (const s of input.scores) {
    const i = nIdx.get(s.nomineeId);
    const j = jIdx.get(s.jurorId);
    const c = cIdx.get(s.criterionId);
    if (i === undefined || j === undefined || c === undefined || !isJudged[c]) continue;
    units[i]![j]![c] = toUnits(s.value);
  }
  for (const s of sheets) {
    const i = nIdx.get(s.nomineeId);
    const j = jIdx.get(s.jurorId);
    if (i === undefined || j === undefined) continue;
    const row = units[i]![j]!;
    for (const k in s.values) {
      const c = cIdx.get(k);
      if (c !== undefined && isJudged[c]) row[c] = toUnits(s.values[k]!);
    }
  }

  const conflicted = new Set(input.conflicts.map((c) => `${c.jurorId}\u0000${c.nomineeId}`));
  const status = nominees.map((n, i) =>
    jurors.map((j, jj): JurorStatus => {
      if (conflicted.has(`${j.id}\u0000${n.id}`)) return 'conflict';
      const given = judged.filter((c) => units[i]![jj]![c] !== undefined).length;
      if (given === judged.length) return 'counted';
      return given === 0 ? 'missing' : 'incomplete';
    }),
  );

  const nomineeIds = nominees.map((n) => n.id);
  const indicator = nominees.map(() => criteria.map((): Rational | null => null));
  const indicatorMissing = nominees.map(() => false);
  criteria.forEach((c, ci) => {
    if (c.kind !== 'indicator') return;
    const measured = new Map<string, number>();
    for (const v of input.indicatorValues) if (v.criterionId === c.id) measured.set(v.nomineeId, v.value);
    const mapped = mapIndicator(c, measured, nomineeIds);
    nominees.forEach((n, i) => {
      const m = mapped.get(n.id) ?? null;
      indicator[i]![ci] = m;
      if (m === null) indicatorMissing[i] = true;
    });
  });

  return {
    input,
    criteria,
    places,
    lo: criteria.map((c) => toUnits(c.scale.min)),
    hi: criteria.map((c) => toUnits(c.scale.max)),
    units,
    status,
    indicator,
    indicatorMissing,
  };
}

/** Juror totals for the given weights (by criterion index; defaults to the category's own). */
export function weigh(
  ix: Indexed,
  weights: readonly Rational[] = ix.criteria.map((c) => fromNumber(c.weight)),
): Weighed {
  const total = sum(weights);
  const shares = weights.map((w) => div(w, total));
  // Judged part = Σ share_c · 100 · (u_c − lo_c) / (hi_c − lo_c). Bring every coefficient over one
  // denominator D so a juror total is one integer sum: J = Σ K_c · (u_c − lo_c), total = J / D.
  const coef = ix.criteria.map((c, ci) =>
    c.kind === 'judged' ? mul(rat(100n), div(shares[ci]!, rat(ix.hi[ci]! - ix.lo[ci]!))) : ZERO,
  );
  const D = coef.reduce((acc, k) => lcm(acc, k.d), 1n);
  const K = coef.map((k) => k.n * (D / k.d));
  const judged = ix.criteria.flatMap((c, i) => (c.kind === 'judged' ? [i] : []));

  const J = ix.units.map((row, i) =>
    row.map((u, j) => {
      if (ix.status[i]![j] !== 'counted') return null;
      let acc = 0n;
      for (const c of judged) acc += K[c]! * (u[c]! - ix.lo[c]!);
      return acc;
    }),
  );
  const indicatorPart = ix.indicator.map((row) =>
    row.reduce<Rational>((acc, m, ci) => (m === null ? acc : add(acc, mul(shares[ci]!, m))), ZERO),
  );
  return { shares, D, J, indicatorPart };
}

/** The juror's total for nominee i as an exact rational (null when the juror does not count). */
export function jurorTotal(w: Weighed, i: number, j: number): Rational | null {
  const n = w.J[i]![j];
  return n === null || n === undefined ? null : add({ n, d: w.D }, w.indicatorPart[i]!);
}
