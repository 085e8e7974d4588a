import Papa from 'papaparse';
import { baseName, MAX_BYTES, MAX_ROWS, notATable, type TableCell, type TableSheet } from './table-sheet';

const DELIMITERS = [';', ',', '\t'] as const;

// 0x80–0x9F of Windows-1252 (Node's TextDecoder reads them as Latin-1 control codes); 0 = unused.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b);
  return out;
}

/**
 * Text of a CSV file: UTF-8 (BOM dropped), UTF-16 with a BOM (Excel's "Unicode Text"), else
 * Windows-1252, which older Excel writes for "CSV (Comma delimited)". Null for binary content.
 */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = decodeWindows1252(bytes);
    }
  }
  if (text.includes('\u0000')) return null;
  return text.replace(/^\uFEFF/, '');
}

/**
 * The delimiter of a CSV: of ";", "," and tab, the one that splits the most records (first 50,
 * outside quotes) into the same number of fields; on a tie, the one in more records, then ";".
 * Indonesian Excel writes ";" because "," is its decimal separator, so an unquoted "87,5" must
 * not win over a steady ";".
 */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number[]>(DELIMITERS.map((d) => [d, []]));
  let current = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let records = 0;
  const endRecord = () => {
    for (const d of DELIMITERS) {
      const n = current.get(d) ?? 0;
      if (n > 0) counts.get(d)?.push(n);
    }
    current = new Map(DELIMITERS.map((d) => [d, 0]));
    records += 1;
  };
  for (let i = 0; i < text.length && records < 50; i++) {
    const ch = text[i] ?? '';
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else if (!quoted && current.has(ch)) current.set(ch, (current.get(ch) ?? 0) + 1);
  }
  endRecord();
  // Most records with the same count wins, then most records having it at all; ties go to DELIMITERS order.
  let best: { d: string; steady: number; coverage: number } = { d: ',', steady: 0, coverage: 0 };
  for (const d of DELIMITERS) {
    const list = counts.get(d) ?? [];
    const tally = new Map<number, number>();
    for (const n of list) tally.set(n, (tally.get(n) ?? 0) + 1);
    const steady = Math.max(0, ...tally.values());
    const better = steady > best.steady || (steady === best.steady && list.length > best.coverage);
    if (better) best = { d, steady, coverage: list.length };
  }
  return best.d;
}

export const cleanCells = (raw: TableCell[]): TableCell[] => {
  const cells = [...raw];
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
};

/**
 * Reads a CSV (or tab-separated .txt) file as one sheet named after the file. A first line
 * "sep=;" (Excel's delimiter hint, hidden when Excel opens the file) sets the delimiter.
 */
export function readCsv(fileName: string, bytes: Uint8Array): TableSheet[] {
  const name = baseName(fileName).replace(/\.[^.]*$/, '');
  if (bytes.byteLength > MAX_BYTES) throw notATable(fileName, { sheet: name });
  let text = decodeText(bytes);
  if (text === null) throw notATable(fileName);
  const hint = /^sep=(.)[ \t]*(\r\n|\n|\r|$)/i.exec(text);
  if (hint) text = text.slice(hint[0].length);
  const delimiter = hint?.[1] ?? sniffDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const rows: TableSheet['rows'] = [];
  parsed.data.forEach((record, index) => {
    const cells = cleanCells(
      record.map((v) => {
        const t = v.trim();
        return t === '' ? null : t;
      }),
    );
    if (cells.length > 0) rows.push({ rowNumber: index + 1, cells });
  });
  if (rows.length > MAX_ROWS) throw notATable(fileName, { sheet: name });
  return [{ name, rows }];
}
