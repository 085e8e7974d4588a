import type {
  Agreement,
  Analysis,
  JurorAgreement,
  Scenario,
  Verdict,
  VerdictReason,
  WeightFactor,
} from '../../shared/scoring/analysis.schema';
import type { CategoryInput } from '../../shared/scoring/scoring-input.schema';
import type { CategoryResult, Winner } from '../../shared/scoring/scoring-result.schema';
import { aggregate } from './aggregate';
import { computeCategory, runCategory, type Run } from './compute-category';
import { indexCategory, jurorTotal, weigh, type Indexed, type Weighed } from './prepare';
import { rankCategory } from './ranking';
import { cmp, fromNumber, mul, rat, toNumber, type Rational } from './rational';
import { averageRanks, chiSquareUpper, kendallW, mad, median, pearson } from './stats';

/** A juror whose ρ with the other jurors is below this is flagged (weak or no agreement). */
export const OUTLIER_RHO = 0.3;
/** With ≥ 4 correlations, a ρ more than this many robust SDs (1.4826 · MAD) below the median is flagged… */
export const OUTLIER_MADS = 3;
/** …provided it is also at least this far below the median (a tight panel is not full of outliers). */
export const OUTLIER_MIN_GAP = 0.2;
/** Below this W the jury's agreement is noted as low (Schmidt 1997: 0.3 = weak). */
export const LOW_W = 0.3;
/** Above this p the agreement is noted as possibly chance. */
export const ALPHA = 0.05;

const FACTORS: readonly { factor: WeightFactor; value: Rational; percent: string }[] = [
  { factor: '0.9', value: rat(9n, 10n), percent: '-10' },
  { factor: '1.1', value: rat(11n, 10n), percent: '+10' },
];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Best (highest) first, so rank 1 is a juror's top nominee. */
const desc = (a: Rational, b: Rational) => cmp(b, a);

/**
 * Kendall's W over a complete block. Nominees: those ranked in the result (not insufficient).
 * Jurors: those with a total for at least one of them, ordered by how many they have totals for
 * (most first, then by id). For each k ≥ 2 the block is the first k jurors and the nominees all of
 * them have totals for; the block with the most cells (k × nominees, at least 2 × 2) is used, the
 * larger k on a tie. With complete sheets this is every juror and every nominee except the ones a
 * juror may not score (conflicts), which drop out of W only.
 */
function agreementOf(ix: Indexed, w: Weighed, base: Run): Agreement {
  const { jurors, nominees } = ix.input;
  const cover: number[][] = jurors.map(() => []);
  base.agg.counted.forEach((js, i) => {
    if (base.ranked.rank[i] !== null) for (const j of js) cover[j]!.push(i);
  });
  const order = jurors
    .map((_, j) => j)
    .filter((j) => cover[j]!.length > 0)
    .sort((a, b) => cover[b]!.length - cover[a]!.length || byText(jurors[a]!.id, jurors[b]!.id));

  let best: { jurors: number[]; nominees: number[] } | null = null;
  let shared = new Set(order.length > 0 ? cover[order[0]!] : []);
  for (let k = 2; k <= order.length; k += 1) {
    const mine = new Set(cover[order[k - 1]!]);
    shared = new Set([...shared].filter((i) => mine.has(i)));
    if (shared.size < 2) break;
    if (!best || k * shared.size >= best.jurors.length * best.nominees.length)
      best = { jurors: order.slice(0, k), nominees: [...shared].sort((a, b) => a - b) };
  }
  const empty: Agreement = {
    kendallW: null,
    kendallWExact: null,
    chiSquare: null,
    df: null,
    p: null,
    jurorIds: [],
    nomineeIds: [],
  };
  if (!best) return empty;
  const blockJurors = [...best.jurors].sort((a, b) => a - b);
  const ranks = blockJurors.map((j) =>
    averageRanks(
      best.nominees.map((i) => jurorTotal(w, i, j)!),
      desc,
    ),
  );
  const W = kendallW(ranks);
  const ids = {
    jurorIds: blockJurors.map((j) => jurors[j]!.id),
    nomineeIds: best.nominees.map((i) => nominees[i]!.id),
  };
  if (!W) return { ...empty, ...ids };
  const m = BigInt(blockJurors.length);
  const df = best.nominees.length - 1;
  const chi = toNumber(rat(m * BigInt(df) * W.num, W.den));
  return {
    kendallW: toNumber(rat(W.num, W.den)),
    kendallWExact: `${W.num}/${W.den}`,
    chiSquare: chi,
    df,
    p: chiSquareUpper(chi, df),
    ...ids,
  };
}

