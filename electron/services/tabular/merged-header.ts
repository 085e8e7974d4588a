import type { TableCell, TableSheet } from './table-sheet';

/** One column of a header that may span several rows: its labels top to bottom. */
export interface HeaderColumn {
  index: number;
  /** Non-empty labels from the top header row down, repeats dropped ("Indikator", "ATS (%)"). */
  parts: string[];
  /** The parts joined with " / ": "Indikator / ATS (%)". */
  label: string;
}

const MAX_DEPTH = 3;
const asText = (cell: TableCell | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());
const looksNumeric = (cell: TableCell | undefined) =>
  typeof cell === 'number' || /^[-−+]?[\d.,\s]+%?$/.test(asText(cell));

/**
 * Reads a header whose group titles are merged across the sub-headers below them, e.g.
 *
 *     | No | Kabupaten/Kota | Indikator Pendidikan (C1:E1 merged)     |
 *     |    |                | Survei (%) | ATS turun (%) | SPM (%)   |
 *
 * Each column gets its labels top to bottom (`["Indikator Pendidikan", "ATS turun (%)"]`);
 * a vertically merged "No" gives `["No"]`. Match a criterion against the last part first, then
 * against `label`. Data rows start after `bottom`.
 *
 * `bottom` defaults to the last header row: the lowest row a merge starting in `top` reaches, or
 * `top + 1` when `top` has a horizontal merge. Without merge ranges (CSV), the next row is a
 * sub-header when it holds no numbers and has a label under a blank cell of `top` that lies
 * right of a label. In CSV a blank upper cell takes the label to its left, as a merge would.
 */
export function fillMergedHeader(
  sheet: TableSheet,
  top: number,
  bottom?: number,
): { columns: HeaderColumn[]; bottom: number } {
  const rowCells = (n: number) => sheet.rows.find((r) => r.rowNumber === n)?.cells ?? [];
  const merges = sheet.merges ?? [];
  const last = Math.min(bottom ?? detectBottom(sheet, top, rowCells), top + MAX_DEPTH - 1);

  const grid: string[][] = [];
  for (let r = top; r <= last; r++) grid.push(rowCells(r).map(asText));
  const width = Math.max(0, ...grid.map((g) => g.length));
  for (const m of merges) {
    if (m.bottom < top || m.top > last) continue;
    const value = asText(rowCells(m.top)[m.left]);
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, last); r++)
      for (let c = m.left; c <= m.right; c++) {
        const row = grid[r - top];
        if (row) row[c] = value;
      }
  }
  if (merges.length === 0) {
    for (let r = 0; r < grid.length - 1; r++) {
      const row = grid[r] ?? [];
      const below = grid[r + 1] ?? [];
      let carry = '';
      for (let c = 0; c < width; c++) {
        if ((row[c] ?? '') !== '') carry = row[c] ?? '';
        else if (carry !== '' && (below[c] ?? '') !== '') row[c] = carry;
        else carry = '';
      }
    }
  }
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const row of grid) {
      const v = row[c] ?? '';
      if (v !== '' && parts[parts.length - 1] !== v) parts.push(v);
    }
    if (parts.length > 0) columns.push({ index: c, parts, label: parts.join(' / ') });
  }
  return { columns, bottom: last };
}

function detectBottom(sheet: TableSheet, top: number, rowCells: (n: number) => TableCell[]): number {
  const merges = sheet.merges ?? [];
  if (merges.length > 0) {
    let bottom = top;
    for (const m of merges) {
      if (m.top !== top) continue;
      bottom = Math.max(bottom, m.bottom);
      if (m.right > m.left) bottom = Math.max(bottom, top + 1);
    }
    return bottom;
  }
  const head = rowCells(top);
  const next = rowCells(top + 1);
  if (next.some((c) => c !== null && looksNumeric(c))) return top;
  const firstLabel = head.findIndex((c) => asText(c) !== '');
  const underBlank = next.some((c, i) => asText(c) !== '' && i > firstLabel && asText(head[i]) === '');
  return underBlank ? top + 1 : top;
}
