import type {
  IndicatorProblem,
  IndicatorProblemReason,
  IndicatorReadValue,
} from '../../../shared/indicators/indicator.schema';
import { CODE_HEADERS, NAME_HEADERS, columnLetter } from '../ballots/ballot-sheet';
import { fillMergedHeader, type HeaderColumn } from '../tabular/merged-header';
import type { TableCell, TableSheet } from '../tabular/table-sheet';

export interface IndicatorCriterionInfo {
  id: string;
  name: string;
  unit: string;
  scale: { min: number; max: number };
}
export interface IndicatorCategoryInfo {
  id: string;
  name: string;
  /** Indicator criteria only. */
  criteria: IndicatorCriterionInfo[];
  nomineeIds: ReadonlySet<string>;
}
export interface IndicatorNomineeInfo {
  id: string;
  name: string;
  kind: 'province' | 'regency' | 'city' | 'custom';
  regionCode: string | null;
}

/** What reading an indicator sheet needs from the award and the shared parsers. */
export interface IndicatorSheetContext {
  categories: IndicatorCategoryInfo[];
  nominees: IndicatorNomineeInfo[];
  currentValue: (nomineeId: string, criterionId: string) => number | null;
  parseNumber: (text: string) => number | null | 'invalid';
  matchNominee: (
    key: { code?: string; name?: string },
    nominees: IndicatorNomineeInfo[],
  ) => { id: string } | { reason: 'unknown' | 'ambiguous' };
  normalize: (text: string) => string;
  message: (reason: IndicatorProblemReason, params: Record<string, string | number>) => string;
}

export interface IndicatorSheetReading {
  category: IndicatorCategoryInfo | null;
  criterionIds: string[];
  values: IndicatorReadValue[];
  problems: IndicatorProblem[];
  rows: number;
  /** False when the sheet has no recognisable header at all. */
  hasHeader: boolean;
}

const EXTRA_NAME_HEADERS = ['kabupaten', 'kota', 'nama kabupaten/kota', 'nama daerah', 'daerah', 'pemda', 'peserta'];
/** Columns an indicator table may carry that hold no indicator. */
const IGNORED_HEADERS = ['no', 'nomor', 'provinsi', 'keterangan', 'catatan', 'sumber', 'sumber data', 'tahun'];
const ID_ROW_MARKER = 'id';

const text = (cell: TableCell | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());
/** "Penurunan ATS (%)" → "Penurunan ATS"; "Aktivasi akun %" → "Aktivasi akun": titles carry the unit. */
const stripUnit = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s*%\s*$/, '');

interface Columns {
  headerRow: number;
  code: number | null;
  name: number | null;
  others: HeaderColumn[];
  ids: string[] | null;
  dataFrom: number;
}

function findColumns(sheet: TableSheet, ctx: IndicatorSheetContext): Columns | null {
  const codeSet = new Set(CODE_HEADERS.map(ctx.normalize));
  const nameSet = new Set([...NAME_HEADERS, ...EXTRA_NAME_HEADERS].map(ctx.normalize));
  const ignored = new Set(IGNORED_HEADERS.map(ctx.normalize));
  const isKey = (c: TableCell) => nameSet.has(ctx.normalize(text(c))) || codeSet.has(ctx.normalize(text(c)));
  const header = sheet.rows.slice(0, 20).find((r) => r.cells.some(isKey));
  if (!header) return null;
  const { columns, bottom } = fillMergedHeader(sheet, header.rowNumber);
  const has = (col: HeaderColumn, set: Set<string>) => col.parts.some((p) => set.has(ctx.normalize(p)));
  const code = columns.find((c) => has(c, codeSet))?.index ?? null;
  const name = columns.find((c) => c.index !== code && has(c, nameSet))?.index ?? null;
  const others = columns.filter((c) => c.index !== code && c.index !== name && !has(c, ignored));
  // Our template puts the criterion ids in the row under the header, marked "ID".
  const next = sheet.rows.find((r) => r.rowNumber === bottom + 1);
  const marker = next ? ctx.normalize(text(next.cells[code ?? 0])) : '';
  const ids = next && marker === ID_ROW_MARKER ? next.cells.map(text) : null;
  return { headerRow: header.rowNumber, code, name, others, ids, dataFrom: ids ? bottom + 1 : bottom };
}

function criterionOf(
  col: HeaderColumn,
  ids: string[] | null,
  category: IndicatorCategoryInfo,
  normalize: (s: string) => string,
): IndicatorCriterionInfo | undefined {
  const id = ids?.[col.index];
  const byId = id ? category.criteria.find((k) => k.id === id) : undefined;
  if (byId) return byId;
  const labels = [col.parts[col.parts.length - 1] ?? '', col.label, ...col.parts].map((l) => normalize(stripUnit(l)));
  return category.criteria.find((k) => labels.includes(normalize(k.name)) || labels.includes(normalize(k.id)));
}

