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
