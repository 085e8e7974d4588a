import type { BallotCell, BallotProblem, BallotProblemReason } from '../../../shared/judging/ballot.schema';
import { checkScore } from '../../../shared/judging/score-rules';
import type { TableSheet } from '../tabular/table-sheet';

export type { TableSheet };

export interface BallotCriterion {
  id: string;
  name: string;
  categoryId: string;
  scale: { min: number; max: number; step: number };
}
export interface BallotCategory {
  id: string;
  name: string;
  /** Judged criteria only: indicators are never on a ballot. */
  criteria: BallotCriterion[];
  nomineeIds: ReadonlySet<string>;
  submitted: boolean;
}
export interface BallotNominee {
  id: string;
  name: string;
  kind: 'province' | 'regency' | 'city' | 'custom';
  regionCode: string | null;
}

/** What reading a ballot needs from the award and from the shared parsers. */
export interface BallotContext {
  categories: BallotCategory[];
  nominees: BallotNominee[];
  conflicts: ReadonlySet<string>;
  currentValue: (categoryId: string, nomineeId: string, criterionId: string) => number | null;
  parseNumber: (text: string) => number | null | 'invalid';
  matchNominee: (key: { code?: string; name?: string }) => { id: string } | { reason: 'unknown' | 'ambiguous' };
  normalize: (text: string) => string;
  message: (reason: BallotProblemReason, params: Record<string, string | number>) => string;
}

export const CODE_HEADERS = ['kode', 'kode wilayah', 'kode kemendagri', 'kode peserta', 'id', 'code'];
export const NAME_HEADERS = [
  'peserta',
  'nama peserta',
  'nama',
  'wilayah',
  'kabupaten/kota',
  'kab/kota',
  'nominee',
  'name',
];
/** Columns a typed ballot may carry that are not scores. */
const IGNORED_HEADERS = [
  'no',
  'no.',
  'nomor',
  'jumlah',
  'total',
  'nilai akhir',
  'catatan',
  'keterangan',
  'komentar',
  'notes',
];
const ID_ROW_MARKER = 'id';

export const columnLetter = (index: number): string => {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

const text = (cell: string | number | null | undefined) =>
  cell === null || cell === undefined ? '' : String(cell).trim();
/** "Kelengkapan dokumen (1–100)" → "Kelengkapan dokumen": the template adds the scale to each header. */
const stripScale = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '');

interface Columns {
  headerRow: number;
  code: number | null;
  name: number | null;
  criteria: { index: number; criterion: BallotCriterion }[];
  unknown: { index: number; label: string }[];
  category: BallotCategory | null;
  dataFrom: number;
}

/**
 * Reads one sheet of a ballot: finds the header (a row naming the nominee column), the category
 * (by the criterion ids row of our template, else by criterion names, else by the sheet's name),
 * then every row with a score. Problems are collected, never thrown, so the preview lists them all.
 */
export function readBallotSheet(
  sheet: TableSheet,
  ctx: BallotContext,
): { cells: BallotCell[]; problems: BallotProblem[]; category: BallotCategory | null; rows: number } {
  const problems: BallotProblem[] = [];
  const problem = (
    row: number | null,
    column: string | null,
    reason: BallotProblemReason,
    params: Record<string, string | number> = {},
  ) =>
    problems.push({
      sheet: sheet.name,
      row,
      column,
      reason,
      message: ctx.message(reason, { sheet: sheet.name, row: row ?? '', column: column ?? '', ...params }),
    });

  const columns = findColumns(sheet, ctx);
  if (!columns) return { cells: [], problems, category: null, rows: 0 };
  if (!columns.category) {
    problem(columns.headerRow, null, 'unknown_category');
    return { cells: [], problems, category: null, rows: 0 };
  }
  const category = columns.category;
  for (const u of columns.unknown)
    problem(columns.headerRow, columnLetter(u.index), 'unknown_criterion', { name: u.label, category: category.name });
  if (category.submitted) problem(null, null, 'sheet_submitted', { category: category.name });

  const cells: BallotCell[] = [];
  const seen = new Map<string, number>();
  let rows = 0;
  for (const { rowNumber, cells: raw } of sheet.rows) {
    if (rowNumber <= columns.dataFrom) continue;
    const values = columns.criteria
      .map(({ index, criterion }) => ({ index, criterion, raw: raw[index] ?? null }))
      .filter((v) => text(v.raw) !== '');
    if (values.length === 0) continue;
    rows += 1;
    const code = columns.code === null ? '' : text(raw[columns.code]);
    const name = columns.name === null ? '' : text(raw[columns.name]);
    const label = name || code;
    const match = ctx.matchNominee({ ...(code ? { code } : {}), ...(name ? { name } : {}) });
    if (!('id' in match)) {
      problem(rowNumber, null, match.reason === 'ambiguous' ? 'ambiguous_nominee' : 'unknown_nominee', { name: label });
      continue;
    }
    const nominee = ctx.nominees.find((n) => n.id === match.id);
    if (!nominee || !category.nomineeIds.has(nominee.id)) {
      problem(rowNumber, null, 'unknown_nominee', { name: label });
      continue;
    }
    const first = seen.get(nominee.id);
    if (first !== undefined) {
      problem(rowNumber, null, 'duplicate', { name: nominee.name, first });
      continue;
    }
    seen.set(nominee.id, rowNumber);
    if (ctx.conflicts.has(nominee.id)) {
      problem(rowNumber, null, 'conflict', { name: nominee.name });
      continue;
    }
    for (const { index, criterion, raw: cell } of values) {
      const column = columnLetter(index);
      const value = typeof cell === 'number' ? cell : ctx.parseNumber(text(cell));
      if (value === null || value === 'invalid') {
        problem(rowNumber, column, 'not_a_number', { value: text(cell), criterion: criterion.name });
        continue;
      }
      const off = checkScore(criterion.scale, value);
      if (off) {
        problem(rowNumber, column, off.key === 'errors.scoreOutOfRange' ? 'out_of_range' : 'off_step', {
          value,
          criterion: criterion.name,
          ...off.params,
        });
        continue;
      }
      cells.push({
        sheet: sheet.name,
        row: rowNumber,
        categoryId: category.id,
        nomineeId: nominee.id,
        nominee: nominee.name,
        criterionId: criterion.id,
        criterion: criterion.name,
        value,
        current: ctx.currentValue(category.id, nominee.id, criterion.id),
      });
    }
  }
  return { cells, problems, category, rows };
}

