/** A score the Indonesian way in the Indonesian UI (`87,5`), unrounded; a dash for an empty cell. */
export const formatValue = (value: number | null, language: string): string =>
  value === null
    ? '–'
    : new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 4 }).format(value);
