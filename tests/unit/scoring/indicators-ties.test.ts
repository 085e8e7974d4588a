import { describe, expect, it } from 'vitest';
import { computeCategory } from '../../../electron/scoring/compute-category';
import type { IndicatorRule, ScoringCriterion } from '../../../shared/scoring/scoring-input.schema';
import { judged, sketch, table } from './fixtures';

const indicator = (rule: IndicatorRule, direction: 'higher' | 'lower' = 'higher', weight = 1): ScoringCriterion => ({
  id: 'ind',
  name: 'ind',
  weight,
  kind: 'indicator',
  scale: { min: 0, max: 100, step: 1 },
  direction,
  rule,
});
const measured = (values: Record<string, number>) =>
  Object.entries(values).map(([nomineeId, value]) => ({ nomineeId, criterionId: 'ind', value }));

/** The indicator alone: every juror's total is the indicator value, whatever they score. */
function indicatorOnly(rule: IndicatorRule, values: Record<string, number>, direction: 'higher' | 'lower' = 'higher') {
  const result = computeCategory(
    sketch({
      criteria: [indicator(rule, direction)],
      scores: { J1: {} },
      nominees: Object.keys(values),
      indicatorValues: measured(values),
    }),
  );
  return Object.fromEntries(result.ranking.map((r) => [r.nomineeId, r.score?.fixed ?? null]));
}

describe('indicator rules', () => {
  it.each([
    // min 10, max 30: (v − 10)/20 · 100
    { rule: { kind: 'minmax' }, dir: 'higher', expected: { N1: '0.00', N2: '100.00', N3: '50.00' } },
    // lower is better: (30 − v)/20 · 100
    { rule: { kind: 'minmax' }, dir: 'lower', expected: { N1: '100.00', N2: '0.00', N3: '50.00' } },
    // target 25, cap 1: 10/25 = 40 %, 30/25 capped at 100 %, 20/25 = 80 %
    { rule: { kind: 'target', target: 25 }, dir: 'higher', expected: { N1: '40.00', N2: '100.00', N3: '80.00' } },
    // cap 1.2 (120 % = 100 points): 0.4/1.2 = 33.33, 1.2/1.2 = 100, 0.8/1.2 = 66.67
    {
      rule: { kind: 'target', target: 25, cap: 1.2 },
      dir: 'higher',
      expected: { N1: '33.33', N2: '100.00', N3: '66.67' },
    },
    // lower is better: target/value = 25/10 capped 1, 25/30 = 83.33, 25/20 capped 1
    { rule: { kind: 'target', target: 25 }, dir: 'lower', expected: { N1: '100.00', N2: '83.33', N3: '100.00' } },
    // rank of 3: best 100, middle 50, worst 0
    { rule: { kind: 'rank' }, dir: 'higher', expected: { N1: '0.00', N2: '100.00', N3: '50.00' } },
  ] as const)('$rule.kind ($dir is better)', ({ rule, dir, expected }) => {
    expect(indicatorOnly(rule, { N1: 10, N2: 30, N3: 20 }, dir)).toEqual(expected);
  });

  it('rank: equal values share the average place (places 2 and 3 → 25 points each)', () => {
    expect(indicatorOnly({ kind: 'rank' }, { N1: 10, N2: 10, N3: 30 })).toEqual({
      N3: '100.00',
      N1: '25.00',
      N2: '25.00',
    });
  });

  it('min–max with every value equal gives everyone 100', () => {
    expect(indicatorOnly({ kind: 'minmax' }, { N1: 7, N2: 7 })).toEqual({ N1: '100.00', N2: '100.00' });
  });

  it('combines with judged criteria by weight, the same indicator part for every juror', () => {
    // judged 70 %, indicator 30 % (min–max: N1 0, N2 100)
    // N1: J1 .7·80 = 56, J2 .7·90 = 63 → 59.5;  N2: J1 .7·60+30 = 72, J2 .7·70+30 = 79 → 75.5
    const result = computeCategory(
      sketch({
        criteria: [judged('c1', 70), indicator({ kind: 'minmax' }, 'higher', 30)],
        scores: { J1: { N1: 80, N2: 60 }, J2: { N1: 90, N2: 70 } },
        indicatorValues: measured({ N1: 12, N2: 48 }),
      }),
    );
    expect(table(result)).toEqual({ N2: [1, '75.50'], N1: [2, '59.50'] });
    expect(result.ranking[0]!.breakdown.criteria[1]).toMatchObject({ measured: 48, consensus: { fixed: '100.00' } });
  });

  it('a nominee without a measured value is insufficient, not silently scored 0', () => {
    const result = computeCategory(
      sketch({
        criteria: [judged('c1', 70), indicator({ kind: 'minmax' }, 'higher', 30)],
        scores: { J1: { N1: 80, N2: 60 } },
        indicatorValues: measured({ N2: 48 }),
      }),
    );
    expect(result.ranking.map((r) => [r.nomineeId, r.rank, r.insufficientReason])).toEqual([
      ['N2', 1, null],
      ['N1', null, 'indicator'],
    ]);
  });
});

