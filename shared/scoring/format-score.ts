import type { ExactScore } from './scoring-result.schema';

const abs = (x: bigint) => (x < 0n ? -x : x);

/** num/den × 10^places rounded half away from zero, as an integer (den > 0). */
export function roundScaled(num: bigint, den: bigint, places: number): bigint {
  const scaled = num * 10n ** BigInt(places);
  const q = abs(scaled) / den;
  const rem = abs(scaled) % den;
  const rounded = rem * 2n >= den ? q + 1n : q;
  return scaled < 0n ? -rounded : rounded;
}

/** num/den with `places` decimals, rounded half away from zero: `87.50` (dot, no grouping). */
export function fixedDecimal(num: bigint, den: bigint, places = 2): string {
  const v = roundScaled(num, den, places);
  const digits = abs(v)
    .toString()
    .padStart(places + 1, '0');
  const head = digits.slice(0, digits.length - places);
  const tail = digits.slice(digits.length - places);
  return `${v < 0n ? '-' : ''}${head}${places > 0 ? `.${tail}` : ''}`;
}

/**
 * A published score as the jury reads it: `87,50` in Indonesian, `87.50` in English, rounded half
 * away from zero on the exact value (never on a float). Thousands are grouped (`1.234,50`).
 */
export function formatScore(score: Pick<ExactScore, 'num' | 'den'>, locale: 'id' | 'en', places = 2): string {
  const plain = fixedDecimal(BigInt(score.num), BigInt(score.den), places);
  const [head = '', tail] = plain.split('.');
  const sign = head.startsWith('-') ? '-' : '';
  const digits = sign ? head.slice(1) : head;
  const group = locale === 'id' ? '.' : ',';
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${tail === undefined ? '' : (locale === 'id' ? ',' : '.') + tail}`;
}