/** The category whose indicator criteria the columns name (by the template's id row, else by titles). */
export function detectCategory(sheet: TableSheet, ctx: IndicatorSheetContext): IndicatorCategoryInfo | null {
  const columns = findColumns(sheet, ctx);
  if (!columns) return null;
  const scored = ctx.categories
    .map((c) => ({ c, hits: columns.others.filter((col) => criterionOf(col, columns.ids, c, ctx.normalize)).length }))
    .filter((s) => s.hits > 0)
    .sort((a, b) => b.hits - a.hits);
  const best = scored.filter((s) => s.hits === scored[0]?.hits);
  return best.length === 1 ? (best[0]?.c ?? null) : null;
}

/**
 * Reads one sheet of indicator values for a category: the header (merged group titles allowed),
 * a row per nominee matched by Kemendagri code or tolerant name, a column per indicator criterion.
 * Problems are collected, never thrown, so the preview lists them all.
 */
export function readIndicatorSheet(
  sheet: TableSheet,
  category: IndicatorCategoryInfo,
  ctx: IndicatorSheetContext,
): IndicatorSheetReading {
  const problems: IndicatorProblem[] = [];
  const problem = (
    row: number | null,
    column: string | null,
    reason: IndicatorProblemReason,
    params: Record<string, string | number> = {},
  ) =>
    problems.push({
      sheet: sheet.name,
      row,
      column,
      reason,
      message: ctx.message(reason, { sheet: sheet.name, row: row ?? '', column: column ?? '', ...params }),
    });
  const empty = { category, criterionIds: [], values: [], problems, rows: 0 };

  const columns = findColumns(sheet, ctx);
  if (!columns) {
    problem(null, null, 'no_header');
    return { ...empty, hasHeader: false };
  }
  const criteria: { index: number; criterion: IndicatorCriterionInfo }[] = [];
  for (const col of columns.others) {
    const criterion = criterionOf(col, columns.ids, category, ctx.normalize);
    if (criterion) criteria.push({ index: col.index, criterion });
    else
      problem(columns.headerRow, columnLetter(col.index), 'unknown_column', {
        name: col.label,
        category: category.name,
      });
  }
  if (criteria.length === 0) {
    if (problems.length === 0) problem(columns.headerRow, null, 'unknown_category');
    return { ...empty, hasHeader: true };
  }

  const nominees = ctx.nominees.filter((n) => category.nomineeIds.has(n.id));
  const values: IndicatorReadValue[] = [];
  const seen = new Map<string, number>();
  let rows = 0;
  for (const { rowNumber, cells } of sheet.rows) {
    if (rowNumber <= columns.dataFrom) continue;
    const filled = criteria.filter(({ index }) => text(cells[index]) !== '');
    if (filled.length === 0) continue;
    rows += 1;
    const code = columns.code === null ? '' : text(cells[columns.code]);
    const name = columns.name === null ? '' : text(cells[columns.name]);
    const match = ctx.matchNominee({ ...(code ? { code } : {}), ...(name ? { name } : {}) }, nominees);
    if (!('id' in match)) {
      problem(rowNumber, null, match.reason === 'ambiguous' ? 'ambiguous_nominee' : 'unknown_nominee', {
        name: name || code,
      });
      continue;
    }
    const nominee = nominees.find((n) => n.id === match.id)!;
    const first = seen.get(nominee.id);
    if (first !== undefined) {
      problem(rowNumber, null, 'duplicate', { name: nominee.name, first });
      continue;
    }
    seen.set(nominee.id, rowNumber);
    for (const { index, criterion } of filled) {
      const column = columnLetter(index);
      const cell = cells[index];
      const value = typeof cell === 'number' ? cell : ctx.parseNumber(text(cell));
      if (value === null || value === 'invalid') {
        problem(rowNumber, column, 'not_a_number', { value: text(cell), criterion: criterion.name });
        continue;
      }
      const off = outOfRange(criterion, value);
      if (off) {
        problem(rowNumber, column, off, { value, criterion: criterion.name, ...criterion.scale });
        continue;
      }
      const current = ctx.currentValue(nominee.id, criterion.id);
      values.push({
        sheet: sheet.name,
        row: rowNumber,
        nomineeId: nominee.id,
        nominee: nominee.name,
        criterionId: criterion.id,
        criterion: criterion.name,
        value,
        current,
        status: current === null ? 'new' : current === value ? 'unchanged' : 'changed',
      });
    }
  }
  if (values.length === 0 && problems.length === 0) problem(null, null, 'no_values');
  return { category, criterionIds: criteria.map((c) => c.criterion.id), values, problems, rows, hasHeader: true };
}

/** A percentage must lie in 0–100; any value must lie on the criterion's declared scale. */
export function outOfRange(
  criterion: Pick<IndicatorCriterionInfo, 'unit' | 'scale'>,
  value: number,
): 'percent_out_of_range' | 'out_of_scale' | null {
  if (criterion.unit.trim() === '%' && (value < 0 || value > 100)) return 'percent_out_of_range';
  if (value < criterion.scale.min || value > criterion.scale.max) return 'out_of_scale';
  return null;
}
