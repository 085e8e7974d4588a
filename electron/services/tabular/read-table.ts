import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { notATable, type TableSheet } from './table-sheet';

export { fillMergedHeader } from './merged-header';
export { MAX_BYTES, MAX_ROWS, type MergedRange, type TableCell, type TableSheet } from './table-sheet';

/**
 * Reads a CSV (.csv, .txt, .tsv) or XLSX (.xlsx, .xlsm) file into sheets of rows, by its extension.
 * CSV: UTF-8/UTF-16/Windows-1252, BOM dropped, delimiter ";" "," or tab sniffed, quoted fields,
 * CRLF; one sheet named after the file, cells as trimmed text. XLSX: every worksheet, numbers as
 * numbers, formulas as their cached results. Rows keep the number the user sees in Excel.
 * Anything else, a file that cannot be read, or one over MAX_ROWS rows in a sheet or MAX_BYTES,
 * is a UserError 'errors.fileFormat' with `{ name }` (the file name without its folder).
 */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<TableSheet[]> {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return readCsv(fileName, bytes);
  if (extension === 'xlsx' || extension === 'xlsm') return readXlsx(fileName, bytes);
  throw notATable(fileName);
}