describe('tie chain', () => {
  // Both 85 overall. N1: c1 (80+90)/2 = 85, c2 (90+80)/2 = 85. N2: c1 (100+80)/2 = 90, c2 (70+90)/2 = 80.
  const tied = {
    criteria: [judged('c1'), judged('c2')],
    scores: { J1: { N1: [80, 90], N2: [100, 70] }, J2: { N1: [90, 80], N2: [80, 90] } },
  };

  it('shares the rank when no step separates (competition ranking 1, 1, 3)', () => {
    const result = computeCategory(sketch({ ...tied, scores: { ...tied.scores, J3: { N1: [85, 85], N2: [85, 85] } } }));
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 1]);
    expect(result.tieBreaks).toEqual([
      {
        rank: 1,
        nomineeIds: ['N1', 'N2'],
        step: null,
        kind: 'shared',
        criterionId: null,
        groups: [['N1', 'N2']],
        reason: null,
      },
    ]);
    const three = computeCategory(sketch({ scores: { J1: { A: 90, B: 90, C: 80 } } }));
    expect(three.ranking.map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it('a priority criterion breaks the tie: c2 favours N1, c1 favours N2', () => {
    const byC2 = computeCategory(sketch({ ...tied, tieBreak: [{ kind: 'criterion', criterionId: 'c2' }] }));
    expect(table(byC2)).toEqual({ N1: [1, '85.00'], N2: [2, '85.00'] });
    expect(byC2.tieBreaks[0]).toMatchObject({
      kind: 'criterion',
      criterionId: 'c2',
      step: 0,
      groups: [['N1'], ['N2']],
    });
    const byC1 = computeCategory(sketch({ ...tied, tieBreak: [{ kind: 'criterion', criterionId: 'c1' }] }));
    expect(table(byC1)).toEqual({ N2: [1, '85.00'], N1: [2, '85.00'] });
  });

  it('more first places breaks a tie the criterion could not', () => {
    // N1 (90+90+60)/3 = 80, N2 (85+85+70)/3 = 80; J1 and J2 put N1 first, J3 puts N3 first.
    const result = computeCategory(
      sketch({
        scores: { J1: { N1: 90, N2: 85, N3: 50 }, J2: { N1: 90, N2: 85, N3: 50 }, J3: { N1: 60, N2: 70, N3: 95 } },
        tieBreak: [{ kind: 'criterion', criterionId: 'c1' }, { kind: 'firstPlaces' }],
      }),
    );
    expect(table(result)).toEqual({ N1: [1, '80.00'], N2: [2, '80.00'], N3: [3, '65.00'] });
    expect(result.tieBreaks).toHaveLength(1);
    expect(result.tieBreaks[0]).toMatchObject({ kind: 'firstPlaces', step: 1 });
  });

  it("the ketua's recorded decision settles what remains, with its reason, and titles follow", () => {
    const result = computeCategory(
      sketch({
        scores: { J1: { A: 90, B: 90, C: 70, D: 60 } },
        tieBreak: [
          { kind: 'firstPlaces' },
          { kind: 'chair', decisions: [{ nomineeIds: ['B', 'A'], reason: 'Dampak lebih luas' }] },
        ],
        winners: { kind: 'titles', titles: ['Terbaik I', 'Terbaik II', 'Terbaik III'] },
      }),
    );
    expect(table(result)).toEqual({ B: [1, '90.00'], A: [2, '90.00'], C: [3, '70.00'], D: [4, '60.00'] });
    expect(result.tieBreaks).toEqual([
      {
        rank: 1,
        nomineeIds: ['A', 'B'],
        step: 1,
        kind: 'chair',
        criterionId: null,
        groups: [['B'], ['A']],
        reason: 'Dampak lebih luas',
      },
    ]);
    expect(result.winners).toEqual([
      { nomineeId: 'B', rank: 1, title: 'Terbaik I' },
      { nomineeId: 'A', rank: 2, title: 'Terbaik II' },
      { nomineeId: 'C', rank: 3, title: 'Terbaik III' },
    ]);
  });

  it('a shared rank shares its title and skips the next one; top-N includes everyone tied at the cut', () => {
    const scores = { J1: { A: 90, B: 90, C: 70, D: 60 } };
    const titled = computeCategory(sketch({ scores, winners: { kind: 'titles', titles: ['I', 'II', 'III'] } }));
    expect(titled.winners).toEqual([
      { nomineeId: 'A', rank: 1, title: 'I' },
      { nomineeId: 'B', rank: 1, title: 'I' },
      { nomineeId: 'C', rank: 3, title: 'III' },
    ]);
    const top1 = computeCategory(sketch({ scores, winners: { kind: 'top', count: 1 } }));
    expect(top1.winners.map((w) => w.nomineeId)).toEqual(['A', 'B']);
  });
});
