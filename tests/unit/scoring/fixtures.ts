import fc from 'fast-check';
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

export const METHODS: readonly ScoringMethod[] = ['mean', 'median', 'trimmed', 'zscore', 'borda'];

export interface ArbitraryCategoryOptions {
  methods?: readonly ScoringMethod[];
  /** Weights criteria are drawn from. */
  weights?: readonly number[];
  maxCriteria?: number;
  /** Quorum drawn from 1..maxQuorum. */
  maxQuorum?: number;
  /** Top-N winners drawn from 1..maxWinners. */
  maxWinners?: number;
  tieBreak?: TieBreakStep[];
}

/** A random small category: 2–6 nominees, 2–5 jurors, a few criteria on 0–10, some gaps and conflicts. */
export function arbitraryCategory(options: ArbitraryCategoryOptions = {}): fc.Arbitrary<CategoryInput> {
  const { methods = METHODS, weights = [1, 2, 0.25, 30], maxCriteria = 2, maxQuorum = 1, maxWinners = 2 } = options;
  const tieBreak = options.tieBreak ?? [{ kind: 'firstPlaces' }];
  return fc
    .record({
      nN: fc.integer({ min: 2, max: 6 }),
      nJ: fc.integer({ min: 2, max: 5 }),
      weights: fc.array(fc.constantFrom(...weights), { minLength: 1, maxLength: maxCriteria }),
      method: fc.constantFrom(...methods),
      trimK: fc.integer({ min: 0, max: 1 }),
      quorum: fc.integer({ min: 1, max: maxQuorum }),
      winners: fc.integer({ min: 1, max: maxWinners }),
    })
    .chain((shape) =>
      fc.record({
        shape: fc.constant(shape),
        cells: fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { freq: 8 }), {
          minLength: shape.nN * shape.nJ * shape.weights.length,
          maxLength: shape.nN * shape.nJ * shape.weights.length,
        }),
        conflicts: fc.array(fc.boolean(), { minLength: shape.nN * shape.nJ, maxLength: shape.nN * shape.nJ }),
      }),
    )
    .map(({ shape, cells, conflicts }): CategoryInput => {
      const nominees = Array.from({ length: shape.nN }, (_, i) => ({ id: `n${i}`, name: `Nominee ${i % 3}` }));
      const jurors = Array.from({ length: shape.nJ }, (_, j) => ({ id: `j${j}`, name: `Juror ${j}` }));
      const criteria = shape.weights.map((w, c) => judged(`c${c}`, w, 0, 10, 1));
      const scores: CategoryInput['scores'] = [];
      let k = 0;
      for (const n of nominees)
        for (const j of jurors)
          for (const c of criteria) {
            const value = cells[k++];
            if (value !== null && value !== undefined)
              scores.push({ jurorId: j.id, nomineeId: n.id, criterionId: c.id, value });
          }
      return {
        id: 'cat',
        name: 'cat',
        method: shape.method,
        trimK: shape.trimK,
        quorum: shape.quorum,
        winners: { kind: 'top', count: shape.winners },
        criteria,
        nominees,
        jurors,
        conflicts: nominees.flatMap((n, i) =>
          jurors.flatMap((j, jj) =>
            conflicts[i * shape.nJ + jj] && (i + jj) % 3 === 0 ? [{ jurorId: j.id, nomineeId: n.id }] : [],
          ),
        ),
        scores,
        indicatorValues: [],
        tieBreak,
      };
    });
}
