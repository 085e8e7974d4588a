import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseCategory, summariseCategory } from '../../../electron/scoring/analyse';
import { averageRanks, chiSquareUpper, gammaQ, kendallW, pearson, spearman } from '../../../electron/scoring/stats';
import { createI18n } from '../../../shared/i18n/i18n';
import { AnalysisSchema, type Analysis } from '../../../shared/scoring/analysis.schema';
import type { CategoryInput } from '../../../shared/scoring/scoring-input.schema';
import { describeVerdict } from '../../../shared/scoring/verdict';
import { arbitraryCategory, judged, METHODS, sketch } from './fixtures';

const idT = createI18n('id').t;
const enT = createI18n('en').t;
const asNumber = (f: { num: bigint; den: bigint }) => Number(f.num) / Number(f.den);
const keys = (a: Analysis) => a.verdict.reasons.map((r) => r.key);

describe('Kendall’s W against published examples', () => {
  // NAG Library, routine G08DAF (nagf_nonpar_concordance_kendall), example program results:
  // https://support.nag.com/numeric/fl/nagdoc_fl26.2/examples/baseresults/g08dafe.r.html
  // Three comparisons of ten objects, with ties; published "Kendall's coefficient = 0.828,
  // Significance = 0.008" (chi-square approximation, df = n − 1 = 9).
  const nag = [
    [1.0, 4.5, 2.0, 4.5, 3.0, 7.5, 6.0, 9.0, 7.5, 10.0],
    [2.5, 1.0, 2.5, 4.5, 4.5, 8.0, 9.0, 6.5, 10.0, 6.5],
    [2.0, 1.0, 4.5, 4.5, 4.5, 4.5, 8.0, 8.0, 8.0, 10.0],
  ];

  it('NAG G08DAF (ties): W = 0.828, p = 0.008', () => {
    const W = kendallW(nag)!;
    // Σ(R − 16.5)² = 591, so 12S = 7092; ties Σ(t³ − t) = 12 + 18 + 84 = 114;
    // W = 7092 / (9·990 − 3·114) = 7092/8568 = 197/238. Uncorrected it would be 7092/8910 = 0.796.
    expect(W).toEqual({ num: 197n, den: 238n });
    expect(asNumber(W)).toBeCloseTo(0.828, 3);
    expect(chiSquareUpper(3 * 9 * asNumber(W), 9)).toBeCloseTo(0.008, 3);
  });

  it('NAG G08DAF through analyseCategory: three jurors whose totals are those scores', () => {
    const scores: Record<string, Record<string, number>> = {};
    nag.forEach((row, j) => {
      scores[`J${j + 1}`] = Object.fromEntries(row.map((v, i) => [`N${String(i).padStart(2, '0')}`, v * 10]));
    });
    const a = analyseCategory(sketch({ scores }));
    expect(a.agreement.kendallWExact).toBe('197/238');
    expect(a.agreement.kendallW).toBeCloseTo(0.828, 3);
    expect(a.agreement.df).toBe(9);
    expect(a.agreement.chiSquare).toBeCloseTo((27 * 197) / 238, 10);
    expect(a.agreement.p).toBeCloseTo(0.008, 3);
    expect(a.agreement.jurorIds).toEqual(['J1', 'J2', 'J3']);
    expect(a.agreement.nomineeIds).toHaveLength(10);
  });

  it('without ties: three raters, six objects (Siegel 1956, ch. 9: W = 0.16)', () => {
    // Rank sums 8, 14, 11, 11, 11, 8 around m(n+1)/2 = 10.5: S = 25.5; W = 12·25.5/(9·210) = 17/105.
    const W = kendallW([
      [1, 6, 3, 2, 5, 4],
      [1, 5, 6, 4, 2, 3],
      [6, 3, 2, 5, 4, 1],
    ])!;
    expect(W).toEqual({ num: 17n, den: 105n });
    expect(asNumber(W)).toBeCloseTo(0.16, 2);
  });

  it('is undefined for fewer than 2 judges or objects, or when every judge ties everything', () => {
    expect(kendallW([[1, 2, 3]])).toBeNull();
    expect(kendallW([[1], [1]])).toBeNull();
    expect(
      kendallW([
        [1.5, 1.5],
        [1.5, 1.5],
      ]),
    ).toBeNull();
  });
});

