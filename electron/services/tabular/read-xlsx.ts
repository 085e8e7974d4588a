import ExcelJS from 'exceljs';
import { cleanCells } from './read-csv';
import {
  baseName,
  MAX_BYTES,
  MAX_ROWS,
  notATable,
  type MergedRange,
  type TableCell,
  type TableSheet,
} from './table-sheet';

const isPercentFormat = (numFmt: string | undefined) =>
  numFmt !== undefined && numFmt.replace(/"[^"]*"|\\./g, '').includes('%');

/** Excel shows 15 significant digits; beyond them is float noise (0.1 + 0.2, 0.123 × 100). */
const asShown = (value: number) => Number(value.toPrecision(15));

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/**
 * A cell's value as the user sees it: a formula gives its cached result, rich text its plain
 * text, a date its ISO date, an error its code ("#DIV/0!"). Numbers keep the 15 significant
 * digits Excel shows (a formula's 0.30000000000000004 is 0.3). A number formatted as a percentage
 * is given in percent units, as shown (0.875 shown as "87,5%" → 87.5), like "87,5 %" typed as text.
 */
export function cellValue(value: ExcelJS.CellValue, numFmt?: string): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const shown = asShown(isPercentFormat(numFmt) ? value * 100 : value);
    return shown === 0 ? 0 : shown;
  }
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDate(value);
  if ('richText' in value) return cellValue(value.richText.map((r) => r.text).join(''));
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellValue(value.result ?? null, numFmt);
  if ('text' in value) return cellValue(typeof value.text === 'string' ? value.text : null);
  return null;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseRange(range: string): MergedRange | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range.trim());
  if (!m) return null;
  const [, l, t, r, b] = m;
  return {
    top: Number(t),
    left: columnIndex(l ?? 'A'),
    bottom: Number(b),
    right: columnIndex(r ?? 'A'),
  };
}

function readWorksheet(ws: ExcelJS.Worksheet, fileName: string): TableSheet {
  if (ws.actualRowCount > MAX_ROWS) throw notATable(fileName, { sheet: ws.name });
  const rows: TableSheet['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const raw: TableCell[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      // A merged range keeps its value in its top-left cell only.
      raw.push(cell.isMerged && cell.master.address !== cell.address ? null : cellValue(cell.value, cell.numFmt));
    }
    const cells = cleanCells(raw);
    if (cells.length > 0) rows.push({ rowNumber, cells });
  });
  const merges = (ws.hasMerges ? ws.model.merges : []).map(parseRange).filter((m): m is MergedRange => m !== null);
  return { name: ws.name, rows, ...(merges.length > 0 ? { merges } : {}) };
}

/** Reads every worksheet of an XLSX workbook; a file that is not one (or is encrypted) is refused. */
export async function readXlsx(fileName: string, bytes: Uint8Array): Promise<TableSheet[]> {
  const workbook = new ExcelJS.Workbook();
  // An XLSX is a zip ("PK"); an encrypted one is an OLE container exceljs cannot open.
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) throw notATable(fileName);
  if (bytes.byteLength > MAX_BYTES) throw notATable(fileName, { sheet: baseName(fileName) });
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw notATable(fileName);
  }
  return workbook.worksheets.map((ws) => readWorksheet(ws, fileName));
}
