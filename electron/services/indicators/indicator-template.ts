import ExcelJS from 'exceljs';
import type { Download } from '../../../shared/judging/ballot.schema';
import type { IndicatorList } from '../../../shared/indicators/indicator.schema';

/** The words on an indicator template, in the user's language. */
export interface IndicatorTemplateWords {
  title: string;
  category: string;
  code: string;
  nominee: string;
  idRow: string;
  instructions: string;
  /** "0–100" in the user's number format. */
  scale: (min: number, max: number) => string;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'kategori';

const header = (k: IndicatorList['criteria'][number]) =>
  k.unit.trim() === '' ? k.name : `${k.name} (${k.unit.trim()})`;

/**
 * An indicator template for one category: a row per nominee (Kemendagri code and name), a column
 * per indicator criterion ("name (unit)"), the criterion ids in a row marked "ID" so a re-import
 * finds its columns even when titles are edited. The current values are filled in, so a re-import
 * of the same file changes nothing.
 */
export async function indicatorTemplate(
  list: IndicatorList,
  format: 'xlsx' | 'csv',
  words: IndicatorTemplateWords,
): Promise<Download> {
  const base = `indikator-${slug(list.category.id)}`;
  const valueOf = (nomineeId: string, criterionId: string) =>
    list.values.find((v) => v.nomineeId === nomineeId && v.criterionId === criterionId)?.value ?? null;
  const titles = [words.code, words.nominee, ...list.criteria.map(header)];
  const ids = [words.idRow, '', ...list.criteria.map((k) => k.id)];
  const rows = list.nominees.map((n) => [n.code, n.name, ...list.criteria.map((k) => valueOf(n.id, k.id))]);

  if (format === 'csv') {
    const quote = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const cell = (v: string | number | null) =>
      v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : v;
    const lines = [titles, ids, ...rows].map((l) => l.map((v) => quote(cell(v))).join(';'));
    const text = `\uFEFF${lines.join('\r\n')}\r\n`;
    return { fileName: `${base}.csv`, mimeType: 'text/csv', base64: Buffer.from(text, 'utf8').toString('base64') };
  }

  const book = new ExcelJS.Workbook();
  book.creator = 'Juri';
  const ws = book.addWorksheet('Indikator', { views: [{ state: 'frozen', xSplit: 2, ySplit: 5 }] });
  ws.getCell('A1').value = words.title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = `${words.category}: ${list.category.name}`;
  ws.getCell('A3').value = words.instructions;
  ws.getCell('A3').font = { italic: true, color: { argb: 'FF555555' } };
  const head = ws.getRow(4);
  head.values = titles;
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  head.height = 32;
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
    c.border = { bottom: { style: 'thin' } };
  });
  const idRow = ws.getRow(5);
  idRow.values = ids;
  idRow.font = { size: 8, color: { argb: 'FF888888' } };
  rows.forEach((values, i) => {
    const row = ws.getRow(6 + i);
    row.values = values;
    list.criteria.forEach((k, j) => {
      row.getCell(3 + j).dataValidation = {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [k.scale.min, k.scale.max],
        showErrorMessage: true,
        error: words.scale(k.scale.min, k.scale.max),
      };
    });
  });
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 36;
  list.criteria.forEach((_, j) => (ws.getColumn(3 + j).width = 24));
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return {
    fileName: `${base}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buffer.toString('base64'),
  };
}
