import type { TFunction } from 'i18next';

/** Where a value came from, in words: "impor data.xlsx, baris 6" or "manual". */
export function sourceInWords(source: string, t: TFunction<'indicators'>): string {
  if (source === 'manual') return t('values.manual');
  const m = /^import:(.*)#(.*)!(\d+)$/.exec(source);
  return m ? t('values.sourceImport', { file: m[1], sheet: m[2], row: m[3] }) : source;
}

/** A date-time the way the user's language writes it, to the minute. */
export const formatWhen = (iso: string, language: string) =>
  new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
