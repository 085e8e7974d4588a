import { NumberFormatter } from '@internationalized/number';

/**
 * How a number written in a cell is read.
 * - `'auto'` (default): Indonesian first, tolerant of files written by English-locale Excel.
 * - `'id'`: strictly Indonesian ("1.234,5"): a dot is always a thousands separator.
 * - `'en'`: strictly English ("1,234.5"): a comma is always a thousands separator.
 */
export type NumberReading = 'auto' | 'id' | 'en';

const SPACES = /[\s\u00A0\u2007\u2009\u202F]/g;
const DIGITS = /^\d+$/;
/** "1.234.567" / "1 234" / "12,345": a first group of 1–3 digits, then groups of exactly 3. */
const grouped = (s: string, sep: string) => {
  const parts = s.split(sep);
  return (
    parts.length > 1 &&
    /^\d{1,3}$/.test(parts[0] ?? '') &&
    parts.slice(1).every((p) => /^\d{3}$/.test(p)) &&
    !(parts[0] === '0')
  );
};

/** The number part (no sign, no "%", no space groups) with `decimal` as its decimal separator, or null. */
function readUnsigned(body: string, decimal: ',' | '.'): number | null {
  const group = decimal === ',' ? '.' : ',';
  const at = body.lastIndexOf(decimal);
  const intPart = at < 0 ? body : body.slice(0, at);
  const fracPart = at < 0 ? '' : body.slice(at + 1);
  if (at >= 0 && !DIGITS.test(fracPart)) return null;
  let digits: string;
  if (intPart === '') {
    if (at < 0) return null;
    digits = '0';
  } else if (DIGITS.test(intPart)) digits = intPart;
  else if (grouped(intPart, group)) digits = intPart.split(group).join('');
  else return null;
  return Number(at < 0 ? digits : `${digits}.${fracPart}`);
}

/**
 * Reads a number as people type it in Indonesian spreadsheets: "87,5", "87,5 %", "1.234,5",
 * "1.234.567", " 87 ", "−5", with spaces, NBSP or thin spaces as thousands separators.
 * A trailing "%" is dropped and the value stays in percent units ("87,5 %" → 87.5).
 *
 * The `'auto'` rule for a lone separator, since "1.234" is ambiguous:
 * - a single comma is the decimal separator ("87,5" → 87.5, "1,234" → 1.234);
 * - a single dot followed by exactly three digits, after 1–3 digits not starting with 0, is a
 *   thousands separator ("1.234" → 1234, "12.500" → 12500); any other single dot is a decimal
 *   point written by English-locale Excel ("87.5" → 87.5, "0.125" → 0.125, "1234.567" → 1234.567);
 * - when both appear, the last one is the decimal separator ("1.234,5" and "1,234.5" → 1234.5);
 * - repeated separators must group by threes ("1.234.567", "1,234,567").
 *
 * Returns null for an empty or blank text and 'invalid' for anything else that is not a number.
 */
export function parseLocaleNumber(text: string, reading: NumberReading = 'auto'): number | null | 'invalid' {
  let s = text.normalize('NFKC').trim();
  if (s === '') return null;
  s = s.replace(/[\u2212\u2012\u2013\uFE63\uFF0D]/g, '-');
  if (s.endsWith('%')) s = s.slice(0, -1).trimEnd();
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s.startsWith('-');
    s = s.slice(1).trimStart();
  }
  if (/[\s\u00A0\u2007\u2009\u202F]/.test(s)) {
    // Space-grouped thousands ("1 234 567,5"): every group after the first is exactly three digits.
    const spaced = s.replace(SPACES, ' ');
    if (!/^[1-9]\d{0,2}( \d{3})+([.,]\d+)?$/.test(spaced)) return 'invalid';
    s = spaced.replace(/ /g, '');
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return 'invalid';

  const value = readUnsigned(s, decimalFor(s, reading));
  if (value === null || !Number.isFinite(value)) return 'invalid';
  const signed = negative ? -value : value;
  return signed === 0 ? 0 : signed;
}

function decimalFor(s: string, reading: NumberReading): ',' | '.' {
  if (reading === 'id') return ',';
  if (reading === 'en') return '.';
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) return comma > dot ? ',' : '.';
  if (comma >= 0) return s.indexOf(',') === comma ? ',' : '.';
  if (dot >= 0 && s.indexOf('.') === dot && !grouped(s, '.')) return '.';
  return ',';
}

/**
 * Formats a number for display: Indonesian "1.234,5" or English "1,234.5".
 * Never rounds more than `maximumFractionDigits` (default 4), so stored values stay visible.
 */
export function formatLocaleNumber(
  value: number,
  language: 'id' | 'en',
  options: { maximumFractionDigits?: number; minimumFractionDigits?: number } = {},
): string {
  const minimumFractionDigits = options.minimumFractionDigits ?? 0;
  const maximumFractionDigits = Math.max(options.maximumFractionDigits ?? 4, minimumFractionDigits);
  return new NumberFormatter(language === 'id' ? 'id-ID' : 'en-US', {
    minimumFractionDigits,
    maximumFractionDigits,
    useGrouping: true,
  }).format(value === 0 ? 0 : value);
}
