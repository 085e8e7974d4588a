import { createHash } from 'node:crypto';
import type { Category, TieBreakSetupStep } from '../../../shared/award/award.schema';
import { UserError } from '../../../shared/user-error';
import type { Analysis } from '../../../shared/scoring/analysis.schema';
import type { CategoryInput, TieBreakStep } from '../../../shared/scoring/scoring-input.schema';
import type { CategoryResult } from '../../../shared/scoring/scoring-result.schema';
import type { AwardDb } from '../../db/open-award-db';
import { listCategories } from '../../db/repos/category.repo';
import { analyseCategory } from '../../scoring/analyse';
import { computeCategory } from '../../scoring/compute-category';
import type { TieDecision } from '../../../shared/scoring/tie-decision.schema';
import { chairDecisions } from './chair-decisions';

type Sheet = NonNullable<CategoryInput['sheets']>[number];

/** The chain as set up, with the ketua's recorded decisions filled in where the chain asks for them. */
const tieStep = (step: TieBreakSetupStep, decisions: () => TieDecision[]): TieBreakStep =>
  step.kind === 'chair' ? { kind: 'chair', decisions: decisions() } : step;

/**
 * The engine's input for each category (or one), read from the award file: the setup, every
 * juror's current scores (the projection of the event log), conflicts and measured indicator values.
 * Scores for nominees or criteria the setup no longer has are left out here (merge keeps them).
 */
export async function categoryInputs(award: AwardDb, categoryId?: string): Promise<CategoryInput[]> {
  const all = await listCategories(award.db);
  const categories = categoryId === undefined ? all : all.filter((c) => c.id === categoryId);
  if (categoryId !== undefined && categories.length === 0) {
    throw new UserError('not_found', 'errors.notFound', { what: categoryId });
  }
  const { sqlite } = award;
  const nomineeNames = new Map(
    sqlite
      .prepare<[], { id: string; name: string }>('SELECT id, name FROM nominee')
      .all()
      .map((n) => [n.id, n.name]),
  );
  const jurors = sqlite
    .prepare<[], { id: string; name: string }>('SELECT id, name FROM juror ORDER BY position_no')
    .all();
  const conflicts = sqlite
    .prepare<[], { juror_id: string; nominee_id: string }>('SELECT juror_id, nominee_id FROM conflict')
    .all()
    .map((c) => ({ jurorId: c.juror_id, nomineeId: c.nominee_id }));
  // One row per juror and nominee, its scores as a JSON object: ~20× fewer rows and strings to build
  // than one row per score, and a scan in primary-key order instead of an index lookup per score.
  const grouped = sqlite.prepare<[string], { juror_id: string; nominee_id: string; values: string }>(
    `SELECT juror_id, nominee_id, json_group_object(criterion_id, value) AS "values"
     FROM score WHERE +category_id = ? AND value IS NOT NULL
     GROUP BY juror_id, category_id, nominee_id`,
  );
  // The engine takes these rows as they are (no object per score); it skips criteria it does not judge.
  const sheetsOf = (categoryId: string): Sheet[] =>
    grouped.all(categoryId).map((row) => ({
      jurorId: row.juror_id,
      nomineeId: row.nominee_id,
      values: JSON.parse(row.values) as Record<string, number>,
    }));
  const measured = sqlite.prepare<[], { nominee_id: string; criterion_id: string; value: number }>(
    'SELECT nominee_id, criterion_id, value FROM indicator_value WHERE value IS NOT NULL',
  );
  const indicatorRows = measured.all();
  return categories.map((c) =>
    inputOf(c, nomineeNames, jurors, conflicts, sheetsOf(c.id), indicatorRows, () => chairDecisions(award, c.id)),
  );
}

