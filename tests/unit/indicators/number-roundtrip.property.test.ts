import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocaleNumber, parseLocaleNumber } from '../../../shared/format/number';

/** A decimal with at most 4 places, up to a trillion either way: what indicator data holds. */
const decimal = fc
  .tuple(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, places]) => {
    const x = n / 10 ** places;
    return x === 0 ? 0 : x;
  });

describe('Indonesian numbers round-trip', () => {
  it('parseLocaleNumber(formatLocaleNumber(x, "id")) === x, strictly and in the auto reading', () => {
    fc.assert(
      fc.property(decimal, (x) => {
        const shown = formatLocaleNumber(x, 'id');
        expect(parseLocaleNumber(shown, 'id')).toBe(x);
        expect(parseLocaleNumber(shown, 'auto')).toBe(x);
        expect(parseLocaleNumber(`${shown} %`, 'id')).toBe(x);
      }),
      { numRuns: 2000 },
    );
  });

  it('thousands are grouped with dots and read back ("1.234.567,5")', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999_999 }), fc.integer({ min: 0, max: 9 }), (n, tenth) => {
        const x = n + tenth / 10;
        const shown = formatLocaleNumber(x, 'id');
        expect(shown).toMatch(/^\d{1,3}(\.\d{3})+(,\d)?$/);
        expect(parseLocaleNumber(shown)).toBe(x);
      }),
    );
    expect(formatLocaleNumber(1234.5, 'id')).toBe('1.234,5');
    expect(parseLocaleNumber('1.234,5')).toBe(1234.5);
  });

  it('the English form round-trips in the English reading', () => {
    fc.assert(
      fc.property(decimal, (x) => {
        expect(parseLocaleNumber(formatLocaleNumber(x, 'en'), 'en')).toBe(x);
      }),
    );
  });
});
