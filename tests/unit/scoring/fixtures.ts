import type {
  CategoryInput,
  ScoringCriterion,
  ScoringMethod,
  TieBreakStep,
} from '../../../shared/scoring/scoring-input.schema';
import type { CategoryResult } from '../../../shared/scoring/scoring-result.schema';

/** A judged criterion on 0–100 (so a score is already its mapped value). */
export const judged = (id: string, weight = 1, min = 0, max = 100, step = 1): ScoringCriterion => ({
  id,
  name: id,
  weight,
  kind: 'judged',
  scale: { min, max, step },
  direction: 'higher',
});

export interface Sketch {
  method?: ScoringMethod;
  trimK?: number;
  quorum?: number;
  criteria?: ScoringCriterion[];
  /** juror → nominee → one score per judged criterion, in the order of `criteria` (null: not given). */
  scores: Record<string, Record<string, (number | null)[] | number>>;
  /** Extra nominees nobody scored. */
  nominees?: string[];
  conflicts?: [juror: string, nominee: string][];
  indicatorValues?: { nomineeId: string; criterionId: string; value: number }[];
  tieBreak?: TieBreakStep[];
  winners?: CategoryInput['winners'];
}

/** A category from a compact juror × nominee table; names equal ids. */
export function sketch(s: Sketch): CategoryInput {
  const criteria = s.criteria ?? [judged('c1')];
  const judgedIds = criteria.filter((c) => c.kind === 'judged').map((c) => c.id);
  const jurors = Object.keys(s.scores);
  const nominees = [...new Set([...jurors.flatMap((j) => Object.keys(s.scores[j]!)), ...(s.nominees ?? [])])].sort();
  const scores: CategoryInput['scores'] = [];
  for (const j of jurors) {
    for (const [n, raw] of Object.entries(s.scores[j]!)) {
      const values = typeof raw === 'number' ? [raw] : raw;
      values.forEach((value, k) => {
        if (value !== null) scores.push({ jurorId: j, nomineeId: n, criterionId: judgedIds[k]!, value });
      });
    }
  }
  return {
    id: 'cat',
    name: 'Kategori',
    method: s.method ?? 'mean',
    ...(s.trimK === undefined ? {} : { trimK: s.trimK }),
    quorum: s.quorum ?? 1,
    winners: s.winners ?? { kind: 'top', count: 1 },
    criteria,
    nominees: nominees.map((id) => ({ id, name: id })),
    jurors: jurors.map((id) => ({ id, name: id })),
    conflicts: (s.conflicts ?? []).map(([jurorId, nomineeId]) => ({ jurorId, nomineeId })),
    scores,
    indicatorValues: s.indicatorValues ?? [],
    tieBreak: s.tieBreak ?? [],
  };
}

/** nominee → [rank, fixed score] for compact assertions. */
export function table(result: CategoryResult): Record<string, [number | null, string | null]> {
  return Object.fromEntries(result.ranking.map((r) => [r.nomineeId, [r.rank, r.score?.fixed ?? null]]));
}

/** nominee → exact score `num/den` (or null), rank and insufficiency: what must not depend on order. */
export function essence(result: CategoryResult) {
  return Object.fromEntries(
    result.ranking.map((r) => [
      r.nomineeId,
      { rank: r.rank, score: r.score ? `${r.score.num}/${r.score.den}` : null, insufficient: r.insufficient },
    ]),
  );
}
