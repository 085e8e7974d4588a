import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatLocaleNumber, parseLocaleNumber } from '../../../shared/format/number';

describe('parseLocaleNumber', () => {
  it.each([
    ['87,5', 87.5],
    ['87,5 %', 87.5],
    ['87,5%', 87.5],
    ['  87,50  ', 87.5],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['1.234.567,89', 1234567.89],
    [' 87 ', 87],
    ['0', 0],
    ['-0', 0],
    ['−5', -5],
    ['-5', -5],
    ['- 5', -5],
    ['+5', 5],
    ['-1.234,5 %', -1234.5],
    // English-locale Excel: a dot not followed by exactly three digits is a decimal point.
    ['87.5', 87.5],
    ['87.25', 87.25],
    ['0.125', 0.125],
    ['1234.567', 1234.567],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    // The ambiguous single dot with three digits: Indonesian thousands.
    ['1.234', 1234],
    ['12.500', 12500],
    ['100.000', 100000],
    // A single comma is always the decimal separator.
    ['1,234', 1.234],
    [',5', 0.5],
    // Spaces, NBSP, narrow NBSP and thin spaces as thousands separators.
    ['1 234 567', 1234567],
    ['1\u00A0234,5', 1234.5],
    ['1\u202F234,5', 1234.5],
    ['1\u2009234', 1234],
    ['87,5\u00A0%', 87.5],
    // Full-width digits from some IMEs.
    ['８７,５', 87.5],
  ])('%j → %d', (text, value) => {
    expect(parseLocaleNumber(text)).toBe(value);
  });

  it.each(['', '   ', '\u00A0', '\t'])('%j (blank) → null', (text) => {
    expect(parseLocaleNumber(text)).toBeNull();
  });

  it.each([
    'abc',
    '87,5 poin',
    '%',
    '-',
    '1.23.4',
    '1.2345.678',
    '12 34',
    '1 2345',
    '1,2,3',
    '1.234,5,6',
    '5e3',
    'Rp 1.000',
    '(5)',
    '87,,5',
    '0.000.1',
    '#DIV/0!',
    'NaN',
    'Infinity',
  ])('%j → invalid', (text) => {
    expect(parseLocaleNumber(text)).toBe('invalid');
  });

  it('reads strictly in one locale when told', () => {
    expect(parseLocaleNumber('1.234', 'en')).toBe(1.234);
    expect(parseLocaleNumber('1,234', 'en')).toBe(1234);
    expect(parseLocaleNumber('87.5', 'id')).toBe('invalid');
    expect(parseLocaleNumber('1.234', 'id')).toBe(1234);
    expect(parseLocaleNumber('87,5', 'en')).toBe('invalid');
  });
});

describe('formatLocaleNumber', () => {
  it('writes Indonesian and English styles', () => {
    expect(formatLocaleNumber(1234.5, 'id')).toBe('1.234,5');
    expect(formatLocaleNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatLocaleNumber(87.5, 'id', { minimumFractionDigits: 2 })).toBe('87,50');
    expect(formatLocaleNumber(2 / 3, 'id', { maximumFractionDigits: 2 })).toBe('0,67');
    expect(formatLocaleNumber(-1234567.125, 'id')).toBe('-1.234.567,125');
  });
});

/** Any number with at most 4 decimals in ±10^9: integers over 10^4 keep it exact in a double. */
const fourDecimals = fc.integer({ min: -1e13, max: 1e13 }).map((n) => n / 10_000);

describe('round trip', () => {
  test.prop([fourDecimals], { numRuns: 2000 })('Indonesian: parse(format(x)) === x', (x) => {
    const text = formatLocaleNumber(x, 'id', { maximumFractionDigits: 4 });
    expect(parseLocaleNumber(text)).toBe(x);
    expect(parseLocaleNumber(text, 'id')).toBe(x);
  });

  test.prop([fourDecimals], { numRuns: 2000 })('English, read as English: parse(format(x)) === x', (x) => {
    expect(parseLocaleNumber(formatLocaleNumber(x, 'en', { maximumFractionDigits: 4 }), 'en')).toBe(x);
  });

  test.prop([fourDecimals, fc.constantFrom('%', ' %', '\u00A0%'), fc.constantFrom('', ' ', '  ')])(
    'Indonesian with a percent sign and stray spaces',
    (x, pct, pad) => {
      const text = `${pad}${formatLocaleNumber(x, 'id', { maximumFractionDigits: 4 })}${pct}${pad}`;
      expect(parseLocaleNumber(text)).toBe(x);
    },
  );

  test.prop([fc.string()])('never throws, and a number it returns is finite', (text) => {
    const v = parseLocaleNumber(text);
    expect(v === null || v === 'invalid' || Number.isFinite(v)).toBe(true);
  });
});
