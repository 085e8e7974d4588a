import type { CategoryInput, TieBreakStep } from '../../shared/scoring/scoring-input.schema';
import type { InsufficientReason, TieBreakRecord, Winner } from '../../shared/scoring/scoring-result.schema';
import { criterionConsensus, type Aggregated } from './aggregate';
import { jurorTotal, type Indexed, type Weighed } from './prepare';
import { cmp, type Rational } from './rational';

export interface Ranked {
  /** Nominee indices: ranked ones by rank (then name), then the insufficient ones. */
  order: number[];
  rank: (number | null)[];
  insufficient: (InsufficientReason | null)[];
  tieBreaks: TieBreakRecord[];
  winners: Winner[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The smallest number of counted jurors a nominee needs to be ranked. */
export function effectiveQuorum(input: CategoryInput, quorum = input.quorum): number {
  const k = input.method === 'trimmed' ? (input.trimK ?? 0) : 0;
  return Math.max(quorum, 2 * k + 1, 1);
}

/** Splits items into groups of equal key, best (highest) first. */
function groupDesc<T>(items: readonly T[], key: (t: T) => Rational | number): T[][] {
  const k = new Map(items.map((t) => [t, key(t)]));
  const c = (a: T, b: T) => {
    const x = k.get(a)!;
    const y = k.get(b)!;
    return typeof x === 'number' && typeof y === 'number' ? y - x : cmp(y as Rational, x as Rational);
  };
  const sorted = [...items].sort(c);
  const groups: T[][] = [];
  for (const t of sorted) {
    const last = groups.at(-1);
    if (last && c(last[0]!, t) === 0) last.push(t);
    else groups.push([t]);
  }
  return groups;
}

export function rankCategory(ix: Indexed, w: Weighed, agg: Aggregated, quorum = ix.input.quorum): Ranked {
  const { input } = ix;
  const nominees = input.nominees;
  const need = effectiveQuorum(input, quorum);
  const byName = (a: number, b: number) =>
    byText(nominees[a]!.name, nominees[b]!.name) || byText(nominees[a]!.id, nominees[b]!.id);

  const insufficient = nominees.map((_, i): InsufficientReason | null =>
    agg.counted[i]!.length < need || agg.score[i] === null ? 'quorum' : ix.indicatorMissing[i] ? 'indicator' : null,
  );
  const ranked = nominees.flatMap((_, i) => (insufficient[i] === null ? [i] : []));

  let firstPlaces: number[] | null = null;
  const countFirstPlaces = () => {
    const counts = nominees.map(() => 0);
    const jurorsCount = input.jurors.length;
    for (let j = 0; j < jurorsCount; j += 1) {
      const mine = agg.counted.flatMap((js, i) => (js.includes(j) ? [{ i, x: jurorTotal(w, i, j)! }] : []));
      const top = groupDesc(mine, (e) => e.x)[0] ?? [];
      for (const e of top) counts[e.i]! += 1;
    }
    return counts;
  };

  const tieBreaks: TieBreakRecord[] = [];
  const ids = (g: readonly number[]) => [...g].sort(byName).map((i) => nominees[i]!.id);

  const applyStep = (step: TieBreakStep, group: number[]): { groups: number[][]; reason: string | null } => {
    if (step.kind === 'criterion') {
      const c = input.criteria.findIndex((x) => x.id === step.criterionId);
      if (c < 0) return { groups: [group], reason: null };
      const cons = new Map(
        group.map((i) => [i, criterionConsensus(ix, agg.counted[i]!, i, c, input.method, input.trimK ?? 0)]),
      );
      if ([...cons.values()].some((v) => v === null)) return { groups: [group], reason: null };
      return { groups: groupDesc(group, (i) => cons.get(i)!), reason: null };
    }
    if (step.kind === 'firstPlaces') {
      firstPlaces ??= countFirstPlaces();
      const fp = firstPlaces;
      return { groups: groupDesc(group, (i) => fp[i]!), reason: null };
    }
    const wanted = new Set(group.map((i) => nominees[i]!.id));
    const decision = step.decisions.find((d) => [...wanted].every((id) => d.nomineeIds.includes(id)));
    if (!decision) return { groups: [group], reason: null };
    const pos = (i: number) => decision.nomineeIds.indexOf(nominees[i]!.id);
    return { groups: [...group].sort((a, b) => pos(a) - pos(b)).map((i) => [i]), reason: decision.reason };
  };

  const resolve = (group: number[], from: number, rank: number): number[][] => {
    if (group.length === 1) return [group];
    for (let s = from; s < input.tieBreak.length; s += 1) {
      const step = input.tieBreak[s]!;
      const { groups, reason } = applyStep(step, group);
      if (groups.length < 2) continue;
      tieBreaks.push({
        rank,
        nomineeIds: ids(group),
        step: s,
        kind: step.kind,
        criterionId: step.kind === 'criterion' ? step.criterionId : null,
        groups: groups.map(ids),
        reason,
      });
      const out: number[][] = [];
      let r = rank;
      for (const g of groups) {
        out.push(...resolve(g, s + 1, r));
        r += g.length;
      }
      return out;
    }
    tieBreaks.push({
      rank,
      nomineeIds: ids(group),
      step: null,
      kind: 'shared',
      criterionId: null,
      groups: [ids(group)],
      reason: null,
    });
    return [group];
  };

  const rank: (number | null)[] = nominees.map(() => null);
  const order: number[] = [];
  let position = 1;
  for (const tied of groupDesc(ranked, (i) => agg.score[i]!)) {
    for (const g of resolve(tied, 0, position)) {
      for (const i of [...g].sort(byName)) {
        rank[i] = position;
        order.push(i);
      }
      position += g.length;
    }
  }
  const rest = nominees
    .map((_, i) => i)
    .filter((i) => insufficient[i] !== null)
    .sort((a, b) => {
      const x = agg.score[a];
      const y = agg.score[b];
      if (x && y && cmp(x, y) !== 0) return cmp(y, x);
      if (x && !y) return -1;
      if (!x && y) return 1;
      return byName(a, b);
    });
  order.push(...rest);

  const rule = input.winners;
  const limit = rule.kind === 'top' ? rule.count : rule.titles.length;
  const winners: Winner[] = order
    .filter((i) => rank[i] !== null && rank[i]! <= limit)
    .map((i) => ({
      nomineeId: nominees[i]!.id,
      rank: rank[i]!,
      title: rule.kind === 'titles' ? (rule.titles[rank[i]! - 1] ?? null) : null,
    }));
  return { order, rank, insufficient, tieBreaks, winners };
}
