import { fixedDecimal, roundScaled as roundScaledParts } from '../../shared/scoring/format-score';
import type { ExactScore } from '../../shared/scoring/scoring-result.schema';

/**
 * Exact rational numbers over BigInt. A value is `n / d` with `d > 0`; it need not be reduced
 * (sums over one shared denominator stay cheap), so compare with `cmp`/`eq`, never with `===`.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };
export const HUNDRED: Rational = { n: 100n, d: 1n };

const abs = (x: bigint) => (x < 0n ? -x : x);

export function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function lcm(a: bigint, b: bigint): bigint {
  return (abs(a) / gcd(a, b)) * abs(b);
}

export function pow10(e: number): bigint {
  return 10n ** BigInt(e);
}

/** A reduced rational; throws on a zero denominator. */
export function rat(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export const reduce = (r: Rational): Rational => rat(r.n, r.d);
export const int = (n: number | bigint): Rational => ({ n: BigInt(n), d: 1n });

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** The exact value of a decimal string such as `87.5`, `-0.1` or `1e-7`. */
export function parseDecimal(text: string): Rational {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new RangeError(`not a decimal: ${text}`);
  const [, sign, whole = '0', frac = '', exp = '0'] = m;
  const n = BigInt(whole + frac) * (sign ? -1n : 1n);
  const e = Number(exp) - frac.length;
  return e >= 0 ? rat(n * pow10(e)) : rat(n, pow10(-e));
}

/**
 * The exact value a user meant by a JS number: the number's shortest decimal spelling, so 0.1 is
 * exactly 1/10 (not the binary double nearest to it).
 */
export function fromNumber(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return int(x);
  return parseDecimal(String(x));
}

export function add(a: Rational, b: Rational): Rational {
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  return rat(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Rational, b: Rational): Rational {
  if (a.d === b.d) return { n: a.n - b.n, d: a.d };
  return rat(a.n * b.d - b.n * a.d, a.d * b.d);
}

export const neg = (a: Rational): Rational => ({ n: -a.n, d: a.d });
export const mul = (a: Rational, b: Rational): Rational => rat(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rat(a.n * b.d, a.d * b.n);

export function sum(values: readonly Rational[]): Rational {
  let acc = ZERO;
  for (const v of values) acc = add(acc, v);
  return acc;
}

/** -1, 0 or 1 as a < b, a = b, a > b. */
export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const eq = (a: Rational, b: Rational): boolean => a.n * b.d === b.n * a.d;
export const sign = (a: Rational): -1 | 0 | 1 => (a.n < 0n ? -1 : a.n > 0n ? 1 : 0);

/** floor(sqrt(n)) for n >= 0, by Newton's method on integers. */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('square root of a negative number');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n)))) || 1n;
  // One Newton step from any positive guess lands at or above the root (AM–GM); then descend.
  x = (x + n / x + 1n) >> 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/** r × 10^places rounded half away from zero, as an integer. */
export const roundScaled = (r: Rational, places: number): bigint => roundScaledParts(r.n, r.d, places);

/** The value rounded half away from zero to `places` decimals, e.g. `87.50` (dot, no grouping). */
export const toFixed = (r: Rational, places = 2): string => fixedDecimal(r.n, r.d, places);

/** A float close to r, for charts and statistics; never used to compare or publish. */
export function toNumber(r: Rational): number {
  const q = r.n / r.d;
  const rem = r.n % r.d;
  return Number(q) + Number((rem * pow10(18)) / r.d) / 1e18;
}

export function toExact(r: Rational): ExactScore {
  const red = reduce(r);
  return { num: red.n.toString(), den: red.d.toString(), value: toNumber(red), fixed: toFixed(red, 2) };
}

export function fromExact(e: Pick<ExactScore, 'num' | 'den'>): Rational {
  return rat(BigInt(e.num), BigInt(e.den));
}