/**
 * The method rerun without juror j. The quorum is lowered by one, so the check is about the
 * scores rather than the quorum; nominees the real result could not rank stay unranked.
 */
function withoutJuror(ix: Indexed, w: Weighed, base: Run, j: number): Run {
  const active = ix.input.jurors.map((_, k) => k !== j);
  const agg = aggregate(ix, w, ix.input.method, ix.input.trimK ?? 0, active);
  const masked = { ...agg, score: agg.score.map((s, i) => (base.ranked.rank[i] === null ? null : s)) };
  return { agg, ranked: rankCategory(ix, w, masked, Math.max(1, ix.input.quorum - 1)) };
}

const winnerKey = (ws: readonly Winner[]) =>
  ws
    .map((x) => `${x.nomineeId}\u0000${x.rank}\u0000${x.title ?? ''}`)
    .sort()
    .join('\u0001');

function compare(base: Run, run: Run): Scenario {
  const assessed = base.ranked.rank.every((r, i) => r === null || run.ranked.rank[i] !== null);
  const before = new Set(base.ranked.winners.map((x) => x.nomineeId));
  const after = new Set(run.ranked.winners.map((x) => x.nomineeId));
  const winnersChanged = before.size !== after.size || [...before].some((id) => !after.has(id));
  return {
    winners: run.ranked.winners,
    assessed,
    winnersChanged,
    placesChanged: winnersChanged || winnerKey(base.ranked.winners) !== winnerKey(run.ranked.winners),
  };
}

/**
 * Each juror's Spearman ρ with the consensus of the other jurors: the category's own method
 * without that juror (`loo[j]`), over the ranked nominees both have a value for (at least 3).
 * Outliers: ρ < OUTLIER_RHO; or, with at least 4 correlations, ρ below the median by more than
 * OUTLIER_MADS × 1.4826 × MAD and by at least OUTLIER_MIN_GAP.
 */
function jurorAgreement(ix: Indexed, w: Weighed, base: Run, loo: readonly Run[]): JurorAgreement[] {
  const nJ = ix.input.jurors.length;
  const counts = base.agg.counted.map((js) => {
    const row = new Array<boolean>(nJ).fill(false);
    for (const j of js) row[j] = true;
    return row;
  });
  const rows = ix.input.jurors.map((juror, j) => {
    const consensus = loo[j]!.agg.score;
    const list = counts.flatMap((row, i) =>
      row[j] && base.ranked.rank[i] !== null && consensus[i] ? [{ x: jurorTotal(w, i, j)!, y: consensus[i] }] : [],
    );
    const rho =
      list.length < 3
        ? null
        : pearson(
            averageRanks(
              list.map((e) => e.x),
              desc,
            ),
            averageRanks(
              list.map((e) => e.y),
              desc,
            ),
          );
    return { jurorId: juror.id, spearman: rho, nominees: list.length, outlier: false };
  });
  const rhos = rows.flatMap((r) => (r.spearman === null ? [] : [r.spearman]));
  const centre = rhos.length >= 4 ? median(rhos) : null;
  const cut = centre === null ? -Infinity : centre - Math.max(OUTLIER_MADS * 1.4826 * mad(rhos), OUTLIER_MIN_GAP);
  return rows.map((r) => ({ ...r, outlier: r.spearman !== null && (r.spearman < OUTLIER_RHO || r.spearman < cut) }));
}