function inputOf(
  c: Category,
  nomineeNames: ReadonlyMap<string, string>,
  jurors: { id: string; name: string }[],
  conflicts: { jurorId: string; nomineeId: string }[],
  sheets: Sheet[],
  indicatorRows: { nominee_id: string; criterion_id: string; value: number }[],
  decisions: () => TieDecision[],
): CategoryInput {
  const nominees = new Set(c.nomineeIds);
  const indicators = new Set(c.criteria.filter((k) => k.kind === 'indicator').map((k) => k.id));
  const jurorIds = new Set(jurors.map((j) => j.id));
  const { method, trimK, quorum, winners, tieBreak } = c.scoring;
  return {
    id: c.id,
    name: c.name,
    method,
    trimK,
    quorum,
    winners,
    tieBreak: tieBreak.map((step) => tieStep(step, decisions)),
    criteria: c.criteria.map((k) => ({
      id: k.id,
      name: k.name,
      weight: k.weight,
      kind: k.kind,
      scale: k.scale,
      direction: k.direction,
      ...(k.kind === 'indicator' && k.rule ? { rule: k.rule } : {}),
    })),
    nominees: c.nomineeIds.map((id) => ({ id, name: nomineeNames.get(id) ?? id })),
    jurors,
    conflicts: conflicts.filter((x) => nominees.has(x.nomineeId)),
    scores: [],
    sheets: sheets.filter((s) => nominees.has(s.nomineeId) && jurorIds.has(s.jurorId)),
    indicatorValues: indicatorRows
      .filter((v) => nominees.has(v.nominee_id) && indicators.has(v.criterion_id))
      .map((v) => ({ nomineeId: v.nominee_id, criterionId: v.criterion_id, value: v.value })),
  };
}

/** Ranked results and their agreement/robustness analysis, per category, straight from the file. */
export async function awardResults(
  award: AwardDb,
  categoryId?: string,
  options: { breakdown?: boolean } = {},
): Promise<{ result: CategoryResult; analysis: Analysis }[]> {
  return (await categoryInputs(award, categoryId)).map((input) => ({
    result: computeCategory(input, options),
    analysis: cachedAnalysis(award, input),
  }));
}

const analyses = new WeakMap<AwardDb, Map<string, { key: string; analysis: Analysis }>>();

/**
 * The agreement and robustness analysis reruns the method dozens of times (leave-one-out, ±10 %
 * weights): seconds at national scale. It is a pure function of the category's input, so it is
 * kept per category and reused while the input is byte-for-byte the same (the results screen
 * asks every few seconds, mostly with nothing changed).
 */
function cachedAnalysis(award: AwardDb, input: CategoryInput): Analysis {
  let byCategory = analyses.get(award);
  if (!byCategory) analyses.set(award, (byCategory = new Map<string, { key: string; analysis: Analysis }>()));
  const key = createHash('sha256').update(JSON.stringify(input)).digest('base64');
  const hit = byCategory.get(input.id);
  if (hit?.key === key) return hit.analysis;
  const analysis = analyseCategory(input);
  byCategory.set(input.id, { key, analysis });
  return analysis;
}

/** The stable JSON the CLI prints (`juri results --json`): scores on 0–100, 2 decimals. */
export interface ResultsJson {
  id: string;
  name: string;
  method: string;
  ranking: { nomineeId: string; nominee: string; rank: number | null; score: number | null; insufficient: boolean }[];
  winners: { nomineeId: string; rank: number; title: string | null }[];
  agreement: { kendallW: number | null; p: number | null };
  stable: boolean;
}

export function resultsJson({ result, analysis }: { result: CategoryResult; analysis: Analysis }): ResultsJson {
  return {
    id: result.categoryId,
    name: result.name,
    method: result.method,
    ranking: result.ranking.map((r) => ({
      nomineeId: r.nomineeId,
      nominee: r.name,
      rank: r.rank,
      score: r.score === null ? null : Number(r.score.fixed),
      insufficient: r.insufficient,
    })),
    winners: result.winners.map((w) => ({ nomineeId: w.nomineeId, rank: w.rank, title: w.title })),
    agreement: { kendallW: analysis.agreement.kendallW, p: analysis.agreement.p },
    stable: analysis.verdict.stable,
  };
}