describe('Spearman’s ρ against a published example', () => {
  // Wikipedia, "Spearman's rank correlation coefficient", section "Example": IQ against hours of
  // TV per week for ten people; Σd² = 194, ρ = 1 − 6·194/(10·99) = −29/165 ≈ −0.175757.
  const iq = [106, 86, 100, 101, 99, 103, 97, 113, 112, 110];
  const tv = [7, 0, 27, 50, 28, 29, 20, 12, 6, 17];

  it('IQ vs hours of TV: ρ = −29/165', () => {
    expect(spearman(iq, tv, (a, b) => a - b)).toBeCloseTo(-29 / 165, 12);
  });

  it('is tie-aware (Pearson on average ranks) and direction-free', () => {
    expect(averageRanks([10, 20, 20, 30], (a, b) => a - b)).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([10, 20, 20, 30], (a, b) => b - a)).toEqual([4, 2.5, 2.5, 1]);
    // x = 1 2 3 4, y ranks 1 2.5 2.5 4 → r = 4.5/√(5·4.5) = 0.948683…
    expect(spearman([1, 2, 3, 4], [10, 20, 20, 30], (a, b) => a - b)).toBeCloseTo(4.5 / Math.sqrt(22.5), 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});

describe('chi-square upper tail', () => {
  // Critical values from any chi-square table (e.g. NIST/SEMATECH e-Handbook, §1.3.6.7.4).
  it.each([
    [16.919, 9, 0.05],
    [5.991, 2, 0.05],
    [3.841, 1, 0.05],
    [13.277, 4, 0.01],
    [23.209, 10, 0.01],
    [124.342, 100, 0.05],
  ])('P(χ² > %d | df %d) ≈ %d', (x, df, p) => {
    expect(chiSquareUpper(x, df)).toBeCloseTo(p, 4);
  });

  it('matches closed forms: df = 2 is e^(−x/2); Q(1, x) = e^(−x)', () => {
    for (const x of [0.1, 1, 5.991, 20, 80]) expect(chiSquareUpper(x, 2)).toBeCloseTo(Math.exp(-x / 2), 14);
    for (const x of [0.5, 3, 12]) expect(gammaQ(1, x)).toBeCloseTo(Math.exp(-x), 14);
    expect(chiSquareUpper(0, 5)).toBe(1);
  });
});

describe('analyseCategory', () => {
  it('a clear result: W = 1, every juror agrees with the others, stable', () => {
    const input = sketch({
      scores: {
        J1: { A: 90, B: 70, C: 50, D: 30 },
        J2: { A: 85, B: 72, C: 55, D: 20 },
        J3: { A: 95, B: 60, C: 52, D: 35 },
      },
    });
    const a = AnalysisSchema.parse(analyseCategory(input));
    // χ² = m(n − 1)W = 3·3·1 = 9 on 3 df: p = 0.0293.
    expect(a.agreement).toMatchObject({ kendallW: 1, kendallWExact: '1/1', chiSquare: 9, df: 3 });
    expect(a.agreement.p).toBeCloseTo(0.0293, 4);
    expect(a.jurors.map((j) => [j.jurorId, j.spearman, j.nominees, j.outlier])).toEqual([
      ['J1', 1, 4, false],
      ['J2', 1, 4, false],
      ['J3', 1, 4, false],
    ]);
    expect(a.leaveOneOut.every((s) => s.assessed && !s.winnersChanged && !s.placesChanged)).toBe(true);
    expect(a.weights.map((s) => [s.criterionId, s.factor, s.winnersChanged])).toEqual([
      ['c1', '0.9', false],
      ['c1', '1.1', false],
    ]);
    expect(a.verdict).toEqual({ status: 'stable', stable: true, reasons: [], notes: [] });
    expect(describeVerdict(idT, a)).toEqual([
      'Stabil: pemenang tetap sama bila salah satu juri dikeluarkan dan bila bobot satu kriteria digeser ±10%.',
    ]);
  });

  it('leave-one-out: the winner changes without the one juror who carried it', () => {
    // Mean: A (90+90+50)/3 = 76.67, B 80 → B. Without J3: A 90 > B 80 → A. Without J1 or J2: A 70 < 80.
    // W: rank sums A 4, B 5 around 4.5 → S = 0.5, W = 12·0.5/(9·6) = 1/9; χ² = 1/3 on 1 df, p = 0.5637.
    const input = sketch({ scores: { J1: { A: 90, B: 80 }, J2: { A: 90, B: 80 }, J3: { A: 50, B: 80 } } });
    const a = analyseCategory(input);
    expect(a.leaveOneOut.map((s) => [s.jurorId, s.winnersChanged, s.winners.map((w) => w.nomineeId)])).toEqual([
      ['J1', false, ['B']],
      ['J2', false, ['B']],
      ['J3', true, ['A']],
    ]);
    expect(a.agreement.kendallWExact).toBe('1/9');
    expect(a.agreement.p).toBeCloseTo(0.5637, 4);
    expect(a.jurors.every((j) => j.spearman === null && j.nominees === 2)).toBe(true);
    expect(a.verdict.status).toBe('sensitive');
    expect(a.verdict.reasons).toEqual([{ key: 'results.verdict.looChanged', params: { juror: 'J3', winners: 'A' } }]);
    expect(a.verdict.notes.map((n) => n.key)).toEqual(['results.notes.lowAgreement', 'results.notes.notSignificant']);
    expect(describeVerdict(idT, a)).toEqual([
      'Sensitif, karena tanpa J3, pemenangnya menjadi A.',
      'Kesepakatan antarjuri rendah (W Kendall = 0,11).',
      'Kesepakatan antarjuri bisa saja kebetulan (p = 0,564, lebih dari 0,05).',
    ]);
    expect(describeVerdict(enT, a)[0]).toBe('Sensitive, because without J3, the winners become A.');
  });

  it('±10% weights: the winner flips when c1 drops or c2 rises', () => {
    // Weights 1:1. A = (100 + 0)/2 = 50, B = (0 + 99)/2 = 49.5 → A.
    // c1 × 0.9: A = 90/1.9 = 47.37, B = 99/1.9 = 52.11 → B.   c1 × 1.1: A = 110/2.1 = 52.38 → A.
    // c2 × 0.9: B = 89.1/1.9 = 46.89 → A.                      c2 × 1.1: A = 100/2.1 = 47.62, B = 108.9/2.1 = 51.86 → B.
    const input = sketch({
      criteria: [judged('c1'), judged('c2')],
      scores: { J1: { A: [100, 0], B: [0, 99] }, J2: { A: [100, 0], B: [0, 99] } },
    });
    const a = analyseCategory(input);
    expect(a.weights.map((s) => [s.criterionId, s.factor, s.winnersChanged, s.winners[0]?.nomineeId])).toEqual([
      ['c1', '0.9', true, 'B'],
      ['c1', '1.1', false, 'A'],
      ['c2', '0.9', false, 'A'],
      ['c2', '1.1', true, 'B'],
    ]);
    expect(a.leaveOneOut.some((s) => s.winnersChanged)).toBe(false);
    expect(a.verdict.reasons).toEqual([
      {
        key: 'results.verdict.weightChanged',
        params: { criterion: 'c1', factor: '0.9', percent: '-10', winners: 'B' },
      },
      {
        key: 'results.verdict.weightChanged',
        params: { criterion: 'c2', factor: '1.1', percent: '+10', winners: 'B' },
      },
    ]);
    expect(describeVerdict(idT, a)[0]).toBe(
      'Sensitif, karena bila bobot c1 diubah -10%, pemenangnya menjadi B; bila bobot c2 diubah +10%, pemenangnya menjadi B.',
    );
  });

  it('leave-one-out: the same winners in other places is a reason too (titles)', () => {
    // Mean: A 250/3 = 83.33, B 255/3 = 85 → B Terbaik I, A Terbaik II. Without J3: A 90 > B 80.
    const input = sketch({
      winners: { kind: 'titles', titles: ['Terbaik I', 'Terbaik II'] },
      scores: { J1: { A: 90, B: 80, C: 10 }, J2: { A: 90, B: 80, C: 10 }, J3: { A: 70, B: 95, C: 10 } },
    });
    const a = analyseCategory(input);
    const j3 = a.leaveOneOut.find((s) => s.jurorId === 'J3')!;
    expect([j3.winnersChanged, j3.placesChanged]).toEqual([false, true]);
    expect(j3.winners.map((w) => [w.nomineeId, w.title])).toEqual([
      ['A', 'Terbaik I'],
      ['B', 'Terbaik II'],
    ]);
    expect(keys(a)).toEqual(['results.verdict.looReordered']);
    expect(describeVerdict(idT, a)[0]).toBe('Sensitif, karena tanpa J3, urutan pemenang berubah menjadi A, B.');
  });

  it('flags a juror who ranks against the others as an outlier', () => {
    // J1–J4 rank A > B > … > F; J5 the reverse. J5's ρ with the others' mean is −1; each other juror's
    // ρ is +1. W: rank sums 3r + 7 = 10, 13, …, 25 around 17.5: S = 157.5, W = 1890/5250 = 9/25.
    const up = { A: 90, B: 80, C: 70, D: 60, E: 50, F: 40 };
    const down = { A: 40, B: 50, C: 60, D: 70, E: 80, F: 90 };
    const a = analyseCategory(sketch({ scores: { J1: up, J2: up, J3: up, J4: up, J5: down } }));
    expect(a.jurors.map((j) => [j.jurorId, j.spearman, j.outlier])).toEqual([
      ['J1', 1, false],
      ['J2', 1, false],
      ['J3', 1, false],
      ['J4', 1, false],
      ['J5', -1, true],
    ]);
    expect(a.agreement.kendallWExact).toBe('9/25');
    expect(a.verdict.status).toBe('stable');
    // χ² = 5·5·9/25 = 9 on 5 df: p = 0.109, so the agreement is also noted as possibly chance.
    expect(a.agreement.p).toBeCloseTo(0.1091, 4);
    expect(a.verdict.notes.map((n) => n.key)).toEqual(['results.notes.outlier', 'results.notes.notSignificant']);
    expect(a.verdict.notes[0]).toEqual({ key: 'results.notes.outlier', params: { juror: 'J5', rho: -1 } });
    expect(describeVerdict(idT, a)[1]).toBe('Penilaian J5 kurang sejalan dengan juri lain (Spearman ρ = -1,00).');
    expect(describeVerdict(enT, a)[1]).toBe("J5's scores agree little with the other jurors' (Spearman ρ = -1.00).");
  });

  it('computes W on the complete block: a conflicted nominee drops out of W only', () => {
    // J1 may not score D. Block by coverage: J2, J3 (4 each) then J1 (3): 3 jurors × {A, B, C} = 9 cells
    // beats 2 × 4 = 8.
    const input = sketch({
      conflicts: [['J1', 'D']],
      scores: {
        J1: { A: 90, B: 80, C: 70 },
        J2: { A: 85, B: 80, C: 60, D: 99 },
        J3: { A: 80, B: 90, C: 70, D: 95 },
      },
    });
    const a = analyseCategory(input);
    expect(a.agreement.jurorIds).toEqual(['J1', 'J2', 'J3']);
    expect(a.agreement.nomineeIds).toEqual(['A', 'B', 'C']);
    // Ranks A 1 1 2, B 2 2 1, C 3 3 3: sums 4 5 9 around 6 → S = 14, W = 12·14/(9·24) = 7/9.
    expect(a.agreement.kendallWExact).toBe('7/9');
  });

  it('skips a leave-one-out check the quorum makes impossible, and says so', () => {
    // Trimmed mean with k = 1 needs 3 jurors; without any one of three, nothing can be ranked.
    const input = sketch({
      method: 'trimmed',
      trimK: 1,
      scores: { J1: { A: 90, B: 80 }, J2: { A: 85, B: 70 }, J3: { A: 80, B: 75 } },
    });
    const a = analyseCategory(input);
    expect(a.leaveOneOut.map((s) => s.assessed)).toEqual([false, false, false]);
    expect(a.verdict.status).toBe('stable');
    expect(a.verdict.notes.filter((n) => n.key === 'results.notes.looNotAssessed')).toHaveLength(3);
    expect(describeVerdict(idT, a)[0]).toBe('Stabil pada pemeriksaan yang dapat dilakukan (lihat catatan).');
  });

  it('is undetermined when no nominee can be ranked yet', () => {
    const a = analyseCategory(sketch({ quorum: 3, scores: { J1: { A: 90, B: 80 }, J2: { A: 85, B: 70 } } }));
    expect(a.verdict).toMatchObject({
      status: 'undetermined',
      stable: false,
      reasons: [{ key: 'results.verdict.noWinners', params: {} }],
    });
    expect(a.agreement.kendallW).toBeNull();
    expect(describeVerdict(idT, a)).toEqual([
      'Belum dapat dinilai, karena belum ada peserta yang dapat diperingkat.',
      'W Kendall belum dapat dihitung: perlu sedikitnya dua juri yang sama-sama menilai dua peserta yang sama.',
    ]);
  });

  it('summariseCategory returns the ranked result and its analysis', () => {
    const input = sketch({ scores: { J1: { A: 90, B: 80 }, J2: { A: 85, B: 70 } } });
    const { result, analysis } = summariseCategory(input);
    expect(result.winners.map((w) => w.nomineeId)).toEqual(['A']);
    expect(analysis.categoryId).toBe('cat');
  });
});

/** A random small category: 2–6 nominees, 2–5 jurors, 1–2 criteria, some gaps and conflicts. */
const categoryArb = arbitraryCategory();

function permute<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % keys.length]! * 1000 + i }))
    .sort((a, b) => a.key - b.key)
    .map((e) => e.item);
}

