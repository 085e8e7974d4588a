import ExcelJS from 'exceljs';
import type { i18n } from 'i18next';
import type { AwardDb } from '../../db/open-award-db';
import type { Download } from '../../../shared/judging/ballot.schema';
import { UserError } from '../../../shared/user-error';
import { scoringFor } from '../scoring/scoring.service';

/** The words on a template, in the user's language. */
export interface TemplateWords {
  title: (award: string) => string;
  category: string;
  juror: string;
  code: string;
  nominee: string;
  idRow: string;
  conflict: string;
  instructions: () => string;
  range: (min: number, max: number, step: number) => string;
}

/** The template's words from an i18n instance (the gate's or the CLI's), numbers in its locale. */
export function templateWords(i: i18n): TemplateWords {
  const t = (key: string, params: Record<string, unknown> = {}) => i.t(`ballot.${key}`, { ns: 'documents', ...params });
  const n = new Intl.NumberFormat(i.language === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 4 });
  return {
    title: (award) => t('title', { award }),
    category: t('category'),
    juror: t('juror'),
    code: t('code'),
    nominee: t('nominee'),
    idRow: t('idRow'),
    conflict: t('conflict'),
    instructions: () => t('instructions'),
    range: (min, max, step) => t('range', { min: n.format(min), max: n.format(max), step: n.format(step) }),
  };
}

interface TemplateSheet {
  categoryId: string;
  category: string;
  criteria: { id: string; name: string; min: number; max: number; step: number }[];
  nominees: { code: string; name: string; conflict: boolean }[];
}

function sheetsFor(
  award: AwardDb,
  jurorId: string,
  categoryId?: string,
): { award: string; juror: string; sheets: TemplateSheet[] } {
  const { sqlite } = award;
  const juror = scoringFor(award).requireJuror(jurorId);
  const awardName = sqlite.prepare<[], { name: string }>('SELECT name FROM award').get()?.name ?? '';
  const categories = sqlite
    .prepare<[], { id: string; name: string }>('SELECT id, name FROM category ORDER BY position_no')
    .all()
    .filter((c) => categoryId === undefined || c.id === categoryId);
  if (categoryId !== undefined && categories.length === 0)
    throw new UserError('not_found', 'errors.notFound', { what: categoryId });
  const criteria = sqlite.prepare<
    [string],
    { id: string; name: string; scale_min: number; scale_max: number; scale_step: number }
  >(
    "SELECT id, name, scale_min, scale_max, scale_step FROM criterion WHERE category_id = ? AND kind = 'judged' ORDER BY position_no",
  );
  const nominees = sqlite.prepare<
    [string, string],
    { id: string; name: string; region_code: string | null; conflict: number }
  >(
    `SELECT n.id, n.name, n.region_code, EXISTS (SELECT 1 FROM conflict x WHERE x.juror_id = ? AND x.nominee_id = n.id) AS conflict
     FROM category_nominee cn JOIN nominee n ON n.id = cn.nominee_id WHERE cn.category_id = ? ORDER BY n.position_no`,
  );
  const sheets = categories
    .map((c) => ({
      categoryId: c.id,
      category: c.name,
      criteria: criteria
        .all(c.id)
        .map((k) => ({ id: k.id, name: k.name, min: k.scale_min, max: k.scale_max, step: k.scale_step })),
      nominees: nominees
        .all(jurorId, c.id)
        .map((n) => ({ code: n.region_code ?? n.id, name: n.name, conflict: n.conflict === 1 })),
    }))
    .filter((s) => s.criteria.length > 0);
  if (sheets.length === 0) throw new UserError('invalid_input', 'errors.noJudgedCriteria');
  return { award: awardName, juror: juror.name, sheets };
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique within the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 28)
      .trim() || 'Kategori';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i += 1) candidate = `${base.slice(0, 26)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'juri';

/**
 * A paper-ballot template for one juror: per category a sheet with a row per nominee and a column
 * per judged criterion (its scale in the title, a whole-sheet number validation), the criterion ids
 * in a row marked "ID" so an import finds the category even if titles are edited.
 */
export async function ballotTemplate(
  award: AwardDb,
  jurorId: string,
  options: { categoryId?: string; format: 'xlsx' | 'csv' },
  words: TemplateWords,
): Promise<Download> {
  const data = sheetsFor(award, jurorId, options.categoryId);
  const base = `nilai-${slug(data.juror)}${options.categoryId ? `-${slug(options.categoryId)}` : ''}`;
  if (options.format === 'csv') {
    if (data.sheets.length !== 1) throw new UserError('invalid_input', 'errors.csvOneCategory');
    const sheet = data.sheets[0]!;
    const quote = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    const lines = [
      [words.code, words.nominee, ...sheet.criteria.map((k) => `${k.name} (${words.range(k.min, k.max, k.step)})`)],
      [words.idRow, '', ...sheet.criteria.map((k) => k.id)],
      ...sheet.nominees.map((n) => [
        n.code,
        n.conflict ? `${n.name} — ${words.conflict}` : n.name,
        ...sheet.criteria.map(() => ''),
      ]),
    ];
    const text = `\uFEFF${lines.map((l) => l.map(quote).join(';')).join('\r\n')}\r\n`;
    return { fileName: `${base}.csv`, mimeType: 'text/csv', base64: Buffer.from(text, 'utf8').toString('base64') };
  }

  const book = new ExcelJS.Workbook();
  book.creator = 'Juri';
  const taken = new Set<string>();
  for (const sheet of data.sheets) {
    const ws = book.addWorksheet(sheetName(sheet.category, taken), {
      views: [{ state: 'frozen', xSplit: 2, ySplit: 6 }],
    });
    ws.getCell('A1').value = words.title(data.award);
    ws.getCell('A1').font = { bold: true, size: 14 };
    ws.getCell('A2').value = `${words.category}: ${sheet.category}`;
    ws.getCell('A3').value = `${words.juror}: ${data.juror}`;
    ws.getCell('A4').value = words.instructions();
    ws.getCell('A4').font = { italic: true, color: { argb: 'FF555555' } };
    const header = ws.getRow(5);
    header.values = [
      words.code,
      words.nominee,
      ...sheet.criteria.map((k) => `${k.name} (${words.range(k.min, k.max, k.step)})`),
    ];
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle' };
    header.height = 32;
    header.eachCell((c) => {
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
      c.border = { bottom: { style: 'thin' } };
    });
    const ids = ws.getRow(6);
    ids.values = [words.idRow, '', ...sheet.criteria.map((k) => k.id)];
    ids.font = { size: 8, color: { argb: 'FF888888' } };
    sheet.nominees.forEach((n, i) => {
      const row = ws.getRow(7 + i);
      row.values = [n.code, n.conflict ? `${n.name} — ${words.conflict}` : n.name];
      sheet.criteria.forEach((k, j) => {
        const cell = row.getCell(3 + j);
        if (n.conflict) {
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
          return;
        }
        cell.dataValidation = {
          type: 'decimal',
          operator: 'between',
          allowBlank: true,
          formulae: [k.min, k.max],
          showErrorMessage: true,
          errorTitle: words.range(k.min, k.max, k.step),
          error: words.range(k.min, k.max, k.step),
        };
      });
    });
    ws.getColumn(1).width = 12;
    ws.getColumn(2).width = 36;
    sheet.criteria.forEach((_, j) => (ws.getColumn(3 + j).width = 22));
  }
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  return {
    fileName: `${base}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buffer.toString('base64'),
  };
}
