import { UserError } from '../../../shared/user-error';

/** One cell as read: numbers stay numbers, text is trimmed, blank is null. */
export type TableCell = string | number | null;

/** A merged range of a sheet: rows are spreadsheet row numbers, columns 0-based indexes into `cells`. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A spreadsheet as the tabular reader gives it. `rowNumber` is the row the user sees in Excel (or
 * the line of a CSV record), so messages can point at it; rows with no value are left out.
 * A merged range's value is only in its top-left cell; `merges` lists the ranges (XLSX only).
 */
export interface TableSheet {
  name: string;
  rows: { rowNumber: number; cells: TableCell[] }[];
  merges?: MergedRange[];
}

/** Most rows one sheet may have: more is not a ballot or an indicator table. */
export const MAX_ROWS = 20_000;
/** Largest file read at all, so a wrong pick cannot exhaust memory. */
export const MAX_BYTES = 50 * 1024 * 1024;

/** The file's name without its folder, as messages show it. */
export const baseName = (fileName: string) => fileName.replace(/^.*[\\/]/, '');

/** A file that is not a table we can read, or a table over the limits. */
export const notATable = (fileName: string, tooLarge?: { sheet: string }) =>
  new UserError('invalid_input', tooLarge ? 'errors.tableTooLarge' : 'errors.fileFormat', {
    name: baseName(fileName),
    ...(tooLarge ? { sheet: tooLarge.sheet, rows: MAX_ROWS } : {}),
  });