/** What must not depend on the order of jurors, nominees or scores. */
const essence = (a: Analysis) => ({
  W: a.agreement.kendallWExact,
  p: a.agreement.p,
  block: [[...a.agreement.jurorIds].sort(), [...a.agreement.nomineeIds].sort()],
  jurors: Object.fromEntries(a.jurors.map((j) => [j.jurorId, [j.spearman, j.nominees, j.outlier]])),
  loo: Object.fromEntries(a.leaveOneOut.map((s) => [s.jurorId, [s.assessed, s.winnersChanged, s.placesChanged]])),
  weights: a.weights.map((s) => [s.criterionId, s.factor, s.winnersChanged, s.placesChanged]),
  status: a.verdict.status,
  reasons: a.verdict.reasons.map((r) => JSON.stringify(r)).sort(),
});

describe('analysis properties', () => {
  const RUNS = { numRuns: 60 };

  it('W lies in [0, 1], exactly, and the analysis fits its schema', () => {
    fc.assert(
      fc.property(categoryArb, (input) => {
        const a = AnalysisSchema.parse(analyseCategory(input));
        if (a.agreement.kendallWExact === null) return;
        const [num, den] = a.agreement.kendallWExact.split('/').map(BigInt) as [bigint, bigint];
        expect(num >= 0n && num <= den).toBe(true);
        expect(a.agreement.kendallW).toBeGreaterThanOrEqual(0);
        expect(a.agreement.kendallW).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('does not depend on the order of jurors, nominees or scores', () => {
    fc.assert(
      fc.property(categoryArb, fc.array(fc.nat(100), { minLength: 1, maxLength: 8 }), (input, keys) => {
        const shuffled: CategoryInput = {
          ...input,
          jurors: permute(input.jurors, keys),
          nominees: permute([...input.nominees].reverse(), keys),
          scores: permute(input.scores, [...keys].reverse()),
          conflicts: [...input.conflicts].reverse(),
        };
        expect(essence(analyseCategory(shuffled))).toEqual(essence(analyseCategory(input)));
      }),
      RUNS,
    );
  });

  it('W = 1 when every juror ranks the nominees the same way without ties', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { minLength: 2, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 2, maxLength: 6 }),
        fc.constantFrom(...METHODS),
        (base, offsets, method) => {
          const scores = Object.fromEntries(
            offsets.map((o, j) => [`J${j}`, Object.fromEntries(base.map((b, i) => [`N${i}`, b + o]))]),
          );
          const a = analyseCategory(sketch({ method, criteria: [judged('c1', 1, 0, 1000)], scores }));
          expect(a.agreement.kendallWExact).toBe('1/1');
          expect(a.agreement.kendallW).toBe(1);
        },
      ),
      RUNS,
    );
  });

  it('is deterministic: the same input gives the same analysis', () => {
    fc.assert(
      fc.property(categoryArb, (input) => {
        expect(analyseCategory(structuredClone(input))).toEqual(analyseCategory(input));
      }),
      { numRuns: 30 },
    );
  });
});
