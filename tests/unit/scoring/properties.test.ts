import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCategory } from '../../../electron/scoring/compute-category';
import type { CategoryInput, ScoringMethod } from '../../../shared/scoring/scoring-input.schema';
import type { CategoryResult } from '../../../shared/scoring/scoring-result.schema';
import { arbitraryCategory, essence, judged, METHODS } from './fixtures';

const RUNS = { numRuns: 150 };
/** A random small category: 2–6 nominees, 2–5 jurors, 1–3 criteria, some gaps and conflicts. */
const categoryArb = (methods: readonly ScoringMethod[] = METHODS) =>
  arbitraryCategory({
    methods,
    weights: [1, 2, 0.1, 0.25, 30, 12.5],
    maxCriteria: 3,
    maxQuorum: 2,
    maxWinners: 2,
    tieBreak: [{ kind: 'criterion', criterionId: 'c0' }, { kind: 'firstPlaces' }],
  }).map((input) => ({ ...input, winners: { kind: 'top' as const, count: 2 } }));

function permute<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % keys.length]! * 1000 + i }))
    .sort((a, b) => a.key - b.key)
    .map((e) => e.item);
}

const scoreOf = (r: CategoryResult, id: string) => r.ranking.find((x) => x.nomineeId === id)!.score;
/** a ≤ b on exact scores given as num/den strings. */
const notBelow = (b: { num: string; den: string }, a: { num: string; den: string }) =>
  BigInt(b.num) * BigInt(a.den) >= BigInt(a.num) * BigInt(b.den);

