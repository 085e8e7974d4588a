import type { TFunction } from 'i18next';
import type { Scale } from '../../../shared/award/award.schema';
import type { Cell, Progress, Sheet, SheetCriterion, SheetNominee } from '../../../shared/judging/judging.schema';
import { checkScore, type ScoreProblem } from '../../../shared/judging/score-rules';
import { formatNumber, parseDecimal } from '../../ui/format';

/** `nomineeId|criterionId`: the key of one cell of the signed-in juror's sheet. */
/** What the grid and the nominee view both take: the sheet, the rows shown, and the cell actions. */
export interface SheetViewProps {
  sheet: Sheet;
  /** The rows shown (all, or only "belum dinilai"). */
  nominees: SheetNominee[];
  onComment: (nomineeId: string, criterionId: string) => void;
  onHistory: (nomineeId: string, criterionId: string) => void;
}

export const cellKey = (nomineeId: string, criterionId: string) => `${nomineeId}|${criterionId}`;

export const judgedOf = (sheet: Sheet): SheetCriterion[] => sheet.criteria.filter((c) => c.kind === 'judged');

/** Cells due and done, counted like main does: judged criteria × nominees without a conflict. */
export function progressOf(sheet: Sheet, cells: Record<string, Cell>): Progress {
  const judged = judgedOf(sheet);
  let due = 0;
  let done = 0;
  for (const n of sheet.nominees) {
    if (n.conflict) continue;
    for (const c of judged) {
      due += 1;
      if ((cells[cellKey(n.id, c.id)]?.value ?? null) !== null) done += 1;
    }
  }
  return { done, due };
}

/** Nominees with at least one empty due cell ("belum dinilai"). */
export function unscoredNominees(sheet: Sheet, cells: Record<string, Cell>): Set<string> {
  const judged = judgedOf(sheet);
  return new Set(
    sheet.nominees
      .filter((n) => !n.conflict && judged.some((c) => (cells[cellKey(n.id, c.id)]?.value ?? null) === null))
      .map((n) => n.id),
  );
}

export type ReadProblem = ScoreProblem | { key: 'errors.number'; params: ScoreProblem['params'] };

/**
 * Reads what the juror typed (`87,5` or `87.5`; empty clears the cell) and checks it against
 * the criterion's scale before anything is sent.
 */
export function readScore(text: string, scale: Scale): { value: number | null } | { problem: ReadProblem } {
  if (text.trim() === '') return { value: null };
  const value = parseDecimal(text);
  if (value === null) return { problem: { key: 'errors.number', params: { ...scale } } };
  const problem = checkScore(scale, value);
  return problem ? { problem } : { value };
}

/** The refusal in words, with the allowed range written the user's way (`0,01`). */
export function problemText(t: TFunction, problem: ReadProblem, language: string): string {
  const p = problem.params;
  const params = {
    min: formatNumber(p.min, language),
    max: formatNumber(p.max, language),
    step: formatNumber(p.step, language),
  };
  if (problem.key === 'errors.number') return t('grid.notNumber', { ns: 'scoring', ...params });
  return t(problem.key.slice('errors.'.length), { ns: 'errors', ...params });
}

/** "1–100" or "0–100 (0,01)" when the step is not 1. */
export function scaleText(scale: Scale, language: string): string {
  const range = `${formatNumber(scale.min, language)}–${formatNumber(scale.max, language)}`;
  return scale.step === 1 ? range : `${range} (${formatNumber(scale.step, language)})`;
}

/** A time of day for "saved at" (`08.31.02` in Indonesian). */
export function timeText(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleTimeString(language === 'en' ? 'en-GB' : 'id-ID', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
}

/** A running total with two decimals, always (`64,50`); for display only. */
export function totalText(total: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(total);
}
