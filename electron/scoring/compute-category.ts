import type { CategoryInput } from '../../shared/scoring/scoring-input.schema';
import type { CategoryResult, NomineeResult } from '../../shared/scoring/scoring-result.schema';
import { aggregate, criterionConsensus, type Aggregated } from './aggregate';
import { indexCategory, jurorTotal, weigh, type Indexed, type Weighed } from './prepare';
import { rankCategory, type Ranked } from './ranking';
import { pow10, rat, toExact, toNumber, type Rational } from './rational';

export interface ComputeOptions {
  /** Include each nominee's per-juror and per-criterion breakdown (default true). */
  breakdown?: boolean;
}

export interface Run {
  agg: Aggregated;
  ranked: Ranked;
}

/** One pass of the method over the given weights and jurors (`active[j]`), with a quorum. */
export function runCategory(ix: Indexed, w: Weighed, active: readonly boolean[], quorum = ix.input.quorum): Run {
  const agg = aggregate(ix, w, ix.input.method, ix.input.trimK ?? 0, active);
  return { agg, ranked: rankCategory(ix, w, agg, quorum) };
}

function nomineeResult(ix: Indexed, w: Weighed, run: Run, i: number, breakdown: boolean): NomineeResult {
  const { input } = ix;
  const { agg, ranked } = run;
  const score = agg.score[i] ?? null;
  const unit = pow10(ix.places);
  const num = (r: Rational | null) => (r === null ? null : toNumber(r));
  return {
    nomineeId: input.nominees[i]!.id,
    name: input.nominees[i]!.name,
    rank: ranked.rank[i] ?? null,
    score: score === null ? null : toExact(score),
    insufficient: ranked.insufficient[i] !== null,
    insufficientReason: ranked.insufficient[i] ?? null,
    jurorCount: agg.counted[i]!.length,
    breakdown: !breakdown
      ? { jurors: [], criteria: [] }
      : {
          jurors: input.jurors.map((j, jj) => {
            const counted = agg.counted[i]!.includes(jj);
            const total = counted ? jurorTotal(w, i, jj) : null;
            const z = agg.z[i]!.get(jj);
            return {
              jurorId: j.id,
              status: ix.status[i]![jj]!,
              total: total === null ? null : toExact(total),
              criteria: input.criteria.map((c, ci) => {
                if (c.kind === 'indicator')
                  return { criterionId: c.id, raw: null, mapped: num(ix.indicator[i]![ci] ?? null) };
                const u = ix.units[i]![jj]![ci];
                const lo = ix.lo[ci]!;
                return {
                  criterionId: c.id,
                  raw: u === undefined ? null : toNumber(rat(u, unit)),
                  mapped: u === undefined ? null : toNumber(rat(100n * (u - lo), ix.hi[ci]! - lo)),
                };
              }),
              dropped: agg.dropped[i]!.has(jj),
              z: z === undefined ? null : toNumber(rat(z, pow10(18))),
              borda: num(agg.borda[i]!.get(jj) ?? null),
            };
          }),
          criteria: input.criteria.map((c, ci) => {
            const cons = criterionConsensus(ix, agg.counted[i]!, i, ci, input.method, input.trimK ?? 0);
            const measured = input.indicatorValues.find(
              (v) => v.nomineeId === input.nominees[i]!.id && v.criterionId === c.id,
            );
            return {
              criterionId: c.id,
              kind: c.kind,
              weightShare: toNumber(w.shares[ci]!),
              measured: c.kind === 'indicator' ? (measured?.value ?? null) : null,
              consensus: cons === null ? null : toExact(cons),
            };
          }),
        },
  };
}

/**
 * Ranks one category: juror totals (weighted, mapped to 0–100, indicators included), the
 * category's aggregation method, the quorum, the tie chain and the winners. Pure and exact: the
 * same input in any order gives the same result.
 */
export function computeCategory(input: CategoryInput, options: ComputeOptions = {}): CategoryResult {
  const ix = indexCategory(input);
  const w = weigh(ix);
  const run = runCategory(
    ix,
    w,
    input.jurors.map(() => true),
  );
  const breakdown = options.breakdown ?? true;
  return {
    categoryId: input.id,
    name: input.name,
    method: input.method,
    ranking: run.ranked.order.map((i) => nomineeResult(ix, w, run, i, breakdown)),
    tieBreaks: run.ranked.tieBreaks,
    winners: run.ranked.winners,
  };
}

/** Every category of an award, in the order given. */
export function computeAward(inputs: readonly CategoryInput[], options: ComputeOptions = {}): CategoryResult[] {
  return inputs.map((input) => computeCategory(input, options));
}