describe('scoring properties', () => {
  it('does not depend on the order of jurors, nominees or scores', () => {
    fc.assert(
      fc.property(
        categoryArb(),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 }),
        (input, keys) => {
          const shuffled: CategoryInput = {
            ...input,
            nominees: permute(input.nominees, keys),
            jurors: permute(input.jurors, [...keys].reverse()),
            scores: permute(input.scores, keys),
            conflicts: permute(input.conflicts, keys),
          };
          const a = computeCategory(input);
          const b = computeCategory(shuffled);
          expect(essence(b)).toEqual(essence(a));
          expect(b.ranking.map((r) => r.nomineeId)).toEqual(a.ranking.map((r) => r.nomineeId));
          expect(b.winners).toEqual(a.winners);
          expect(b.tieBreaks).toEqual(a.tieBreaks);
        },
      ),
      RUNS,
    );
  });

  it('gives the same result whether scores come one by one or grouped per juror and nominee', () => {
    fc.assert(
      fc.property(categoryArb(), fc.integer({ min: 0, max: 100 }), (input, split) => {
        // Part of the scores as the award file reads them (one object per sheet row), the rest flat.
        const cut = Math.floor((input.scores.length * split) / 100);
        const sheets = new Map<string, { jurorId: string; nomineeId: string; values: Record<string, number> }>();
        for (const s of input.scores.slice(cut)) {
          const key = `${s.jurorId}|${s.nomineeId}`;
          const sheet = sheets.get(key) ?? { jurorId: s.jurorId, nomineeId: s.nomineeId, values: {} };
          sheet.values[s.criterionId] = s.value;
          sheets.set(key, sheet);
        }
        const grouped = computeCategory({ ...input, scores: input.scores.slice(0, cut), sheets: [...sheets.values()] });
        expect(grouped).toEqual(computeCategory(input));
      }),
      RUNS,
    );
  });

  it('trimmed mean with k = 0 equals the mean', () => {
    fc.assert(
      fc.property(categoryArb(['mean']), (input) => {
        const trimmed = computeCategory({ ...input, method: 'trimmed', trimK: 0 });
        expect(essence(trimmed)).toEqual(essence(computeCategory(input)));
      }),
      RUNS,
    );
  });

  it("raising one juror's score never lowers that nominee's total (mean, median, trimmed)", () => {
    fc.assert(
      fc.property(
        categoryArb(['mean', 'median', 'trimmed']),
        fc.nat(),
        fc.integer({ min: 1, max: 10 }),
        (input, pick, raise) => {
          const target = input.scores[pick % Math.max(1, input.scores.length)];
          fc.pre(target !== undefined && target.value < 10);
          const raised = {
            ...input,
            scores: input.scores.map((s) => (s === target ? { ...s, value: Math.min(10, s.value + raise) } : s)),
          };
          const before = scoreOf(computeCategory(input), target.nomineeId);
          const after = scoreOf(computeCategory(raised), target.nomineeId);
          if (before && after) expect(notBelow(after, before)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("z-scores do not change when one juror's scores are affinely rescaled (a > 0, shift b)", () => {
    fc.assert(
      fc.property(
        categoryArb(['zscore']),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 400 }),
        (base, who, a, b) => {
          // A wide scale (0–1000), one criterion, so a juror's total is an affine image of the score.
          const input: CategoryInput = {
            ...base,
            criteria: [judged('c0', 1, 0, 1000, 1)],
            scores: base.scores.filter((s) => s.criterionId === 'c0'),
            // A criterion's consensus is an average of raw scores, so it is not part of this claim.
            tieBreak: [{ kind: 'firstPlaces' }],
          };
          const juror = input.jurors[who % input.jurors.length]!.id;
          const rescaled = {
            ...input,
            scores: input.scores.map((s) => (s.jurorId === juror ? { ...s, value: a * s.value + b } : s)),
          };
          const before = computeCategory(input);
          const after = computeCategory(rescaled);
          const zs = (r: CategoryResult) =>
            r.ranking.flatMap((n) => n.breakdown.jurors.map((j) => [n.nomineeId, j.jurorId, j.z] as const));
          const zBefore = new Map(zs(before).map(([n, j, z]) => [`${n}/${j}`, z]));
          for (const [n, j, z] of zs(after)) {
            const was = zBefore.get(`${n}/${j}`);
            if (z === null || was === null || was === undefined) expect(z).toBe(was ?? null);
            else expect(Math.abs(z - was)).toBeLessThan(1e-12);
          }
          expect(after.ranking.map((r) => [r.nomineeId, r.rank])).toEqual(
            before.ranking.map((r) => [r.nomineeId, r.rank]),
          );
        },
      ),
      RUNS,
    );
  });

  it('an exact tie stays a tie whatever the order of summation (decimal scores and weights)', () => {
    const tenths = fc.integer({ min: 0, max: 10 }).map((k) => k / 10);
    fc.assert(
      fc.property(
        fc.constantFrom<ScoringMethod>('mean', 'median', 'trimmed'),
        fc.array(fc.tuple(tenths, tenths, tenths), { minLength: 3, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 10 }),
        (method, vectors, keys) => {
          // A gets juror j's vector; B gets the same vectors handed to the jurors in another order.
          const jurors = vectors.map((_, j) => ({ id: `j${j}`, name: `j${j}` }));
          const shuffled = permute(vectors, keys);
          const criteria = [judged('c0', 0.1, 0, 1, 0.1), judged('c1', 0.2, 0, 1, 0.1), judged('c2', 0.7, 0, 1, 0.1)];
          const scores = jurors.flatMap((j, k) =>
            (['A', 'B'] as const).flatMap((n) =>
              criteria.map((c, ci) => ({
                jurorId: j.id,
                nomineeId: n,
                criterionId: c.id,
                value: (n === 'A' ? vectors : shuffled)[k]![ci]!,
              })),
            ),
          );
          const result = computeCategory({
            id: 'cat',
            name: 'cat',
            method,
            trimK: 1,
            quorum: 1,
            winners: { kind: 'top', count: 1 },
            criteria,
            nominees: [
              { id: 'A', name: 'A' },
              { id: 'B', name: 'B' },
            ],
            jurors,
            conflicts: [],
            scores,
            indicatorValues: [],
            tieBreak: [],
          });
          const [a, b] = result.ranking;
          expect(a!.score).toEqual(b!.score);
          expect([a!.rank, b!.rank]).toEqual([1, 1]);
        },
      ),
      RUNS,
    );
  });
});
