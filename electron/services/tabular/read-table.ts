import { UserError } from '../../../shared/user-error';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { TableSheet } from './table-sheet';

export { fillMergedHeader } from './merged-header';
export { MAX_ROWS, type MergedRange, type TableCell, type TableSheet } from './table-sheet';

/**
 * Reads a CSV (.csv, .txt) or XLSX (.xlsx) file into sheets of rows, by its extension.
 * CSV: UTF-8/UTF-16/Windows-1252, BOM dropped, delimiter ";" "," or tab sniffed, quoted fields,
 * CRLF; one sheet named after the file, cells as trimmed text. XLSX: every worksheet, numbers as
 * numbers, formulas as their cached results. Rows keep the number the user sees in Excel.
 * Anything else, or a file that cannot be read, is a UserError 'errors.fileFormat'.
 */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<TableSheet[]> {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'csv' || extension === 'txt') return readCsv(fileName, bytes);
  if (extension === 'xlsx' || extension === 'xlsm') return readXlsx(fileName, bytes);
  throw new UserError('invalid_input', 'errors.fileFormat', { name: fileName });
}
