import { describe, expect, it } from 'vitest';
import { computeCategory } from '../../../electron/scoring/compute-category';
import { judged, sketch, table, type Sketch } from './fixtures';

// One judged criterion on 0–100 unless said otherwise, so a juror's total is simply their score.
const cases: { name: string; input: Sketch; expected: Record<string, [number | null, string | null]> }[] = [
  {
    name: 'mean: (80+90+70)/3 = 80, (85+85+85)/3 = 85, (60+100+95)/3 = 85 → N2 and N3 share rank 1',
    input: {
      scores: { J1: { N1: 80, N2: 85, N3: 60 }, J2: { N1: 90, N2: 85, N3: 100 }, J3: { N1: 70, N2: 85, N3: 95 } },
    },
    expected: { N2: [1, '85.00'], N3: [1, '85.00'], N1: [3, '80.00'] },
  },
  {
    name: 'mean over two criteria on their own scales (weights 60/40)',
    // c1 on 1–5 maps (v−1)/4·100; c2 on 0–10 maps v·10.
    // N1: J1 (4→75, 8→80) = .6·75+.4·80 = 77; J2 (5→100, 5→50) = 60+20 = 80; mean 78.5
    // N2: J1 (3→50, 10→100) = 30+40 = 70; J2 (2→25, 9→90) = 15+36 = 51; mean 60.5
    input: {
      criteria: [judged('c1', 60, 1, 5), judged('c2', 40, 0, 10)],
      scores: { J1: { N1: [4, 8], N2: [3, 10] }, J2: { N1: [5, 5], N2: [2, 9] } },
    },
    expected: { N1: [1, '78.50'], N2: [2, '60.50'] },
  },
  {
    name: 'median: middle of four is the mean of the two middle totals',
    // N1 sorted 70 80 90 100 → (80+90)/2 = 85; N2 sorted 50 60 95 95 → (60+95)/2 = 77.5
    input: {
      method: 'median',
      scores: { J1: { N1: 80, N2: 60 }, J2: { N1: 90, N2: 95 }, J3: { N1: 70, N2: 95 }, J4: { N1: 100, N2: 50 } },
    },
    expected: { N1: [1, '85.00'], N2: [2, '77.50'] },
  },
  {
    name: 'trimmed k=1: drops the highest and lowest total (mean would rank N1 first)',
    // N1 50 80 85 90 100 → (80+85+90)/3 = 85 (mean 81); N2 10 88 88 88 99 → 88 (mean 74.6)
    input: {
      method: 'trimmed',
      trimK: 1,
      scores: {
        J1: { N1: 50, N2: 10 },
        J2: { N1: 80, N2: 88 },
        J3: { N1: 85, N2: 88 },
        J4: { N1: 90, N2: 88 },
        J5: { N1: 100, N2: 99 },
      },
    },
    expected: { N2: [1, '88.00'], N1: [2, '85.00'] },
  },
  {
    name: 'z-score: corrects a lenient and a harsh juror (mean would rank N1 first)',
    // J1 100 60 80: mean 80, sd √(800/3) → z +1.2247, −1.2247, 0
    // J2  40 50 45: mean 45, sd √(50/3)  → z −1.2247, +1.2247, 0
    // J3  70 80 60: mean 70, sd √(200/3) → z 0, +1.2247, −1.2247
    // average z: N1 0, N2 +0.4082, N3 −0.4082 (mean of totals: N1 70, N2 63.33, N3 61.67)
    // Shown on 0–100 as panel mean 65 + mean sd 9.5258 × average z: 65.00, 68.89, 61.11.
    input: {
      method: 'zscore',
      scores: { J1: { N1: 100, N2: 60, N3: 80 }, J2: { N1: 40, N2: 50, N3: 45 }, J3: { N1: 70, N2: 80, N3: 60 } },
    },
    expected: { N2: [1, '68.89'], N1: [2, '65.00'], N3: [3, '61.11'] },
  },
  {
    name: 'borda: points 100·(m−p)/(m−1), ties share the average place (mean would rank N2 first)',
    // J1 90 80 70 → 100, 50, 0; J2 60 95 50 → 50, 100, 0; J3 88 70 70 → 100, 25, 25 (N2, N3 share places 2–3)
    // N1 (100+50+100)/3 = 83.33; N2 (50+100+25)/3 = 58.33; N3 (0+0+25)/3 = 8.33
    input: {
      method: 'borda',
      scores: { J1: { N1: 90, N2: 80, N3: 70 }, J2: { N1: 60, N2: 95, N3: 50 }, J3: { N1: 88, N2: 70, N3: 70 } },
    },
    expected: { N1: [1, '83.33'], N2: [2, '58.33'], N3: [3, '8.33'] },
  },
  {
    name: 'conflict and quorum: N1 averaged over J1, J2 only; with quorum 3 it is insufficient and unranked',
    input: {
      quorum: 3,
      conflicts: [['J3', 'N1']],
      scores: { J1: { N1: 99, N2: 70 }, J2: { N1: 97, N2: 80 }, J3: { N1: 10, N2: 90 } },
    },
    expected: { N2: [1, '80.00'], N1: [null, '98.00'] },
  },
  {
    name: 'a juror with a criterion left open does not count for that nominee',
    // J2 gave N1 only c1: N1 = J1 alone = .5·80+.5·60 = 70; N2 = ((.5·50+.5·50) + (.5·90+.5·70))/2 = 65
    input: {
      criteria: [judged('c1'), judged('c2')],
      scores: { J1: { N1: [80, 60], N2: [50, 50] }, J2: { N1: [100, null], N2: [90, 70] } },
    },
    expected: { N1: [1, '70.00'], N2: [2, '65.00'] },
  },
  {
    name: 'decimals are exact: 0.1 + 0.2 on a 0–1 scale is 30, not 30.000000000000004',
    // c1 and c2 on 0–1, weights 1:1. N1: (10+20)/2 = 15 for J1; J2 (30+0)/2 = 15 → 15.00
    input: {
      criteria: [judged('c1', 1, 0, 1, 0.1), judged('c2', 1, 0, 1, 0.1)],
      scores: { J1: { N1: [0.1, 0.2], N2: [0.3, 0] }, J2: { N1: [0.3, 0], N2: [0.1, 0.2] } },
    },
    expected: { N1: [1, '15.00'], N2: [1, '15.00'] },
  },
  {
    name: 'display rounds half away from zero on the exact value: 1.005 → 1.01 (toFixed gives 1.00)',
    // one juror, scale 0–1000 with step 0.01: 10.05 → 1.005 exactly
    input: { criteria: [judged('c1', 1, 0, 1000, 0.01)], scores: { J1: { N1: 10.05 } } },
    expected: { N1: [1, '1.01'] },
  },
];

