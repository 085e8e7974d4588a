import type { BallotPreview, BallotProblemReason } from '../../../shared/judging/ballot.schema';
import { UserError } from '../../../shared/user-error';
import type { AwardDb } from '../../db/open-award-db';
import { scoringFor } from '../scoring/scoring.service';
import {
  readBallotSheet,
  type BallotCategory,
  type BallotContext,
  type BallotNominee,
  type TableSheet,
} from './ballot-sheet';

/** How the caller turns a problem into words (the gate's or the CLI's translator). */
export type BallotMessage = (reason: BallotProblemReason, params: Record<string, string | number>) => string;

/** The shared parsers a ballot needs (number formats, nominee names); injected to keep this module testable. */
export interface BallotParsers {
  parseNumber: BallotContext['parseNumber'];
  matchNominee: (
    key: { code?: string; name?: string },
    nominees: BallotNominee[],
  ) => { id: string } | { reason: 'unknown' | 'ambiguous' };
  normalize: (text: string) => string;
}

function contextFor(award: AwardDb, jurorId: string, parsers: BallotParsers, message: BallotMessage): BallotContext {
  const { sqlite } = award;
  const scoring = scoringFor(award);
  const criteria = sqlite
    .prepare<
      [],
      { id: string; name: string; category_id: string; scale_min: number; scale_max: number; scale_step: number }
    >(
      "SELECT id, name, category_id, scale_min, scale_max, scale_step FROM criterion WHERE kind = 'judged' ORDER BY position_no",
    )
    .all();
  const members = sqlite
    .prepare<[], { category_id: string; nominee_id: string }>('SELECT category_id, nominee_id FROM category_nominee')
    .all();
  const categories: BallotCategory[] = sqlite
    .prepare<[], { id: string; name: string }>('SELECT id, name FROM category ORDER BY position_no')
    .all()
    .map((c) => ({
      id: c.id,
      name: c.name,
      criteria: criteria
        .filter((k) => k.category_id === c.id)
        .map((k) => ({
          id: k.id,
          name: k.name,
          categoryId: c.id,
          scale: { min: k.scale_min, max: k.scale_max, step: k.scale_step },
        })),
      nomineeIds: new Set(members.filter((m) => m.category_id === c.id).map((m) => m.nominee_id)),
      submitted: scoring.statusOf(jurorId, c.id) === 'submitted',
    }));
  const nominees = sqlite
    .prepare<[], { id: string; name: string; kind: BallotNominee['kind']; region_code: string | null }>(
      'SELECT id, name, kind, region_code FROM nominee ORDER BY position_no',
    )
    .all()
    .map((n) => ({ id: n.id, name: n.name, kind: n.kind, regionCode: n.region_code }));
  const conflicts = new Set(
    sqlite
      .prepare<[string], { nominee_id: string }>('SELECT nominee_id FROM conflict WHERE juror_id = ?')
      .all(jurorId)
      .map((r) => r.nominee_id),
  );
  const current = sqlite.prepare<[string, string, string, string], { value: number | null }>(
    'SELECT value FROM score WHERE juror_id = ? AND category_id = ? AND nominee_id = ? AND criterion_id = ?',
  );
  return {
    categories,
    nominees,
    conflicts,
    currentValue: (categoryId, nomineeId, criterionId) =>
      current.get(jurorId, categoryId, nomineeId, criterionId)?.value ?? null,
    parseNumber: parsers.parseNumber,
    // Our templates write a custom nominee's id in the code column; region nominees go by code or name.
    matchNominee: (key) => {
      const byId = key.code ? nominees.find((n) => n.id === key.code) : undefined;
      return byId ? { id: byId.id } : parsers.matchNominee(key, nominees);
    },
    normalize: parsers.normalize,
    message,
  };
}

/** Reads a ballot against the award: every cell it would write, and every problem, without writing. */
export function previewBallot(
  award: AwardDb,
  jurorId: string,
  fileName: string,
  sheets: TableSheet[],
  parsers: BallotParsers,
  message: BallotMessage,
): BallotPreview {
  const juror = scoringFor(award).requireJuror(jurorId);
  const ctx = contextFor(award, jurorId, parsers, message);
  const read = sheets.map((sheet) => ({ sheet, ...readBallotSheet(sheet, ctx) }));
  const cells = read.flatMap((r) => r.cells);
  const problems = read.flatMap((r) => r.problems);
  // The same cell in two sheets is a duplicate too.
  const seen = new Map<string, string>();
  for (const c of cells) {
    const key = `${c.categoryId}|${c.nomineeId}|${c.criterionId}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        sheet: c.sheet,
        row: c.row,
        column: null,
        reason: 'duplicate',
        message: message('duplicate', { sheet: c.sheet, row: c.row, column: '', name: c.nominee, first }),
      });
    } else seen.set(key, `${c.sheet}!${c.row}`);
  }
  if (cells.length === 0 && problems.length === 0) {
    problems.push({
      sheet: sheets[0]?.name ?? '',
      row: null,
      column: null,
      reason: 'no_scores',
      message: message('no_scores', { sheet: sheets[0]?.name ?? '', row: '', column: '' }),
    });
  }
  return {
    juror: { id: juror.id, name: juror.name },
    fileName,
    sheets: read.map((r) => ({
      sheet: r.sheet.name,
      categoryId: r.category?.id ?? null,
      category: r.category?.name ?? null,
      rows: r.rows,
    })),
    cells,
    problems,
    changes: cells.filter((c) => c.current !== c.value).length,
  };
}

/**
 * Imports a ballot: all changed cells in one transaction, as score events whose source names the
 * file, sheet and row; or, when the preview has any problem, nothing at all.
 */
export function importBallot(
  award: AwardDb,
  jurorId: string,
  actorId: string | null,
  fileName: string,
  sheets: TableSheet[],
  parsers: BallotParsers,
  message: BallotMessage,
  now = new Date(),
): BallotPreview {
  const scoring = scoringFor(award);
  return scoring.log.append(now, () => {
    // Read again inside the write transaction, so nothing can change between check and write.
    const preview = previewBallot(award, jurorId, fileName, sheets, parsers, message);
    if (preview.problems.length > 0) {
      throw new UserError(
        'invalid_input',
        'errors.ballotHasProblems',
        { count: preview.problems.length },
        preview.problems.map((p) => ({ path: [p.sheet, p.row ?? 0, p.column ?? ''], message: p.message })),
      );
    }
    const drafts = preview.cells
      .filter((c) => c.current !== c.value)
      .map((c) => ({
        type: 'score' as const,
        actor_id: actorId,
        juror_id: jurorId,
        category_id: c.categoryId,
        nominee_id: c.nomineeId,
        criterion_id: c.criterionId,
        value: c.value,
        old_value: c.current,
        source: `ballot:${fileName}#${c.sheet}!${c.row}`,
      }));
    return { drafts, result: () => preview };
  });
}