function verdictOf(input: CategoryInput, base: Run, analysis: Omit<Analysis, 'verdict' | 'categoryId'>): Verdict {
  const nomineeName = new Map(input.nominees.map((n) => [n.id, n.name]));
  const jurorName = new Map(input.jurors.map((j) => [j.id, j.name]));
  const criterionName = new Map(input.criteria.map((c) => [c.id, c.name]));
  const names = (ws: readonly Winner[]) => ws.map((x) => nomineeName.get(x.nomineeId) ?? x.nomineeId).join(', ');
  const reasons: VerdictReason[] = [];
  const notes: VerdictReason[] = [];
  const key = (s: Scenario, changed: string, reordered: string) =>
    s.winnersChanged ? changed : s.placesChanged ? reordered : null;

  for (const s of analysis.leaveOneOut) {
    const juror = jurorName.get(s.jurorId) ?? s.jurorId;
    if (!s.assessed) notes.push({ key: 'results.notes.looNotAssessed', params: { juror } });
    const k = s.assessed ? key(s, 'results.verdict.looChanged', 'results.verdict.looReordered') : null;
    if (k) reasons.push({ key: k, params: { juror, winners: names(s.winners) } });
  }
  for (const s of analysis.weights) {
    const k = key(s, 'results.verdict.weightChanged', 'results.verdict.weightReordered');
    const percent = FACTORS.find((f) => f.factor === s.factor)!.percent;
    const criterion = criterionName.get(s.criterionId) ?? s.criterionId;
    if (k) reasons.push({ key: k, params: { criterion, factor: s.factor, percent, winners: names(s.winners) } });
  }
  for (const j of analysis.jurors)
    if (j.outlier && j.spearman !== null)
      notes.push({
        key: 'results.notes.outlier',
        params: { juror: jurorName.get(j.jurorId) ?? j.jurorId, rho: j.spearman },
      });
  const a = analysis.agreement;
  if (a.kendallW === null) notes.push({ key: 'results.notes.agreementUnavailable', params: {} });
  else {
    if (a.kendallW < LOW_W) notes.push({ key: 'results.notes.lowAgreement', params: { w: a.kendallW } });
    if (a.p !== null && a.p > ALPHA) notes.push({ key: 'results.notes.notSignificant', params: { p: a.p } });
  }

  if (base.ranked.winners.length === 0)
    return {
      status: 'undetermined',
      stable: false,
      reasons: [{ key: 'results.verdict.noWinners', params: {} }],
      notes,
    };
  return { status: reasons.length === 0 ? 'stable' : 'sensitive', stable: reasons.length === 0, reasons, notes };
}

/**
 * Agreement and robustness of one category, shown before the jury signs: Kendall's W (tie-corrected,
 * exact, with its chi-square p), each juror's Spearman ρ with the others, the winners without each
 * juror and with each criterion's weight × 0.9 and × 1.1, and the verdict (stable, or sensitive
 * with reasons). Pure: no I/O, no clock, no randomness; the same input gives the same analysis.
 */
export function analyseCategory(input: CategoryInput): Analysis {
  const ix = indexCategory(input);
  const w = weigh(ix);
  const all = input.jurors.map(() => true);
  const base = runCategory(ix, w, all);

  const looRuns = input.jurors.map((_, j) => withoutJuror(ix, w, base, j));
  const leaveOneOut = input.jurors.map((juror, j) => ({ jurorId: juror.id, ...compare(base, looRuns[j]!) }));

  const weights0 = ix.criteria.map((c) => fromNumber(c.weight));
  const weights = ix.criteria.flatMap((c, ci) =>
    FACTORS.map(({ factor, value }) => {
      // One criterion keeps its whole share whatever its weight: the result is the real one.
      if (ix.criteria.length === 1) return { criterionId: c.id, factor, ...compare(base, base) };
      const wf = weigh(
        ix,
        weights0.map((x, k) => (k === ci ? mul(x, value) : x)),
      );
      return { criterionId: c.id, factor, ...compare(base, runCategory(ix, wf, all)) };
    }),
  );

  const partial = {
    agreement: agreementOf(ix, w, base),
    jurors: jurorAgreement(ix, w, base, looRuns),
    leaveOneOut,
    weights,
  };
  return { categoryId: input.id, ...partial, verdict: verdictOf(input, base, partial) };
}

/** The ranked result and its analysis together (for the CLI and the results screen). */
export function summariseCategory(input: CategoryInput): { result: CategoryResult; analysis: Analysis } {
  return { result: computeCategory(input), analysis: analyseCategory(input) };
}