function findColumns(sheet: TableSheet, ctx: BallotContext): Columns | null {
  const norm = (s: string) => ctx.normalize(stripScale(s));
  const codeSet = new Set(CODE_HEADERS.map((h) => ctx.normalize(h)));
  const nameSet = new Set(NAME_HEADERS.map((h) => ctx.normalize(h)));
  const ignored = new Set(IGNORED_HEADERS.map((h) => ctx.normalize(h)));
  const header = sheet.rows
    .slice(0, 15)
    .find((r) => r.cells.some((c) => nameSet.has(norm(text(c))) || codeSet.has(norm(text(c)))));
  if (!header) return null;
  const labels = header.cells.map((c) => text(c));
  const code = labels.findIndex((l) => codeSet.has(norm(l)));
  const name = labels.findIndex((l) => nameSet.has(norm(l)));
  const scoreColumns = labels
    .map((label, index) => ({ label, index }))
    .filter(({ label, index }) => label !== '' && index !== code && index !== name && !ignored.has(norm(label)));

  // Our template puts the criterion ids in the row under the header, marked "ID".
  const next = sheet.rows.find((r) => r.rowNumber === header.rowNumber + 1);
  const ids =
    next && code >= 0 && norm(text(next.cells[code])) === ID_ROW_MARKER ? next.cells.map((c) => text(c)) : null;
  const allCriteria = ctx.categories.flatMap((c) => c.criteria);

  const byId = (index: number) => (ids ? allCriteria.find((k) => k.id === ids[index]) : undefined);
  let category: BallotCategory | null = null;
  const idCategories = new Set(
    scoreColumns.map((c) => byId(c.index)?.categoryId).filter((x): x is string => Boolean(x)),
  );
  if (idCategories.size === 1) category = ctx.categories.find((c) => idCategories.has(c.id)) ?? null;
  if (!category) {
    // Typed by hand: the category whose criteria names cover the most score columns; the sheet name breaks ties.
    const scored = ctx.categories
      .map((c) => ({
        c,
        hits: scoreColumns.filter((col) => c.criteria.some((k) => norm(k.name) === norm(col.label))).length,
      }))
      .filter((s) => s.hits > 0)
      .sort((a, b) => b.hits - a.hits);
    const best = scored.filter((s) => s.hits === scored[0]?.hits);
    const bySheetName = best.find(
      (s) => norm(s.c.name).startsWith(norm(sheet.name)) || norm(sheet.name) === norm(s.c.id),
    );
    category = best.length === 1 ? (best[0]?.c ?? null) : (bySheetName?.c ?? null);
  }
  const criteria: Columns['criteria'] = [];
  const unknown: Columns['unknown'] = [];
  for (const col of scoreColumns) {
    const criterion =
      (byId(col.index)?.categoryId === category?.id ? byId(col.index) : undefined) ??
      category?.criteria.find((k) => norm(k.name) === norm(col.label) || k.id === col.label);
    if (criterion) criteria.push({ index: col.index, criterion });
    else unknown.push(col);
  }
  return {
    headerRow: header.rowNumber,
    code: code >= 0 ? code : null,
    name: name >= 0 ? name : null,
    criteria,
    unknown,
    category,
    dataFrom: ids ? header.rowNumber + 1 : header.rowNumber,
  };
}
