import { localeOf } from '../i18n/i18n';

/** A number as the user's language writes it (`30,5` in Indonesian), without rounding away decimals. */
export function formatNumber(value: number, language: string, maximumFractionDigits = 4): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits, useGrouping: true }).format(value);
}

/**
 * Reads a decimal typed as `30,5`, `30.5`, `1.234,5` or `1,234.5`.
 * With both separators the last one is the decimal mark; a lone separator is taken as decimal.
 * Returns null when the text is not a number.
 */
export function parseDecimal(text: string): number | null {
  let s = text.trim().replace(/\s/g, '');
  if (s === '') return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    s = s.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    s = s.split(',').length > 2 ? s.split(',').join('') : s.replace(',', '.');
  } else if (s.split('.').length > 2) {
    s = s.split('.').join('');
  }
  if (!/^[-+]?\d*\.?\d+$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** A number for an input field in the user's language, without grouping (`1234,5`). */
export function numberForInput(value: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 4, useGrouping: false }).format(value);
}

/** A date `YYYY-MM-DD` or an ISO timestamp as the user's language writes it (`17 Agustus 2024`). */
export function formatDate(value: string | null | undefined, language: string, withTime = false): string {
  if (!value) return '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(date);
}