describe('aggregation methods (hand-checked)', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    expect(table(computeCategory(sketch(input)))).toEqual(expected);
  });

  it('lists the ranked nominees first, then the insufficient ones without a rank', () => {
    const result = computeCategory(
      sketch({ quorum: 2, scores: { J1: { A: 50, B: 90, C: 70 }, J2: { A: 60, C: 80 } }, nominees: ['D'] }),
    );
    expect(result.ranking.map((r) => [r.nomineeId, r.rank, r.insufficientReason])).toEqual([
      ['C', 1, null],
      ['A', 2, null],
      ['B', null, 'quorum'],
      ['D', null, 'quorum'],
    ]);
    expect(result.ranking.find((r) => r.nomineeId === 'D')?.score).toBeNull();
  });

  it('trimmed mean needs more than 2k jurors: with k=1 and two jurors the nominee is insufficient', () => {
    const result = computeCategory(sketch({ method: 'trimmed', trimK: 1, scores: { J1: { A: 50 }, J2: { A: 70 } } }));
    expect(result.ranking[0]).toMatchObject({ rank: null, insufficient: true, insufficientReason: 'quorum' });
  });

  it('marks the dropped totals of the trimmed mean in the breakdown', () => {
    const result = computeCategory(
      sketch({ method: 'trimmed', trimK: 1, scores: { J1: { A: 50 }, J2: { A: 80 }, J3: { A: 100 } } }),
    );
    const jurors = result.ranking[0]!.breakdown.jurors;
    expect(jurors.map((j) => [j.jurorId, j.dropped])).toEqual([
      ['J1', true],
      ['J2', false],
      ['J3', true],
    ]);
    expect(result.ranking[0]!.score?.fixed).toBe('80.00');
  });

  it('shows the breakdown: each juror total, each raw and mapped score, each criterion consensus', () => {
    const result = computeCategory(
      sketch({
        criteria: [judged('c1', 60, 1, 5), judged('c2', 40, 0, 10)],
        scores: { J1: { N1: [4, 8] }, J2: { N1: [5, 5] } },
        conflicts: [],
      }),
    );
    const n1 = result.ranking[0]!;
    expect(n1.breakdown.jurors.map((j) => [j.jurorId, j.total?.fixed, j.criteria])).toEqual([
      [
        'J1',
        '77.00',
        [
          { criterionId: 'c1', raw: 4, mapped: 75 },
          { criterionId: 'c2', raw: 8, mapped: 80 },
        ],
      ],
      [
        'J2',
        '80.00',
        [
          { criterionId: 'c1', raw: 5, mapped: 100 },
          { criterionId: 'c2', raw: 5, mapped: 50 },
        ],
      ],
    ]);
    // consensus on c1 (75+100)/2 = 87.5, on c2 (80+50)/2 = 65; weights 0.6 / 0.4
    expect(n1.breakdown.criteria.map((c) => [c.criterionId, c.weightShare, c.consensus?.fixed])).toEqual([
      ['c1', 0.6, '87.50'],
      ['c2', 0.4, '65.00'],
    ]);
  });
});
